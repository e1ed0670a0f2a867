package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;

import javax.ws.rs.core.Response;

import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestRuntime;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AppointmentsResourceTest {

    private final FakeOffice office = new FakeOffice();
    private final AppointmentsResource resource = new AppointmentsResource(office);

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @Test
    void activeIsOptional() {
        assertThat(resource.appointments(Callers.coordinator(), "true", null)).containsExactly(office.appointment);
        resource.appointments(Callers.coordinator(), null, null);
        assertThat(office.calls).extracting(c -> c.arg(0)).containsExactly(Boolean.TRUE, null);
        assertThat(office.calls).allSatisfy(c -> assertThat(c.tenantId()).isEqualTo(Callers.TENANT));
        Refusals.invalid("active", () -> resource.appointments(Callers.coordinator(), "sometimes", null));
        assertThat(office.calls).hasSize(2);
    }

    @Test
    void oneAppointmentInTheNamedTenant() {
        assertThat(resource.appointment(Callers.platformAdmin(), "a-5", "kreis-b")).isSameAs(office.appointment);
        assertThat(office.only().tenantId()).isEqualTo("kreis-b");
        assertThat(office.only().args()).containsExactly("a-5");
    }

    @Test
    void theEndParsesTheNextStage() {
        LocalDate on = LocalDate.of(2026, 6, 1);
        resource.endAppointment(Callers.coordinator(), "a-5", null, new AppointmentsResource.Ending(on, "majority", "RESTING"));
        resource.endAppointment(Callers.coordinator(), "a-5", null, new AppointmentsResource.Ending(on, "lifted", null));
        assertThat(office.calls.get(0).args()).containsExactly("a-5", on, "majority", VolunteerStage.RESTING);
        assertThat(office.calls.get(1).args()).containsExactly("a-5", on, "lifted", null);
        assertThat(Refusals.invalid("next", () -> resource.endAppointment(Callers.coordinator(), "a-5", null,
                new AppointmentsResource.Ending(on, "x", "APPOINTED")))).contains("one of POOL, RESTING, LEFT");
        assertThat(office.calls).hasSize(2);
    }

    @Test
    void theYearlyReportIsRecorded() {
        LocalDate received = LocalDate.of(2026, 3, 2);
        assertThat(resource.recordReport(Callers.coordinator(), "a-5", null,
                new AppointmentsResource.ReportReceipt(2026, received))).isSameAs(office.appointment);
        assertThat(office.only().method()).isEqualTo("recordReport");
        assertThat(office.only().args()).containsExactly("a-5", 2026, received);
    }

    @Test
    void anAllowanceClaimAnswers201WithTheVolunteersClaimsAsLocation() {
        LocalDate claimed = LocalDate.of(2026, 1, 15);
        Response r = resource.claimAllowance(Callers.coordinator(), "a-5", null,
                new AppointmentsResource.AllowanceRequest(2025, claimed));
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getLocation()).isEqualTo(URI.create("modules/vormundschaft/allowance-claims?volunteer=v-7"));
        assertThat(r.getEntity()).isSameAs(office.claim);
        assertThat(office.only().method()).isEqualTo("claimAllowance");
        assertThat(office.only().tenantId()).isEqualTo(Callers.TENANT);
        assertThat(office.only().args()).containsExactly("a-5", 2025, claimed);
    }

    @Test
    void aMissingBodyIsRefused() {
        Refusals.invalid(null, () -> resource.endAppointment(Callers.coordinator(), "a-5", null, null));
        Refusals.invalid(null, () -> resource.recordReport(Callers.coordinator(), "a-5", null, null));
        Refusals.invalid(null, () -> resource.claimAllowance(Callers.coordinator(), "a-5", null, null));
        assertThat(office.calls).isEmpty();
    }
}
