package de.ikz.kit.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javax.security.auth.Subject;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.testkit.ConsoleHarness;

import org.apache.karaf.shell.api.action.Command;
import org.junit.jupiter.api.Test;

/** The role rule of module commands is the platform's, applied before the command runs. */
class ModuleActionTest {

    static final String NL = System.lineSeparator();

    abstract static class Base extends ModuleAction {
        int runs;

        @Override
        protected String moduleId() {
            return "m";
        }

        @Override
        protected void doExecute(Caller caller) {
            runs++;
            System.out.println("ran in " + tenant(caller));
        }
    }

    @Command(scope = "m", name = "thing-add")
    @Roles("coordinator")
    static final class Add extends Base {
    }

    /** A module that wrongly opens a changing command to auditors. */
    @Command(scope = "m", name = "thing-delete")
    @Roles({"coordinator", "auditor"})
    static final class DeleteOpenToAuditors extends Base {
    }

    @Command(scope = "m", name = "thing-list")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @ReadOnly
    static final class ListThings extends Base {
    }

    @Command(scope = "m", name = "thing-forgotten")
    static final class Forgotten extends Base {
    }

    @Command(scope = "m", name = "demo-load")
    @Roles("platform-admin")
    static final class Demo extends Base {
    }

    /** A command for the module's own role (issue 12). */
    @Command(scope = "m", name = "visit-add")
    @Roles({"coordinator", "professional"})
    static final class VisitAdd extends Base {
    }

    /** A professional of module m: tenant and module role, no platform role (the JAAS roles of her login). */
    static final Subject PROFESSIONAL = ConsoleHarness.subject("hanna", "ikz-tenant.t1", "ikz-module-role.m.professional");

    static Subject coordinator(String module) {
        return ConsoleHarness.subject("anna", "ikz-coordinator", "ikz-tenant.t1", "ikz-module." + module);
    }

    static final Subject AUDITOR = ConsoleHarness.subject("otto", "ikz-auditor", "ikz-tenant.t1");
    static final Subject PARTNER = ConsoleHarness.subject("paula", "ikz-partner-staff", "ikz-tenant.t1", "ikz-participant.ja-1");
    static final Subject PARTNER_WITHOUT_OFFICE = ConsoleHarness.subject("pia", "ikz-partner-staff", "ikz-tenant.t1");
    static final Subject PLATFORM_ADMIN_WITH_COORDINATOR = ConsoleHarness.subject("root", "ikz-platform-admin", "ikz-coordinator",
            "ikz-module.m");

    static boolean ran(Base command, Subject subject) throws Exception {
        ConsoleHarness.Output o = ConsoleHarness.run(command, subject);
        if (command.runs == 0) {
            assertThat(o.out()).isEmpty();
            assertThat(o.err()).startsWith("Error: ");
        }
        return command.runs > 0;
    }

    @Test
    void aCoordinatorOfTheModuleRunsAChangingCommand() throws Exception {
        Add a = new Add();
        ConsoleHarness.Output o = ConsoleHarness.run(a, coordinator("m"));

        assertThat(o.err()).isEmpty();
        assertThat(o.out()).isEqualTo("ran in t1" + NL);
    }

    @Test
    void aCoordinatorOfAnotherModuleIsRefusedNamingTheRoles() throws Exception {
        ConsoleHarness.Output o = ConsoleHarness.run(new Add(), coordinator("other"));

        assertThat(o.err()).isEqualTo("Error: m:thing-add is for coordinator of module m" + NL);
    }

    @Test
    void anAuditorNeverRunsAChangingCommandEvenIfTheModuleOpensItToAuditors() throws Exception {
        assertThat(ran(new DeleteOpenToAuditors(), AUDITOR)).isFalse();
        assertThat(ConsoleHarness.run(new DeleteOpenToAuditors(), AUDITOR).err())
                .isEqualTo("Error: m:thing-delete is for coordinator of module m" + NL);
        assertThat(ran(new DeleteOpenToAuditors(), coordinator("m"))).isTrue();
    }

    @Test
    void aReadOnlyCommandLetsAuditorsAndPartnerStaffRead() throws Exception {
        assertThat(ran(new ListThings(), AUDITOR)).isTrue();
        assertThat(ran(new ListThings(), PARTNER)).isTrue();
        assertThat(ran(new ListThings(), PARTNER_WITHOUT_OFFICE)).isFalse();
    }

    @Test
    void aCommandWithoutRolesIsRefusedToEverybody() throws Exception {
        assertThat(ConsoleHarness.run(new Forgotten(), coordinator("m")).err())
                .isEqualTo("Error: m:thing-forgotten declares no roles (@Roles): refused to everybody" + NL);
        assertThat(ran(new Forgotten(), ConsoleHarness.subject("root", "ikz-platform-admin"))).isFalse();
    }

    @Test
    void aPlatformAdminHoldsNoCaseRoleButRunsWhatIsDeclaredForPlatformAdmins() throws Exception {
        Add add = new Add();
        add.withTenant("t1");
        assertThat(ran(add, PLATFORM_ADMIN_WITH_COORDINATOR)).isFalse();
        Demo demo = new Demo();
        demo.withTenant("demo");
        assertThat(ran(demo, ConsoleHarness.subject("root", "ikz-platform-admin"))).isTrue();
        assertThat(ran(new Demo(), coordinator("m"))).isFalse();
    }

    @Test
    void rolesAreCheckedBeforeTheTenant() throws Exception {
        Add a = new Add();
        a.withTenant("t2");

        assertThat(ConsoleHarness.run(a, AUDITOR).err()).isEqualTo("Error: m:thing-add is for coordinator of module m" + NL);
        assertThat(ConsoleHarness.run(new Add().withTenant("t2"), coordinator("m")).err())
                .isEqualTo("Error: tenant 't2' not found" + NL);
    }

    @Test
    void aUserWithOnlyAModuleRoleRunsItsCommandsAndNoCoordinatorOne() throws Exception {
        assertThat(ran(new VisitAdd(), PROFESSIONAL)).isTrue();
        assertThat(ConsoleHarness.run(new Add(), PROFESSIONAL).err()).isEqualTo("Error: m:thing-add is for coordinator of module m" + NL);
        // the module role of another module, and a platform admin whose account carries it, do not count
        assertThat(ran(new VisitAdd(), ConsoleHarness.subject("hanna", "ikz-tenant.t1", "ikz-module-role.other.professional"))).isFalse();
        VisitAdd asAdmin = new VisitAdd();
        asAdmin.withTenant("t1");
        assertThat(ran(asAdmin, ConsoleHarness.subject("root", "ikz-platform-admin", "ikz-module-role.m.professional"))).isFalse();
    }
}
