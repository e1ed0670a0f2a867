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
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Appointment;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.AppointmentInput;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Child;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.ChildIdentity;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.ChildInput;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.ContactInput;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Course;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.CourseInput;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Due;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.OfficeReport;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Proposal;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Suggestion;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Volunteer;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.VolunteerInput;

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
    JdbcDatabase db;
    TableAuditLog audit;
    CoordinationOfficeImpl office;

    final Caller coordinator = caller("koordination", PlatformRole.COORDINATOR, T, null, Set.of("vormundschaft"));
    final Caller staffA = caller("staff-a", PlatformRole.PARTNER_STAFF, T, "ja-a", Set.of());
    final Caller staffB = caller("staff-b", PlatformRole.PARTNER_STAFF, T, "ja-b", Set.of());
    final Caller auditor = caller("pruefer", PlatformRole.AUDITOR, T, null, Set.of());

    static Caller caller(String user, PlatformRole role, String tenant, String participant, Set<String> modules) {
        return new Caller(user, Set.of(role), Optional.of(tenant), Optional.ofNullable(participant), modules, "test");
    }

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(freshDataSource());
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
        office = new CoordinationOfficeImpl(db, audit, directory, clock);
    }

    // ---------------------------------------------------------------- helpers

    static VolunteerInput volunteerInput(String name, String office, List<String> languages, String band, int capacity) {
        return new VolunteerInput(name, "0241 123", office, null, languages, band, false, ALSDORF, "DISTRICT", capacity, null);
    }

    Volunteer enquiry(String name, List<String> languages, String band, int capacity) {
        return office.createVolunteer(coordinator, T, volunteerInput(name, "ja-a", languages, band, capacity));
    }

    List<Course> requiredCourses() {
        return Catalogue.required().stream()
                .map(m -> office.createCourse(coordinator, T, new CourseInput(m, TODAY.minusDays(7), "Aachen", 10))).toList();
    }

    /** Enquiry to pool with a clear certificate and the required modules attended. */
    Volunteer pooled(String name, List<String> languages, String band, int capacity, List<Course> courses) {
        Volunteer v = enquiry(name, languages, band, capacity);
        move(v.id(), VolunteerStage.APPLICATION, VolunteerStage.SUITABILITY_INTERVIEW, VolunteerStage.CONDUCT_CERTIFICATE);
        office.recordConductCheck(coordinator, T, v.id(), TODAY.minusDays(10), true);
        move(v.id(), VolunteerStage.TRAINING);
        for (Course c : courses) {
            office.register(coordinator, T, c.id(), v.id());
            office.recordAttendance(coordinator, T, c.id(), v.id(), true);
        }
        move(v.id(), VolunteerStage.REFLECTION_TALK, VolunteerStage.POOL);
        return office.volunteer(coordinator, T, v.id());
    }

    void move(String id, VolunteerStage... stages) {
        for (VolunteerStage s : stages) {
            office.moveVolunteer(coordinator, T, id, s, null, null);
        }
    }

    Child childOfA(List<String> languages, String band) {
        return office.createChild(staffA, T, new ChildInput(band, "braucht Unterstützung in der Schule", languages, ALSDORF, true,
                "FOSTER_FAMILY", new ChildIdentity("Mira", "Muster", null)));
    }

    Appointment appointed(Volunteer v, Child c) {
        office.match(coordinator, T, c.id(), v.id(), null);
        office.propose(coordinator, T, c.id(), "Amtsgericht Aachen", "spricht die Sprache des Kindes und wohnt in der Nähe", null);
        return office.appoint(coordinator, T, c.id(), new AppointmentInput(null, "F 12/26", TODAY, "GUARDIANSHIP", List.of(), null,
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
        office.recordConductCheck(coordinator, T, v.id(), TODAY.minusDays(3), true);
        move(v.id(), VolunteerStage.TRAINING);

        // training not complete: refused, naming the missing modules
        office.register(coordinator, T, courses.get(0).id(), v.id());
        office.recordAttendance(coordinator, T, courses.get(0).id(), v.id(), true);
        refused(() -> move(v.id(), VolunteerStage.REFLECTION_TALK), IkzException.Kind.CONFLICT, "to", "family-court");
        for (Course c : courses.subList(1, courses.size())) {
            office.register(coordinator, T, c.id(), v.id());
            office.recordAttendance(coordinator, T, c.id(), v.id(), true);
        }
        move(v.id(), VolunteerStage.REFLECTION_TALK, VolunteerStage.POOL);
        Volunteer pooled = office.volunteer(coordinator, T, v.id());
        assertThat(pooled.trainingComplete()).isTrue();
        assertThat(pooled.recheckDue()).isEqualTo(TODAY.plusYears(CoordinationOfficeImpl.RECHECK_YEARS));

        // a partner office proposes a child; the coordinator ranks, matches, proposes with reasons
        Child child = childOfA(List.of("Arabisch"), "12-17");
        assertThat(child.id()).matches("K-[A-Z2-9]{6}");
        List<Suggestion> ranked = office.suggestions(coordinator, T, child.id());
        assertThat(ranked).singleElement().satisfies(s -> {
            assertThat(s.volunteerId()).isEqualTo(v.id());
            assertThat(s.reasons()).contains("spricht Arabisch", "Altersgruppe passt", "gleiche Region", "freie Kapazität: 2");
        });
        Proposal matched = office.match(coordinator, T, child.id(), v.id(), null);
        assertThat(matched.status()).isEqualTo("MATCHED");
        assertThat(office.volunteer(coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.MATCHED);
        refused(() -> office.propose(coordinator, T, child.id(), "Amtsgericht Aachen", "passt", null),
                IkzException.Kind.INVALID, "reasons", "§ 53");
        Proposal proposed = office.propose(coordinator, T, child.id(), "Amtsgericht Aachen",
                "Spricht Arabisch, Erfahrung mit Jugendlichen, wohnt in Alsdorf", null);
        assertThat(proposed.reasons()).startsWith("Spricht Arabisch");
        assertThat(office.volunteer(coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.PROPOSED_TO_COURT);

        // the court appoints: a Pflegschaft for two areas, with an additional Pfleger for assets
        Appointment a = office.appoint(coordinator, T, child.id(), new AppointmentInput(null, "F 123/26", TODAY, "CURATORSHIP",
                List.of("health", "SCHOOL"), "Rechtsanwältin Beispiel", List.of("ASSETS")));
        assertThat(a.court()).isEqualTo("Amtsgericht Aachen");
        assertThat(a.areas()).containsExactly("HEALTH", "SCHOOL");
        assertThat(a.office()).isEqualTo("ja-a");
        assertThat(a.nextReportDue()).isEqualTo(TODAY.plusYears(1));
        assertThat(office.volunteer(coordinator, T, v.id())).satisfies(x -> {
            assertThat(x.stage()).isEqualTo(VolunteerStage.APPOINTED);
            assertThat(x.active()).isEqualTo(1);
            assertThat(x.free()).isEqualTo(1);
        });
        assertThat(office.child(staffA, T, child.id()).status()).isEqualTo("APPOINTED");

        // accompaniment: a contact, a group evening, the report, the allowance
        office.addContact(coordinator, T, new ContactInput(v.id(), a.id(), TODAY, 40, "PHONE", "Schulwechsel", "Termin mit Schule",
                TODAY.plusDays(14)));
        assertThat(office.contacts(coordinator, T, v.id())).singleElement().satisfies(c -> assertThat(c.topic()).isEqualTo("Schulwechsel"));
        assertThat(office.addEvening(coordinator, T, new CoordinationOffice.EveningInput(TODAY, "Austausch", List.of(v.id()))).attendees())
                .containsExactly(v.id());
        clock.set(TODAY.plusYears(1).plusDays(2));
        assertThat(office.due(coordinator, T, 0)).extracting(Due::kind).contains("REPORT");
        Appointment reported = office.recordReport(coordinator, T, a.id(), TODAY.getYear() + 1, null);
        assertThat(reported.reportsReceived()).containsExactly(TODAY.getYear() + 1);
        assertThat(reported.nextReportDue()).isEqualTo(TODAY.plusYears(2));
        var claim = office.claimAllowance(coordinator, T, a.id(), TODAY.getYear(), null);
        assertThat(claim.amount()).isEqualByComparingTo("425.00");
        assertThat(claim.deadline()).isEqualTo(LocalDate.of(TODAY.getYear() + 1, 6, 30));

        // the end: the volunteer rests
        Appointment ended = office.endAppointment(coordinator, T, a.id(), null, "Volljährigkeit", VolunteerStage.RESTING);
        assertThat(ended.endedOn()).isEqualTo(TODAY.plusYears(1).plusDays(2));
        assertThat(office.volunteer(coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.RESTING);
        assertThat(office.stageHistory(coordinator, T, v.id())).extracting(CoordinationOffice.StageChange::to).containsExactly(
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
        int history = office.stageHistory(coordinator, T, v.id()).size();
        long changes = changeEntries();
        refused(() -> office.moveVolunteer(coordinator, T, v.id(), VolunteerStage.ENQUIRY, null, null), IkzException.Kind.CONFLICT,
                "to", "no one goes back");
        refused(() -> office.moveVolunteer(coordinator, T, v.id(), VolunteerStage.APPOINTED, null, null), IkzException.Kind.INVALID,
                "to", "through the child's case");
        refused(() -> office.moveVolunteer(coordinator, T, v.id(), VolunteerStage.LEFT, TODAY.plusDays(1), null),
                IkzException.Kind.INVALID, "on", "in the future");
        assertThat(office.volunteer(coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.POOL);
        assertThat(office.stageHistory(coordinator, T, v.id())).hasSize(history);
        assertThat(changeEntries()).as("no change logged").isEqualTo(changes);
        office.moveVolunteer(coordinator, T, v.id(), VolunteerStage.LEFT, null, "zieht weg");
        refused(() -> office.moveVolunteer(coordinator, T, v.id(), VolunteerStage.POOL, null, null), IkzException.Kind.CONFLICT,
                "from", "new enquiry");
    }

    private long changeEntries() {
        return auditEntries().stream().filter(e -> !"READ".equals(e.action())).count();
    }

    @Test
    void anOldOrUncleanCertificateKeepsTheVolunteerBeforeTraining() {
        Volunteer v = enquiry("Olga", List.of(), null, 1);
        move(v.id(), VolunteerStage.APPLICATION, VolunteerStage.SUITABILITY_INTERVIEW, VolunteerStage.CONDUCT_CERTIFICATE);
        office.recordConductCheck(coordinator, T, v.id(), TODAY.minusMonths(4), true);
        refused(() -> move(v.id(), VolunteerStage.TRAINING), IkzException.Kind.CONFLICT, "seen", "older than 3 months");
        office.recordConductCheck(coordinator, T, v.id(), TODAY, false);
        refused(() -> move(v.id(), VolunteerStage.TRAINING), IkzException.Kind.CONFLICT, "clear", "not clear");
        refused(() -> office.recordConductCheck(coordinator, T, v.id(), TODAY.plusDays(1), true), IkzException.Kind.INVALID, "seen",
                "future");
        Volunteer after = office.volunteer(coordinator, T, v.id());
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
        assertThat(office.suggestions(coordinator, T, second.id())).isEmpty();
        refused(() -> office.match(coordinator, T, second.id(), v.id(), null), IkzException.Kind.CONFLICT, "volunteerId",
                "at capacity: holds 1 of 1");
        assertThat(office.child(coordinator, T, second.id()).status()).isEqualTo("OPEN");
        assertThat(office.proposals(coordinator, T, second.id())).isEmpty();
        // raising the capacity makes room; lowering it below what is held is refused
        office.updateVolunteer(coordinator, T, v.id(), new VolunteerInput(null, null, null, null, null, null, null, null, null, 2, null));
        assertThat(office.match(coordinator, T, second.id(), v.id(), null).status()).isEqualTo("MATCHED");
        refused(() -> office.updateVolunteer(coordinator, T, v.id(), new VolunteerInput(null, null, null, null, null, null, null, null,
                null, 1, null)), IkzException.Kind.CONFLICT, "capacity", "holds 2");
    }

    @Test
    void aDroppedMatchReturnsChildAndVolunteer() {
        Volunteer v = pooled("Lena", List.of("Englisch"), null, 1, requiredCourses());
        Child c = childOfA(List.of("Englisch"), "0-5");
        office.match(coordinator, T, c.id(), v.id(), null);
        office.propose(coordinator, T, c.id(), "Amtsgericht Aachen", "spricht Englisch und hat Zeit für ein Kleinkind", null);
        refused(() -> office.match(coordinator, T, c.id(), v.id(), null), IkzException.Kind.CONFLICT, "childId", "proposed");
        Proposal dropped = office.withdraw(coordinator, T, c.id(), "Gericht hat den Großvater bestellt", null);
        assertThat(dropped.status()).isEqualTo("DROPPED");
        assertThat(office.child(coordinator, T, c.id()).status()).isEqualTo("OPEN");
        assertThat(office.volunteer(coordinator, T, v.id()).stage()).isEqualTo(VolunteerStage.POOL);
        refused(() -> office.appoint(coordinator, T, c.id(), new AppointmentInput("AG", "F 1/26", TODAY, null, null, null, null)),
                IkzException.Kind.CONFLICT, "childId", "no open match");
    }

    @Test
    void aRelativeQualifiedForOneChildIsSuggestedOnlyForThatChild() {
        List<Course> courses = requiredCourses();
        Child mine = childOfA(List.of("Türkisch"), "6-11");
        Child other = childOfA(List.of("Türkisch"), "6-11");
        Volunteer aunt = office.createVolunteer(coordinator, T, new VolunteerInput("Tante Gül", null, "ja-a", mine.id(),
                List.of("Türkisch"), null, false, ALSDORF, "ANY", 1, null));
        move(aunt.id(), VolunteerStage.APPLICATION, VolunteerStage.SUITABILITY_INTERVIEW, VolunteerStage.CONDUCT_CERTIFICATE);
        office.recordConductCheck(coordinator, T, aunt.id(), TODAY, true);
        move(aunt.id(), VolunteerStage.TRAINING);
        for (Course c : courses) {
            office.register(coordinator, T, c.id(), aunt.id());
            office.recordAttendance(coordinator, T, c.id(), aunt.id(), true);
        }
        move(aunt.id(), VolunteerStage.REFLECTION_TALK, VolunteerStage.POOL);
        assertThat(office.suggestions(coordinator, T, mine.id())).singleElement()
                .satisfies(s -> assertThat(s.reasons().get(0)).contains("für dieses Kind qualifiziert"));
        assertThat(office.suggestions(coordinator, T, other.id())).isEmpty();
        refused(() -> office.match(coordinator, T, other.id(), aunt.id(), null), IkzException.Kind.CONFLICT, "volunteerId",
                "only for child " + mine.id());
    }

    @Test
    void aContactInTheFutureOrAClaimAfterTheDeadlineIsRefusedAndNothingStored() {
        Volunteer v = pooled("Sven", List.of("Deutsch"), null, 1, requiredCourses());
        Appointment a = appointed(v, childOfA(List.of("Deutsch"), "12-17"));
        refused(() -> office.addContact(coordinator, T, new ContactInput(v.id(), a.id(), TODAY.plusDays(1), 30, "PHONE", "x", null, null)),
                IkzException.Kind.INVALID, "date", "in the future");
        refused(() -> office.addContact(coordinator, T, new ContactInput(v.id(), a.id(), TODAY, 30, "PIGEON", "x", null, null)),
                IkzException.Kind.INVALID, "medium", "one of");
        assertThat(office.contacts(coordinator, T, null)).isEmpty();

        clock.set(LocalDate.of(TODAY.getYear() + 1, 7, 1));
        refused(() -> office.claimAllowance(coordinator, T, a.id(), TODAY.getYear(), null), IkzException.Kind.INVALID, "claimedOn",
                "lapsed on 30.06." + (TODAY.getYear() + 1));
        assertThat(office.claims(coordinator, T, v.id())).isEmpty();
        // the deadline day itself is in time; twice is refused; a year without the guardianship too
        assertThat(office.claimAllowance(coordinator, T, a.id(), TODAY.getYear(), LocalDate.of(TODAY.getYear() + 1, 6, 30)).year())
                .isEqualTo(TODAY.getYear());
        refused(() -> office.claimAllowance(coordinator, T, a.id(), TODAY.getYear(), LocalDate.of(TODAY.getYear() + 1, 6, 30)),
                IkzException.Kind.CONFLICT, "year", "already claimed");
        refused(() -> office.claimAllowance(coordinator, T, a.id(), TODAY.getYear() - 1, LocalDate.of(TODAY.getYear(), 6, 30)),
                IkzException.Kind.INVALID, "year", "not held in " + (TODAY.getYear() - 1));
        assertThat(office.claims(coordinator, T, v.id())).hasSize(1);
    }

    // ---------------------------------------------------------------- who sees what

    @Test
    void partnerStaffSeeOnlyTheirOwnChildrenAndIdentitiesStayWithTheOwner() {
        Child c = childOfA(List.of("Arabisch"), "6-11");
        assertThat(office.child(staffA, T, c.id()).identity()).isEqualTo(new ChildIdentity("Mira", "Muster", null));
        assertThat(office.children(staffA, T)).singleElement().satisfies(x -> assertThat(x.identity()).isNotNull());
        // another partner: as if it did not exist
        refused(() -> office.child(staffB, T, c.id()), IkzException.Kind.NOT_FOUND, null, "not found");
        assertThat(office.children(staffB, T)).isEmpty();
        refused(() -> office.proposals(staffB, T, c.id()), IkzException.Kind.NOT_FOUND, null, "not found");
        // the coordination office and the auditor: the pseudonym only
        assertThat(office.child(coordinator, T, c.id()).identity()).isNull();
        assertThat(office.children(auditor, T)).singleElement().satisfies(x -> assertThat(x.identity()).isNull());
        // reading an identity is logged
        assertThat(auditEntries()).filteredOn(e -> "READ".equals(e.action()) && e.record().endsWith(c.id())).isNotEmpty();
        // partner staff cannot do the office's work nor read volunteers; coordinators cannot create children
        refused(() -> office.createVolunteer(staffA, T, volunteerInput("X", "ja-a", List.of(), null, 1)), IkzException.Kind.FORBIDDEN,
                null, "coordinator");
        refused(() -> office.volunteers(staffA, T, null), IkzException.Kind.FORBIDDEN, null, "auditors");
        refused(() -> office.createChild(coordinator, T, new ChildInput("6-11", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", null))), IkzException.Kind.FORBIDDEN, null, "partner youth office");
        // the auditor reads, never changes
        assertThat(office.volunteers(auditor, T, null)).isEmpty();
        refused(() -> office.createCourse(auditor, T, new CourseInput("health", TODAY, null, null)), IkzException.Kind.FORBIDDEN, null,
                "coordinator");
        // a coordinator of another tenant sees nothing of this one
        Caller foreign = caller("k2", PlatformRole.COORDINATOR, "other", null, Set.of("vormundschaft"));
        refused(() -> office.child(foreign, T, c.id()), IkzException.Kind.NOT_FOUND, null, "tenant");
        assertThat(office.children(foreign, "other")).isEmpty();
        // a platform admin has no access to case data through that role
        Caller admin = new Caller("admin", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(), Set.of(), "test");
        refused(() -> office.children(admin, T), IkzException.Kind.FORBIDDEN, null, "guardianship data");
    }

    @Test
    void badChildProfilesAreRefused() {
        refused(() -> office.createChild(staffA, T, new ChildInput("6-12", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", null))), IkzException.Kind.INVALID, "ageBand", "0-5, 6-11, 12-17");
        refused(() -> office.createChild(staffA, T, new ChildInput("6-11", null, List.of(), "99999999", false, "OTHER",
                new ChildIdentity("A", "B", null))), IkzException.Kind.INVALID, "municipality", "not in the municipal register");
        refused(() -> office.createChild(staffA, T, new ChildInput("6-11", null, List.of(), ALSDORF, false, "OTHER", null)),
                IkzException.Kind.INVALID, "identity", "stays with your youth office");
        refused(() -> office.createChild(staffA, T, new ChildInput("0-5", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", TODAY.minusYears(9)))), IkzException.Kind.INVALID, "ageBand", "age 9");
        refused(() -> office.createChild(staffA, T, new ChildInput("0-5", null, List.of(), ALSDORF, false, "CASTLE",
                new ChildIdentity("A", "B", null))), IkzException.Kind.INVALID, "placement", "one of");
        Caller unknownOffice = caller("s", PlatformRole.PARTNER_STAFF, T, "ja-nowhere", Set.of());
        refused(() -> office.createChild(unknownOffice, T, new ChildInput("0-5", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", null))), IkzException.Kind.INVALID, "office", "not a youth office");
        assertThat(office.children(coordinator, T)).isEmpty();
    }

    @Test
    void travelWillingnessLimitsTheSuggestions() {
        List<Course> courses = requiredCourses();
        Volunteer local = pooled("Nora", List.of("Russisch"), null, 1, courses);
        office.updateVolunteer(coordinator, T, local.id(), new VolunteerInput(null, null, null, null, null, null, null, ESCHWEILER,
                "MUNICIPALITY", null, null));
        Volunteer district = pooled("Ilias", List.of(), null, 1, courses);
        Child inAlsdorf = childOfA(List.of("Russisch"), "6-11");
        assertThat(office.suggestions(coordinator, T, inAlsdorf.id())).extracting(Suggestion::volunteerId).containsExactly(district.id());
        Child inKoeln = office.createChild(staffA, T, new ChildInput("6-11", null, List.of(), KOELN, false, "RESIDENTIAL_CARE",
                new ChildIdentity("A", "B", null)));
        assertThat(office.suggestions(coordinator, T, inKoeln.id())).isEmpty();
    }

    // ---------------------------------------------------------------- reports and measures

    @Test
    void crossPartnerReportsSuppressCountsBelowThree() {
        List<Course> courses = requiredCourses();
        for (int i = 0; i < 3; i++) {
            appointed(pooled("V" + i, List.of("Deutsch"), null, 1, courses), childOfA(List.of("Deutsch"), "12-17"));
        }
        Child b = office.createChild(staffB, T, new ChildInput("0-5", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", null)));
        assertThat(b.office()).isEqualTo("ja-b");

        Map<String, OfficeReport> forCoordinator = byOffice(office.officeReport(coordinator, T, TODAY.withDayOfYear(1), TODAY));
        assertThat(forCoordinator.keySet()).containsExactly("ja-a", "ja-b", "ja-c");
        assertThat(forCoordinator.get("ja-a").counts()).containsEntry("childrenAppointed", 3).containsEntry("volunteersRecruited", 3);
        assertThat(forCoordinator.get("ja-a").counts().get("volunteers.APPOINTED")).isEqualTo(3);
        assertThat(forCoordinator.get("ja-b").counts().get("childrenProposed")).isNull();
        assertThat(forCoordinator.get("ja-b").suppressed()).contains("childrenProposed", "childrenAppointed");

        // staff of ja-b see their own office in full, ja-a's counts of 3 too, nothing small of others
        Map<String, OfficeReport> forB = byOffice(office.officeReport(staffB, T, TODAY.withDayOfYear(1), TODAY));
        assertThat(forB.get("ja-b").counts()).containsEntry("childrenProposed", 1).containsEntry("childrenAppointed", 0);
        assertThat(forB.get("ja-b").suppressed()).isEmpty();
        assertThat(forB.get("ja-a").counts()).containsEntry("childrenAppointed", 3);
        assertThat(forB.get("ja-a").counts().get("contacts")).isNull();

        var march = office.funnel(coordinator, T, TODAY.withDayOfMonth(1), TODAY).get(0);
        assertThat(march.month()).isEqualTo("2026-03");
        assertThat(march.entered()).containsEntry("POOL", 3).containsEntry("APPOINTED", 3);
        assertThat(march.entered().get("LEFT")).isNull();
        assertThat(march.suppressed()).contains("LEFT");
        refused(() -> office.officeReport(coordinator, T, TODAY, TODAY.minusDays(1)), IkzException.Kind.INVALID, "to", "before it starts");
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
        Child childB = office.createChild(staffB, T, new ChildInput("6-11", null, List.of(), ALSDORF, false, "OTHER",
                new ChildIdentity("A", "B", null)));
        appointed(pooled("B1", List.of(), null, 1, courses), childB);
        clock.set(TODAY.plusMonths(2));
        office.endAppointment(coordinator, T, a1.id(), null, "Wechsel des Vormunds", null);

        int y = TODAY.getYear();
        Map<String, BigDecimal> thisYear = office.measure(OfficeReports.ACTIVE_APPOINTMENTS, T, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        assertThat(thisYear).containsOnlyKeys("ja-a", "ja-b", "ja-c");
        assertThat(thisYear.get("ja-a")).isEqualByComparingTo("2");
        assertThat(thisYear.get("ja-b")).isEqualByComparingTo("1");
        assertThat(thisYear.get("ja-c")).isEqualByComparingTo("0");
        Map<String, BigDecimal> afterEnd = office.measure(OfficeReports.ACTIVE_APPOINTMENTS, T, TODAY.plusMonths(3), TODAY.plusMonths(4));
        assertThat(afterEnd.get("ja-a")).isEqualByComparingTo("1");
        Map<String, BigDecimal> before = office.measure(OfficeReports.ACTIVE_APPOINTMENTS, T, LocalDate.of(y - 1, 1, 1),
                LocalDate.of(y - 1, 12, 31));
        assertThat(before.values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(office.measure(OfficeReports.VOLUNTEERS_RECRUITED, T, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)).get("ja-a"))
                .isEqualByComparingTo("3");
        assertThatThrownBy(() -> office.measure("nope", T, TODAY, TODAY)).isInstanceOf(IllegalArgumentException.class);
        // the volunteer of the ended appointment went back to the pool (default)
        assertThat(office.volunteer(coordinator, T, a1.volunteerId()).stage()).isEqualTo(VolunteerStage.POOL);
    }

    @Test
    void theDueListNamesReportsRechecksContactsFollowUpsAndAllowances() {
        Volunteer v = pooled("Rana", List.of(), null, 1, requiredCourses());
        Appointment a = appointed(v, childOfA(List.of(), "12-17"));
        office.addContact(coordinator, T, new ContactInput(v.id(), a.id(), TODAY, 30, "VIDEO", "Start", "Unterlagen schicken",
                TODAY.plusDays(5)));
        assertThat(office.due(coordinator, T, 10)).extracting(Due::kind).containsExactly("FOLLOW_UP");
        assertThat(office.due(coordinator, T, 50)).extracting(Due::kind).containsExactly("FOLLOW_UP", "CONTACT");
        clock.set(TODAY.plusDays(3));
        office.addContact(coordinator, T, new ContactInput(v.id(), a.id(), null, 20, "PHONE", "Unterlagen", null, null));
        assertThat(office.due(coordinator, T, 10)).isEmpty();

        clock.set(LocalDate.of(TODAY.getYear() + 1, 6, 1));
        List<Due> due = office.due(coordinator, T, 30);
        assertThat(due).extracting(Due::kind).containsExactly("CONTACT", "REPORT", "ALLOWANCE");
        assertThat(due.get(0).overdue()).isTrue();
        assertThat(due.get(2).what()).contains("lapses after " + LocalDate.of(TODAY.getYear() + 1, 6, 30));
        clock.set(TODAY.plusYears(2).plusDays(1));
        assertThat(office.due(coordinator, T, 0)).extracting(Due::kind).contains("RECHECK");
        refused(() -> office.due(coordinator, T, 400), IkzException.Kind.INVALID, "days", "366");
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
        office.addContact(coordinator, T, new ContactInput(v.id(), a.id(), TODAY, 30, "PHONE", "Start", null, null));
        office.claimAllowance(coordinator, T, a.id(), TODAY.getYear(), null);

        assertThat(oneReadEntry(() -> office.volunteers(coordinator, T, null)).record())
                .isEqualTo("vormundschaft/volunteer list: " + v.id() + " (n=1)");
        assertThat(oneReadEntry(() -> office.stageHistory(auditor, T, v.id())).record()).isEqualTo("vormundschaft/volunteer/" + v.id());
        assertThat(oneReadEntry(() -> office.contacts(coordinator, T, v.id())).record()).startsWith("vormundschaft/contact list: T")
                .endsWith("(n=1)");
        assertThat(oneReadEntry(() -> office.claims(coordinator, T, null)).record())
                .isEqualTo("vormundschaft/allowance list: " + a.id() + "/" + TODAY.getYear() + " (n=1)");
        assertThat(oneReadEntry(() -> office.appointments(staffA, T, null)).record())
                .isEqualTo("vormundschaft/appointment list: " + a.id() + " (n=1)");
        assertThat(oneReadEntry(() -> office.appointment(coordinator, T, a.id())).record()).isEqualTo("vormundschaft/appointment/" + a.id());
        assertThat(oneReadEntry(() -> office.proposals(coordinator, T, child.id())).record())
                .startsWith("vormundschaft/proposal list: ").endsWith("(n=1)");
        assertThat(oneReadEntry(() -> office.suggestions(coordinator, T, child.id())).record()).startsWith("vormundschaft/volunteer list: ");
        // pseudonymised profiles are case data too: logged although no identity is shown
        AuditEntry children = oneReadEntry(() -> office.children(coordinator, T));
        assertThat(children.record()).isEqualTo("vormundschaft/child list: " + child.id() + " (n=1)");
        assertThat(children.reason()).contains("pseudonymised");
        assertThat(oneReadEntry(() -> office.child(staffA, T, child.id())).reason()).contains("identity");
        assertThat(oneReadEntry(() -> office.courses(coordinator, T)).record()).startsWith("vormundschaft/course list: ");
        assertThat(oneReadEntry(() -> office.evenings(coordinator, T)).record()).isEqualTo("vormundschaft/evening list: (n=0)");
        assertThat(oneReadEntry(() -> office.due(coordinator, T, 366)).record()).startsWith("vormundschaft/due list: ");
        // no personal data in the entries, only ids
        assertThat(auditEntries()).extracting(AuditEntry::reason).noneMatch(r -> r != null && (r.contains("Mira") || r.contains("Lena")));
        assertThat(auditEntries()).extracting(AuditEntry::record).noneMatch(r -> r.contains("F 12/26"));
    }

    @Test
    void aRefusedReadWritesNothing() {
        Volunteer v = enquiry("Olga", List.of(), null, 1);
        int before = auditEntries().size();
        refused(() -> office.volunteers(staffA, T, null), IkzException.Kind.FORBIDDEN, null, "auditors");
        refused(() -> office.contacts(staffA, T, v.id()), IkzException.Kind.FORBIDDEN, null, "auditors");
        assertThatThrownBy(() -> office.appointment(coordinator, T, "A-404")).isInstanceOf(IkzException.class);
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
