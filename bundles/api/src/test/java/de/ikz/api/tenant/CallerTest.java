package de.ikz.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void moduleRolesComeFromTheirJaasRolesAndNothingElse() {
        Caller c = Caller.fromJaasRoles("hanna", List.of("ikz-tenant.kreis-hs", "ikz-module-role.fruehehilfen.professional",
                "ikz-module.vormundschaft", "ssh", "ikz-module-role.broken", "ikz-module-role..x", "ikz-module-role.x."), "127.0.0.1");
        assertThat(c.moduleRoles()).containsExactly("fruehehilfen.professional");
        assertThat(c.hasModuleRole("fruehehilfen", "professional")).isTrue();
        assertThat(c.hasModuleRole("fruehehilfen", "coordinator")).isFalse();
        assertThat(c.hasModuleRole("vormundschaft", "professional")).isFalse();
        assertThat(c.roles()).isEmpty();
        assertThat(c.tenantId()).contains("kreis-hs");
        assertThat(c.modules()).containsExactly("vormundschaft");
        assertThat(c.address()).isEqualTo("127.0.0.1");
    }

    @Test
    void jaasRolesAreTheInverseOfTheParsing() {
        Caller c = new Caller("paul", Set.of(PlatformRole.PARTNER_STAFF), Optional.of("t"), Optional.of("ja-a"),
                Set.of("fruehehilfen"), "x", Set.of("fruehehilfen.professional"));
        assertThat(c.jaasRoles()).containsExactly("ikz-partner-staff", "ikz-tenant.t", "ikz-participant.ja-a",
                "ikz-module.fruehehilfen", "ikz-module-role.fruehehilfen.professional");
        assertThat(Caller.fromJaasRoles("paul", c.jaasRoles(), "x")).isEqualTo(c);
    }

    @Test
    void theOldConstructorGivesNoModuleRolesAndAnotherAddressKeepsThem() {
        Caller old = new Caller("carla", Set.of(PlatformRole.COORDINATOR), Optional.of("t"), Optional.empty(), Set.of("m"), "a");
        assertThat(old.moduleRoles()).isEmpty();
        Caller c = new Caller("hanna", Set.of(), Optional.of("t"), Optional.empty(), Set.of(), "a", Set.of("m.professional"));
        assertThat(c.withAddress("b").moduleRoles()).containsExactly("m.professional");
        assertThat(c.withAddress("b").address()).isEqualTo("b");
        assertThat(PlatformRole.moduleRoleOf("ikz-module-role.m.professional")).contains("m.professional");
        assertThat(PlatformRole.moduleRoleJaasRole("m.professional")).isEqualTo("ikz-module-role.m.professional");
        assertThat(PlatformRole.fromJaasRole("ikz-module-role.m.professional")).isEmpty();
    }
}
