package de.ikz.vormundschaft.internal.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.TestDatabases;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.Cases.AppointmentInput;
import de.ikz.vormundschaft.internal.service.Cases.Child;
import de.ikz.vormundschaft.internal.service.Cases.ChildIdentity;
import de.ikz.vormundschaft.internal.service.Cases.ChildInput;
import de.ikz.vormundschaft.internal.service.Training.Course;
import de.ikz.vormundschaft.internal.service.Training.CourseInput;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;
import de.ikz.vormundschaft.internal.service.Volunteers.VolunteerInput;

/**
 * The module's real services on a fresh embedded Derby database, for the UI pages' tests (package
 * {@code ui}), built like {@link OfficeContract} builds them: tenant {@link #T} with the youth
 * offices ja-a, ja-b, ja-c; today {@link #TODAY}; a coordinator, staff of ja-a and ja-b, an auditor.
 */
public final class CaseUiFixture {

    public static final String T = "aachen";
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    public static final String ALSDORF = "05334004";

    public final MovableClock clock = new MovableClock(TODAY);
    public final VolunteersImpl volunteers;
    public final TrainingImpl training;
    public final CasesImpl cases;
    public final AppointmentsImpl appointments;
    public final ReportsImpl reports;

    public final Caller coordinator = caller("koordination", PlatformRole.COORDINATOR, null, Set.of("vormundschaft"));
    public final Caller staffA = caller("staff-a", PlatformRole.PARTNER_STAFF, "ja-a", Set.of());
    public final Caller staffB = caller("staff-b", PlatformRole.PARTNER_STAFF, "ja-b", Set.of());
    public final Caller auditor = caller("pruefer", PlatformRole.AUDITOR, null, Set.of());

    public CaseUiFixture(Path dir) {
        JdbcDatabase db = new JdbcDatabase(TestDatabases.derby(dir));
        db.migrate(VormundschaftSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        TableAuditLog audit = new TableAuditLog(db);
        Directory directory = new Directory() {
            @Override
            public List<String> youthOffices(String tenantId) {
                return T.equals(tenantId) ? List.of("ja-a", "ja-b", "ja-c") : List.of("ja-x");
            }

            @Override
            public boolean municipalityKnown(String ags) {
                return true;
            }
        };
        volunteers = new VolunteersImpl(db, audit, directory, clock);
        training = new TrainingImpl(db, audit, directory, clock);
        cases = new CasesImpl(db, audit, directory, clock);
        appointments = new AppointmentsImpl(db, audit, directory, clock);
        reports = new ReportsImpl(db, audit, directory, clock);
    }

    public static Caller caller(String user, PlatformRole role, String participant, Set<String> modules) {
        return new Caller(user, Set.of(role), Optional.of(T), Optional.ofNullable(participant), modules, "test");
    }

    /** Courses of the four required modules, a week ago. */
    public List<Course> requiredCourses() {
        return Catalogue.required().stream()
                .map(m -> training.createCourse(coordinator, T, new CourseInput(m, TODAY.minusDays(7), "Aachen", 10))).toList();
    }

    /** A new volunteer (stage ENQUIRY) of office ja-a living in Alsdorf. */
    public Volunteer enquiry(String name, List<String> languages, String band, int capacity) {
        return volunteers.createVolunteer(coordinator, T, new VolunteerInput(name, "0241 123", "ja-a", null, languages, band, false,
                ALSDORF, "DISTRICT", capacity, null));
    }

    /** Enquiry to pool with a clear certificate and the required modules attended. */
    public Volunteer pooled(String name, List<String> languages, String band, int capacity, List<Course> courses) {
        Volunteer v = enquiry(name, languages, band, capacity);
        move(v.id(), VolunteerStage.APPLICATION, VolunteerStage.SUITABILITY_INTERVIEW, VolunteerStage.CONDUCT_CERTIFICATE);
        volunteers.recordConductCheck(coordinator, T, v.id(), TODAY.minusDays(10), true);
        move(v.id(), VolunteerStage.TRAINING);
        for (Course c : courses) {
            training.register(coordinator, T, c.id(), v.id());
            training.recordAttendance(coordinator, T, c.id(), v.id(), true);
        }
        move(v.id(), VolunteerStage.REFLECTION_TALK, VolunteerStage.POOL);
        return volunteers.volunteer(coordinator, T, v.id());
    }

    public void move(String id, VolunteerStage... stages) {
        for (VolunteerStage s : stages) {
            volunteers.moveVolunteer(coordinator, T, id, s, null, null);
        }
    }

    /** A child proposed by the given partner staff member, living in Alsdorf. */
    public Child child(Caller staff, List<String> languages, String band, String givenName) {
        return cases.createChild(staff, T, new ChildInput(band, "braucht Unterstützung in der Schule", languages, ALSDORF, true,
                "FOSTER_FAMILY", new ChildIdentity(givenName, "Muster", null)));
    }

    /** Match, reasoned proposal and appointment of the volunteer for the child. */
    public Appointment appointed(Volunteer v, Child c) {
        cases.match(coordinator, T, c.id(), v.id(), null);
        cases.propose(coordinator, T, c.id(), "Amtsgericht Aachen", "spricht die Sprache des Kindes und wohnt in der Nähe", null);
        return cases.appoint(coordinator, T, c.id(), new AppointmentInput(null, "F 12/26", TODAY, "GUARDIANSHIP", List.of(), null,
                List.of()));
    }
}
