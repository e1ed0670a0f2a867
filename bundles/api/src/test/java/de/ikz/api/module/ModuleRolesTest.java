package de.ikz.api.module;

import static org.assertj.core.api.Assertions.assertThat;

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
}
