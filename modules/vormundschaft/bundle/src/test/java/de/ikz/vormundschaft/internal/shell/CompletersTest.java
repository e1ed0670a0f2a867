package de.ikz.vormundschaft.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.security.auth.Subject;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.service.Cases.Child;

import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.jupiter.api.Test;

class CompletersTest {

    static final class Office extends StubOffice {
        final List<String> tenants = new ArrayList<>();

        @Override
        public List<Child> children(Caller caller, String tenantId) {
            tenants.add(tenantId);
            if (!caller.modules().contains("vormundschaft") && !caller.isPlatformAdmin()) {
                throw IkzException.forbidden("not a coordinator of the module");
            }
            return List.of(child("K-ABC123"), child("K-ABD999"), child("K-XYZ000"));
        }

        static Child child(String id) {
            return new Child(id, "ja-alsdorf", "0-5", null, List.of(), "05334004", false, null, CaseStatus.OPEN, LocalDate.of(2025, 1, 1),
                    null);
        }
    }

    /** The line "vormundschaft:child-show [args...] <typed>" with the cursor at the end of {@code typed}. */
    static CommandLine line(String typed, String... before) {
        List<String> args = new ArrayList<>(List.of("vormundschaft:child-show"));
        args.addAll(List.of(before));
        args.add(typed);
        return ConsoleHarness.line(args.toArray(String[]::new));
    }

    static List<String> complete(Subject subject, Office office, CommandLine line) throws Exception {
        Completers.ChildIds c = new Completers.ChildIds();
        c.office = office;
        return ConsoleHarness.complete(c, subject, line);
    }

    @Test
    void offersThePseudonymsOfTheCallersTenant() throws Exception {
        Office office = new Office();

        List<String> candidates = complete(ConsoleHarness.subject(Callers.coordinator("t1", "vormundschaft")), office, line("K-AB"));

        assertThat(candidates).containsExactlyInAnyOrder("K-ABC123", "K-ABD999");
        assertThat(office.tenants).containsExactly("t1");
    }

    @Test
    void aPlatformAdminCompletesInTheTenantNamedOnTheLine() throws Exception {
        Office office = new Office();

        List<String> candidates = complete(ConsoleHarness.subject(Callers.platformAdmin()), office, line("K-X", "--tenant", "demo"));

        assertThat(candidates).containsExactly("K-XYZ000");
        assertThat(office.tenants).containsExactly("demo");
    }

    @Test
    void aCallerWhoMayNotReadGetsNoCandidates() throws Exception {
        Office office = new Office();
        Subject auditorOfAnotherModule = ConsoleHarness.subject("bob", "ikz-auditor", "ikz-tenant.t1");

        List<String> candidates = complete(auditorOfAnotherModule, office, line("K-"));

        assertThat(candidates).isEmpty();
        assertThat(office.tenants).containsExactly("t1");
    }

    @Test
    void aPlatformAdminWithoutTenantGetsNoCandidates() throws Exception {
        Office office = new Office();

        assertThat(complete(ConsoleHarness.subject(Callers.platformAdmin()), office, line("K-"))).isEmpty();
        assertThat(office.tenants).isEmpty();
    }
}
