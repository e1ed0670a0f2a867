package ${package}.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.testkit.ConsoleHarness.Output;
import ${package}.internal.ModuleDefinition;
import ${package}.internal.domain.Entry;
import ${package}.internal.service.Entries;

import org.junit.jupiter.api.Test;

/** The console command as a session's caller runs it: the table, the tenant and the role rule of the kit. */
class EntryListCommandTest {

    static final String T = Callers.TENANT;

    final List<String> calls = new ArrayList<>();
    final Entries service = new Entries() {
        @Override
        public List<Entry> list(Caller caller, String tenantId) {
            calls.add(caller.user() + " " + tenantId);
            return List.of(new Entry("E-ABCDEF", "Erstes Treffen", null, LocalDate.of(2026, 3, 16), caller.user()));
        }

        @Override
        public Entry get(Caller caller, String tenantId, String id) {
            throw new AssertionError("not called");
        }

        @Override
        public Entry create(Caller caller, String tenantId, Entry.Input input) {
            throw new AssertionError("not called");
        }
    };

    Output run(Caller caller) throws Exception {
        return ConsoleHarness.run(new EntryListCommand().entries(service), caller);
    }

    @Test
    void aCoordinatorSeesTheEntriesOfTheOwnTenant() throws Exception {
        Output o = run(Callers.coordinator(T, ModuleDefinition.ID));

        assertThat(o.err()).isEmpty();
        assertThat(ConsoleHarness.row(o.out(), "E-ABCDEF")).contains("2026-03-16", "Erstes Treffen");
        assertThat(calls).hasSize(1).allSatisfy(c -> assertThat(c).endsWith(" " + T));
    }

    @Test
    void theAuditorMayListItOnlyReads() throws Exception {
        assertThat(run(Callers.auditor(T)).err()).isEmpty();
        assertThat(calls).hasSize(1);
    }

    @Test
    void whoHoldsNoRoleOfTheModuleIsRefusedBeforeTheServiceIsCalled() throws Exception {
        Output other = run(Callers.coordinator(T, "another-module"));
        Output staff = run(Callers.partnerStaff(T, "ja-a", ModuleDefinition.ID));

        assertThat(other.err()).startsWith("Error");
        assertThat(staff.err()).startsWith("Error");
        assertThat(other.out() + staff.out()).isEmpty();
        assertThat(calls).isEmpty();
    }
}
