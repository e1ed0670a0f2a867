package de.ikz.fruehehilfen.internal.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.document.internal.DocumentServiceImpl;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyService.ClosingInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.ConsentInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.IdentityInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.StaffInput;
import de.ikz.fruehehilfen.internal.families.FamilyServiceImpl;
import de.ikz.fruehehilfen.internal.families.Offices;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.Callers;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.PdfCheck;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestTenants;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key rotation, retention and the GDPR Art. 15 export on a real database, with the families part's
 * service (sealing with the real cipher) creating the families. One subclass per database.
 */
abstract class ProtectionContract {

    static final String T = "kreis-hs";
    static final String OTHER = "kreis-b";
    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    static final String ERKELENZ = "05370004";
    static final String GANGELT = "05370012";

    @TempDir
    Path dir;

    final MovableClock clock = new MovableClock(TODAY);
    final Caller coordinator = Callers.coordinator(T, ModuleDefinition.ID);
    final Caller hanna = Callers.moduleRole(T, "hanna", ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL);
    final Caller jaErkelenz = Callers.partnerStaff(T, "ja-erkelenz", ModuleDefinition.ID);
    final Caller jaKreis = Callers.partnerStaff(T, "ja-kreis", ModuleDefinition.ID);
    final Caller auditor = Callers.auditor(T, ModuleDefinition.ID);
    final Caller admin = Callers.platformAdmin();
    final Caller tenantAdmin = Callers.tenantAdmin(T);
    final Caller otherCoordinator = Callers.coordinator(OTHER, ModuleDefinition.ID);

    JdbcDatabase db;
    TableAuditLog audit;
    FieldCipher cipher;
    KeyLedger ledger;
    FamilyServiceImpl families;
    Staff hannaStaff;

    protected abstract DataSource dataSource() throws Exception;

    static final Offices OFFICES = new Offices() {
        @Override
        public String ownerOf(Caller caller, String tenantId, String ags, LocalDate on, String field) {
            return switch (ags) {
                case ERKELENZ -> "ja-erkelenz";
                case GANGELT -> "ja-kreis";
                default -> throw IkzException.invalid(field, "unknown municipality " + ags);
            };
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
        ledger = KeyLedger.of(db);
        cipher = new FieldCipher(dir.resolve("etc/ikz-fruehehilfen.keys"), ledger);
        families = new FamilyServiceImpl(db, audit, OFFICES, cipher, clock);
        hannaStaff = families.createStaff(coordinator, T, new StaffInput("MIDWIFE", "Hanna Hebamme", true, TODAY.minusYears(8),
                "19.5", TODAY.minusYears(8), null, "hanna"));
    }

    /** A family opened (with identity) on the day, in Erkelenz, assigned to Hanna. */
    Family family(String tenant, Caller by, LocalDate opened) {
        clock.set(opened);
        Family f = families.createFamily(by, tenant, new FamilyInput(ERKELENZ, opened, "CLINIC",
                tenant.equals(T) ? hannaStaff.id() : null,
                new IdentityInput("Maria Muster", "Lea Muster", opened.minusDays(20), "Hauptstraße 1\n41812 Erkelenz", "02431 12345")));
        families.addConsent(by, tenant, f.id(), new ConsentInput(opened, List.of("DOCUMENTATION", "HEALTH_DATA")));
        clock.set(TODAY);
        return f;
    }

    Family closed(LocalDate opened, LocalDate closedOn) {
        Family f = family(T, coordinator, opened);
        clock.set(closedOn);
        Family c = families.close(coordinator, T, f.id(), new ClosingInput(closedOn, "GOALS_REACHED"));
        clock.set(TODAY);
        return c;
    }

    /** A checklist row and a contact of the visits part, written as that part writes them (sealed factors). */
    void visitsRows(String tenant, Family f, LocalDate day) {
        db.inTransaction(s -> {
            var ts = s.tenant(tenant);
            ts.update("INSERT INTO fruehehilfen_resources (tenant_id, id, family_id, recorded_on, factors, recorded_by, recorded_at) "
                    + "VALUES (:tenant, ?, ?, ?, ?, ?, ?)", "R-" + f.id(), f.id(), java.sql.Date.valueOf(day),
                    cipher.seal(tenant, "POSTPARTUM_DEPRESSION|SUPPORTIVE_PARTNER"), "hanna", Timestamp.from(Instant.now()));
            ts.update("INSERT INTO fruehehilfen_contact (tenant_id, id, family_id, staff_id, contact_on, minutes, place, kind, "
                    + "categories, referrals, recorded_by, recorded_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    "C-" + f.id(), f.id(), hannaStaff.id(), java.sql.Date.valueOf(day), 60, "HOME", "HOME_VISIT", "HEALTH", "",
                    "hanna", Timestamp.from(Instant.now()));
            return null;
        });
    }

    int rows(String tenant, String table, String column, String familyId) {
        return db.inTransaction(s -> s.tenant(tenant).queryOne("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = :tenant AND "
                + column + " = ?", rs -> rs.getInt(1), familyId).orElse(0));
    }

    List<String> sealedValues(String tenant) {
        return db.inTransaction(s -> {
            var ts = s.tenant(tenant);
            List<String> all = new java.util.ArrayList<>(ts.query("SELECT mother_name FROM fruehehilfen_family_identity "
                    + "WHERE tenant_id = :tenant", rs -> rs.getString(1)));
            all.addAll(ts.query("SELECT address FROM fruehehilfen_family_identity WHERE tenant_id = :tenant", rs -> rs.getString(1)));
            all.addAll(ts.query("SELECT factors FROM fruehehilfen_resources WHERE tenant_id = :tenant", rs -> rs.getString(1)));
            return all;
        });
    }

    // ================================================================== sealing through the families part

    @Test
    void theIdentityIsStoredSealedAndOpensForTheCoordinator() {
        Family f = family(T, coordinator, TODAY.minusMonths(2));

        assertThat(sealedValues(T)).allSatisfy(v -> assertThat(v).startsWith("v1:" + cipher.currentKeyId() + ":")
                .doesNotContain("Maria").doesNotContain("Erkelenz"));
        assertThat(families.identity(coordinator, T, f.id()).orElseThrow().motherName()).isEqualTo("Maria Muster");
    }

    // ================================================================== rotation

    @Test
    void rotationResealsEverythingWithTheNewKeyAndOldDataOpensUntilRetired() throws Exception {
        Family a = family(T, coordinator, TODAY.minusMonths(3));
        visitsRows(T, a, TODAY.minusMonths(2));
        Family b = family(OTHER, otherCoordinator, TODAY.minusMonths(1));
        String oldKey = cipher.currentKeyId();
        KeyRotation rotation = new KeyRotation(cipher, ledger, db, audit, new TestTenants(T, OTHER), 10);

        // a new key, and values still sealed with the old one open before re-sealing
        String newKey = cipher.addKey();
        ledger.record(List.of(newKey));
        assertThat(families.identity(coordinator, T, a.id()).orElseThrow().address()).isEqualTo("Hauptstraße 1\n41812 Erkelenz");
        assertThat(rotation.status(admin).valuesPerKey()).containsEntry(oldKey, 11);

        KeyRotation.Result r = rotation.reseal(admin);

        assertThat(r.total()).isEqualTo(3);
        assertThat(r.resealed()).containsEntry(T + "/fruehehilfen_family_identity", 1).containsEntry(T + "/fruehehilfen_resources", 1)
                .containsEntry(OTHER + "/fruehehilfen_family_identity", 1);
        assertThat(sealedValues(T)).allSatisfy(v -> assertThat(v).startsWith(FieldCipher.prefix(newKey)));
        assertThat(rotation.status(admin).valuesPerKey()).containsOnlyKeys(newKey);
        assertThat(families.identity(coordinator, T, a.id()).orElseThrow().motherName()).isEqualTo("Maria Muster");
        assertThat(families.identity(otherCoordinator, OTHER, b.id()).orElseThrow().childName()).isEqualTo("Lea Muster");
        assertThat(audit.all()).anySatisfy(e -> assertThat(e.record()).isEqualTo("fruehehilfen/key/" + newKey))
                .filteredOn(e -> e.record().startsWith("fruehehilfen/key/")).allSatisfy(e -> assertThat(e.reason())
                        .doesNotContain("Maria"));

        // nothing left: running again changes nothing (resumable, idempotent)
        assertThat(rotation.reseal(admin).total()).isZero();

        assertThat(rotation.retire(admin)).containsExactly(oldKey);
        assertThat(cipher.keyIds()).containsExactly(newKey);
        assertThat(ledger.activeIds()).containsExactly(newKey);
        assertThat(Files.readString(dir.resolve("etc/ikz-fruehehilfen.keys"))).doesNotContain("key." + oldKey)
                .contains("key." + newKey);
        assertThat(new FieldCipher(dir.resolve("etc/ikz-fruehehilfen.keys"), ledger).open(T, sealedValues(T).get(0)))
                .isEqualTo("Maria Muster");
    }

    @Test
    void rotateAddsAKeyToTheKeyFileBeforeResealingAndRetireWaitsUntilNothingUsesTheOldKey() {
        Family a = family(T, coordinator, TODAY.minusMonths(3));
        String oldKey = cipher.currentKeyId();
        KeyRotation rotation = new KeyRotation(cipher, ledger, db, audit, new TestTenants(T), 10);

        // an interrupted rotation: the new key is there, a value still carries the old one
        String newKey = cipher.addKey();
        ledger.record(List.of(newKey));
        String refused = Refusals.refused(IkzException.Kind.CONFLICT, "key", () -> rotation.retire(admin));
        assertThat(refused).contains(oldKey).contains("--resume");
        assertThat(cipher.keyIds()).containsExactly(oldKey, newKey);

        KeyRotation.Result r = rotation.rotate(admin);

        String third = r.currentKey();
        assertThat(third).isNotIn(oldKey, newKey);
        assertThat(ledger.activeIds()).containsExactly(oldKey, newKey, third);
        assertThat(rotation.retire(admin)).containsExactly(oldKey, newKey);
        assertThat(families.identity(coordinator, T, a.id()).orElseThrow().phone()).isEqualTo("02431 12345");
    }

    @Test
    void onlyAPlatformAdminRotatesKeys() {
        KeyRotation rotation = new KeyRotation(cipher, ledger, db, audit, new TestTenants(T), 10);
        String before = cipher.currentKeyId();

        for (Caller c : List.of(coordinator, tenantAdmin, auditor, hanna)) {
            Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> rotation.rotate(c));
            Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> rotation.retire(c));
        }
        assertThat(cipher.keyIds()).containsExactly(before);
    }

    @Test
    void aRowThatDoesNotOpenIsLeftAsItWasAndTheRestIsResealed() {
        Family a = family(T, coordinator, TODAY.minusMonths(3));
        Family b = family(T, coordinator, TODAY.minusMonths(2));
        // b's identity copied from another tenant: sealed for OTHER, it does not open here
        db.inTransaction(s -> s.tenant(T).update("UPDATE fruehehilfen_family_identity SET mother_name = ? WHERE tenant_id = :tenant "
                + "AND family_id = ?", cipher.seal(OTHER, "Fremd"), b.id()));
        cipher.addKey();
        KeyRotation rotation = new KeyRotation(cipher, ledger, db, audit, new TestTenants(T), 10);

        KeyRotation.Result r = rotation.reseal(admin);

        assertThat(r.unreadable()).hasSize(1).first().asString().contains(b.id()).doesNotContain("Fremd");
        assertThat(r.total()).isEqualTo(1);
        assertThat(families.identity(coordinator, T, a.id()).orElseThrow().motherName()).isEqualTo("Maria Muster");
    }

    // ================================================================== retention

    @Test
    void retentionErasesAFamilyClosedThreeYearsAndADayAgoButNotOneClosedADayLaterNorAnOpenOne() {
        Family due = closed(LocalDate.of(2022, 1, 10), TODAY.minusYears(3).minusDays(1));
        Family notYet = closed(LocalDate.of(2022, 1, 10), TODAY.minusYears(3).plusDays(1));
        Family exactly = closed(LocalDate.of(2022, 1, 10), TODAY.minusYears(3));
        Family open = family(T, coordinator, LocalDate.of(2020, 3, 1));
        visitsRows(T, due, LocalDate.of(2022, 2, 1));
        visitsRows(T, open, LocalDate.of(2022, 2, 1));
        Retention retention = new Retention(db, audit, new TestTenants(T, OTHER), clock, 3, Retention.Mode.ERASE);

        Retention.Report dry = retention.run(admin, null, true);

        assertThat(dry.items()).extracting(Retention.Item::familyId).containsExactly(due.id());
        assertThat(rows(T, "fruehehilfen_family", "id", due.id())).isEqualTo(1);

        Retention.Report report = retention.run(admin, null, false);

        assertThat(report.items()).singleElement().satisfies(i -> {
            assertThat(i.familyId()).isEqualTo(due.id());
            assertThat(i.pseudonym()).isEqualTo(due.pseudonym());
            assertThat(i.rows()).isEqualTo(dry.items().get(0).rows()).isGreaterThanOrEqualTo(6);
        });
        for (FamilyTables.FamilyTable t : FamilyTables.ALL) {
            assertThat(rows(T, t.table(), t.familyColumn(), due.id())).as(t.table()).isZero();
        }
        for (Family kept : List.of(notYet, exactly, open)) {
            assertThat(rows(T, "fruehehilfen_family", "id", kept.id())).isEqualTo(1);
            assertThat(rows(T, "fruehehilfen_family_identity", "family_id", kept.id())).isEqualTo(1);
        }
        assertThat(rows(T, "fruehehilfen_resources", "family_id", open.id())).isEqualTo(1);
        List<AuditEntry> entries = audit.all().stream().filter(e -> e.record().equals("fruehehilfen/family/" + due.id())
                && "DELETE".equals(e.action())).toList();
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.reason()).contains(due.pseudonym()).contains("erased")
                .doesNotContain("Maria"));
        assertThat(retention.run(admin, null, false).items()).isEmpty();

        // a day later the next one is due
        clock.set(TODAY.plusDays(2));
        assertThat(retention.run(admin, T, false).items()).extracting(Retention.Item::familyId).containsExactly(exactly.id(), notYet.id());
    }

    @Test
    void anonymisingRemovesIdentityAndHealthDataAndKeepsThePseudonymisedCase() {
        Family due = closed(LocalDate.of(2021, 6, 1), TODAY.minusYears(3).minusDays(1));
        visitsRows(T, due, LocalDate.of(2021, 7, 1));
        Retention retention = new Retention(db, audit, new TestTenants(T), clock, 3, Retention.Mode.ANONYMISE);

        Retention.Report report = retention.run(admin, T, false);

        assertThat(report.items()).extracting(Retention.Item::familyId).containsExactly(due.id());
        assertThat(rows(T, "fruehehilfen_family_identity", "family_id", due.id())).isZero();
        assertThat(rows(T, "fruehehilfen_resources", "family_id", due.id())).isZero();
        assertThat(rows(T, "fruehehilfen_family", "id", due.id())).isEqualTo(1);
        assertThat(rows(T, "fruehehilfen_contact", "family_id", due.id())).isEqualTo(1);
        assertThat(rows(T, "fruehehilfen_consent", "family_id", due.id())).isEqualTo(1);
        assertThat(audit.all()).anySatisfy(e -> {
            assertThat(e.record()).isEqualTo("fruehehilfen/family/" + due.id());
            assertThat(e.reason()).contains("anonymised").contains(due.pseudonym());
        });
        // anonymised once: the next run leaves it
        assertThat(retention.run(admin, T, false).items()).isEmpty();
        assertThat(families.identity(coordinator, T, due.id())).isEmpty();
    }

    @Test
    void onlyAPlatformAdminRunsRetentionAndAnUnknownTenantIsNotFound() {
        Family due = closed(LocalDate.of(2021, 6, 1), TODAY.minusYears(4));
        Retention retention = new Retention(db, audit, new TestTenants(T), clock, 3, Retention.Mode.ERASE);

        for (Caller c : List.of(coordinator, tenantAdmin, auditor)) {
            Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> retention.run(c, T, false));
        }
        Refusals.refused(IkzException.Kind.NOT_FOUND, "tenant", () -> retention.run(admin, "no-such", false));
        assertThat(rows(T, "fruehehilfen_family", "id", due.id())).isEqualTo(1);
        assertThatThrownBy(() -> new Retention(db, audit, new TestTenants(T), clock, 0, Retention.Mode.ERASE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Retention.Mode.parse("delete")).hasMessageContaining("anonymise");
    }

    // ================================================================== export

    FamilyExport export() {
        return new FamilyExport(db, audit, families, cipher, new DocumentServiceImpl(),
                (caller, tenant, id) -> id.equals("ja-erkelenz") ? "Jugendamt Erkelenz" : id, clock);
    }

    @Test
    void theExportHoldsEveryRegisteredTablesRowsWithSealedFieldsOpened() {
        Family f = family(T, coordinator, TODAY.minusMonths(3));
        visitsRows(T, f, TODAY.minusMonths(2));
        Family other = family(T, coordinator, TODAY.minusMonths(3));
        int before = audit.all().size();

        FamilyExport.Export e = export().export(coordinator, T, f.id(), "json");

        assertThat(e.pseudonym()).isEqualTo(f.pseudonym());
        assertThat(e.tables()).extracting(FamilyExport.TableRows::table)
                .containsExactlyInAnyOrderElementsOf(FamilyTables.ALL.stream().map(FamilyTables.FamilyTable::table).toList());
        Map<String, List<Map<String, String>>> byTable = new java.util.HashMap<>();
        e.tables().forEach(t -> byTable.put(t.table(), t.rows()));
        assertThat(byTable.get("fruehehilfen_family_identity")).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("mother_name", "Maria Muster").containsEntry("address", "Hauptstraße 1\n41812 Erkelenz")
                    .containsEntry("child_birth", TODAY.minusMonths(3).minusDays(20).toString()).doesNotContainKey("tenant_id");
        });
        assertThat(byTable.get("fruehehilfen_resources")).singleElement().satisfies(r ->
                assertThat(r.get("factors")).isEqualTo("POSTPARTUM_DEPRESSION|SUPPORTIVE_PARTNER"));
        assertThat(byTable.get("fruehehilfen_contact")).singleElement().satisfies(r -> assertThat(r).containsEntry("minutes", "60"));
        assertThat(byTable.get("fruehehilfen_family")).singleElement().satisfies(r -> assertThat(r).containsEntry("id", f.id()));
        assertThat(byTable.get("fruehehilfen_consent")).hasSize(1);
        assertThat(byTable.get("fruehehilfen_assignment")).hasSize(1);
        assertThat(e.tables().stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.values().stream()))
                .doesNotContain(other.id());
        List<AuditEntry> written = audit.all().subList(before, audit.all().size());
        assertThat(written).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("READ");
            assertThat(a.record()).isEqualTo("fruehehilfen/family/" + f.id());
            assertThat(a.reason()).contains("Art. 15").doesNotContain("Maria");
        });
    }

    @Test
    void theExportPdfIsPdfAAndReadsTheOpenedFields() {
        Family f = family(T, coordinator, TODAY.minusMonths(3));
        visitsRows(T, f, TODAY.minusMonths(2));

        byte[] pdf = export().pdf(jaErkelenz, T, f.id());

        PdfCheck.assertPdfA(pdf);
        String text = PdfCheck.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Auskunft nach Art. 15 DSGVO").contains(f.pseudonym()).contains("Maria Muster")
                .contains("POSTPARTUM_DEPRESSION").contains("Jugendamt Erkelenz").contains("Identität").contains("Name der Mutter");
        assertThat(PdfCheck.fontsNotEmbedded(pdf)).isEmpty();
    }

    @Test
    void onlyTheCoordinationAndTheOwningOfficeExportAndARefusalLogsNothing() {
        Family f = family(T, coordinator, TODAY.minusMonths(3));
        FamilyExport export = export();
        int before = audit.all().size();

        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> export.export(jaKreis, T, f.id(), "json"));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> export.export(hanna, T, f.id(), "json"));
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> export.export(auditor, T, f.id(), "json"));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> export.export(admin, T, f.id(), "json"));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> export.export(otherCoordinator, OTHER, f.id(), "json"));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> export.export(coordinator, T, "F-NOSUCH", "json"));
        assertThat(audit.all()).hasSize(before);

        assertThat(export.export(jaErkelenz, T, f.id(), "json").familyId()).isEqualTo(f.id());
        assertThat(audit.all()).hasSize(before + 1);
    }

    @Test
    void anUnreadableSealedFieldIsMarkedInTheExportNotA500() {
        Family f = family(T, coordinator, TODAY.minusMonths(3));
        db.inTransaction(s -> s.tenant(T).update("UPDATE fruehehilfen_family_identity SET phone = ? WHERE tenant_id = :tenant "
                + "AND family_id = ?", cipher.seal(OTHER, "0000"), f.id()));

        FamilyExport.Export e = export().export(coordinator, T, f.id(), "json");

        Map<String, String> identity = e.tables().stream().filter(t -> t.table().equals("fruehehilfen_family_identity"))
                .findFirst().orElseThrow().rows().get(0);
        assertThat(identity).containsEntry("phone", FamilyExport.UNREADABLE).containsEntry("mother_name", "Maria Muster");
    }
}
