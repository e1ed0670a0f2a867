package de.ikz.vormundschaft.internal.service;

import de.ikz.vormundschaft.internal.VormundschaftModule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

import org.junit.jupiter.api.Test;

/** Issue 8: the hosting provider's platform admin reads no case data, whatever else an account carries. */
class AccessTest {

    static Caller caller(Set<PlatformRole> roles, String tenant, String participant) {
        return new Caller("u", roles, Optional.ofNullable(tenant), Optional.ofNullable(participant), Set.of(VormundschaftModule.ID),
                "test");
    }

    @Test
    void aPlatformAdminIsNeverCoordinatorPartnerStaffOrAuditor() {
        Caller mixed = caller(Set.of(PlatformRole.PLATFORM_ADMIN, PlatformRole.COORDINATOR, PlatformRole.PARTNER_STAFF,
                PlatformRole.AUDITOR), "t1", "ja-a");
        assertThat(Access.coordinator(mixed)).isFalse();
        assertThat(Access.auditor(mixed)).isFalse();
        assertThat(Access.partnerOffice(mixed)).isEmpty();
        assertThat(Access.sees(mixed, "ja-a")).isFalse();
        for (Runnable r : new Runnable[] {() -> Access.requireMember(mixed, "t1"), () -> Access.requireOfficeReader(mixed, "t1"),
            () -> Access.requireCoordinator(mixed, "t1"), () -> Access.requirePartner(mixed, "t1")}) {
            assertThatThrownBy(r::run).isInstanceOfSatisfying(IkzException.class,
                    e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.FORBIDDEN));
        }
    }

    @Test
    void theModuleRolesStillWorkForTheirHolders() {
        assertThat(Access.coordinator(caller(Set.of(PlatformRole.COORDINATOR), "t1", null))).isTrue();
        assertThat(Access.staffOf(caller(Set.of(PlatformRole.PARTNER_STAFF), "t1", "ja-a"), "ja-a")).isTrue();
        assertThat(Access.auditor(caller(Set.of(PlatformRole.AUDITOR), "t1", null))).isTrue();
    }
}
