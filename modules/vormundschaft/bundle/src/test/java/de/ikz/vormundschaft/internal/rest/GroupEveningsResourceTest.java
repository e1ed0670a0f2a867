package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.core.Response;

import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestRuntime;
import de.ikz.vormundschaft.internal.service.Appointments.EveningInput;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GroupEveningsResourceTest {

    private final FakeOffice office = new FakeOffice();
    private final GroupEveningsResource resource = new GroupEveningsResource(office);

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @Test
    void eveningsOfTheCallersTenant() {
        assertThat(resource.evenings(Callers.coordinator(), null)).containsExactly(office.evening);
        assertThat(office.only().method()).isEqualTo("evenings");
        assertThat(office.only().tenantId()).isEqualTo(Callers.TENANT);
    }

    @Test
    void aNewEveningAnswers201() {
        EveningInput in = new EveningInput(LocalDate.of(2026, 2, 18), "school", List.of("v-7"));
        Response r = resource.addEvening(Callers.coordinator(), null, in);
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getLocation()).isEqualTo(URI.create("modules/vormundschaft/group-evenings"));
        assertThat(r.getEntity()).isSameAs(office.evening);
        assertThat(office.only().args()).containsExactly(in);
        Refusals.invalid(null, () -> resource.addEvening(Callers.coordinator(), null, null));
        assertThat(office.calls).hasSize(1);
    }
}
