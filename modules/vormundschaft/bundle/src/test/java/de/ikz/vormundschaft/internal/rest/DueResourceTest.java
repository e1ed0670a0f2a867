package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import de.ikz.testkit.Refusals;

import org.junit.jupiter.api.Test;

class DueResourceTest {

    private final FakeOffice office = new FakeOffice();
    private final DueResource resource = new DueResource(office);

    @Test
    void absentDaysAreLeftToTheService() {
        assertThat(resource.due(Callers.coordinator(), null, null)).isSameAs(office.dues);
        resource.due(Callers.platformAdmin(), "7", "kreis-b");
        assertThat(office.calls).extracting(c -> c.arg(0)).containsExactly(null, 7);
        assertThat(office.calls).extracting(FakeOffice.Call::tenantId).containsExactly(Callers.TENANT, "kreis-b");
    }

    @Test
    void daysOutsideZeroTo366AreRefused() {
        Refusals.invalid("days", () -> resource.due(Callers.coordinator(), "367", null));
        Refusals.invalid("days", () -> resource.due(Callers.coordinator(), "-1", null));
        Refusals.invalid("days", () -> resource.due(Callers.coordinator(), "soon", null));
        assertThat(office.calls).isEmpty();
    }
}
