package de.ikz.fruehehilfen.internal.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;

import javax.ws.rs.core.Response;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.document.internal.DocumentServiceImpl;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyService.ClosingInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.IdentityInput;
import de.ikz.fruehehilfen.internal.families.FamilyServiceImpl;
import de.ikz.fruehehilfen.internal.protection.rest.ExportsResource;
import de.ikz.fruehehilfen.internal.protection.shell.ProtectionCommands;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.testkit.ConsoleHarness.Output;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.PdfCheck;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestDatabases;
import de.ikz.testkit.TestRuntime;
import de.ikz.testkit.TestTenants;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console commands and the REST resource of the protection part, on Derby: output, refusals, roles. */
class ProtectionCommandsTest {

    static final String T = ProtectionContract.T;
    static final LocalDate TODAY = ProtectionContract.TODAY;

    @TempDir
    Path dir;

    final MovableClock clock = new MovableClock(TODAY);
    final Caller coordinator = Callers.coordinator(T, ModuleDefinition.ID);
    final Caller admin = Callers.platformAdmin();
    JdbcDatabase db;
    TableAuditLog audit;
    FieldCipher cipher;
    KeyLedger ledger;
    FamilyServiceImpl families;
    Family family;

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @BeforeEach
    void setUp() {
        db = new JdbcDatabase(TestDatabases.derby(dir.resolve("db")));
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        audit = new TableAuditLog(db);
        ledger = KeyLedger.of(db);
        cipher = new FieldCipher(dir.resolve("etc/keys"), ledger);
        families = new FamilyServiceImpl(db, audit, ProtectionContract.OFFICES, cipher, clock);
        clock.set(LocalDate.of(2021, 3, 1));
        family = families.createFamily(coordinator, T, new FamilyInput(ProtectionContract.ERKELENZ, null, "CLINIC", null,
                new IdentityInput("Maria Muster", "Lea Muster", null, "Hauptstraße 1\n41812 Erkelenz", null)));
        clock.set(LocalDate.of(2022, 2, 1));
        families.close(coordinator, T, family.id(), new ClosingInput(LocalDate.of(2022, 2, 1), "MOVED"));
        clock.set(TODAY);
    }

    KeyRotation rotation() {
        return new KeyRotation(cipher, ledger, db, audit, new TestTenants(T), 50);
    }

    FamilyExport export() {
        return new FamilyExport(db, audit, families, cipher, new DocumentServiceImpl(), (c, t, id) -> "Jugendamt Erkelenz", clock);
    }

    @Test
    void keyRotateRotatesForThePlatformAdminAndRefusesEverybodyElse() throws Exception {
        String old = cipher.currentKeyId();

        Output refused = ConsoleHarness.run(new ProtectionCommands.KeyRotate().with(rotation(), false, false), coordinator);
        assertThat(refused.err()).startsWith("Error").contains("platform-admin");
        assertThat(cipher.keyIds()).containsExactly(old);

        Output o = ConsoleHarness.run(new ProtectionCommands.KeyRotate().with(rotation(), false, false), admin);
        assertThat(o.err()).doesNotContain("Error");
        assertThat(o.out()).contains(cipher.currentKeyId()).contains(T + "/fruehehilfen_family_identity").contains("--retire");

        Output status = ConsoleHarness.run(new ProtectionCommands.KeyStatus().with(rotation()), admin);
        assertThat(status.out()).contains(old).contains(cipher.currentKeyId());

        assertThat(ConsoleHarness.run(new ProtectionCommands.KeyRotate().with(rotation(), true, true), admin).err())
                .startsWith("Error in --retire:");
        Output retired = ConsoleHarness.run(new ProtectionCommands.KeyRotate().with(rotation(), false, true), admin);
        assertThat(retired.out()).contains(old);
        assertThat(cipher.keyIds()).containsExactly(cipher.currentKeyId());
    }

    @Test
    void retentionRunDryRunListsAndChangesNothingThenTheRunErases() throws Exception {
        Retention retention = new Retention(db, audit, new TestTenants(T), clock, 3, Retention.Mode.ERASE);

        Output dry = ConsoleHarness.run(new ProtectionCommands.RetentionRun().with(retention, true), admin);
        assertThat(dry.err()).doesNotContain("Error");
        assertThat(dry.out()).contains(family.pseudonym()).contains("Probelauf");
        int identities = db.inTransaction(s -> s.tenant(T).queryOne("SELECT COUNT(*) FROM fruehehilfen_family_identity WHERE "
                + "tenant_id = :tenant", rs -> rs.getInt(1)).orElse(0));
        assertThat(identities).isEqualTo(1);

        assertThat(ConsoleHarness.run(new ProtectionCommands.RetentionRun().with(retention, false), coordinator).err())
                .startsWith("Error");
        Output run = ConsoleHarness.run(new ProtectionCommands.RetentionRun().with(retention, false), admin);
        assertThat(run.out()).contains(family.pseudonym()).contains("gelöscht");
        assertThat(ConsoleHarness.run(new ProtectionCommands.RetentionRun().with(retention, false).withTenant("nope"), admin).err())
                .startsWith("Error in tenant:");
    }

    @Test
    void familyExportPrintsForTheCoordinatorAndWritesANewOwnerOnlyPdf() throws Exception {
        Output text = ConsoleHarness.run(new ProtectionCommands.ExportFamily().with(export(), family.id(), null, null), coordinator);
        assertThat(text.err()).doesNotContain("Error");
        assertThat(text.out()).contains("Maria Muster").contains("Identität").contains(family.pseudonym());

        assertThat(ConsoleHarness.run(new ProtectionCommands.ExportFamily().with(export(), family.id(), null, null), admin).err())
                .startsWith("Error");
        assertThat(ConsoleHarness.run(new ProtectionCommands.ExportFamily().with(export(), family.id(), "pdf", null), coordinator)
                .err()).startsWith("Error in --file:");

        Path file = dir.resolve("auskunft.pdf");
        Output pdf = ConsoleHarness.run(new ProtectionCommands.ExportFamily().with(export(), family.id(), "pdf", file.toString()),
                coordinator);
        assertThat(pdf.err()).doesNotContain("Error");
        PdfCheck.assertPdfA(Files.readAllBytes(file));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(ConsoleHarness.run(new ProtectionCommands.ExportFamily().with(export(), family.id(), "pdf", file.toString()),
                coordinator).err()).startsWith("Error in --file:");
    }

    @Test
    void theResourceAnswersJsonOrPdfAndRefusesAnotherFormatByItsField() {
        ExportsResource r = new ExportsResource(export());

        Response json = r.family(Callers.context(coordinator), null, family.id(), null);
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(((FamilyExport.Export) json.getEntity()).familyId()).isEqualTo(family.id());

        Response pdf = r.family(Callers.context(coordinator), null, family.id(), "pdf");
        assertThat(pdf.getMediaType().toString()).isEqualTo("application/pdf");
        assertThat(PdfCheck.text((byte[]) pdf.getEntity())).contains("Maria Muster");
        assertThat(pdf.getHeaderString("Content-Disposition")).contains("auskunft-" + family.id() + ".pdf");

        int entries = audit.all().size();
        Refusals.invalid("format", () -> r.family(Callers.context(coordinator), null, family.id(), "xml"));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> r.family(Callers.context(admin), T, family.id(), "json"));
        assertThat(audit.all()).hasSize(entries);
    }
}
