package de.ikz.vormundschaft.internal.shell;

import java.time.LocalDate;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.Reports;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Volunteers;

/** The five services of the office in one stub that refuses every call; tests override what the command under test needs. */
class StubOffice implements Volunteers, Training, Cases, Appointments, Reports {

    static UnsupportedOperationException unexpected() {
        return new UnsupportedOperationException("not expected in this test");
    }

    @Override
    public List<Volunteer> volunteers(Caller c, String t, VolunteerStage stage) { throw unexpected(); }
    @Override
    public Volunteer volunteer(Caller c, String t, String id) { throw unexpected(); }
    @Override
    public Volunteer createVolunteer(Caller c, String t, VolunteerInput input) { throw unexpected(); }
    @Override
    public Volunteer updateVolunteer(Caller c, String t, String id, VolunteerInput change) { throw unexpected(); }
    @Override
    public Volunteer moveVolunteer(Caller c, String t, String id, VolunteerStage to, LocalDate on, String note) { throw unexpected(); }
    @Override
    public Volunteer recordConductCheck(Caller c, String t, String id, LocalDate seen, Boolean clear) { throw unexpected(); }
    @Override
    public List<StageChange> stageHistory(Caller c, String t, String id) { throw unexpected(); }
    @Override
    public List<TrainingModule> trainingModules() { throw unexpected(); }
    @Override
    public List<Course> courses(Caller c, String t) { throw unexpected(); }
    @Override
    public Course createCourse(Caller c, String t, CourseInput input) { throw unexpected(); }
    @Override
    public Course register(Caller c, String t, String courseId, String volunteerId) { throw unexpected(); }
    @Override
    public Course recordAttendance(Caller c, String t, String courseId, String volunteerId, Boolean attended) { throw unexpected(); }
    @Override
    public List<Child> children(Caller c, String t) { throw unexpected(); }
    @Override
    public Child child(Caller c, String t, String id) { throw unexpected(); }
    @Override
    public Child createChild(Caller c, String t, ChildInput input) { throw unexpected(); }
    @Override
    public List<Suggestion> suggestions(Caller c, String t, String childId) { throw unexpected(); }
    @Override
    public List<Proposal> proposals(Caller c, String t, String childId) { throw unexpected(); }
    @Override
    public Proposal match(Caller c, String t, String childId, String volunteerId, LocalDate on) { throw unexpected(); }
    @Override
    public Proposal propose(Caller c, String t, String childId, String court, String reasons, LocalDate on) { throw unexpected(); }
    @Override
    public Proposal withdraw(Caller c, String t, String childId, String reason, LocalDate on) { throw unexpected(); }
    @Override
    public Appointment appoint(Caller c, String t, String childId, AppointmentInput input) { throw unexpected(); }
    @Override
    public List<Appointment> appointments(Caller c, String t, Boolean activeOnly) { throw unexpected(); }
    @Override
    public Appointment appointment(Caller c, String t, String id) { throw unexpected(); }
    @Override
    public Appointment endAppointment(Caller c, String t, String id, LocalDate on, String reason, VolunteerStage next) {
        throw unexpected();
    }

    @Override
    public Appointment recordReport(Caller c, String t, String appointmentId, Integer year, LocalDate receivedOn) { throw unexpected(); }
    @Override
    public List<VolunteerContact> contacts(Caller c, String t, String volunteerId) { throw unexpected(); }
    @Override
    public VolunteerContact addContact(Caller c, String t, ContactInput input) { throw unexpected(); }
    @Override
    public List<GroupEvening> evenings(Caller c, String t) { throw unexpected(); }
    @Override
    public GroupEvening addEvening(Caller c, String t, EveningInput input) { throw unexpected(); }
    @Override
    public AllowanceClaim claimAllowance(Caller c, String t, String appointmentId, Integer year, LocalDate claimedOn) {
        throw unexpected();
    }

    @Override
    public List<AllowanceClaim> claims(Caller c, String t, String volunteerId) { throw unexpected(); }
    @Override
    public List<Due> due(Caller c, String t, Integer days) { throw unexpected(); }
    @Override
    public List<OfficeReport> officeReport(Caller c, String t, LocalDate from, LocalDate to) { throw unexpected(); }
    @Override
    public List<FunnelMonth> funnel(Caller c, String t, LocalDate from, LocalDate to) { throw unexpected(); }

    @Override
    public Period period(LocalDate from, LocalDate to) { throw unexpected(); }
}
