package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.domain.ProposalStatus;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.Reports;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Volunteers;

/**
 * A coordination office that records every call (method, caller, tenant, arguments) and answers
 * with fixed records, so a test sees what a resource passed on and what it gave back.
 */
final class FakeOffice implements Volunteers, Training, Cases, Appointments, Reports {

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
            "FOSTER_FAMILY", CaseStatus.OPEN, LocalDate.of(2026, 2, 1), null);
    final List<Suggestion> suggestions = List.of(new Suggestion("v-7", "Vera Beispiel", "jugendamt-nord", 80,
            List.of("speaks ar")));
    final Proposal proposal = new Proposal("p-9", "K-4F2A", "v-7", LocalDate.of(2026, 2, 3), List.of("speaks ar"), null,
            null, null, ProposalStatus.MATCHED, null, null);
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

    /** Records the call and gives the fixed answer. */
    private <T> T call(T answer, String method, Caller c, String t, Object... args) {
        calls.add(new Call(method, c, t, Arrays.asList(args)));
        return answer;
    }

    @Override
    public List<Volunteer> volunteers(Caller c, String t, VolunteerStage stage) {
        return call(List.of(volunteer), "volunteers", c, t, stage);
    }

    @Override
    public Volunteer volunteer(Caller c, String t, String id) { return call(volunteer, "volunteer", c, t, id); }
    @Override
    public Volunteer createVolunteer(Caller c, String t, VolunteerInput input) { return call(volunteer, "createVolunteer", c, t, input); }
    @Override
    public Volunteer updateVolunteer(Caller c, String t, String id, VolunteerInput change) {
        return call(volunteer, "updateVolunteer", c, t, id, change);
    }

    @Override
    public Volunteer moveVolunteer(Caller c, String t, String id, VolunteerStage to, LocalDate on, String note) {
        return call(volunteer, "moveVolunteer", c, t, id, to, on, note);
    }

    @Override
    public Volunteer recordConductCheck(Caller c, String t, String id, LocalDate seen, Boolean clear) {
        return call(volunteer, "recordConductCheck", c, t, id, seen, clear);
    }

    @Override
    public List<StageChange> stageHistory(Caller c, String t, String id) { return call(history, "stageHistory", c, t, id); }
    @Override
    public List<TrainingModule> trainingModules() { return call(modules, "trainingModules", null, null); }
    @Override
    public List<Course> courses(Caller c, String t) { return call(List.of(course), "courses", c, t); }
    @Override
    public Course createCourse(Caller c, String t, CourseInput input) { return call(course, "createCourse", c, t, input); }
    @Override
    public Course register(Caller c, String t, String courseId, String volunteerId) {
        return call(course, "register", c, t, courseId, volunteerId);
    }

    @Override
    public Course recordAttendance(Caller c, String t, String courseId, String volunteerId, Boolean attended) {
        return call(course, "recordAttendance", c, t, courseId, volunteerId, attended);
    }

    @Override
    public List<Child> children(Caller c, String t) { return call(List.of(child), "children", c, t); }
    @Override
    public Child child(Caller c, String t, String id) { return call(child, "child", c, t, id); }
    @Override
    public Child createChild(Caller c, String t, ChildInput input) { return call(child, "createChild", c, t, input); }
    @Override
    public List<Suggestion> suggestions(Caller c, String t, String childId) { return call(suggestions, "suggestions", c, t, childId); }
    @Override
    public List<Proposal> proposals(Caller c, String t, String childId) { return call(List.of(proposal), "proposals", c, t, childId); }
    @Override
    public Proposal match(Caller c, String t, String childId, String volunteerId, LocalDate on) {
        return call(proposal, "match", c, t, childId, volunteerId, on);
    }

    @Override
    public Proposal propose(Caller c, String t, String childId, String court, String reasons, LocalDate on) {
        return call(proposal, "propose", c, t, childId, court, reasons, on);
    }

    @Override
    public Proposal withdraw(Caller c, String t, String childId, String reason, LocalDate on) {
        return call(proposal, "withdraw", c, t, childId, reason, on);
    }

    @Override
    public Appointment appoint(Caller c, String t, String childId, AppointmentInput input) {
        return call(appointment, "appoint", c, t, childId, input);
    }

    @Override
    public List<Appointment> appointments(Caller c, String t, Boolean activeOnly) {
        return call(List.of(appointment), "appointments", c, t, activeOnly);
    }

    @Override
    public Appointment appointment(Caller c, String t, String id) { return call(appointment, "appointment", c, t, id); }
    @Override
    public Appointment endAppointment(Caller c, String t, String id, LocalDate on, String reason, VolunteerStage next) {
        return call(appointment, "endAppointment", c, t, id, on, reason, next);
    }

    @Override
    public Appointment recordReport(Caller c, String t, String appointmentId, Integer year, LocalDate receivedOn) {
        return call(appointment, "recordReport", c, t, appointmentId, year, receivedOn);
    }

    @Override
    public List<VolunteerContact> contacts(Caller c, String t, String volunteerId) {
        return call(List.of(contact), "contacts", c, t, volunteerId);
    }

    @Override
    public VolunteerContact addContact(Caller c, String t, ContactInput input) { return call(contact, "addContact", c, t, input); }
    @Override
    public List<GroupEvening> evenings(Caller c, String t) { return call(List.of(evening), "evenings", c, t); }
    @Override
    public GroupEvening addEvening(Caller c, String t, EveningInput input) { return call(evening, "addEvening", c, t, input); }
    @Override
    public AllowanceClaim claimAllowance(Caller c, String t, String appointmentId, Integer year, LocalDate claimedOn) {
        return call(claim, "claimAllowance", c, t, appointmentId, year, claimedOn);
    }

    @Override
    public List<AllowanceClaim> claims(Caller c, String t, String volunteerId) { return call(List.of(claim), "claims", c, t, volunteerId); }
    @Override
    public List<Due> due(Caller c, String t, Integer days) { return call(dues, "due", c, t, days); }
    @Override
    public List<OfficeReport> officeReport(Caller c, String t, LocalDate from, LocalDate to) {
        return call(officeReports, "officeReport", c, t, from, to);
    }

    @Override
    public List<FunnelMonth> funnel(Caller c, String t, LocalDate from, LocalDate to) {
        return call(funnelMonths, "funnel", c, t, from, to);
    }

    @Override
    public Period period(LocalDate from, LocalDate to) { return call(new Period(from, to), "period", null, null, from, to); }
}
