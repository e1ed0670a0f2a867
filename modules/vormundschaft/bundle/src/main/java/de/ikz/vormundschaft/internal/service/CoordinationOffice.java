package de.ikz.vormundschaft.internal.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;

/**
 * The work of the joint coordination office for volunteer guardianships, as one service used by
 * the REST resources and the console commands. Every method checks the caller's rights
 * ({@link Access}), works in the caller's tenant ({@code tenantId} as returned by
 * {@code caller.tenantFor(...)}), refuses bad input with an {@code IkzException} naming the field
 * (nothing is changed then) and writes the access log in the same transaction as a change.
 *
 * <p>Rights, in short: the office's coordinators (platform role {@code coordinator} with module
 * {@code vormundschaft}) do all the work on volunteers and cases but see children only by their
 * pseudonym; partner staff ({@code partner-staff} of a youth office) create and see their own
 * office's children, with identities, and read reports; auditors read everything pseudonymised
 * and change nothing. Dates "on" default to today; none may lie in the future.
 */
public interface CoordinationOffice {

    String MODULE_ID = "vormundschaft";

    // ---------------------------------------------------------------- volunteers

    /** Input for a new volunteer or a change of one; null = not given (on change: unchanged). */
    record VolunteerInput(String name, String reach, String office, String forChild, List<String> languages,
                          String ageBand, Boolean unaccompaniedExperience, String municipality, String travel,
                          Integer capacity, LocalDate recheckDue) {
    }

    /**
     * A volunteer. {@code active} = open matches, proposals and appointments; {@code free} =
     * capacity − active; {@code travel}: MUNICIPALITY (only children in the volunteer's own
     * municipality), DISTRICT (the same district) or ANY.
     */
    record Volunteer(String id, String name, String reach, String office, VolunteerStage stage, LocalDate stageSince,
                     String forChild, List<String> languages, String ageBand, boolean unaccompaniedExperience,
                     String municipality, String travel, int capacity, int active, int free, LocalDate recheckDue,
                     LocalDate conductSeen, Boolean conductClear, List<String> completedModules,
                     List<String> missingModules, boolean trainingComplete, LocalDate createdOn) {
    }

    /** One move in the pipeline. */
    record StageChange(VolunteerStage from, VolunteerStage to, LocalDate on, String note, String by) {
    }

    List<Volunteer> volunteers(Caller caller, String tenantId, VolunteerStage stage);

    Volunteer volunteer(Caller caller, String tenantId, String id);

    /** A new volunteer starts in stage ENQUIRY. Coordinators only. */
    Volunteer createVolunteer(Caller caller, String tenantId, VolunteerInput input);

    /** Changes the given fields (preferences, capacity, re-check date, ...). Coordinators only. */
    Volunteer updateVolunteer(Caller caller, String tenantId, String id, VolunteerInput change);

    /**
     * Moves a volunteer to another stage by the pipeline rules. MATCHED, PROPOSED_TO_COURT and
     * APPOINTED are reached only through {@link #match}, {@link #propose} and {@link #appoint}.
     * Leaving CONDUCT_CERTIFICATE needs a clear certificate seen at most 3 months ago; leaving
     * TRAINING needs every required training module attended.
     */
    Volunteer moveVolunteer(Caller caller, String tenantId, String id, VolunteerStage to, LocalDate on, String note);

    /** Records the certificate of good conduct: only the date it was seen and whether it was clear. */
    Volunteer recordConductCheck(Caller caller, String tenantId, String id, LocalDate seen, Boolean clear);

    List<StageChange> stageHistory(Caller caller, String tenantId, String id);

    // ---------------------------------------------------------------- training

    record TrainingModule(String id, String title, boolean required) {
    }

    record CourseInput(String module, LocalDate date, String place, Integer seats) {
    }

    record Registration(String volunteerId, Boolean attended) {
    }

    record Course(String id, String module, String title, LocalDate date, String place, int seats,
                  List<Registration> registrations) {
    }

    List<TrainingModule> trainingModules();

    List<Course> courses(Caller caller, String tenantId);

    Course createCourse(Caller caller, String tenantId, CourseInput input);

    /** Registers a volunteer for a course (refused when the course is full or the volunteer has left). */
    Course register(Caller caller, String tenantId, String courseId, String volunteerId);

    /** Records whether a registered volunteer attended (only on or after the course date). */
    Course recordAttendance(Caller caller, String tenantId, String courseId, String volunteerId, Boolean attended);

    // ---------------------------------------------------------------- children

    /** The identity; stays in the owning youth office's data space. */
    record ChildIdentity(String givenName, String familyName, LocalDate birthDate) {
    }

    /** placement: FOSTER_FAMILY, RESIDENTIAL_CARE, RELATIVES, OTHER. */
    record ChildInput(String ageBand, String needs, List<String> languages, String municipality,
                      Boolean unaccompaniedMinor, String placement, ChildIdentity identity) {
    }

    /**
     * A child profile, named by its pseudonym ({@code id}). {@code identity} is present only for
     * staff of the owning office. status: OPEN, MATCHED, PROPOSED, APPOINTED.
     */
    record Child(String id, String office, String ageBand, String needs, List<String> languages, String municipality,
                 boolean unaccompaniedMinor, String placement, String status, LocalDate createdOn,
                 ChildIdentity identity) {
    }

    List<Child> children(Caller caller, String tenantId);

    Child child(Caller caller, String tenantId, String id);

    /** Partner staff propose a child of their own office; the profile gets a fresh pseudonym. */
    Child createChild(Caller caller, String tenantId, ChildInput input);

    // ---------------------------------------------------------------- matching, proposal, appointment

    /** A ranked volunteer with the reasons. */
    record Suggestion(String volunteerId, String volunteerName, String office, int score, List<String> reasons) {
    }

    /** status: MATCHED, PROPOSED, APPOINTED, DROPPED. */
    record Proposal(String id, String childId, String volunteerId, LocalDate matchedOn, List<String> matchReasons,
                    String court, LocalDate proposedOn, String reasons, String status, LocalDate closedOn,
                    String closeReason) {
    }

    /** kind: GUARDIANSHIP (Vormundschaft, all areas) or CURATORSHIP (Pflegschaft, named areas). */
    record AppointmentInput(String court, String fileNumber, LocalDate appointedOn, String kind, List<String> areas,
                            String additionalPfleger, List<String> additionalPflegerAreas) {
    }

    record Appointment(String id, String childId, String office, String volunteerId, String kind, List<String> areas,
                       String court, String fileNumber, LocalDate appointedOn, String additionalPfleger,
                       List<String> additionalPflegerAreas, LocalDate endedOn, String endReason,
                       List<Integer> reportsReceived, LocalDate nextReportDue) {
    }

    /** Suitable volunteers for the child, best first, with reasons. Coordinators and auditors. */
    List<Suggestion> suggestions(Caller caller, String tenantId, String childId);

    /** The case steps of a child, newest first: coordinators and auditors; partner staff for their own office's children. */
    List<Proposal> proposals(Caller caller, String tenantId, String childId);

    /** Matches a volunteer to an open child (refused over capacity, untrained, wrong stage ...). */
    Proposal match(Caller caller, String tenantId, String childId, String volunteerId, LocalDate on);

    /** The reasoned proposal of the matched volunteer to the family court (reasons required, SGB VIII § 53). */
    Proposal propose(Caller caller, String tenantId, String childId, String court, String reasons, LocalDate on);

    /** Drops the open match or proposal (the court chose someone else, ...): child open again. */
    Proposal withdraw(Caller caller, String tenantId, String childId, String reason, LocalDate on);

    /** Records the court's appointment of the proposed volunteer. */
    Appointment appoint(Caller caller, String tenantId, String childId, AppointmentInput input);

    /** Appointments: all ({@code active} null), only active (true) or only ended (false); partner staff see their office's. */
    List<Appointment> appointments(Caller caller, String tenantId, Boolean active);

    Appointment appointment(Caller caller, String tenantId, String id);

    /**
     * Ends an appointment (majority, lifted, change of guardian, ...). The volunteer goes to
     * {@code next} (POOL, RESTING or LEFT; default POOL) when no other appointment is active.
     */
    Appointment endAppointment(Caller caller, String tenantId, String id, LocalDate on, String reason, VolunteerStage next);

    /** Records the yearly report to the court for a year as received. */
    Appointment recordReport(Caller caller, String tenantId, String appointmentId, Integer year, LocalDate receivedOn);

    // ---------------------------------------------------------------- accompaniment

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

    /** Contacts, newest first; of one volunteer if given. Coordinators and auditors. */
    List<VolunteerContact> contacts(Caller caller, String tenantId, String volunteerId);

    /** A contact; refused when dated in the future. */
    VolunteerContact addContact(Caller caller, String tenantId, ContactInput input);

    List<GroupEvening> evenings(Caller caller, String tenantId);

    GroupEvening addEvening(Caller caller, String tenantId, EveningInput input);

    /** The €425 allowance for one guardianship and year; refused after 30 June of the following year. */
    AllowanceClaim claimAllowance(Caller caller, String tenantId, String appointmentId, Integer year, LocalDate claimedOn);

    List<AllowanceClaim> claims(Caller caller, String tenantId, String volunteerId);

    // ---------------------------------------------------------------- reports, due lists, measures

    /**
     * Something due: kind REPORT (yearly report to the court), RECHECK (suitability re-check),
     * FOLLOW_UP (of a contact), ALLOWANCE (claim deadline of last year's allowance), CONTACT (no
     * contact with an appointed volunteer for more than 6 weeks).
     */
    record Due(String kind, LocalDate due, boolean overdue, String volunteerId, String appointmentId, String what) {
    }

    /**
     * Counts for one partner youth office over a period. A count below 3 is null and named in
     * {@code suppressed} when the report crosses partners.
     */
    record OfficeReport(String office, Map<String, Integer> counts, List<String> suppressed) {
    }

    /** Volunteers entering each stage per month (yyyy-MM); counts below 3 suppressed. */
    record FunnelMonth(String month, Map<String, Integer> entered, List<String> suppressed) {
    }

    /** What is due within {@code days} days from today, and everything overdue. Coordinators and auditors. */
    List<Due> due(Caller caller, String tenantId, int days);

    /**
     * Per partner youth office: children proposed, matched, appointed; volunteers per stage;
     * contacts. Partner staff get their own office in full and the others suppressed.
     */
    List<OfficeReport> officeReport(Caller caller, String tenantId, LocalDate from, LocalDate to);

    List<FunnelMonth> funnel(Caller caller, String tenantId, LocalDate from, LocalDate to);
}
