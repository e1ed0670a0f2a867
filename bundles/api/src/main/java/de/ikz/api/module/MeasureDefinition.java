package de.ikz.api.module;

import java.util.Objects;

/**
 * A figure a module offers to allocation keys, e.g. "active appointments per youth office".
 *
 * @param id     stable id, unique within the module
 * @param label  German label shown to finance staff
 * @param unit   unit of the value ("count", "hours", ...)
 */
public record MeasureDefinition(String id, String label, String unit) {
    public MeasureDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
    }
}
