package de.ikz.vormundschaft.internal.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;

/**
 * Appointments and the accompaniment of appointed volunteers: yearly reports to the court,
 * contacts, group evenings and the expense allowance. Appointments are made by
 * {@link Cases#appoint}. Rights, tenant, refusals and access log as described in {@link Volunteers}.
 */
public interface Appointments {

    record Appointment(String id, String childId, String office, String volunteerId, String kind, List<String> areas,
                       String court, String fileNumber, LocalDate appointedOn, String additionalPfleger,
                       List<String> additionalPflegerAreas, LocalDate endedOn, String endReason,
                       List<Integer> reportsReceived, LocalDate nextReportDue) {
    }

    /** medium: IN_PERSON, PHONE, VIDEO, EMAIL, LETTER. */
    record ContactInput(String volunteerId, String appointmentId, LocalDate date, Integer minutes, String medium,
                        String topic, String followUp, LocalDate followUpDue) {
    }

    record VolunteerContact(String id, String volunteerId, String appointmentId, LocalDate date, int minutes, String medium,
                   String topic, String followUp, LocalDate followUpDue) {
    }

    record EveningInput(LocalDate date, String topic, List<String> attendees) {
    }

    record GroupEvening(String id, LocalDate date, String topic, List<String> attendees) {
    }

    record AllowanceClaim(String appointmentId, String volunteerId, int year, LocalDate claimedOn, BigDecimal amount,
                          LocalDate deadline) {
    }

    /** Appointments: all ({@code active} null), only active (true) or only ended (false); partner staff see their office's. */
    List<Appointment> appointments(Caller caller, String tenantId, Boolean active);

    Appointment appointment(Caller caller, String tenantId, String id);

    /**
     * Ends an appointment (majority, lifted, change of guardian, ...): the child's case is CLOSED.
     * The volunteer goes to {@code next} (POOL, RESTING or LEFT; default POOL) when no other
     * appointment is active.
     */
    Appointment endAppointment(Caller caller, String tenantId, String id, LocalDate on, String reason, VolunteerStage next);

    /** Records the yearly report to the court for a year as received. */
    Appointment recordReport(Caller caller, String tenantId, String appointmentId, Integer year, LocalDate receivedOn);

    /** Contacts, newest first; of one volunteer if given. Coordinators and auditors. */
    List<VolunteerContact> contacts(Caller caller, String tenantId, String volunteerId);

    /** A contact; refused when dated in the future. */
    VolunteerContact addContact(Caller caller, String tenantId, ContactInput input);

    List<GroupEvening> evenings(Caller caller, String tenantId);

    GroupEvening addEvening(Caller caller, String tenantId, EveningInput input);

    /** The €425 allowance for one guardianship and year; refused after 30 June of the following year. */
    AllowanceClaim claimAllowance(Caller caller, String tenantId, String appointmentId, Integer year, LocalDate claimedOn);

    List<AllowanceClaim> claims(Caller caller, String tenantId, String volunteerId);
}
