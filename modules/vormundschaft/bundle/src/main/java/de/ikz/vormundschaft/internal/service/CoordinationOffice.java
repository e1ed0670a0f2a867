package de.ikz.vormundschaft.internal.service;

/**
 * Transition facade: the five services of the coordination office in one type ({@link Volunteers},
 * {@link Training}, {@link Cases}, {@link Appointments}, {@link Reports}). The REST resources and
 * console commands hold the narrow interface they need; only the demo loader (DemoCases,
 * VormundschaftDemoData, DemoLoadCommand), which walks every aggregate, still holds this type.
 * Delete it (and {@link CoordinationOfficeImpl}) once that holds the narrow types; {@link #MODULE_ID}
 * then moves with it.
 */
public interface CoordinationOffice extends Volunteers, Training, Cases, Appointments, Reports {

    String MODULE_ID = "vormundschaft";
}
