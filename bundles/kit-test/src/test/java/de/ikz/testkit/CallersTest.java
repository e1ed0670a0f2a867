package de.ikz.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import javax.ws.rs.core.SecurityContext;

import de.ikz.api.error.IkzException;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.kit.rest.Params;

import org.junit.jupiter.api.Test;

class CallersTest {

    @Test
    void aResourceFindsTheCallerInTheContext() {
        Caller c = Callers.coordinator(Callers.TENANT, "vormundschaft");
        SecurityContext sc = Callers.context(c);
        assertThat(CallerPrincipal.caller(sc)).isEqualTo(c);
        assertThat(sc.isUserInRole(PlatformRole.COORDINATOR.jaasRole())).isTrue();
        assertThat(sc.isUserInRole(PlatformRole.AUDITOR.jaasRole())).isFalse();
        assertThat(sc.getAuthenticationScheme()).isEqualTo(SecurityContext.BASIC_AUTH);
    }

    @Test
    void everyRoleHasItsCaller() {
        assertThat(Callers.platformAdmin().isPlatformAdmin()).isTrue();
        assertThat(Callers.platformAdmin().tenantId()).isEmpty();
        assertThat(Callers.tenantAdmin("t").has(PlatformRole.TENANT_ADMIN)).isTrue();
        assertThat(Callers.partnerStaff("t", "p1", "m").participantId()).contains("p1");
        assertThat(Callers.auditor("t").roles()).containsExactly(PlatformRole.AUDITOR);
        assertThat(Callers.coordinator("t", "m").modules()).containsExactly("m");
        assertThat(Callers.of("x", java.util.Set.of(PlatformRole.AUDITOR, PlatformRole.PARTNER_STAFF), "t", null,
                java.util.Set.of()).roles()).hasSize(2);
    }

    @Test
    void aResourceReadsCallerAndTenantThroughTheKit() {
        Caller c = Callers.coordinator("t1", "m");
        assertThat(Params.caller(Callers.context(c))).isEqualTo(c);
        assertThat(Params.tenant(Callers.context(c), null)).isEqualTo("t1");
        assertThat(Params.tenant(Callers.context(Callers.platformAdmin()), "t2")).isEqualTo("t2");
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> Params.tenant(Callers.context(c), "t2"));
        Refusals.invalid("tenant", () -> Params.tenant(Callers.context(Callers.platformAdmin()), " "));
        Refusals.refused(IkzException.Kind.UNAUTHENTICATED, null, () -> Params.caller(null));
    }

    @Test
    void aPlatformAdminNamesTheTenantOthersCannotLeaveTheirs() {
        assertThat(Callers.platformAdmin().tenantFor("t2")).isEqualTo("t2");
        assertThat(Callers.tenantAdmin("t1").tenantFor(null)).isEqualTo("t1");
        String detail = Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> Callers.auditor("t1").tenantFor("t2"));
        assertThat(detail).contains("t2");
        Refusals.invalid("tenant", () -> Callers.platformAdmin().tenantFor(null));
    }

    @Test
    void aCallerWithModuleRolesOnly() {
        Caller c = Callers.moduleRole("t", "hanna", "fruehehilfen", "professional");
        assertThat(c.roles()).isEmpty();
        assertThat(c.tenantId()).contains("t");
        assertThat(c.moduleRoles()).containsExactly("fruehehilfen.professional");
        assertThat(Callers.context(c).isUserInRole("ikz-module-role.fruehehilfen.professional")).isTrue();
        assertThat(ConsoleHarness.subject(c).getPrincipals()).extracting(java.security.Principal::getName)
                .contains("ikz-module-role.fruehehilfen.professional", "ikz-tenant.t");
        Caller both = Callers.withModuleRoles(Callers.coordinator("t", "fruehehilfen"), "fruehehilfen.professional");
        assertThat(both.roles()).containsExactly(PlatformRole.COORDINATOR);
        assertThat(both.hasModuleRole("fruehehilfen", "professional")).isTrue();
    }
}
