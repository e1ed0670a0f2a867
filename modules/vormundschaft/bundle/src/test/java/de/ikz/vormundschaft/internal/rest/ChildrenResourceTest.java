package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.core.Response;

import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestRuntime;
import de.ikz.vormundschaft.internal.service.Cases.AppointmentInput;
import de.ikz.vormundschaft.internal.service.Cases.ChildIdentity;
import de.ikz.vormundschaft.internal.service.Cases.ChildInput;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChildrenResourceTest {

    private static final LocalDate ON = LocalDate.of(2026, 2, 3);

    private final FakeOffice office = new FakeOffice();
    private final ChildrenResource resource = new ChildrenResource(office);

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @Test
    void creationAnswers201WithThePseudonymInTheLocation() {
        ChildInput in = new ChildInput("6-11", "school", List.of("ar"), "Nordstadt", true, "FOSTER_FAMILY",
                new ChildIdentity("Amira", "Muster", LocalDate.of(2017, 5, 1)));
        Response r = resource.createChild(Callers.coordinator(), null, in);
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getLocation()).isEqualTo(URI.create("modules/vormundschaft/children/K-4F2A"));
        assertThat(r.getEntity()).isSameAs(office.child);
        assertThat(office.only().tenantId()).isEqualTo(Callers.TENANT);
        assertThat(office.only().args()).containsExactly(in);
    }

    @Test
    void readsNameTheChildInTheNamedTenant() {
        assertThat(resource.children(Callers.platformAdmin(), "kreis-b")).containsExactly(office.child);
        assertThat(resource.child(Callers.platformAdmin(), "K-4F2A", "kreis-b")).isSameAs(office.child);
        assertThat(resource.suggestions(Callers.platformAdmin(), "K-4F2A", "kreis-b")).isSameAs(office.suggestions);
        assertThat(resource.proposals(Callers.platformAdmin(), "K-4F2A", "kreis-b")).containsExactly(office.proposal);
        assertThat(office.calls).extracting(FakeOffice.Call::method)
                .containsExactly("children", "child", "suggestions", "proposals");
        assertThat(office.calls).allSatisfy(c -> assertThat(c.tenantId()).isEqualTo("kreis-b"));
        assertThat(office.calls.subList(1, 4)).allSatisfy(c -> assertThat(c.args()).containsExactly("K-4F2A"));
    }

    @Test
    void theCaseStepsPassTheirBodies() {
        resource.match(Callers.coordinator(), "K-4F2A", null, new ChildrenResource.MatchRequest("v-7", ON));
        resource.propose(Callers.coordinator(), "K-4F2A", null,
                new ChildrenResource.CourtProposal("AG Nordstadt", "speaks the child's language", ON));
        assertThat(resource.withdraw(Callers.coordinator(), "K-4F2A", null,
                new ChildrenResource.Withdrawal("court chose a relative", null))).isSameAs(office.proposal);
        assertThat(office.calls).extracting(FakeOffice.Call::method).containsExactly("match", "propose", "withdraw");
        assertThat(office.calls.get(0).args()).containsExactly("K-4F2A", "v-7", ON);
        assertThat(office.calls.get(1).args()).containsExactly("K-4F2A", "AG Nordstadt", "speaks the child's language", ON);
        assertThat(office.calls.get(2).args()).containsExactly("K-4F2A", "court chose a relative", null);
    }

    @Test
    void theAppointmentAnswers201WithItsLocationUnderAppointments() {
        AppointmentInput in = new AppointmentInput("AG Nordstadt", "F 12/26", LocalDate.of(2026, 2, 10), "GUARDIANSHIP",
                List.of(), null, List.of());
        Response r = resource.appoint(Callers.coordinator(), "K-4F2A", null, in);
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getLocation()).isEqualTo(URI.create("modules/vormundschaft/appointments/a-5"));
        assertThat(r.getEntity()).isSameAs(office.appointment);
        assertThat(office.only().method()).isEqualTo("appoint");
        assertThat(office.only().args()).containsExactly("K-4F2A", in);
    }

    @Test
    void aMissingBodyIsRefused() {
        Refusals.invalid(null, () -> resource.createChild(Callers.coordinator(), null, null));
        Refusals.invalid(null, () -> resource.match(Callers.coordinator(), "K-4F2A", null, null));
        Refusals.invalid(null, () -> resource.propose(Callers.coordinator(), "K-4F2A", null, null));
        Refusals.invalid(null, () -> resource.withdraw(Callers.coordinator(), "K-4F2A", null, null));
        Refusals.invalid(null, () -> resource.appoint(Callers.coordinator(), "K-4F2A", null, null));
        assertThat(office.calls).isEmpty();
    }
}
