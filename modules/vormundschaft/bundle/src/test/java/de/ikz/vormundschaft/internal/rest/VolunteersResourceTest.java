package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.core.Response;

import de.ikz.api.error.IkzException;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestRuntime;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Volunteers.VolunteerInput;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VolunteersResourceTest {

    private final FakeOffice office = new FakeOffice();
    private final VolunteersResource resource = new VolunteersResource(office);

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @Test
    void listsByStageInTheCallersTenant() {
        assertThat(resource.volunteers(Callers.coordinator(), "POOL", null)).containsExactly(office.volunteer);
        FakeOffice.Call call = office.only();
        assertThat(call.method()).isEqualTo("volunteers");
        assertThat(call.caller()).isEqualTo(Callers.COORDINATOR);
        assertThat(call.tenantId()).isEqualTo(Callers.TENANT);
        assertThat(call.arg(0)).isEqualTo(VolunteerStage.POOL);
    }

    @Test
    void withoutAStageAllAreListedAndAPlatformAdminNamesTheTenant() {
        resource.volunteers(Callers.platformAdmin(), null, "kreis-b");
        assertThat(office.only().tenantId()).isEqualTo("kreis-b");
        assertThat(office.only().arg(0)).isNull();
    }

    @Test
    void aCoordinatorCannotReachAnotherTenant() {
        assertThatThrownBy(() -> resource.volunteers(Callers.coordinator(), null, "kreis-b"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
        assertThat(office.calls).isEmpty();
    }

    @Test
    void anUnknownStageIsRefusedBeforeTheService() {
        Refusals.invalid("stage", () -> resource.volunteers(Callers.coordinator(), "HOLIDAY", null));
        assertThat(office.calls).isEmpty();
    }

    @Test
    void creationAnswers201WithLocationAndPassesTheInput() {
        VolunteerInput in = new VolunteerInput("Vera Beispiel", "DISTRICT", "jugendamt-nord", null, List.of("de"), "6-11",
                true, "Nordstadt", "DISTRICT", 2, null);
        Response r = resource.createVolunteer(Callers.coordinator(), null, in);
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getLocation()).isEqualTo(URI.create("modules/vormundschaft/volunteers/v-7"));
        assertThat(r.getEntity()).isSameAs(office.volunteer);
        FakeOffice.Call call = office.only();
        assertThat(call.method()).isEqualTo("createVolunteer");
        assertThat(call.tenantId()).isEqualTo(Callers.TENANT);
        assertThat(call.arg(0)).isSameAs(in);
    }

    @Test
    void aMissingBodyIsRefused() {
        Refusals.invalid(null, () -> resource.createVolunteer(Callers.coordinator(), null, null));
        Refusals.invalid(null, () -> resource.updateVolunteer(Callers.coordinator(), "v-7", null, null));
        Refusals.invalid(null, () -> resource.moveVolunteer(Callers.coordinator(), "v-7", null, null));
        Refusals.invalid(null, () -> resource.recordConductCheck(Callers.coordinator(), "v-7", null, null));
        assertThat(office.calls).isEmpty();
    }

    @Test
    void getAndUpdateNameTheVolunteer() {
        assertThat(resource.volunteer(Callers.coordinator(), "v-7", null)).isSameAs(office.volunteer);
        VolunteerInput change = new VolunteerInput(null, null, null, null, null, null, null, null, null, 3, null);
        assertThat(resource.updateVolunteer(Callers.coordinator(), "v-7", null, change)).isSameAs(office.volunteer);
        assertThat(office.calls).extracting(FakeOffice.Call::method).containsExactly("volunteer", "updateVolunteer");
        assertThat(office.calls.get(0).args()).containsExactly("v-7");
        assertThat(office.calls.get(1).args()).containsExactly("v-7", change);
    }

    @Test
    void aStageMoveParsesTheTargetStage() {
        LocalDate on = LocalDate.of(2026, 1, 10);
        resource.moveVolunteer(Callers.coordinator(), "v-7", null, new VolunteersResource.StageMove("APPLICATION", on, "form in"));
        assertThat(office.only().method()).isEqualTo("moveVolunteer");
        assertThat(office.only().args()).containsExactly("v-7", VolunteerStage.APPLICATION, on, "form in");
    }

    @Test
    void aStageMoveWithoutOrWithAnUnknownTargetNamesTheFieldTo() {
        assertThat(Refusals.invalid("to", () -> resource.moveVolunteer(Callers.coordinator(), "v-7", null,
                new VolunteersResource.StageMove(null, null, null)))).contains("one of ENQUIRY");
        Refusals.invalid("to", () -> resource.moveVolunteer(Callers.coordinator(), "v-7", null,
                new VolunteersResource.StageMove("RETIRED", null, null)));
        assertThat(office.calls).isEmpty();
    }

    @Test
    void theConductCheckAndTheHistoryReachTheService() {
        LocalDate seen = LocalDate.of(2026, 1, 5);
        resource.recordConductCheck(Callers.coordinator(), "v-7", null, new VolunteersResource.ConductCertificate(seen, true));
        assertThat(resource.stageHistory(Callers.coordinator(), "v-7", null)).isSameAs(office.history);
        assertThat(office.calls.get(0).method()).isEqualTo("recordConductCheck");
        assertThat(office.calls.get(0).args()).containsExactly("v-7", seen, true);
        assertThat(office.calls.get(1).method()).isEqualTo("stageHistory");
        assertThat(office.calls.get(1).args()).containsExactly("v-7");
    }
}
