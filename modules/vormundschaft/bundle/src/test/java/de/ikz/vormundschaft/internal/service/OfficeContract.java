package de.ikz.vormundschaft.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.MovableClock;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.domain.ProposalStatus;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.rest.ReportsResource;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.Cases.AppointmentInput;
import de.ikz.vormundschaft.internal.service.Cases.Child;
import de.ikz.vormundschaft.internal.service.Cases.ChildIdentity;
import de.ikz.vormundschaft.internal.service.Cases.ChildInput;
import de.ikz.vormundschaft.internal.service.Appointments.ContactInput;
import de.ikz.vormundschaft.internal.service.Training.Course;
import de.ikz.vormundschaft.internal.service.Training.CourseInput;
import de.ikz.vormundschaft.internal.service.Reports.Due;
import de.ikz.vormundschaft.internal.service.Reports.OfficeReport;
import de.ikz.vormundschaft.internal.service.Cases.Proposal;
import de.ikz.vormundschaft.internal.service.Cases.Suggestion;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;
import de.ikz.vormundschaft.internal.service.Volunteers.VolunteerInput;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coordination office's service on a real database; subclasses supply Derby or PostgreSQL. */
abstract class OfficeContract {

    protected abstract DataSource freshDataSource() throws Exception;

    static final String T = "aachen";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final String ALSDORF = "05334004";
    static final String ESCHWEILER = "05334012";
    static final String KOELN = "05315000";

    final MovableClock clock = new MovableClock(TODAY);
    final StatementCounter statements = new StatementCounter();
    JdbcDatabase db;
    TableAuditLog audit;
    VolunteersImpl volunteers;
    TrainingImpl training;
    CasesImpl cases;
    AppointmentsImpl appointments;
    ReportsImpl reports;

    final Caller coordinator = caller("koordination", PlatformRole.COORDINATOR, T, null, Set.of("vormundschaft"));
    final Caller staffA = caller("staff-a", PlatformRole.PARTNER_STAFF, T, "ja-a", Set.of());
    final Caller staffB = caller("staff-b", PlatformRole.PARTNER_STAFF, T, "ja-b", Set.of());
    final Caller auditor = caller("pruefer", PlatformRole.AUDITOR, T, null, Set.of());

    static Caller caller(String user, PlatformRole role, String tenant, String participant, Set<String> modules) {
        return new Caller(user, Set.of(role), Optional.of(tenant), Optional.ofNullable(participant), modules, "test");
    }

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(statements.wrap(freshDataSource()));
        assertThat(db.migrate(VormundschaftSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration"))))
                .containsExactly(1);
        audit = new TableAuditLog(db);
        Directory directory = new Directory() {
            @Override
            public List<String> youthOffices(String tenantId) {
                return T.equals(tenantId) ? List.of("ja-a", "ja-b", "ja-c") : List.of("ja-x");
            }

            @Override
            public boolean municipalityKnown(String ags) {
                return !ags.equals("99999999");
            }
        };
        volunteers = new VolunteersImpl(db, audit, directory, clock);
        training = new TrainingImpl(db, audit, directory, clock);
        cases = new CasesImpl(db, audit, directory, clock);
        appointments = new AppointmentsImpl(db, audit, directory, clock);
        reports = new ReportsImpl(db, audit, directory, clock);
    }

    // ---------------------------------------------------------------- helpers

    static VolunteerInput volunteerInput(String name, String office, List<String> languages, String band, int capacity) {
        return new VolunteerInput(name, "0241 123", office, null, languages, band, false, ALSDORF, "DISTRICT", capacity, null);
    }

    Volunteer enquiry(String name, List<String> languages, String band, int capacity) {
        return volunteers.createVolunteer(coordinator, T, volunteerInput(name, "ja-a", languages, band, capacity));
    }

    List<Course> requiredCourses() {
        return Catalogue.required().stream()
                .map(m -> training.createCourse(coordinator, T, new CourseInput(m, TODAY.minusDays(7), "Aachen", 10))).toList();
    }

    /** Enquiry to pool with a clear certificate and the required modules attended. */
    Volunteer pooled(String name, List<String> languages, String band, int capacity, List<Course> courses) {
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

    void move(String id, VolunteerStage... stages) {
        for (VolunteerStage s : stages) {
            volunteers.moveVolunteer(coordinator, T, id, s, null, null);
        }
    }

    Child childOfA(List<String> languages, String band) {
        return cases.createChild(staffA, T, new ChildInput(band, "braucht Unterstützung in der Schule", languages, ALSDORF, true,
                "FOSTER_FAMILY", new ChildIdentity("Mira", "Muster", null)));
    }

    Appointment appointed(Volunteer v, Child c) {
        cases.match(coordinator, T, c.id(), v.id(), null);
        cases.propose(coordinator, T, c.id(), "Amtsgericht Aachen", "spricht die Sprache des Kindes und wohnt in der Nähe", null);
        return cases.appoint(coordinator, T, c.id(), new AppointmentInput(null, "F 12/26", TODAY, "GUARDIANSHIP", List.of(), null,
                List.of()));
    }

    static void refused(ThrowingCallable call, IkzException.Kind kind, String field, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(IkzException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(detail);
        });
    }

    List<AuditEntry> auditEntries() {
        return audit.all();
    }

    // ---------------------------------------------------------------- the whole way

    @Test
    void aVolunteerGoesFromEnquiryToAppointmentAndAccompaniment() {
        List<Course> courses = requiredCourses();
        Volunteer v = enquiry("Hanna Beispiel", List.of("Deutsch", "Arabisch"), "12-17", 2);
        assertThat(v.stage()).isEqualTo(VolunteerStage.ENQUIRY);
        assertThat(v.id()).matches("V-[A-Z2-9]{6}");
        move(v.id(), VolunteerStage.APPLICATION, VolunteerStage.SUITABILITY_INTERVIEW, VolunteerStage.CONDUCT_CERTIFICATE);

        // no certificate yet, then a clear one
        refused(() -> move(v.id(), VolunteerStage.TRAINING), IkzException.Kind.CONFLICT, "conductCheck", "no certificate");
        volunteers.recordConductCheck(coordinator, T, v.id(), TODAY.minusDays(3), true);
        move(v.id(), VolunteerStage.TRAINING);

        // training not complete: refused, naming the missing modules
        training.register(coordinator, T, courses.get(0).id(), v.id());
        training.recordAttendance(coordinator, T, courses.get(0).id(), v.id(), true);
        refused(() -> move(v.id(), VolunteerStage.REFLECTION_TALK), IkzException.Kind.CONFLICT, "to", "family-court");
        for (Course c : courses.subList(1, courses.size())) {
            training.register(coordinator, T, c.id(), v.id());
            training.recordAttendance(coordinator, T, c.id(), v.id(), true);
        }
        move(v.id(), VolunteerStage.REFLECTION_TALK, VolunteerStage.POOL);
        Volunteer pooled = volunteers.volunteer(coordinator, T, v.id());
        assertThat(pooled.trainingComplete()).isTrue();
        assertThat(pooled.recheckDue()).isEqualTo(TODAY.plusYears(VolunteersImpl.RECHECK_YEARS));

        // a partner office proposes a child; the coordinator ranks, matches, proposes with reasons
        Child child = childOfA(List.of("Arabisch"), "12-17");
        assertThat(child.id()).matches("K-[A-Z2-9]{6}");
        List<Suggestion> ranked = cases.suggestions(coordinator, T, child.id());
        assertThat(ranked).singleElement().satisfies(s -> {
            assertThat(s.volunteerId()).isEqualTo(v.id());
            assertThat(s.reasons()).contains("spricht Arabisch", "Altersgruppe passt", "gleiche Region", "freie Kapazität: 2");
        });
        Proposal matched = cases.match(coordinator, T, child.id(), v.id(), null);
        assertThat(matched.status()).isEqualTo(ProposalStatus.MATCHED);
        assertThat(volunteers.volunteer(coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.MATCHED);
        refused(() -> cases.propose(coordinator, T, child.id(), "Amtsgericht Aachen", "passt", null),
                IkzException.Kind.INVALID, "reasons", "§ 53");
        Proposal proposed = cases.propose(coordinator, T, child.id(), "Amtsgericht Aachen",
                "Spricht Arabisch, Erfahrung mit Jugendlichen, wohnt in Alsdorf", null);
        assertThat(proposed.reasons()).startsWith("Spricht Arabisch");
        assertThat(volunteers.volunteer(coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.PROPOSED_TO_COURT);

        // the court appoints: a Pflegschaft for two areas, with an additional Pfleger for assets
        Appointment a = cases.appoint(coordinator, T, child.id(), new AppointmentInput(null, "F 123/26", TODAY, "CURATORSHIP",
                List.of("health", "SCHOOL"), "Rechtsanwältin Beispiel", List.of("ASSETS")));
        assertThat(a.court()).isEqualTo("Amtsgericht Aachen");
        assertThat(a.areas()).containsExactly("HEALTH", "SCHOOL");
        assertThat(a.office()).isEqualTo("ja-a");
        assertThat(a.nextReportDue()).isEqualTo(TODAY.plusYears(1));
        assertThat(volunteers.volunteer(coordinator, T, v.id())).satisfies(x -> {
            assertThat(x.stage()).isEqualTo(VolunteerStage.APPOINTED);
            assertThat(x.active()).isEqualTo(1);
            assertThat(x.free()).isEqualTo(1);
        });
        assertThat(cases.child(staffA, T, child.id()).status()).isEqualTo(CaseStatus.APPOINTED);

        // accompaniment: a contact, a group evening, the report, the allowance
        appointments.addContact(coordinator, T, new ContactInput(v.id(), a.id(), TODAY, 40, "PHONE", "Schulwechsel", "Termin mit Schule",
                TODAY.plusDays(14)));
        assertThat(appointments.contacts(coordinator, T, v.id())).singleElement().satisfies(c -> assertThat(c.topic()).isEqualTo("Schulwechsel"));
        assertThat(appointments.addEvening(coordinator, T, new Appointments.EveningInput(TODAY, "Austausch", List.of(v.id()))).attendees())
                .containsExactly(v.id());
        clock.set(TODAY.plusYears(1).plusDays(2));
        assertThat(reports.due(coordinator, T, 0)).extracting(Due::kind).contains("REPORT");
        Appointment reported = appointments.recordReport(coordinator, T, a.id(), TODAY.getYear() + 1, null);
        assertThat(reported.reportsReceived()).containsExactly(TODAY.getYear() + 1);
        assertThat(reported.nextReportDue()).isEqualTo(TODAY.plusYears(2));
        var claim = appointments.claimAllowance(coordinator, T, a.id(), TODAY.getYear(), null);
        assertThat(claim.amount()).isEqualByComparingTo("425.00");
        assertThat(claim.deadline()).isEqualTo(LocalDate.of(TODAY.getYear() + 1, 6, 30));

        // the end: the volunteer rests
        Appointment ended = appointments.endAppointment(coordinator, T, a.id(), null, "Volljährigkeit", VolunteerStage.RESTING);
        assertThat(ended.endedOn()).isEqualTo(TODAY.plusYears(1).plusDays(2));
        assertThat(volunteers.volunteer(coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.RESTING);
        assertThat(cases.child(staffA, T, child.id()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(volunteers.stageHistory(coordinator, T, v.id())).extracting(Volunteers.StageChange::to).containsExactly(
                VolunteerStage.ENQUIRY, VolunteerStage.APPLICATION, VolunteerStage.SUITABILITY_INTERVIEW,
                VolunteerStage.CONDUCT_CERTIFICATE, VolunteerStage.TRAINING, VolunteerStage.REFLECTION_TALK, VolunteerStage.POOL,
                VolunteerStage.MATCHED, VolunteerStage.PROPOSED_TO_COURT, VolunteerStage.APPOINTED, VolunteerStage.RESTING);
        assertThat(auditEntries()).extracting(AuditEntry::record).contains("vormundschaft/appointment/" + a.id(),
                "vormundschaft/child/" + child.id());
        assertThat(auditEntries()).extracting(AuditEntry::reason).noneMatch(r -> r != null && r.contains("Mira"));
    }

    // ---------------------------------------------------------------- refusals change nothing

    @Test
    void aTransitionNotAllowedIsRefusedWithTheReasonAndChangesNothing() {
        Volunteer v = pooled("Paul", List.of("Deutsch"), null, 1, requiredCourses());
        int history = volunteers.stageHistory(coordinator, T, v.id()).size();
        long changes = changeEntries();
        refused(() -> volunteers.moveVolunteer(coordinator, T, v.id(), VolunteerStage.ENQUIRY, null, null), IkzException.Kind.CONFLICT,
                "to", "no one goes back");
        refused(() -> volunteers.moveVolunteer(coordinator, T, v.id(), VolunteerStage.APPOINTED, null, null), IkzException.Kind.INVALID,
                "to", "through the child's case");
        refused(() -> volunteers.moveVolunteer(coordinator, T, v.id(), VolunteerStage.LEFT, TODAY.plusDays(1), null),
                IkzException.Kind.INVALID, "on", "in the future");
        assertThat(volunteers.volunteer(coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.POOL);
        assertThat(volunteers.stageHistory(coordinator, T, v.id())).hasSize(history);
        assertThat(changeEntries()).as("no change logged").isEqualTo(changes);
        volunteers.moveVolunteer(coordinator, T, v.id(), VolunteerStage.LEFT, null, "zieht weg");
        refused(() -> volunteers.moveVolunteer(coordinator, T, v.id(), VolunteerStage.POOL, null, null), IkzException.Kind.CONFLICT,
                "from", "new enquiry");
    }

    private long changeEntries() {
        return auditEntries().stream().filter(e -> !"READ".equals(e.action())).count();
    }

    @Test
    void anOldOrUncleanCertificateKeepsTheVolunteerBeforeTraining() {
        Volunteer v = enquiry("Olga", List.of(), null, 1);
        move(v.id(), VolunteerStage.APPLICATION, VolunteerStage.SUITABILITY_INTERVIEW, VolunteerStage.CONDUCT_CERTIFICATE);
        volunteers.recordConductCheck(coordinator, T, v.id(), TODAY.minusMonths(4), true);
        refused(() -> move(v.id(), VolunteerStage.TRAINING), IkzException.Kind.CONFLICT, "seen", "older than 3 months");
        volunteers.recordConductCheck(coordinator, T, v.id(), TODAY, false);
        refused(() -> move(v.id(), VolunteerStage.TRAINING), IkzException.Kind.CONFLICT, "clear", "not clear");
        refused(() -> volunteers.recordConductCheck(coordinator, T, v.id(), TODAY.plusDays(1), true), IkzException.Kind.INVALID, "seen",
                "future");
        Volunteer after = volunteers.volunteer(coordinator, T, v.id());
        assertThat(after.stage()).isEqualTo(VolunteerStage.CONDUCT_CERTIFICATE);
        assertThat(after.conductSeen()).isEqualTo(TODAY);
        assertThat(after.conductClear()).isFalse();
    }

    @Test
    void aVolunteerOverCapacityIsNotMatched() {
        List<Course> courses = requiredCourses();
        Volunteer v = pooled("Karim", List.of("Dari"), null, 1, courses);
        Child first = childOfA(List.of("Dari"), "6-11");
        Child second = childOfA(List.of("Dari"), "6-11");
        appointed(v, first);
        assertThat(cases.suggestions(coordinator, T, second.id())).isEmpty();
        refused(() -> cases.match(coordinator, T, second.id(), v.id(), null), IkzException.Kind.CONFLICT, "volunteerId",
                "at capacity: holds 1 of 1");
        assertThat(cases.child(coordinator, T, second.id()).status()).isEqualTo(CaseStatus.OPEN);
        assertThat(cases.proposals(coordinator, T, second.id())).isEmpty();
        // raising the capacity makes room; lowering it below what is held is refused
        volunteers.updateVolunteer(coordinator, T, v.id(), new VolunteerInput(null, null, null, null, null, null, null, null, null, 2, null));
        assertThat(cases.match(coordinator, T, second.id(), v.id(), null).status()).isEqualTo(ProposalStatus.MATCHED);
        refused(() -> volunteers.updateVolunteer(coordinator, T, v.id(), new VolunteerInput(null, null, null, null, null, null, null, null,
                null, 1, null)), IkzException.Kind.CONFLICT, "capacity", "holds 2");
    }

    @Test
    void aDroppedMatchReturnsChildAndVolunteer() {
        Volunteer v = pooled("Lena", List.of("Englisch"), null, 1, requiredCourses());
        Child c = childOfA(List.of("Englisch"), "0-5");
        cases.match(coordinator, T, c.id(), v.id(), null);
        cases.propose(coordinator, T, c.id(), "Amtsgericht Aachen", "spricht Englisch und hat Zeit für ein Kleinkind", null);
        refused(() -> cases.match(coordinator, T, c.id(), v.id(), null), IkzException.Kind.CONFLICT, "childId", "proposed");
        Proposal dropped = cases.withdraw(coordinator, T, c.id(), "Gericht hat den Großvater bestellt", null);
        assertThat(dropped.status()).isEqualTo(ProposalStatus.DROPPED);
        assertThat(cases.child(coordinator, T, c.id()).status()).isEqualTo(CaseStatus.OPEN);
        assertThat(volunteers.volunteer(coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.POOL);
        refused(() -> cases.appoint(coordinator, T, c.id(), new AppointmentInput("AG", "F 1/26", TODAY, null, null, null, null)),
                IkzException.Kind.CONFLICT, "childId", "no open match");
    }

    @Test
    void aRelativeQualifiedForOneChildIsSuggestedOnlyForThatChild() {
        List<Course> courses = requiredCourses();
        Child mine = childOfA(List.of("Türkisch"), "6-11");
        Child other = childOfA(List.of("Türkisch"), "6-11");
        Volunteer aunt = volunteers.createVolunteer(coordinator, T, new VolunteerInput("Tante Gül", null, "ja-a", mine.id(),
                List.of("Türkisch"), null, false, ALSDORF, "ANY", 1, null));
        move(aunt.id(), VolunteerStage.APPLICATION, VolunteerStage.SUITABILITY_INTERVIEW, VolunteerStage.CONDUCT_CERTIFICATE);
        volunteers.recordConductCheck(coordinator, T, aunt.id(), TODAY, true);
        move(aunt.id(), VolunteerStage.TRAINING);
        for (Course c : courses) {
            training.register(coordinator, T, c.id(), aunt.id());
            training.recordAttendance(coordinator, T, c.id(), aunt.id(), true);
        }
        move(aunt.id(), VolunteerStage.REFLECTION_TALK, VolunteerStage.POOL);
        assertThat(cases.suggestions(coordinator, T, mine.id())).singleElement()
                .satisfies(s -> assertThat(s.reasons().get(0)).contains("für dieses Kind qualifiziert"));
        assertThat(cases.suggestions(coordinator, T, other.id())).isEmpty();
        refused(() -> cases.match(coordinator, T, other.id(), aunt.id(), null), IkzException.Kind.CONFLICT, "volunteerId",
                "only for child " + mine.id());
    }

    @Test
    void aContactInTheFutureOrAClaimAfterTheDeadlineIsRefusedAndNothingStored() {
        Volunteer v = pooled("Sven", List.of("Deutsch"), null, 1, requiredCourses());
        Appointment a = appointed(v, childOfA(List.of("Deutsch"), "12-17"));
        refused(() -> appointments.addContact(coordinator, T, new ContactInput(v.id(), a.id(), TODAY.plusDays(1), 30, "PHONE", "x", null, null)),
                IkzException.Kind.INVALID, "date", "in the future");
        refused(() -> appointments.addContact(coordinator, T, new ContactInput(v.id(), a.id(), TODAY, 30, "PIGEON", "x", null, null)),
                IkzException.Kind.INVALID, "medium", "one of");
        assertThat(appointments.contacts(coordinator, T, null)).isEmpty();

        clock.set(LocalDate.of(TODAY.getYear() + 1, 7, 1));
        refused(() -> appointments.claimAllowance(coordinator, T, a.id(), TODAY.getYear(), null), IkzException.Kind.INVALID, "claimedOn",
                "lapsed on 30.06." + (TODAY.getYear() + 1));
        assertThat(appointments.claims(coordinator, T, v.id())).isEmpty();
        // the deadline day itself is in time; twice is refused; a year without the guardianship too
        assertThat(appointments.claimAllowance(coordinator, T, a.id(), TODAY.getYear(), LocalDate.of(TODAY.getYear() + 1, 6, 30)).year())
                .isEqualTo(TODAY.getYear());
        refused(() -> appointments.claimAllowance(coordinator, T, a.id(), TODAY.getYear(), LocalDate.of(TODAY.getYear() + 1, 6, 30)),
                IkzException.Kind.CONFLICT, "year", "already claimed");
        refused(() -> appointments.claimAllowance(coordinator, T, a.id(), TODAY.getYear() - 1, LocalDate.of(TODAY.getYear(), 6, 30)),
                IkzException.Kind.INVALID, "year", "not held in " + (TODAY.getYear() - 1));
        assertThat(appointments.claims(coordinator, T, v.id())).hasSize(1);
    }

    // ---------------------------------------------------------------- who sees what

    @Test
    void partnerStaffSeeOnlyTheirOwnChildrenAndIdentitiesStayWithTheOwner() {
        Child c = childOfA(List.of("Arabisch"), "6-11");
        assertThat(cases.child(staffA, T, c.id()).identity()).isEqualTo(new ChildIdentity("Mira", "Muster", null));
        assertThat(cases.children(staffA, T)).singleElement().satisfies(x -> assertThat(x.identity()).isNotNull());
        // another partner: as if it did not exist
        refused(() -> cases.child(staffB, T, c.id()), IkzException.Kind.NOT_FOUND, null, "not found");
        assertThat(cases.children(staffB, T)).isEmpty();
        refused(() -> cases.proposals(staffB, T, c.id()), IkzException.Kind.NOT_FOUND, null, "not found");
        // the coordination office and the auditor: the pseudonym only
        assertThat(cases.child(coordinator, T, c.id()).identity()).isNull();
        assertThat(cases.children(auditor, T)).singleElement().satisfies(x -> assertThat(x.identity()).isNull());
        // reading an identity is logged
        assertThat(auditEntries()).filteredOn(e -> "READ".equals(e.action()) && e.record().endsWith(c.id())).isNotEmpty();
        // partner staff cannot do the office's work nor read volunteers; coordinators cannot create children
        refused(() -> volunteers.createVolunteer(staffA, T, volunteerInput("X", "ja-a", List.of(), null, 1)), IkzException.Kind.FORBIDDEN,
                null, "coordinator");
        refused(() -> volunteers.volunteers(staffA, T, null), IkzException.Kind.FORBIDDEN, null, "auditors");
        refused(() -> cases.createChild(coordinator, T, new ChildInput("6-11", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", null))), IkzException.Kind.FORBIDDEN, null, "partner youth office");
        // the auditor reads, never changes
        assertThat(volunteers.volunteers(auditor, T, null)).isEmpty();
        refused(() -> training.createCourse(auditor, T, new CourseInput("health", TODAY, null, null)), IkzException.Kind.FORBIDDEN, null,
                "coordinator");
        // a coordinator of another tenant sees nothing of this one
        Caller foreign = caller("k2", PlatformRole.COORDINATOR, "other", null, Set.of("vormundschaft"));
        refused(() -> cases.child(foreign, T, c.id()), IkzException.Kind.NOT_FOUND, null, "tenant");
        assertThat(cases.children(foreign, "other")).isEmpty();
        // a platform admin has no access to case data through that role
        Caller admin = new Caller("admin", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(), Set.of(), "test");
        refused(() -> cases.children(admin, T), IkzException.Kind.FORBIDDEN, null, "guardianship data");
    }

    @Test
    void badChildProfilesAreRefused() {
        refused(() -> cases.createChild(staffA, T, new ChildInput("6-12", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", null))), IkzException.Kind.INVALID, "ageBand", "0-5, 6-11, 12-17");
        refused(() -> cases.createChild(staffA, T, new ChildInput("6-11", null, List.of(), "99999999", false, "OTHER",
                new ChildIdentity("A", "B", null))), IkzException.Kind.INVALID, "municipality", "not in the municipal register");
        refused(() -> cases.createChild(staffA, T, new ChildInput("6-11", null, List.of(), ALSDORF, false, "OTHER", null)),
                IkzException.Kind.INVALID, "identity", "stays with your youth office");
        refused(() -> cases.createChild(staffA, T, new ChildInput("0-5", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", TODAY.minusYears(9)))), IkzException.Kind.INVALID, "ageBand", "age 9");
        refused(() -> cases.createChild(staffA, T, new ChildInput("0-5", null, List.of(), ALSDORF, false, "CASTLE",
                new ChildIdentity("A", "B", null))), IkzException.Kind.INVALID, "placement", "one of");
        Caller unknownOffice = caller("s", PlatformRole.PARTNER_STAFF, T, "ja-nowhere", Set.of());
        refused(() -> cases.createChild(unknownOffice, T, new ChildInput("0-5", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", null))), IkzException.Kind.INVALID, "office", "not a youth office");
        assertThat(cases.children(coordinator, T)).isEmpty();
    }

    @Test
    void travelWillingnessLimitsTheSuggestions() {
        List<Course> courses = requiredCourses();
        Volunteer local = pooled("Nora", List.of("Russisch"), null, 1, courses);
        volunteers.updateVolunteer(coordinator, T, local.id(), new VolunteerInput(null, null, null, null, null, null, null, ESCHWEILER,
                "MUNICIPALITY", null, null));
        Volunteer district = pooled("Ilias", List.of(), null, 1, courses);
        Child inAlsdorf = childOfA(List.of("Russisch"), "6-11");
        assertThat(cases.suggestions(coordinator, T, inAlsdorf.id())).extracting(Suggestion::volunteerId).containsExactly(district.id());
        Child inKoeln = cases.createChild(staffA, T, new ChildInput("6-11", null, List.of(), KOELN, false, "RESIDENTIAL_CARE",
                new ChildIdentity("A", "B", null)));
        assertThat(cases.suggestions(coordinator, T, inKoeln.id())).isEmpty();
    }

    // ---------------------------------------------------------------- reports and measures

    @Test
    void crossPartnerReportsSuppressCountsBelowThree() {
        List<Course> courses = requiredCourses();
        for (int i = 0; i < 3; i++) {
            appointed(pooled("V" + i, List.of("Deutsch"), null, 1, courses), childOfA(List.of("Deutsch"), "12-17"));
        }
        Child b = cases.createChild(staffB, T, new ChildInput("0-5", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", null)));
        assertThat(b.office()).isEqualTo("ja-b");

        Map<String, OfficeReport> forCoordinator = byOffice(reports.officeReport(coordinator, T, TODAY.withDayOfYear(1), TODAY));
        assertThat(forCoordinator.keySet()).containsExactly("ja-a", "ja-b", "ja-c");
        assertThat(forCoordinator.get("ja-a").counts()).containsEntry("childrenAppointed", 3).containsEntry("volunteersRecruited", 3);
        assertThat(forCoordinator.get("ja-a").counts().get("volunteers.APPOINTED")).isEqualTo(3);
        assertThat(forCoordinator.get("ja-b").counts().get("childrenProposed")).isNull();
        assertThat(forCoordinator.get("ja-b").suppressed()).contains("childrenProposed", "childrenAppointed");

        // staff of ja-b see their own office in full, ja-a's counts of 3 too, nothing small of others
        Map<String, OfficeReport> forB = byOffice(reports.officeReport(staffB, T, TODAY.withDayOfYear(1), TODAY));
        assertThat(forB.get("ja-b").counts()).containsEntry("childrenProposed", 1).containsEntry("childrenAppointed", 0);
        assertThat(forB.get("ja-b").suppressed()).isEmpty();
        assertThat(forB.get("ja-a").counts()).containsEntry("childrenAppointed", 3);
        assertThat(forB.get("ja-a").counts().get("contacts")).isNull();

        var march = reports.funnel(coordinator, T, TODAY.withDayOfMonth(1), TODAY).get(0);
        assertThat(march.month()).isEqualTo("2026-03");
        assertThat(march.entered()).containsEntry("POOL", 3).containsEntry("APPOINTED", 3);
        assertThat(march.entered().get("LEFT")).isNull();
        assertThat(march.suppressed()).contains("LEFT");
        refused(() -> reports.officeReport(coordinator, T, TODAY, TODAY.minusDays(1)), IkzException.Kind.INVALID, "to", "before it starts");
    }

    private static Map<String, OfficeReport> byOffice(List<OfficeReport> r) {
        Map<String, OfficeReport> m = new java.util.LinkedHashMap<>();
        r.forEach(x -> m.put(x.office(), x));
        return m;
    }

    @Test
    void measuresCountActiveAppointmentsPerOfficeOverThePeriod() {
        List<Course> courses = requiredCourses();
        Appointment a1 = appointed(pooled("A1", List.of(), null, 1, courses), childOfA(List.of(), "6-11"));
        appointed(pooled("A2", List.of(), null, 1, courses), childOfA(List.of(), "6-11"));
        Child childB = cases.createChild(staffB, T, new ChildInput("6-11", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", null)));
        appointed(pooled("B1", List.of(), null, 1, courses), childB);
        clock.set(TODAY.plusMonths(2));
        appointments.endAppointment(coordinator, T, a1.id(), null, "Wechsel des Vormunds", null);

        int y = TODAY.getYear();
        Map<String, BigDecimal> thisYear = reports.measure(OfficeReports.ACTIVE_APPOINTMENTS, T, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        assertThat(thisYear).containsOnlyKeys("ja-a", "ja-b", "ja-c");
        assertThat(thisYear.get("ja-a")).isEqualByComparingTo("2");
        assertThat(thisYear.get("ja-b")).isEqualByComparingTo("1");
        assertThat(thisYear.get("ja-c")).isEqualByComparingTo("0");
        Map<String, BigDecimal> afterEnd = reports.measure(OfficeReports.ACTIVE_APPOINTMENTS, T, TODAY.plusMonths(3), TODAY.plusMonths(4));
        assertThat(afterEnd.get("ja-a")).isEqualByComparingTo("1");
        Map<String, BigDecimal> before = reports.measure(OfficeReports.ACTIVE_APPOINTMENTS, T, LocalDate.of(y - 1, 1, 1),
                LocalDate.of(y - 1, 12, 31));
        assertThat(before.values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(reports.measure(OfficeReports.VOLUNTEERS_RECRUITED, T, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)).get("ja-a"))
                .isEqualByComparingTo("3");
        assertThatThrownBy(() -> reports.measure("nope", T, TODAY, TODAY)).isInstanceOf(IllegalArgumentException.class);
        // the volunteer of the ended appointment went back to the pool (default)
        assertThat(volunteers.volunteer(coordinator, T, a1.volunteerId()).stage()).isEqualTo(VolunteerStage.POOL);
    }

    @Test
    void theDueListNamesReportsRechecksContactsFollowUpsAndAllowances() {
        Volunteer v = pooled("Rana", List.of(), null, 1, requiredCourses());
        Appointment a = appointed(v, childOfA(List.of(), "12-17"));
        appointments.addContact(coordinator, T, new ContactInput(v.id(), a.id(), TODAY, 30, "VIDEO", "Start", "Unterlagen schicken",
                TODAY.plusDays(5)));
        assertThat(reports.due(coordinator, T, 10)).extracting(Due::kind).containsExactly("FOLLOW_UP");
        assertThat(reports.due(coordinator, T, 50)).extracting(Due::kind).containsExactly("FOLLOW_UP", "CONTACT");
        clock.set(TODAY.plusDays(3));
        appointments.addContact(coordinator, T, new ContactInput(v.id(), a.id(), null, 20, "PHONE", "Unterlagen", null, null));
        assertThat(reports.due(coordinator, T, 10)).isEmpty();

        clock.set(LocalDate.of(TODAY.getYear() + 1, 6, 1));
        List<Due> due = reports.due(coordinator, T, 30);
        assertThat(due).extracting(Due::kind).containsExactly("CONTACT", "REPORT", "ALLOWANCE");
        assertThat(due.get(0).overdue()).isTrue();
        assertThat(due.get(2).what()).contains("lapses after " + LocalDate.of(TODAY.getYear() + 1, 6, 30));
        clock.set(TODAY.plusYears(2).plusDays(1));
        assertThat(reports.due(coordinator, T, 0)).extracting(Due::kind).contains("RECHECK");
        refused(() -> reports.due(coordinator, T, 400), IkzException.Kind.INVALID, "days", "366");
    }

    @Test
    void theDueListAndTheAppointmentListReadAFixedNumberOfStatementsWhateverTheNumberOfAppointments() {
        List<Course> courses = requiredCourses();
        appointed(pooled("N1", List.of(), null, 1, courses), childOfA(List.of(), "6-11"));
        int dueForOne = statements.during(() -> reports.due(coordinator, T, 366));
        int listForOne = statements.during(() -> appointments.appointments(coordinator, T, null));
        for (int i = 2; i <= 4; i++) {
            appointed(pooled("N" + i, List.of(), null, 1, courses), childOfA(List.of(), "6-11"));
        }
        assertThat(reports.due(coordinator, T, 366)).extracting(Due::kind).contains("CONTACT", "REPORT").hasSize(8);
        assertThat(statements.during(() -> reports.due(coordinator, T, 366))).isEqualTo(dueForOne);
        assertThat(appointments.appointments(coordinator, T, null)).hasSize(4);
        assertThat(statements.during(() -> appointments.appointments(coordinator, T, null))).isEqualTo(listForOne);
    }

    @Test
    void theReportPeriodDefaultsToTheYearOfItsLastDay() {
        clock.set(LocalDate.of(2025, 3, 1));
        for (int i = 0; i < 3; i++) {
            enquiry("Früh" + i, List.of(), null, 1);
        }
        clock.set(TODAY);
        LocalDate endOfJune = LocalDate.of(2025, 6, 30);
        assertThat(reports.period(null, endOfJune)).isEqualTo(new Reports.Period(LocalDate.of(2025, 1, 1), endOfJune));
        assertThat(reports.period(null, null)).isEqualTo(new Reports.Period(TODAY.withDayOfYear(1), TODAY));
        List<OfficeReport> onlyTo = reports.officeReport(coordinator, T, null, endOfJune);
        assertThat(onlyTo).isEqualTo(reports.officeReport(coordinator, T, LocalDate.of(2025, 1, 1), endOfJune));
        assertThat(byOffice(onlyTo).get("ja-a").counts()).containsEntry("volunteersRecruited", 3);
        assertThat(reports.funnel(coordinator, T, null, endOfJune)).extracting(Reports.FunnelMonth::month)
                .containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
        assertThat(reports.due(coordinator, T, null)).isEqualTo(reports.due(coordinator, T, Reports.DEFAULT_DAYS));
        refused(() -> reports.officeReport(coordinator, T, LocalDate.of(2025, 7, 1), endOfJune), IkzException.Kind.INVALID, "to",
                "before it starts");
    }

    /** Before the defaults moved into the service, REST took "from" as 1 January of this year and refused this with 400. */
    @Test
    void restWithOnlyToReportsTheSamePeriodAsTheConsole() {
        clock.set(LocalDate.of(2025, 3, 1));
        for (int i = 0; i < 3; i++) {
            enquiry("Früh" + i, List.of(), null, 1);
        }
        clock.set(TODAY);
        ReportsResource rest = new ReportsResource(reports);
        javax.ws.rs.core.SecurityContext sc = de.ikz.testkit.Callers.context(coordinator);
        List<OfficeReport> viaRest = rest.officeReport(sc, null, "2025-06-30", null);
        // the console passes the same (null, 2025-06-30) and prints reports.period(...) as its heading (ReportTest)
        assertThat(viaRest).isEqualTo(reports.officeReport(coordinator, T, null, LocalDate.of(2025, 6, 30)));
        assertThat(byOffice(viaRest).get("ja-a").counts()).containsEntry("volunteersRecruited", 3);
        assertThat(rest.funnel(sc, null, "2025-06-30", null)).extracting(Reports.FunnelMonth::month).startsWith("2025-01")
                .endsWith("2025-06");
    }

    // ---------------------------------------------------------------- every read of case data is logged (issue 8)

    /** The entries a read added: exactly one per call, action READ, in tenant T. */
    private AuditEntry oneReadEntry(Runnable read) {
        int before = auditEntries().size();
        read.run();
        List<AuditEntry> added = auditEntries().subList(before, auditEntries().size());
        assertThat(added).as("one entry per request").hasSize(1);
        AuditEntry e = added.get(0);
        assertThat(e.action()).isEqualTo("READ");
        assertThat(e.tenantId()).isEqualTo(T);
        return e;
    }

    @Test
    void everyReadOfCaseDataWritesOneEntryNamingTheRecords() {
        Volunteer v = pooled("Lena", List.of("Deutsch"), null, 1, requiredCourses());
        Child child = childOfA(List.of("Deutsch"), "12-17");
        Appointment a = appointed(v, child);
        appointments.addContact(coordinator, T, new ContactInput(v.id(), a.id(), TODAY, 30, "PHONE", "Start", null, null));
        appointments.claimAllowance(coordinator, T, a.id(), TODAY.getYear(), null);

        assertThat(oneReadEntry(() -> volunteers.volunteers(coordinator, T, null)).record())
                .isEqualTo("vormundschaft/volunteer list: " + v.id() + " (n=1)");
        assertThat(oneReadEntry(() -> volunteers.stageHistory(auditor, T, v.id())).record()).isEqualTo("vormundschaft/volunteer/" + v.id());
        assertThat(oneReadEntry(() -> appointments.contacts(coordinator, T, v.id())).record()).startsWith("vormundschaft/contact list: T")
                .endsWith("(n=1)");
        assertThat(oneReadEntry(() -> appointments.claims(coordinator, T, null)).record())
                .isEqualTo("vormundschaft/allowance list: " + a.id() + "/" + TODAY.getYear() + " (n=1)");
        assertThat(oneReadEntry(() -> appointments.appointments(staffA, T, null)).record())
                .isEqualTo("vormundschaft/appointment list: " + a.id() + " (n=1)");
        assertThat(oneReadEntry(() -> appointments.appointment(coordinator, T, a.id())).record()).isEqualTo("vormundschaft/appointment/" + a.id());
        assertThat(oneReadEntry(() -> cases.proposals(coordinator, T, child.id())).record())
                .startsWith("vormundschaft/proposal list: ").endsWith("(n=1)");
        assertThat(oneReadEntry(() -> cases.suggestions(coordinator, T, child.id())).record()).startsWith("vormundschaft/volunteer list: ");
        // pseudonymised profiles are case data too: logged although no identity is shown
        AuditEntry children = oneReadEntry(() -> cases.children(coordinator, T));
        assertThat(children.record()).isEqualTo("vormundschaft/child list: " + child.id() + " (n=1)");
        assertThat(children.reason()).contains("pseudonymised");
        assertThat(oneReadEntry(() -> cases.child(staffA, T, child.id())).reason()).contains("identity");
        assertThat(oneReadEntry(() -> training.courses(coordinator, T)).record()).startsWith("vormundschaft/course list: ");
        assertThat(oneReadEntry(() -> appointments.evenings(coordinator, T)).record()).isEqualTo("vormundschaft/evening list: (n=0)");
        assertThat(oneReadEntry(() -> reports.due(coordinator, T, 366)).record()).startsWith("vormundschaft/due list: ");
        // no personal data in the entries, only ids
        assertThat(auditEntries()).extracting(AuditEntry::reason).noneMatch(r -> r != null && (r.contains("Mira") || r.contains("Lena")));
        assertThat(auditEntries()).extracting(AuditEntry::record).noneMatch(r -> r.contains("F 12/26"));
    }

    @Test
    void aRefusedReadWritesNothing() {
        Volunteer v = enquiry("Olga", List.of(), null, 1);
        int before = auditEntries().size();
        refused(() -> volunteers.volunteers(staffA, T, null), IkzException.Kind.FORBIDDEN, null, "auditors");
        refused(() -> appointments.contacts(staffA, T, v.id()), IkzException.Kind.FORBIDDEN, null, "auditors");
        assertThatThrownBy(() -> appointments.appointment(coordinator, T, "A-404")).isInstanceOf(IkzException.class);
        assertThat(auditEntries()).hasSize(before);
    }

    @Test
    void aLongListIsNamedWithinTheRecordColumnAndKeepsTheFullCount() {
        List<String> ids = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "V-" + (1000 + i)).toList();
        String record = ReadLog.listRecord("volunteer", ids);
        assertThat(record).hasSizeLessThanOrEqualTo(de.ikz.api.audit.AuditLog.RECORD_MAX).startsWith("vormundschaft/volunteer list: V-1000,V-1001,")
                .endsWith(",… (n=200)");
        assertThat(ReadLog.listRecord("volunteer", List.of("V-1", "V-2"))).isEqualTo("vormundschaft/volunteer list: V-1,V-2 (n=2)");
    }
}
