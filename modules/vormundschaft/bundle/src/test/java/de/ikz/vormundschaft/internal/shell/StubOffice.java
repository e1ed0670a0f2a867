package de.ikz.vormundschaft.internal.shell;

import java.time.LocalDate;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;

/** A CoordinationOffice that refuses every call; tests override what the command under test needs. */
class StubOffice implements CoordinationOffice {

    @Override
    public List<Volunteer> volunteers(Caller caller, String tenantId, VolunteerStage stage) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Volunteer volunteer(Caller caller, String tenantId, String id) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Volunteer createVolunteer(Caller caller, String tenantId, VolunteerInput input) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Volunteer updateVolunteer(Caller caller, String tenantId, String id, VolunteerInput change) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Volunteer moveVolunteer(Caller caller, String tenantId, String id, VolunteerStage to, LocalDate on, String note) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Volunteer recordConductCheck(Caller caller, String tenantId, String id, LocalDate seen, Boolean clear) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<StageChange> stageHistory(Caller caller, String tenantId, String id) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<TrainingModule> trainingModules() {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<Course> courses(Caller caller, String tenantId) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Course createCourse(Caller caller, String tenantId, CourseInput input) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Course register(Caller caller, String tenantId, String courseId, String volunteerId) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Course recordAttendance(Caller caller, String tenantId, String courseId, String volunteerId, Boolean attended) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<Child> children(Caller caller, String tenantId) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Child child(Caller caller, String tenantId, String id) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Child createChild(Caller caller, String tenantId, ChildInput input) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<Suggestion> suggestions(Caller caller, String tenantId, String childId) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<Proposal> proposals(Caller caller, String tenantId, String childId) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Proposal match(Caller caller, String tenantId, String childId, String volunteerId, LocalDate on) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Proposal propose(Caller caller, String tenantId, String childId, String court, String reasons, LocalDate on) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Proposal withdraw(Caller caller, String tenantId, String childId, String reason, LocalDate on) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Appointment appoint(Caller caller, String tenantId, String childId, AppointmentInput input) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<Appointment> appointments(Caller caller, String tenantId, Boolean activeOnly) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Appointment appointment(Caller caller, String tenantId, String id) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Appointment endAppointment(Caller caller, String tenantId, String id, LocalDate on, String reason, VolunteerStage next) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public Appointment recordReport(Caller caller, String tenantId, String appointmentId, Integer year, LocalDate receivedOn) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<VolunteerContact> contacts(Caller caller, String tenantId, String volunteerId) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public VolunteerContact addContact(Caller caller, String tenantId, ContactInput input) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<GroupEvening> evenings(Caller caller, String tenantId) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public GroupEvening addEvening(Caller caller, String tenantId, EveningInput input) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public AllowanceClaim claimAllowance(Caller caller, String tenantId, String appointmentId, Integer year, LocalDate claimedOn) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<AllowanceClaim> claims(Caller caller, String tenantId, String volunteerId) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<Due> due(Caller caller, String tenantId, int days) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<OfficeReport> officeReport(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<FunnelMonth> funnel(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("not expected in this test");
    }
}
