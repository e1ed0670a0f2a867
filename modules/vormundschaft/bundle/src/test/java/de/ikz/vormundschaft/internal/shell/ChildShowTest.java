package de.ikz.vormundschaft.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.domain.ProposalStatus;
import de.ikz.vormundschaft.internal.service.Cases.Child;
import de.ikz.vormundschaft.internal.service.Cases.ChildIdentity;
import de.ikz.vormundschaft.internal.service.Cases.Proposal;

import org.junit.jupiter.api.Test;

/** The identity is printed only when the service hands it out; case steps are left out when forbidden. */
class ChildShowTest {

    static final class Office extends StubOffice {
        final ChildIdentity identity;
        final RuntimeException proposalsRefusal;

        Office(ChildIdentity identity, RuntimeException proposalsRefusal) {
            this.identity = identity;
            this.proposalsRefusal = proposalsRefusal;
        }

        @Override
        public Child child(Caller caller, String tenantId, String id) {
            return new Child(id, "ja-alsdorf", "6-11", "braucht Unterstützung in der Schule", List.of("Dari"), "05334004", true,
                    "FOSTER_FAMILY", CaseStatus.MATCHED, LocalDate.of(2025, 2, 1), identity);
        }

        @Override
        public List<Proposal> proposals(Caller caller, String tenantId, String childId) {
            if (proposalsRefusal != null) {
                throw proposalsRefusal;
            }
            return List.of(new Proposal("p-1", childId, "v-1", LocalDate.of(2025, 3, 1), List.of("Sprache Dari"), null, null,
                    null, ProposalStatus.MATCHED, null, null));
        }
    }

    private static ConsoleHarness.Output show(Office office) throws Exception {
        ChildCommands.ShowChild a = new ChildCommands.ShowChild();
        a.office = office;
        a.id = "K-ABC123";
        return ConsoleHarness.run(a, Callers.coordinator("t1", "vormundschaft"));
    }

    @Test
    void pseudonymisedProfileHasNoIdentityLine() throws Exception {
        ConsoleHarness.Output o = show(new Office(null, null));

        assertThat(o.out()).contains("Child K-ABC123").contains("6-11").doesNotContain("Identity");
        assertThat(ConsoleHarness.row(o.out(), "p-1")).contains("v-1", "2025-03-01", "MATCHED");
    }

    @Test
    void identityIsPrintedWhenTheServiceReturnsIt() throws Exception {
        ConsoleHarness.Output o = show(new Office(new ChildIdentity("Amina", "Beispiel", LocalDate.of(2016, 4, 2)), null));

        assertThat(o.out()).contains("Identity:").contains("Amina Beispiel, born 2016-04-02");
    }

    @Test
    void caseStepsAreLeftOutWhenTheCallerMayNotSeeThem() throws Exception {
        ConsoleHarness.Output o = show(new Office(null, IkzException.forbidden("coordinators only")));

        assertThat(o.err()).isEmpty();
        assertThat(o.out()).contains("Child K-ABC123").doesNotContain("Case steps");
    }

    @Test
    void otherRefusalsOfTheCaseStepsArePrinted() throws Exception {
        ConsoleHarness.Output o = show(new Office(null, IkzException.notFound("child", "K-ABC123")));

        assertThat(o.err()).isEqualTo("Error: child 'K-ABC123' not found" + System.lineSeparator());
    }
}
