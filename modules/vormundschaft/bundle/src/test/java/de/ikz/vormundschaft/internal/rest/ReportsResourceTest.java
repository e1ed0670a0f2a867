package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import de.ikz.testkit.Refusals;

import org.junit.jupiter.api.Test;

class ReportsResourceTest {

    private final FakeOffice office = new FakeOffice();
    private final ReportsResource resource = new ReportsResource(office);

    /** The service applies the default period (Reports.Period.of); REST passes on what was given. */
    @Test
    void anAbsentPeriodIsLeftToTheService() {
        assertThat(resource.officeReport(Callers.coordinator(), null, null, null)).isSameAs(office.officeReports);
        assertThat(resource.funnel(Callers.coordinator(), null, null, null)).isSameAs(office.funnelMonths);
        assertThat(office.calls).extracting(FakeOffice.Call::method).containsExactly("officeReport", "funnel");
        assertThat(office.calls).allSatisfy(c -> {
            assertThat(c.tenantId()).isEqualTo(Callers.TENANT);
            assertThat(c.args()).containsExactly(null, null);
        });
    }

    @Test
    void aGivenPeriodIsPassedOn() {
        resource.officeReport(Callers.platformAdmin(), "2025-01-01", "2025-12-31", "kreis-b");
        resource.funnel(Callers.platformAdmin(), "2025-07-01", null, "kreis-b");
        assertThat(office.calls.get(0).tenantId()).isEqualTo("kreis-b");
        assertThat(office.calls.get(0).args()).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(office.calls.get(1).args()).containsExactly(LocalDate.of(2025, 7, 1), null);
    }

    @Test
    void badDatesNameTheirParameter() {
        Refusals.invalid("from", () -> resource.officeReport(Callers.coordinator(), "01.01.2026", null, null));
        Refusals.invalid("to", () -> resource.funnel(Callers.coordinator(), null, "2026-13-01", null));
        assertThat(office.calls).isEmpty();
    }
}
