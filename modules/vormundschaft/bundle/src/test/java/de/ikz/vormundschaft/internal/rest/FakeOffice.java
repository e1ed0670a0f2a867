package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;

/**
 * A coordination office that records every call (method, caller, tenant, arguments) and answers
 * with fixed records, so a test sees what a resource passed on and what it gave back.
 */
final class FakeOffice implements CoordinationOffice {

    record Call(String method, Caller caller, String tenantId, List<Object> args) {
        Object arg(int i) {
            return args.get(i);
        }
    }

    final List<Call> calls = new ArrayList<>();

    final Volunteer volunteer = new Volunteer("v-7", "Vera Beispiel", "DISTRICT", "jugendamt-nord", VolunteerStage.POOL,
            LocalDate.of(2026, 1, 20), null, List.of("de", "ar"), "6-11", true, "Nordstadt", "DISTRICT", 2, 1, 1,
            LocalDate.of(2027, 1, 20), LocalDate.of(2025, 12, 1), true, List.of("basics", "law"), List.of(), true,
            LocalDate.of(2025, 10, 2));
    final List<StageChange> history = List.of(new StageChange(VolunteerStage.REFLECTION_TALK, VolunteerStage.POOL,
            LocalDate.of(2026, 1, 20), "ready", "carla"));
    final List<TrainingModule> modules = List.of(new TrainingModule("law", "Rechtliche Grundlagen", true));
    final Course course = new Course("c-3", "law", "Rechtliche Grundlagen", LocalDate.of(2026, 3, 4), "Kreishaus", 12,
            List.of(new Registration("v-7", null)));
    final Child child = new Child("K-4F2A", "jugendamt-nord", "6-11", "school", List.of("ar"), "Nordstadt", true,
            "FOSTER_FAMILY", "OPEN", LocalDate.of(2026, 2, 1), null);
    final List<Suggestion> suggestions = List.of(new Suggestion("v-7", "Vera Beispiel", "jugendamt-nord", 80,
            List.of("speaks ar")));
    final Proposal proposal = new Proposal("p-9", "K-4F2A", "v-7", LocalDate.of(2026, 2, 3), List.of("speaks ar"), null,
            null, null, "MATCHED", null, null);
    final Appointment appointment = new Appointment("a-5", "K-4F2A", "jugendamt-nord", "v-7", "GUARDIANSHIP", List.of(),
            "AG Nordstadt", "F 12/26", LocalDate.of(2026, 2, 10), null, List.of(), null, null, List.of(),
            LocalDate.of(2027, 2, 10));
    final VolunteerContact contact = new VolunteerContact("ct-1", "v-7", "a-5", LocalDate.of(2026, 2, 12), 45, "PHONE", "first weeks",
            null, null);
    final GroupEvening evening = new GroupEvening("e-2", LocalDate.of(2026, 2, 18), "school", List.of("v-7"));
    final AllowanceClaim claim = new AllowanceClaim("a-5", "v-7", 2025, LocalDate.of(2026, 1, 15),
            new BigDecimal("425.00"), LocalDate.of(2026, 6, 30));
    final List<Due> dues = List.of(new Due("REPORT", LocalDate.of(2026, 2, 28), false, "v-7", "a-5", "yearly report"));
    final List<OfficeReport> officeReports = List.of(new OfficeReport("jugendamt-nord", Map.of("appointed", 4), List.of()));
    final List<FunnelMonth> funnelMonths = List.of(new FunnelMonth("2026-01", Map.of("ENQUIRY", 5), List.of()));

    /** The one call made; fails the test unless there was exactly one. */
    Call only() {
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    private void record(String method, Caller caller, String tenantId, Object... args) {
        calls.add(new Call(method, caller, tenantId, Arrays.asList(args)));
    }

    @Override
    public List<Volunteer> volunteers(Caller caller, String tenantId, VolunteerStage stage) {
        record("volunteers", caller, tenantId, stage);
        return List.of(volunteer);
    }

    @Override
    public Volunteer volunteer(Caller caller, String tenantId, String id) {
        record("volunteer", caller, tenantId, id);
        return volunteer;
    }

    @Override
    public Volunteer createVolunteer(Caller caller, String tenantId, VolunteerInput input) {
        record("createVolunteer", caller, tenantId, input);
        return volunteer;
    }

    @Override
    public Volunteer updateVolunteer(Caller caller, String tenantId, String id, VolunteerInput change) {
        record("updateVolunteer", caller, tenantId, id, change);
        return volunteer;
    }

    @Override
    public Volunteer moveVolunteer(Caller caller, String tenantId, String id, VolunteerStage to, LocalDate on, String note) {
        record("moveVolunteer", caller, tenantId, id, to, on, note);
        return volunteer;
    }

    @Override
    public Volunteer recordConductCheck(Caller caller, String tenantId, String id, LocalDate seen, Boolean clear) {
        record("recordConductCheck", caller, tenantId, id, seen, clear);
        return volunteer;
    }

    @Override
    public List<StageChange> stageHistory(Caller caller, String tenantId, String id) {
        record("stageHistory", caller, tenantId, id);
        return history;
    }

    @Override
    public List<TrainingModule> trainingModules() {
        record("trainingModules", null, null);
        return modules;
    }

    @Override
    public List<Course> courses(Caller caller, String tenantId) {
        record("courses", caller, tenantId);
        return List.of(course);
    }

    @Override
    public Course createCourse(Caller caller, String tenantId, CourseInput input) {
        record("createCourse", caller, tenantId, input);
        return course;
    }

    @Override
    public Course register(Caller caller, String tenantId, String courseId, String volunteerId) {
        record("register", caller, tenantId, courseId, volunteerId);
        return course;
    }

    @Override
    public Course recordAttendance(Caller caller, String tenantId, String courseId, String volunteerId, Boolean attended) {
        record("recordAttendance", caller, tenantId, courseId, volunteerId, attended);
        return course;
    }

    @Override
    public List<Child> children(Caller caller, String tenantId) {
        record("children", caller, tenantId);
        return List.of(child);
    }

    @Override
    public Child child(Caller caller, String tenantId, String id) {
        record("child", caller, tenantId, id);
        return child;
    }

    @Override
    public Child createChild(Caller caller, String tenantId, ChildInput input) {
        record("createChild", caller, tenantId, input);
        return child;
    }

    @Override
    public List<Suggestion> suggestions(Caller caller, String tenantId, String childId) {
        record("suggestions", caller, tenantId, childId);
        return suggestions;
    }

    @Override
    public List<Proposal> proposals(Caller caller, String tenantId, String childId) {
        record("proposals", caller, tenantId, childId);
        return List.of(proposal);
    }

    @Override
    public Proposal match(Caller caller, String tenantId, String childId, String volunteerId, LocalDate on) {
        record("match", caller, tenantId, childId, volunteerId, on);
        return proposal;
    }

    @Override
    public Proposal propose(Caller caller, String tenantId, String childId, String court, String reasons, LocalDate on) {
        record("propose", caller, tenantId, childId, court, reasons, on);
        return proposal;
    }

    @Override
    public Proposal withdraw(Caller caller, String tenantId, String childId, String reason, LocalDate on) {
        record("withdraw", caller, tenantId, childId, reason, on);
        return proposal;
    }

    @Override
    public Appointment appoint(Caller caller, String tenantId, String childId, AppointmentInput input) {
        record("appoint", caller, tenantId, childId, input);
        return appointment;
    }

    @Override
    public List<Appointment> appointments(Caller caller, String tenantId, Boolean activeOnly) {
        record("appointments", caller, tenantId, activeOnly);
        return List.of(appointment);
    }

    @Override
    public Appointment appointment(Caller caller, String tenantId, String id) {
        record("appointment", caller, tenantId, id);
        return appointment;
    }

    @Override
    public Appointment endAppointment(Caller caller, String tenantId, String id, LocalDate on, String reason,
                                      VolunteerStage next) {
        record("endAppointment", caller, tenantId, id, on, reason, next);
        return appointment;
    }

    @Override
    public Appointment recordReport(Caller caller, String tenantId, String appointmentId, Integer year, LocalDate receivedOn) {
        record("recordReport", caller, tenantId, appointmentId, year, receivedOn);
        return appointment;
    }

    @Override
    public List<VolunteerContact> contacts(Caller caller, String tenantId, String volunteerId) {
        record("contacts", caller, tenantId, volunteerId);
        return List.of(contact);
    }

    @Override
    public VolunteerContact addContact(Caller caller, String tenantId, ContactInput input) {
        record("addContact", caller, tenantId, input);
        return contact;
    }

    @Override
    public List<GroupEvening> evenings(Caller caller, String tenantId) {
        record("evenings", caller, tenantId);
        return List.of(evening);
    }

    @Override
    public GroupEvening addEvening(Caller caller, String tenantId, EveningInput input) {
        record("addEvening", caller, tenantId, input);
        return evening;
    }

    @Override
    public AllowanceClaim claimAllowance(Caller caller, String tenantId, String appointmentId, Integer year,
                                         LocalDate claimedOn) {
        record("claimAllowance", caller, tenantId, appointmentId, year, claimedOn);
        return claim;
    }

    @Override
    public List<AllowanceClaim> claims(Caller caller, String tenantId, String volunteerId) {
        record("claims", caller, tenantId, volunteerId);
        return List.of(claim);
    }

    @Override
    public List<Due> due(Caller caller, String tenantId, int days) {
        record("due", caller, tenantId, days);
        return dues;
    }

    @Override
    public List<OfficeReport> officeReport(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        record("officeReport", caller, tenantId, from, to);
        return officeReports;
    }

    @Override
    public List<FunnelMonth> funnel(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        record("funnel", caller, tenantId, from, to);
        return funnelMonths;
    }
}
