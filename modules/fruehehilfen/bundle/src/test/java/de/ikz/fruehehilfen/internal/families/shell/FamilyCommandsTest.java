package de.ikz.fruehehilfen.internal.families.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyInput;
import de.ikz.fruehehilfen.internal.families.FamilyTestSupport;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.testkit.ConsoleHarness.Output;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console twins: output, refusals as {@code Error in <field>}, roles checked before the command runs. */
class FamilyCommandsTest {

    static final String T = FamilyTestSupport.T;

    @TempDir
    Path dir;

    FamilyService service;
    final Caller coordinator = Callers.coordinator(T, ModuleDefinition.ID);
    final Caller hanna = Callers.moduleRole(T, "hanna", ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL);
    final Caller auditor = Callers.auditor(T, ModuleDefinition.ID);
    Staff hannaStaff;

    @BeforeEach
    void setUp() {
        service = FamilyTestSupport.service(TestDatabases.derby(dir));
        hannaStaff = service.createStaff(coordinator, T, FamilyTestSupport.staff("MIDWIFE", "Hanna Hebamme", "hanna"));
    }

    @Test
    void familyAddOpensACaseAndRefusesABadMunicipalityByItsField() throws Exception {
        FamilyCommands.AddFamily add = new FamilyCommands.AddFamily();
        add.ags = FamilyTestSupport.ERKELENZ;
        add.referredBy = "clinic";
        add.staff = hannaStaff.id();
        Output o = ConsoleHarness.run(add.with(service), coordinator);
        assertThat(o.err()).isEmpty();
        assertThat(o.out()).contains("FH-2026-0001").contains("ja-erkelenz");

        FamilyCommands.AddFamily bad = new FamilyCommands.AddFamily();
        bad.ags = FamilyTestSupport.NOT_IN_REGISTER;
        bad.referredBy = "SELF";
        assertThat(ConsoleHarness.run(bad.with(service), coordinator).err()).startsWith("Error in ags:");
        assertThat(service.families(coordinator, T, FamilyService.FamilyFilter.ALL)).hasSize(1);
    }

    @Test
    void theAuditorIsRefusedAChangeAndSeesNoIdentity() throws Exception {
        Family f = service.createFamily(coordinator, T, new FamilyInput(FamilyTestSupport.ERKELENZ, null, "SELF", hannaStaff.id(),
                FamilyTestSupport.identityInput()));
        FamilyCommands.AddFamily add = new FamilyCommands.AddFamily();
        add.ags = FamilyTestSupport.ERKELENZ;
        add.referredBy = "SELF";
        assertThat(ConsoleHarness.run(add.with(service), auditor).err()).startsWith("Error");
        assertThat(service.families(coordinator, T, FamilyService.FamilyFilter.ALL)).hasSize(1);

        FamilyCommands.ShowFamily show = new FamilyCommands.ShowFamily();
        show.id = f.id();
        show.identity = true;
        Output o = ConsoleHarness.run(show.with(service), auditor);
        assertThat(o.out()).contains(f.pseudonym()).doesNotContain("Maria");
        assertThat(o.err()).startsWith("Error");

        show.identity = true;
        Output mine = ConsoleHarness.run(show.with(service), hanna);
        assertThat(mine.out()).contains("Maria Muster");
    }

    @Test
    void familyListShowsAProfessionalHerOwnFamiliesOnly() throws Exception {
        Staff other = service.createStaff(coordinator, T, FamilyTestSupport.staff("FGKIKP", "Petra Pflege", "petra"));
        Family mine = service.createFamily(coordinator, T, new FamilyInput(FamilyTestSupport.ERKELENZ, null, "SELF", hannaStaff.id(), null));
        Family hers = service.createFamily(coordinator, T, new FamilyInput(FamilyTestSupport.GANGELT, null, "SELF", other.id(), null));

        Output o = ConsoleHarness.run(new FamilyCommands.ListFamilies().with(service), hanna);

        assertThat(ConsoleHarness.row(o.out(), mine.id())).contains(mine.pseudonym());
        assertThat(o.out()).doesNotContain(hers.id());
    }

    @Test
    void consentAndCloseCommandsChangeTheCase() throws Exception {
        Family f = service.createFamily(coordinator, T, new FamilyInput(FamilyTestSupport.ERKELENZ, null, "SELF", hannaStaff.id(), null));
        FamilyCommands.ConsentFamily consent = new FamilyCommands.ConsentFamily();
        consent.id = f.id();
        consent.scopes = java.util.List.of("HEALTH_DATA");
        assertThat(ConsoleHarness.run(consent.with(service), hanna).out()).contains("HEALTH_DATA");

        FamilyCommands.CloseFamily close = new FamilyCommands.CloseFamily();
        close.id = f.id();
        close.reason = "NONSENSE";
        assertThat(ConsoleHarness.run(close.with(service), hanna).err()).startsWith("Error in reason:");
        close.reason = "GOALS_REACHED";
        assertThat(ConsoleHarness.run(close.with(service), hanna).out()).contains("closed on");
        assertThat(service.family(coordinator, T, f.id()).family().closed()).isTrue();
    }

    @Test
    void staffListPrintsTheRecordsAndStaffAddRefusesBadHours() throws Exception {
        StaffCommands.AddStaff add = new StaffCommands.AddStaff();
        add.kind = "FGKIKP";
        add.name = "Nora Neu";
        add.hours = "99";
        assertThat(ConsoleHarness.run(add.with(service), coordinator).err()).startsWith("Error in hoursPerWeek:");
        add.hours = "20";
        assertThat(ConsoleHarness.run(add.with(service), coordinator).out()).contains("added");

        Output o = ConsoleHarness.run(new StaffCommands.ListStaff().with(service), hanna);
        assertThat(ConsoleHarness.row(o.out(), hannaStaff.id())).contains("MIDWIFE");
        assertThat(o.out()).contains("Nora Neu");
    }
}
