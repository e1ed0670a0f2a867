package de.ikz.vormundschaft.internal.service;

import java.time.LocalDate;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Transition only: the five services behind the {@link CoordinationOffice} facade, for the demo
 * loader that still holds it (see there). Plain delegation, one transaction per call as in the
 * service it delegates to.
 */
@Component(service = CoordinationOffice.class)
public final class CoordinationOfficeImpl implements CoordinationOffice {

    private final Volunteers volunteers;
    private final Training training;
    private final Cases cases;
    private final Appointments appointments;
    private final Reports reports;

    @Activate
    public CoordinationOfficeImpl(@Reference Volunteers volunteers, @Reference Training training, @Reference Cases cases,
                                  @Reference Appointments appointments, @Reference Reports reports) {
        this.volunteers = volunteers;
        this.training = training;
        this.cases = cases;
        this.appointments = appointments;
        this.reports = reports;
    }

    @Override
    public List<Volunteer> volunteers(Caller caller, String tenantId, VolunteerStage stage) {
        return volunteers.volunteers(caller, tenantId, stage);
    }

    @Override
    public Volunteer volunteer(Caller caller, String tenantId, String id) {
        return volunteers.volunteer(caller, tenantId, id);
    }

    @Override
    public Volunteer createVolunteer(Caller caller, String tenantId, VolunteerInput input) {
        return volunteers.createVolunteer(caller, tenantId, input);
    }

    @Override
    public Volunteer updateVolunteer(Caller caller, String tenantId, String id, VolunteerInput change) {
        return volunteers.updateVolunteer(caller, tenantId, id, change);
    }

    @Override
    public Volunteer moveVolunteer(Caller caller, String tenantId, String id, VolunteerStage to, LocalDate on, String note) {
        return volunteers.moveVolunteer(caller, tenantId, id, to, on, note);
    }

    @Override
    public Volunteer recordConductCheck(Caller caller, String tenantId, String id, LocalDate seen, Boolean clear) {
        return volunteers.recordConductCheck(caller, tenantId, id, seen, clear);
    }

    @Override
    public List<StageChange> stageHistory(Caller caller, String tenantId, String id) {
        return volunteers.stageHistory(caller, tenantId, id);
    }

    @Override
    public List<TrainingModule> trainingModules() {
        return training.trainingModules();
    }

    @Override
    public List<Course> courses(Caller caller, String tenantId) {
        return training.courses(caller, tenantId);
    }

    @Override
    public Course createCourse(Caller caller, String tenantId, CourseInput input) {
        return training.createCourse(caller, tenantId, input);
    }

    @Override
    public Course register(Caller caller, String tenantId, String courseId, String volunteerId) {
        return training.register(caller, tenantId, courseId, volunteerId);
    }

    @Override
    public Course recordAttendance(Caller caller, String tenantId, String courseId, String volunteerId, Boolean attended) {
        return training.recordAttendance(caller, tenantId, courseId, volunteerId, attended);
    }

    @Override
    public List<Child> children(Caller caller, String tenantId) {
        return cases.children(caller, tenantId);
    }

    @Override
    public Child child(Caller caller, String tenantId, String id) {
        return cases.child(caller, tenantId, id);
    }

    @Override
    public Child createChild(Caller caller, String tenantId, ChildInput input) {
        return cases.createChild(caller, tenantId, input);
    }

    @Override
    public List<Suggestion> suggestions(Caller caller, String tenantId, String childId) {
        return cases.suggestions(caller, tenantId, childId);
    }

    @Override
    public List<Proposal> proposals(Caller caller, String tenantId, String childId) {
        return cases.proposals(caller, tenantId, childId);
    }

    @Override
    public Proposal match(Caller caller, String tenantId, String childId, String volunteerId, LocalDate on) {
        return cases.match(caller, tenantId, childId, volunteerId, on);
    }

    @Override
    public Proposal propose(Caller caller, String tenantId, String childId, String court, String reasons, LocalDate on) {
        return cases.propose(caller, tenantId, childId, court, reasons, on);
    }

    @Override
    public Proposal withdraw(Caller caller, String tenantId, String childId, String reason, LocalDate on) {
        return cases.withdraw(caller, tenantId, childId, reason, on);
    }

    @Override
    public Appointment appoint(Caller caller, String tenantId, String childId, AppointmentInput input) {
        return cases.appoint(caller, tenantId, childId, input);
    }

    @Override
    public List<Appointment> appointments(Caller caller, String tenantId, Boolean active) {
        return appointments.appointments(caller, tenantId, active);
    }

    @Override
    public Appointment appointment(Caller caller, String tenantId, String id) {
        return appointments.appointment(caller, tenantId, id);
    }

    @Override
    public Appointment endAppointment(Caller caller, String tenantId, String id, LocalDate on, String reason, VolunteerStage next) {
        return appointments.endAppointment(caller, tenantId, id, on, reason, next);
    }

    @Override
    public Appointment recordReport(Caller caller, String tenantId, String appointmentId, Integer year, LocalDate receivedOn) {
        return appointments.recordReport(caller, tenantId, appointmentId, year, receivedOn);
    }

    @Override
    public List<VolunteerContact> contacts(Caller caller, String tenantId, String volunteerId) {
        return appointments.contacts(caller, tenantId, volunteerId);
    }

    @Override
    public VolunteerContact addContact(Caller caller, String tenantId, ContactInput input) {
        return appointments.addContact(caller, tenantId, input);
    }

    @Override
    public List<GroupEvening> evenings(Caller caller, String tenantId) {
        return appointments.evenings(caller, tenantId);
    }

    @Override
    public GroupEvening addEvening(Caller caller, String tenantId, EveningInput input) {
        return appointments.addEvening(caller, tenantId, input);
    }

    @Override
    public AllowanceClaim claimAllowance(Caller caller, String tenantId, String appointmentId, Integer year, LocalDate claimedOn) {
        return appointments.claimAllowance(caller, tenantId, appointmentId, year, claimedOn);
    }

    @Override
    public List<AllowanceClaim> claims(Caller caller, String tenantId, String volunteerId) {
        return appointments.claims(caller, tenantId, volunteerId);
    }

    @Override
    public List<Due> due(Caller caller, String tenantId, Integer days) {
        return reports.due(caller, tenantId, days);
    }

    @Override
    public List<OfficeReport> officeReport(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        return reports.officeReport(caller, tenantId, from, to);
    }

    @Override
    public List<FunnelMonth> funnel(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        return reports.funnel(caller, tenantId, from, to);
    }

    @Override
    public Period period(LocalDate from, LocalDate to) {
        return reports.period(from, to);
    }
}
