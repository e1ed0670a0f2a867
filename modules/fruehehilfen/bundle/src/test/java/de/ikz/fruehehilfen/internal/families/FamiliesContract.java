package de.ikz.fruehehilfen.internal.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.FamilyService.AssignmentInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.ClosingInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.ConsentInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyFilter;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.IdentityInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.StaffInput;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.Callers;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.Refusals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff, families, identity, consent and assignment on a real database: the role rules of
 * {@link FamilyAccess}, access-log entries of identity reads, refusals that change nothing. One
 * subclass per database.
 */
abstract class FamiliesContract {

    static final String T = "kreis-hs";
    static final String OTHER_TENANT = "kreis-b";
    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    /** Municipalities: Erkelenz (own youth office), Gangelt (district youth office), not covered, not in register. */
    static final String ERKELENZ = "05370004";
    static final String GANGELT = "05370012";
    static final String UNCOVERED = "05334002";
    static final String NOT_IN_REGISTER = "99999999";

    final MovableClock clock = new MovableClock(TODAY);
    JdbcDatabase db;
    TableAuditLog audit;
    FamilyServiceImpl families;

    final Caller coordinator = Callers.coordinator(T, ModuleDefinition.ID);
    final Caller hanna = Callers.moduleRole(T, "hanna", ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL);
    final Caller petra = Callers.moduleRole(T, "petra", ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL);
    final Caller jaErkelenz = Callers.partnerStaff(T, "ja-erkelenz", ModuleDefinition.ID);
    final Caller jaKreis = Callers.partnerStaff(T, "ja-kreis", ModuleDefinition.ID);
    final Caller auditor = Callers.auditor(T, ModuleDefinition.ID);
    final Caller admin = Callers.platformAdmin();
    final Caller otherCoordinator = Callers.coordinator(OTHER_TENANT, ModuleDefinition.ID);

    Staff hannaStaff;
    Staff petraStaff;

    protected abstract DataSource dataSource() throws Exception;

    /** A stand-in for the protection part's cipher: reversible, never the plain text, bound to the tenant. */
    static final Sealer FAKE_SEALER = new Sealer() {
        @Override
        public String seal(String tenantId, String plain) {
            return plain == null ? null : "v1:test:" + Base64.getEncoder().encodeToString((tenantId + "\u0000" + plain)
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String open(String tenantId, String sealed) {
            if (sealed == null) {
                return null;
            }
            String s = new String(Base64.getDecoder().decode(sealed.substring("v1:test:".length())), StandardCharsets.UTF_8);
            if (!s.startsWith(tenantId + "\u0000")) {
                throw new IllegalStateException("sealed for another tenant");
            }
            return s.substring(tenantId.length() + 1);
        }
    };

    /** Erkelenz has its own youth office; Gangelt belongs to the district's. */
    static final Offices OFFICES = new Offices() {
        final Map<String, String> owners = Map.of(ERKELENZ, "ja-erkelenz", GANGELT, "ja-kreis", UNCOVERED, "");

        @Override
        public String ownerOf(Caller caller, String tenantId, String ags, LocalDate on, String field) {
            String o = owners.get(ags);
            if (o == null) {
                throw IkzException.invalid(field, field + " " + ags + " is not a municipality of the federal register");
            }
            if (o.isEmpty()) {
                throw IkzException.invalid(field, field + " " + ags + ": no youth office of this cooperation is responsible");
            }
            return o;
        }

        @Override
        public List<Participant> offices(Caller caller, String tenantId) {
            return List.of(new Participant("ja-erkelenz", ParticipantKind.YOUTH_OFFICE, "Jugendamt Erkelenz", null, null, List.of()),
                    new Participant("ja-kreis", ParticipantKind.YOUTH_OFFICE, "Kreisjugendamt Heinsberg", null, null, List.of()));
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(dataSource());
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        audit = new TableAuditLog(db);
        families = new FamilyServiceImpl(db, audit, OFFICES, FAKE_SEALER, clock);
        hannaStaff = families.createStaff(coordinator, T, staff("MIDWIFE", "Hanna Hebamme", "hanna"));
        petraStaff = families.createStaff(coordinator, T, staff("FGKIKP", "Petra Pflege", "petra"));
    }

    static StaffInput staff(String kind, String name, String username) {
        return new StaffInput(kind, name, true, TODAY.minusYears(1), "19.5", TODAY.minusYears(2), null, username);
    }

    static IdentityInput identityInput() {
        return new IdentityInput("Maria Muster", "Lea Muster", TODAY.minusMonths(2), "Hauptstraße 1\n41812 Erkelenz", "02431 12345");
    }

    Family open(String ags, Staff staff) {
        return families.createFamily(coordinator, T, new FamilyInput(ags, TODAY.minusMonths(1), "CLINIC",
                staff == null ? null : staff.id(), identityInput()));
    }

    long count(String table) {
        return db.inTransaction(s -> s.tenant(T).query("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = :tenant",
                rs -> rs.getLong(1)).get(0));
    }

    /** Every table of this part, as row counts: a refusal must leave them all as they were. */
    Map<String, Long> counts() {
        return Map.of("family", count("fruehehilfen_family"), "identity", count("fruehehilfen_family_identity"),
                "consent", count("fruehehilfen_consent"), "assignment", count("fruehehilfen_assignment"),
                "staff", count("fruehehilfen_staff"), "audit", (long) audit.all().size());
    }

    boolean healthConsent(Family f, LocalDate day) {
        Boolean b = db.inTransaction(s -> families.hasHealthConsent(s, T, f.id(), day));
        return b;
    }

    // ------------------------------------------------------------------ families and pseudonyms

    @Test
    void aFamilyGetsAPseudonymOfItsYearAndTheOwnerOfItsMunicipality() {
        Family a = open(ERKELENZ, hannaStaff);
        Family b = open(GANGELT, null);

        assertThat(a.pseudonym()).isEqualTo("FH-2026-0001");
        assertThat(b.pseudonym()).isEqualTo("FH-2026-0002");
        assertThat(a.ownerId()).isEqualTo("ja-erkelenz");
        assertThat(b.ownerId()).isEqualTo("ja-kreis");
        assertThat(a.staffId()).contains(hannaStaff.id());
        assertThat(b.staffId()).isEmpty();
        assertThat(audit.all()).extracting(AuditEntry::action, AuditEntry::record)
                .contains(org.assertj.core.groups.Tuple.tuple("CREATE", "fruehehilfen/family/" + a.id()));
    }

    @Test
    void theIdentityIsSealedAtRestAndNeverInThePseudonymisedList() {
        Family f = open(ERKELENZ, hannaStaff);

        List<String> stored = db.inTransaction(s -> s.tenant(T).query("SELECT mother_name, child_name, child_birth, address, phone "
                + "FROM fruehehilfen_family_identity WHERE tenant_id = :tenant", rs -> rs.getString(1) + rs.getString(2)
                + rs.getString(3) + rs.getString(4) + rs.getString(5)));
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).doesNotContain("Maria").doesNotContain("Lea").doesNotContain("Hauptstraße").doesNotContain("12345");
        assertThat(families.families(coordinator, T, FamilyFilter.ALL).toString()).doesNotContain("Maria").contains(f.pseudonym());
        assertThat(families.identity(coordinator, T, f.id())).get().extracting(Identity::motherName).isEqualTo("Maria Muster");
    }

    @Test
    void unknownMunicipalityOrOneNoOfficeCoversIsRefusedAndNothingChanges() {
        Map<String, Long> before = counts();

        assertThat(Refusals.invalid("ags", () -> families.createFamily(coordinator, T,
                new FamilyInput(NOT_IN_REGISTER, null, "SELF", null, null)))).contains("register");
        assertThat(Refusals.invalid("ags", () -> families.createFamily(coordinator, T,
                new FamilyInput(UNCOVERED, null, "SELF", null, null)))).contains("youth office");
        Refusals.invalid("ags", () -> families.createFamily(coordinator, T, new FamilyInput("5370004", null, "SELF", null, null)));
        Refusals.invalid("referredBy", () -> families.createFamily(coordinator, T, new FamilyInput(ERKELENZ, null, "NEIGHBOUR", null, null)));
        Refusals.invalid("openedOn", () -> families.createFamily(coordinator, T,
                new FamilyInput(ERKELENZ, TODAY.plusDays(1), "SELF", null, null)));
        Refusals.invalid("staffId", () -> families.createFamily(coordinator, T, new FamilyInput(ERKELENZ, null, "SELF", "S-NOPE", null)));
        Refusals.invalid("phone", () -> families.createFamily(coordinator, T, new FamilyInput(ERKELENZ, null, "SELF", null,
                new IdentityInput("M", null, null, null, "call me <script>"))));
        Refusals.invalid("motherName", () -> families.createFamily(coordinator, T, new FamilyInput(ERKELENZ, null, "SELF", null,
                new IdentityInput(null, "Lea", null, null, null))));
        Refusals.invalid("childBirthDate", () -> families.createFamily(coordinator, T, new FamilyInput(ERKELENZ, null, "SELF", null,
                new IdentityInput("M", null, TODAY.plusYears(1), null, null))));

        assertThat(counts()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ role rules

    @Test
    void aProfessionalSeesAndChangesHerOwnFamiliesOnly() {
        Family hannas = open(ERKELENZ, hannaStaff);
        Family petras = open(GANGELT, petraStaff);

        assertThat(families.ownFamilies(hanna, T)).extracting(Family::id).containsExactly(hannas.id());
        assertThat(families.families(hanna, T, FamilyFilter.ALL)).extracting(Family::id).containsExactly(hannas.id());
        assertThat(families.requireWritable(hanna, T, hannas.id()).id()).isEqualTo(hannas.id());
        assertThat(families.identity(hanna, T, hannas.id())).isPresent();

        Map<String, Long> before = counts();
        assertThatThrownBy(() -> families.requireWritable(hanna, T, petras.id()))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IkzException.Kind.FORBIDDEN);
                    assertThat(e.getMessage()).contains("nicht Ihnen zugeordnet");
                });
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.identity(hanna, T, petras.id()));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.addConsent(hanna, T, petras.id(),
                new ConsentInput(null, List.of("HEALTH_DATA"))));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.close(hanna, T, petras.id(), new ClosingInput(null, "MOVED")));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> families.requireReadable(hanna, T, "F-NOPE"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void afterReassignmentTheFormerProfessionalLosesTheFamily() {
        Family f = open(ERKELENZ, hannaStaff);

        Assignment a = families.assign(coordinator, T, f.id(), new AssignmentInput(petraStaff.id(), TODAY));

        assertThat(a.staffId()).isEqualTo(petraStaff.id());
        assertThat(families.ownFamilies(hanna, T)).isEmpty();
        assertThat(families.ownFamilies(petra, T)).extracting(Family::id).containsExactly(f.id());
        assertThat(families.family(coordinator, T, f.id()).assignments()).extracting(Assignment::staffId, Assignment::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(hannaStaff.id(), Optional.of(TODAY.minusDays(1))),
                        org.assertj.core.groups.Tuple.tuple(petraStaff.id(), Optional.empty()));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.requireWritable(hanna, T, f.id()));
    }

    @Test
    void partnerStaffSeeIdentitiesOfTheirOwnOfficeOnly() {
        Family erkelenz = open(ERKELENZ, hannaStaff);
        Family gangelt = open(GANGELT, petraStaff);

        assertThat(families.families(jaErkelenz, T, FamilyFilter.ALL)).extracting(Family::id).containsExactly(erkelenz.id());
        assertThat(families.identity(jaErkelenz, T, erkelenz.id())).isPresent();
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> families.identity(jaErkelenz, T, gangelt.id()));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> families.family(jaErkelenz, T, gangelt.id()));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.requireWritable(jaErkelenz, T, erkelenz.id()));
        assertThat(families.identity(jaKreis, T, gangelt.id())).isPresent();
    }

    @Test
    void theAuditorSeesPseudonymsOnlyAndChangesNothing() {
        Family f = open(ERKELENZ, hannaStaff);
        Map<String, Long> before = counts();

        assertThat(families.families(auditor, T, FamilyFilter.ALL)).extracting(Family::pseudonym).containsExactly(f.pseudonym());
        assertThat(families.family(auditor, T, f.id()).identityVisible()).isFalse();
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.identity(auditor, T, f.id()));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.putIdentity(auditor, T, f.id(), identityInput()));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.createStaff(auditor, T, staff("MIDWIFE", "X", null)));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.close(auditor, T, f.id(), new ClosingInput(null, "MOVED")));

        assertThat(counts().get("family")).isEqualTo(before.get("family"));
        assertThat(counts().get("identity")).isEqualTo(before.get("identity"));
        assertThat(counts().get("staff")).isEqualTo(before.get("staff"));
    }

    @Test
    void aPlatformAdminAndAnotherTenantSeeNoCaseData() {
        Family f = open(ERKELENZ, hannaStaff);

        assertThat(families.ownFamilies(admin, T)).isEmpty();
        assertThat(families.families(admin, T, FamilyFilter.ALL)).isEmpty();
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> families.identity(admin, T, f.id()));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> families.family(admin, T, f.id()));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> families.family(otherCoordinator, T, f.id()));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> families.requireReadable(otherCoordinator, OTHER_TENANT, f.id()));
    }

    // ------------------------------------------------------------------ access log

    @Test
    void everyIdentityReadWritesOneReadEntryInTheAccessLog() {
        Family f = open(ERKELENZ, hannaStaff);
        int before = audit.all().size();

        families.identity(hanna, T, f.id());
        families.identity(jaErkelenz, T, f.id());

        List<AuditEntry> added = audit.all().subList(before, audit.all().size());
        assertThat(added).extracting(AuditEntry::action, AuditEntry::record, AuditEntry::user).containsExactly(
                org.assertj.core.groups.Tuple.tuple("READ", "fruehehilfen/family/" + f.id() + "/identity", "hanna"),
                org.assertj.core.groups.Tuple.tuple("READ", "fruehehilfen/family/" + f.id() + "/identity", jaErkelenz.user()));
        assertThat(added).allSatisfy(e -> assertThat(e.reason()).doesNotContain("Maria"));
    }

    @Test
    void everyChangeWritesOneEntryNamingItsRecord() {
        Family f = open(ERKELENZ, hannaStaff);
        List<String> records = new java.util.ArrayList<>();
        java.util.function.Consumer<Runnable> step = r -> {
            int before = audit.all().size();
            r.run();
            List<AuditEntry> added = audit.all().subList(before, audit.all().size());
            assertThat(added).hasSize(1);
            records.add(added.get(0).action() + " " + added.get(0).record());
        };
        Consent[] c = new Consent[1];
        step.accept(() -> c[0] = families.addConsent(hanna, T, f.id(), new ConsentInput(null, List.of("HEALTH_DATA"))));
        step.accept(() -> families.withdrawConsent(hanna, T, f.id(), c[0].id(), null));
        step.accept(() -> families.putIdentity(hanna, T, f.id(), identityInput()));
        step.accept(() -> families.assign(coordinator, T, f.id(), new AssignmentInput(petraStaff.id(), null)));
        step.accept(() -> families.close(petra, T, f.id(), new ClosingInput(null, "OTHER")));
        step.accept(() -> families.family(auditor, T, f.id()));

        String r = "fruehehilfen/family/" + f.id();
        assertThat(records).containsExactly("CREATE " + r + "/consent/" + c[0].id(), "UPDATE " + r + "/consent/" + c[0].id(),
                "UPDATE " + r + "/identity", "UPDATE " + r, "UPDATE " + r, "READ " + r);
    }

    @Test
    void aRefusedIdentityReadWritesNoEntry() {
        Family f = open(ERKELENZ, hannaStaff);
        int before = audit.all().size();

        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.identity(petra, T, f.id()));

        assertThat(audit.all()).hasSize(before);
    }

    // ------------------------------------------------------------------ consent

    @Test
    void healthFieldsNeedACurrentConsentCoveringHealthData() {
        Family f = open(ERKELENZ, hannaStaff);

        Refusals.invalid("burdens", () -> db.inTransaction(s -> {
            families.requireHealthConsent(s, T, f.id(), TODAY, "burdens");
            return null;
        }));
        Consent docsOnly = families.addConsent(hanna, T, f.id(), new ConsentInput(TODAY.minusDays(10), List.of("DOCUMENTATION")));
        assertThat(healthConsent(f, TODAY)).isFalse();

        Consent health = families.addConsent(hanna, T, f.id(), new ConsentInput(TODAY.minusDays(5), List.of("documentation", "health-data")));
        assertThat(health.scopes()).containsExactlyInAnyOrder(ConsentScope.DOCUMENTATION, ConsentScope.HEALTH_DATA);
        assertThat(healthConsent(f, TODAY)).isTrue();
        assertThat(healthConsent(f, TODAY.minusDays(6))).isFalse();
        assertThat(families.family(hanna, T, f.id()).healthConsent()).isTrue();

        families.withdrawConsent(hanna, T, f.id(), health.id(), TODAY);
        assertThat(healthConsent(f, TODAY)).isFalse();
        assertThat(healthConsent(f, TODAY.minusDays(1))).isTrue();
        Refusals.invalid("burdens", () -> db.inTransaction(s -> {
            families.requireHealthConsent(s, T, f.id(), TODAY, "burdens");
            return null;
        }));
        assertThat(docsOnly.withdrawnOn()).isEmpty();
    }

    @Test
    void badConsentInputIsRefusedAndChangesNothing() {
        Family f = open(ERKELENZ, hannaStaff);
        Consent c = families.addConsent(hanna, T, f.id(), new ConsentInput(TODAY.minusDays(3), List.of("HEALTH_DATA")));
        Map<String, Long> before = counts();

        Refusals.invalid("scopes", () -> families.addConsent(hanna, T, f.id(), new ConsentInput(null, List.of())));
        Refusals.invalid("scopes", () -> families.addConsent(hanna, T, f.id(), new ConsentInput(null, List.of("EVERYTHING"))));
        Refusals.invalid("givenOn", () -> families.addConsent(hanna, T, f.id(), new ConsentInput(TODAY.plusDays(1), List.of("HEALTH_DATA"))));
        Refusals.invalid("withdrawnOn", () -> families.withdrawConsent(hanna, T, f.id(), c.id(), TODAY.minusDays(4)));
        families.withdrawConsent(hanna, T, f.id(), c.id(), TODAY);
        Refusals.refused(IkzException.Kind.CONFLICT, "withdrawnOn", () -> families.withdrawConsent(hanna, T, f.id(), c.id(), TODAY));

        assertThat(counts().get("consent")).isEqualTo(before.get("consent"));
    }

    // ------------------------------------------------------------------ assignment, closing, staff

    @Test
    void closingEndsTheAssignmentAndRefusesWhatNoLongerFits() {
        Family f = open(ERKELENZ, hannaStaff);
        Map<String, Long> before = counts();

        Refusals.invalid("closedOn", () -> families.close(hanna, T, f.id(), new ClosingInput(TODAY.minusMonths(2), "MOVED")));
        Refusals.invalid("closedOn", () -> families.close(hanna, T, f.id(), new ClosingInput(TODAY.plusDays(1), "MOVED")));
        Refusals.invalid("reason", () -> families.close(hanna, T, f.id(), new ClosingInput(TODAY, "BORED")));
        assertThat(counts()).isEqualTo(before);

        Family closed = families.close(hanna, T, f.id(), new ClosingInput(TODAY, "goals-reached"));

        assertThat(closed.closedOn()).contains(TODAY);
        assertThat(closed.closingReason()).contains(ClosingReason.GOALS_REACHED);
        assertThat(families.family(coordinator, T, f.id()).assignments()).allSatisfy(a -> assertThat(a.to()).isPresent());
        assertThat(families.ownFamilies(hanna, T)).extracting(Family::id, Family::staffId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(f.id(), Optional.of(hannaStaff.id())));
        assertThat(families.ownFamilies(petra, T)).isEmpty();
        assertThat(families.families(coordinator, T, new FamilyFilter(false, null))).extracting(Family::id).containsExactly(f.id());
        assertThat(families.families(coordinator, T, new FamilyFilter(true, null))).isEmpty();
        Refusals.refused(IkzException.Kind.CONFLICT, "closedOn", () -> families.close(coordinator, T, f.id(), new ClosingInput(TODAY, "MOVED")));
        Refusals.refused(IkzException.Kind.CONFLICT, "staffId", () -> families.assign(coordinator, T, f.id(),
                new AssignmentInput(petraStaff.id(), TODAY)));
    }

    @Test
    void aCaseDoesNotCloseBeforeItsLastContact() {
        Family f = open(ERKELENZ, hannaStaff);
        db.inTransaction(s -> s.tenant(T).update("INSERT INTO fruehehilfen_contact (tenant_id, id, family_id, staff_id, contact_on, "
                + "minutes, place, kind, categories, referrals, recorded_by, recorded_at) VALUES (:tenant, 'K-1', ?, ?, ?, 60, "
                + "'HOME', 'HOME_VISIT', '', '', 'hanna', CURRENT_TIMESTAMP)", f.id(), hannaStaff.id(), java.sql.Date.valueOf(TODAY.minusDays(2))));
        Map<String, Long> before = counts();

        assertThat(Refusals.invalid("closedOn", () -> families.close(hanna, T, f.id(), new ClosingInput(TODAY.minusDays(3), "MOVED"))))
                .contains("letzte Kontakt");
        assertThat(counts()).isEqualTo(before);
        assertThat(families.close(hanna, T, f.id(), new ClosingInput(TODAY.minusDays(2), "MOVED")).closedOn()).contains(TODAY.minusDays(2));
    }

    @Test
    void badAssignmentsAreRefusedAndChangeNothing() {
        Family f = open(ERKELENZ, hannaStaff);
        Staff coordination = families.createStaff(coordinator, T, staff("COORDINATION", "Klara Koordination", "klara"));
        Map<String, Long> before = counts();

        Refusals.invalid("staffId", () -> families.assign(coordinator, T, f.id(), new AssignmentInput(coordination.id(), TODAY)));
        Refusals.invalid("staffId", () -> families.assign(coordinator, T, f.id(), new AssignmentInput("S-NOPE", TODAY)));
        Refusals.invalid("from", () -> families.assign(coordinator, T, f.id(), new AssignmentInput(petraStaff.id(), TODAY.minusMonths(2))));
        Refusals.invalid("from", () -> families.assign(coordinator, T, f.id(), new AssignmentInput(petraStaff.id(), TODAY.minusMonths(1))));
        Refusals.refused(IkzException.Kind.CONFLICT, "staffId", () -> families.assign(coordinator, T, f.id(),
                new AssignmentInput(hannaStaff.id(), TODAY)));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.assign(hanna, T, f.id(), new AssignmentInput(petraStaff.id(), TODAY)));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void staffInputIsCheckedAndAUsernameLinksOneRecordOnly() {
        Map<String, Long> before = counts();

        Refusals.invalid("kind", () -> families.createStaff(coordinator, T, staff("DOCTOR", "X", null)));
        Refusals.invalid("hoursPerWeek", () -> families.createStaff(coordinator, T,
                new StaffInput("MIDWIFE", "X", false, null, "60", TODAY, null, null)));
        Refusals.invalid("hoursPerWeek", () -> families.createStaff(coordinator, T,
                new StaffInput("MIDWIFE", "X", false, null, "zehn", TODAY, null, null)));
        Refusals.invalid("nzfhOn", () -> families.createStaff(coordinator, T,
                new StaffInput("MIDWIFE", "X", true, null, "10", TODAY, null, null)));
        Refusals.invalid("activeTo", () -> families.createStaff(coordinator, T,
                new StaffInput("MIDWIFE", "X", false, null, "10", TODAY, TODAY.minusDays(1), null)));
        Refusals.refused(IkzException.Kind.CONFLICT, "username", () -> families.createStaff(coordinator, T, staff("MIDWIFE", "Y", "hanna")));
        assertThat(counts()).isEqualTo(before);

        Staff updated = families.updateStaff(coordinator, T, hannaStaff.id(),
                new StaffInput("MIDWIFE", "Hanna Hebamme", true, TODAY.minusYears(1), "25,5", TODAY.minusYears(2), null, "hanna"));
        assertThat(updated.hoursPerWeek()).isEqualByComparingTo("25.50");
        assertThat(families.staffOf(hanna, T)).get().extracting(Staff::id).isEqualTo(hannaStaff.id());
        assertThat(families.staffList(auditor, T)).hasSize(2);
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> families.staffList(jaErkelenz, T));
    }
}
