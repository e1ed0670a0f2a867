package de.ikz.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.Table;
import de.ikz.kit.shell.TenantAction;

import org.junit.jupiter.api.Test;

class ConsoleHarnessTest {

    static final class Probe extends TenantAction {
        final List<Caller> callers = new ArrayList<>();

        @Override
        protected void doExecute(Caller caller) {
            callers.add(caller);
            Table t = Table.of("Office", "A".repeat(30), "B".repeat(30), "C".repeat(30));
            t.row("ja-1", "1", "word ".repeat(25).trim(), "3");
            t.print(System.out);
        }
    }

    @Test
    void aCallerRunsAsTheSameCallerThroughItsJaasSubject() throws Exception {
        Caller paul = Callers.partnerStaff("t1", "ja-1", "m");
        Probe p = new Probe();

        ConsoleHarness.Output o = ConsoleHarness.run(p, paul);

        assertThat(o.err()).isEmpty();
        assertThat(p.callers).singleElement().satisfies(c -> {
            assertThat(c.user()).isEqualTo(paul.user());
            assertThat(c.roles()).isEqualTo(paul.roles());
            assertThat(c.tenantId()).isEqualTo(paul.tenantId());
            assertThat(c.participantId()).isEqualTo(paul.participantId());
            assertThat(c.modules()).isEqualTo(paul.modules());
            assertThat(c.address()).isEqualTo("console");
        });
        assertThat(ConsoleHarness.block(o.out(), "Office: ja-1")).containsEntry("A".repeat(30), "1")
                .containsEntry("B".repeat(30), "word ".repeat(25).trim()).containsEntry("C".repeat(30), "3");
    }

    @Test
    void theClockMoves() {
        MovableClock clock = new MovableClock(LocalDate.of(2026, 1, 31));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 1, 31));
        clock.set(LocalDate.of(2026, 3, 1));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
