package de.ikz.kit.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javax.security.auth.Subject;

import de.ikz.api.tenant.Caller;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.testkit.TestTenants;

import org.junit.jupiter.api.Test;

/** Completers ask as the session's caller and read --tenant from the line. */
class CompletersTest {

    /** Ids of the tenant the completer resolved. */
    static final class Ids extends TenantCompleter {
        final List<String> tenants = new ArrayList<>();

        @Override
        protected List<String> values(Caller caller, String tenantId) {
            tenants.add(tenantId);
            return List.of(tenantId + "-a", tenantId + "-b");
        }
    }

    @Test
    void tenantIdsAreThoseTheSessionUserMaySee() throws Exception {
        TestTenants service = new TestTenants("t1", "t2", "t3");
        TenantIds c = new TenantIds().tenants(service);

        List<String> forTenantAdmin = ConsoleHarness.complete(c, ConsoleHarness.subject("anna", "ikz-tenant-admin", "ikz-tenant.t1"),
                ConsoleHarness.line("ikz:participant-list", "--tenant", "t"));
        List<String> forPlatformAdmin = ConsoleHarness.complete(c, ConsoleHarness.subject("root", "ikz-platform-admin"),
                ConsoleHarness.line("ikz:participant-list", "--tenant", "t"));

        assertThat(forTenantAdmin).containsExactly("t1");
        assertThat(forPlatformAdmin).containsExactlyInAnyOrder("t1", "t2", "t3");
        assertThat(service.askedBy).extracting(Caller::user).containsExactly("anna", "root");
    }

    @Test
    void withoutASessionUserThereAreNoCandidates() throws Exception {
        TestTenants service = new TestTenants("t1", "t2", "t3");

        assertThat(ConsoleHarness.complete(new TenantIds().tenants(service), (Subject) null, ConsoleHarness.line("ikz:tenant-delete", "t")))
                .isEmpty();
        assertThat(service.askedBy).isEmpty();
    }

    @Test
    void aPlatformAdminCompletesIdsInTheTenantNamedOnTheLine() throws Exception {
        Ids ids = new Ids();

        List<String> candidates = ConsoleHarness.complete(ids, ConsoleHarness.subject("root", "ikz-platform-admin"),
                ConsoleHarness.line("m:thing-show", "--tenant", "demo", "demo-"));

        assertThat(candidates).containsExactly("demo-a", "demo-b");
        assertThat(ids.tenants).containsExactly("demo");
        assertThat(ConsoleHarness.complete(ids, ConsoleHarness.subject("root", "ikz-platform-admin"),
                ConsoleHarness.line("m:thing-show", "-t", "x", "x-a"))).containsExactly("x-a");
        assertThat(ConsoleHarness.complete(ids, ConsoleHarness.subject("root", "ikz-platform-admin"),
                ConsoleHarness.line("m:thing-show", "--tenant=y", "y"))).containsExactly("y-a", "y-b");
    }

    @Test
    void aPlatformAdminWithoutTenantGetsNoCandidates() throws Exception {
        Ids ids = new Ids();

        assertThat(ConsoleHarness.complete(ids, ConsoleHarness.subject("root", "ikz-platform-admin"), ConsoleHarness.line("m:thing-show", "")))
                .isEmpty();
        assertThat(ids.tenants).isEmpty();
    }

    @Test
    void aTenantUserCompletesInTheOwnTenantAndNeverInAnother() throws Exception {
        Ids ids = new Ids();
        var anna = ConsoleHarness.subject("anna", "ikz-coordinator", "ikz-tenant.t1");

        assertThat(ConsoleHarness.complete(ids, anna, ConsoleHarness.line("m:thing-show", ""))).containsExactly("t1-a", "t1-b");
        assertThat(ConsoleHarness.complete(ids, anna, ConsoleHarness.line("m:thing-show", "--tenant", "t2", ""))).isEmpty();
        assertThat(ids.tenants).containsExactly("t1");
    }

    @Test
    void theOptionBeingCompletedIsNotReadAsGiven() {
        assertThat(SessionCompleter.option(ConsoleHarness.line("ikz:x", "--tenant"), "--tenant", "-t")).isNull();
        assertThat(SessionCompleter.option(ConsoleHarness.line("ikz:x", "--tenant", "de"), "--tenant", "-t")).isNull();
        assertThat(SessionCompleter.option(ConsoleHarness.line("ikz:x", "--tenant", "demo", "a"), "--tenant", "-t")).isEqualTo("demo");
    }
}
