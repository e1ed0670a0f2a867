package de.ikz.api.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

import org.junit.jupiter.api.Test;

class ModuleRolesTest {

    private static Caller caller(Set<PlatformRole> roles, Optional<String> participant, Set<String> modules) {
        return new Caller("u", roles, Optional.of("t"), participant, modules, "test");
    }

    @Test
    void coordinatorHoldsTheRoleOnlyInItsOwnModules() {
        Caller c = caller(Set.of(PlatformRole.COORDINATOR), Optional.empty(), Set.of("vormundschaft"));
        assertThat(ModuleRoles.holds(c, "vormundschaft", "coordinator")).isTrue();
        assertThat(ModuleRoles.holds(c, "fruehe-hilfen", "coordinator")).isFalse();
        assertThat(ModuleRoles.holds(c, "vormundschaft", "auditor")).isFalse();
    }

    @Test
    void partnerStaffNeedsAParticipant() {
        assertThat(ModuleRoles.holds(caller(Set.of(PlatformRole.PARTNER_STAFF), Optional.of("ja-x"), Set.of()), "m",
                "partner-staff")).isTrue();
        assertThat(ModuleRoles.holds(caller(Set.of(PlatformRole.PARTNER_STAFF), Optional.empty(), Set.of()), "m",
                "partner-staff")).isFalse();
    }

    @Test
    void aPlatformAdminHoldsOnlyThePlatformAdminRole() {
        Caller admin = new Caller("root", Set.of(PlatformRole.PLATFORM_ADMIN, PlatformRole.COORDINATOR, PlatformRole.AUDITOR),
                Optional.empty(), Optional.empty(), Set.of("m"), "console");
        assertThat(ModuleRoles.holds(admin, "m", "platform-admin")).isTrue();
        assertThat(ModuleRoles.holds(admin, "m", "coordinator")).isFalse();
        assertThat(ModuleRoles.holds(admin, "m", "auditor")).isFalse();
    }

    @Test
    void theAuditorNeverPassesAChangingOperation() {
        Caller auditor = caller(Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of());
        assertThat(ModuleRoles.permits(auditor, "m", false, "coordinator", "auditor")).isTrue();
        assertThat(ModuleRoles.permits(auditor, "m", true, "coordinator", "auditor")).isFalse();
    }

    @Test
    void unknownRoleIdsAreHeldByNobody() {
        Caller all = caller(Set.of(PlatformRole.values()), Optional.of("p"), Set.of("m"));
        assertThat(ModuleRoles.holds(all, "m", "midwife")).isFalse();
        assertThat(ModuleRoles.known("midwife")).isFalse();
        assertThat(ModuleRoles.known("coordinator")).isTrue();
        assertThat(ModuleRoles.known("ikz-coordinator")).isFalse();
    }

    private static Caller professional(Optional<String> tenant, Set<PlatformRole> roles, String... moduleRoles) {
        return new Caller("hanna", roles, tenant, Optional.empty(), Set.of(), "test", Set.of(moduleRoles));
    }

    @Test
    void aModuleRoleIsHeldInItsModuleByACallerWithATenantWhoCarriesIt() {
        Caller c = professional(Optional.of("t"), Set.of(), "fruehehilfen.professional");
        assertThat(ModuleRoles.holds(c, "fruehehilfen", "professional")).isTrue();
        assertThat(ModuleRoles.permits(c, "fruehehilfen", true, "coordinator", "professional")).isTrue();
        // not in another module, not another role, and no platform role comes with it
        assertThat(ModuleRoles.holds(c, "vormundschaft", "professional")).isFalse();
        assertThat(ModuleRoles.holds(c, "fruehehilfen", "midwife")).isFalse();
        assertThat(ModuleRoles.permits(c, "fruehehilfen", false, "coordinator", "auditor", "partner-staff")).isFalse();
    }

    @Test
    void aModuleRoleIsNotHeldWithoutItsJaasRoleOrWithoutATenant() {
        Caller coordinator = caller(Set.of(PlatformRole.COORDINATOR), Optional.empty(), Set.of("fruehehilfen"));
        assertThat(ModuleRoles.holds(coordinator, "fruehehilfen", "professional")).isFalse();
        assertThat(ModuleRoles.holds(professional(Optional.empty(), Set.of(), "fruehehilfen.professional"),
                "fruehehilfen", "professional")).isFalse();
    }

    @Test
    void aPlatformAdminNeverHoldsAModuleRoleEvenIfTheAccountCarriesIt() {
        Caller admin = professional(Optional.of("t"), Set.of(PlatformRole.PLATFORM_ADMIN), "fruehehilfen.professional");
        assertThat(ModuleRoles.holds(admin, "fruehehilfen", "professional")).isFalse();
        assertThat(ModuleRoles.permits(admin, "fruehehilfen", false, "professional")).isFalse();
    }

    @Test
    void theAuditorStaysReadOnlyBesideAModuleRole() {
        Caller auditor = caller(Set.of(PlatformRole.AUDITOR), Optional.empty(), Set.of());
        assertThat(ModuleRoles.permits(auditor, "fruehehilfen", false, "professional", "auditor")).isTrue();
        assertThat(ModuleRoles.permits(auditor, "fruehehilfen", true, "professional", "auditor")).isFalse();
    }

    @Test
    void findingsAcceptAModuleRoleOnlyWhereTheModuleDeclaresIt() {
        List<String> declared = List.of("coordinator", "professional", "auditor");
        assertThat(ModuleRoles.findings(List.of("professional", "coordinator"), declared)).isEmpty();
        assertThat(ModuleRoles.known("professional", declared)).isTrue();
        assertThat(ModuleRoles.findings(List.of("midwife"), declared))
                .containsExactly("role 'midwife' is not declared in the module's roles()");
        // a core area (declared null) counts only platform roles
        assertThat(ModuleRoles.findings(List.of("professional", "auditor"), null))
                .containsExactly("role 'professional' is not a role the platform knows");
        assertThat(ModuleRoles.known("professional", null)).isFalse();
        assertThat(ModuleRoles.known("auditor", null)).isTrue();
        // not of the form of a role id: never valid, declared or not
        assertThat(ModuleRoles.findings(List.of("Pro.fessional"), List.of("Pro.fessional")))
                .containsExactly("role 'Pro.fessional' is not a role the platform knows");
        assertThat(ModuleRoles.moduleSpecific("professional")).isTrue();
        assertThat(ModuleRoles.moduleSpecific("coordinator")).isFalse();
        assertThat(ModuleRoles.moduleSpecific("ikz-module-role.x.y")).isFalse();
    }
}
