package de.ikz.kinderschutz.internal.members.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import de.ikz.kinderschutz.internal.Network;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.testkit.ConsoleHarness.Output;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The members' console commands: output in German, refusals as {@code Error in <field>}, the auditor changes nothing. */
class MemberCommandsTest {

    @TempDir
    Path dir;

    @Test
    void institutionAddAndListAndRefusals() throws Exception {
        Network n = Network.on(TestDatabases.derby(dir), LocalDate.of(2026, 6, 15));
        MemberCommands.AddInstitution add = new MemberCommands.AddInstitution();
        add.members = n.members;
        add.name = "Polizei Aachen, Kriminalprävention";
        add.field = "POLICE";
        Output o = ConsoleHarness.run(add, n.coordinator);
        assertThat(o.err()).isEmpty();
        assertThat(o.out()).startsWith("Aufgenommen: Polizei Aachen, Kriminalprävention");

        MemberCommands.AddInstitution bad = new MemberCommands.AddInstitution();
        bad.members = n.members;
        bad.name = "X";
        bad.field = "KINDERGARTEN";
        assertThat(ConsoleHarness.run(bad, n.coordinator).err()).startsWith("Error in field:");
        MemberCommands.AddInstitution byAuditor = new MemberCommands.AddInstitution();
        byAuditor.members = n.members;
        byAuditor.name = "Y";
        byAuditor.field = "POLICE";
        assertThat(ConsoleHarness.run(byAuditor, n.auditor).err()).isNotEmpty();

        MemberCommands.ListInstitutions list = new MemberCommands.ListInstitutions();
        list.members = n.members;
        Output l = ConsoleHarness.run(list, n.auditor);
        assertThat(l.out()).contains("Polizei Aachen").contains("Polizei").doesNotContain("KINDERGARTEN");
        assertThat(n.members.list(n.coordinator, Network.T)).hasSize(1);
    }
}
