package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllowanceClaimsResourceTest {

    private final FakeOffice office = new FakeOffice();
    private final AllowanceClaimsResource resource = new AllowanceClaimsResource(office);

    @Test
    void claimsOfOneVolunteerOrAll() {
        assertThat(resource.claims(Callers.coordinator(), "v-7", null)).containsExactly(office.claim);
        resource.claims(Callers.platformAdmin(), null, "kreis-b");
        assertThat(office.calls).extracting(FakeOffice.Call::method).containsOnly("claims");
        assertThat(office.calls.get(0).tenantId()).isEqualTo(Callers.TENANT);
        assertThat(office.calls.get(0).args()).containsExactly("v-7");
        assertThat(office.calls.get(1).tenantId()).isEqualTo("kreis-b");
        assertThat(office.calls.get(1).args()).containsExactly((Object) null);
    }
}
