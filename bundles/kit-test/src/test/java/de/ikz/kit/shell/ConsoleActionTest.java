package de.ikz.kit.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import javax.security.auth.Subject;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.testkit.ConsoleHarness;

import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.Test;

/** The base of every command: caller from the session's subject, tenant resolution, refusals printed. */
class ConsoleActionTest {

    static final String NL = System.lineSeparator();

    /** Records the caller and tenant, then throws what the test set. */
    static final class Probe extends TenantAction {
        final List<Caller> callers = new ArrayList<>();
        final List<String> tenants = new ArrayList<>();
        RuntimeException refusal;

        @Override
        protected void doExecute(Caller caller) {
            callers.add(caller);
            tenants.add(tenant(caller));
            if (refusal != null) {
                throw refusal;
            }
            System.out.println("done");
        }
    }

    static Probe probe(RuntimeException refusal) {
        Probe p = new Probe();
        p.refusal = refusal;
        return p;
    }

    @Test
    void callerIsBuiltFromTheSessionSubject() throws Exception {
        Probe p = probe(null);

        ConsoleHarness.Output o = ConsoleHarness.run(p, ConsoleHarness.subject("anna", "ikz-coordinator", "ikz-tenant.t1", "ikz-module.m"));

        assertThat(o.out()).isEqualTo("done" + NL);
        assertThat(p.callers).singleElement().satisfies(c -> {
            assertThat(c.user()).isEqualTo("anna");
            assertThat(c.roles()).containsExactly(PlatformRole.COORDINATOR);
            assertThat(c.modules()).containsExactly("m");
            assertThat(c.address()).isEqualTo("console");
        });
        assertThat(p.tenants).containsExactly("t1");
    }

    @Test
    void refusalWithFieldIsPrintedAsErrorInField() throws Exception {
        ConsoleHarness.Output o = ConsoleHarness.run(probe(IkzException.invalid("--on", "'x' is not a date")),
                ConsoleHarness.subject("anna", "ikz-tenant-admin", "ikz-tenant.t1"));

        assertThat(o.err()).isEqualTo("Error in --on: 'x' is not a date" + NL);
        assertThat(o.out()).isEmpty();
    }

    @Test
    void aRefusalEndsTheCommandWithKarafsCommandExceptionWhoseTextIsTheErrorLine() throws Exception {
        // Karaf's console prints a CommandException's nice help as it is; over ssh (bin/client -b in a cron job) the
        // command exits with status 1. Printed to System.err and returning normally, a refusal exited with 0 there.
        Probe p = probe(IkzException.conflict("folder", "the folder is not empty: nacht-1"));
        p.userService(new ConsoleHarness.JaasUsers());
        Subject anna = ConsoleHarness.subject("anna", "ikz-tenant-admin", "ikz-tenant.t1");

        assertThatThrownBy(() -> Subject.doAs(anna, (java.security.PrivilegedExceptionAction<Object>) p::execute))
                .cause().isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.getNiceHelp()).isEqualTo("Error in folder: the folder is not empty: nacht-1");
                    assertThat(e.getCause()).isInstanceOf(IkzException.class);
                });
        ConsoleHarness.Output o = ConsoleHarness.run(probe(IkzException.invalid("--on", "'x' is not a date")), anna);
        assertThat(o.refused()).isTrue();
        assertThat(ConsoleHarness.run(probe(null), anna).refused()).isFalse();
    }

    @Test
    void refusalWithoutFieldIsPrintedAsPlainError() throws Exception {
        ConsoleHarness.Output o = ConsoleHarness.run(probe(IkzException.forbidden("only a tenant admin")),
                ConsoleHarness.subject("anna", "ikz-tenant-admin", "ikz-tenant.t1"));

        assertThat(o.err()).isEqualTo("Error: only a tenant admin" + NL);
    }

    @Test
    void aRealmManagedElsewhereAndABadArgumentArePrintedAsErrors() throws Exception {
        assertThat(ConsoleHarness.run(probe(new UnsupportedOperationException("users are managed in LDAP")),
                ConsoleHarness.subject("root", "ikz-platform-admin")).err()).isEqualTo("Error in tenant: "
                        + "a platform admin names the tenant (parameter 'tenant')" + NL);
        Probe p = probe(new UnsupportedOperationException("users are managed in LDAP"));
        p.withTenant("t1");
        assertThat(ConsoleHarness.run(p, ConsoleHarness.subject("root", "ikz-platform-admin")).err())
                .isEqualTo("Error: users are managed in LDAP" + NL);
        Probe q = probe(new IllegalArgumentException("no such kind"));
        assertThat(ConsoleHarness.run(q, ConsoleHarness.subject("anna", "ikz-tenant-admin", "ikz-tenant.t1")).err())
                .isEqualTo("Error: no such kind" + NL);
    }

    @Test
    void otherExceptionsAreNotSwallowed() {
        assertThatThrownBy(() -> ConsoleHarness.run(probe(new IllegalStateException("bug")),
                ConsoleHarness.subject("anna", "ikz-tenant-admin", "ikz-tenant.t1")))
                .isInstanceOf(IllegalStateException.class).hasMessage("bug");
    }

    @Test
    void withoutSubjectNothingRuns() throws Exception {
        Probe p = probe(null);

        ConsoleHarness.Output o = ConsoleHarness.run(p, (Subject) null);

        assertThat(o.err()).isEqualTo("Error: no authenticated console user" + NL);
        assertThat(p.callers).isEmpty();
    }

    @Test
    void platformAdminNamesTheTenant() throws Exception {
        Probe p = probe(null);
        p.withTenant("demo");

        ConsoleHarness.Output o = ConsoleHarness.run(p, ConsoleHarness.subject("root", "ikz-platform-admin"));

        assertThat(o.err()).isEmpty();
        assertThat(p.tenants).containsExactly("demo");
    }

    @Test
    void anotherTenantThanTheOwnIsNotFound() throws Exception {
        Probe p = probe(null);
        p.withTenant("t2");

        ConsoleHarness.Output o = ConsoleHarness.run(p, ConsoleHarness.subject("anna", "ikz-tenant-admin", "ikz-tenant.t1"));

        assertThat(o.err()).isEqualTo("Error: tenant 't2' not found" + NL);
        assertThat(o.out()).isEmpty();
    }
}
