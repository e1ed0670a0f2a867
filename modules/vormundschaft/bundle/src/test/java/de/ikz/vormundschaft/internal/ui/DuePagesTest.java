package de.ikz.vormundschaft.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.Reports;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;
import de.ikz.vormundschaft.internal.service.Volunteers.VolunteerInput;

import org.junit.jupiter.api.Test;

class DuePagesTest extends OfficeScreens {

    /** An appointed volunteer, last contact seven weeks ago, a follow-up overdue; another waiting in the pipeline. */
    private void someWork() {
        office.clock.set(TODAY.minusYears(1));
        Volunteer v = office.volunteers.createVolunteer(COORDINATOR, TENANT, new VolunteerInput("Hanna", null, "ja-a", null,
                List.of("Deutsch"), null, false, "05334004", "ANY", 1, null));
        office.volunteers.createVolunteer(COORDINATOR, TENANT, new VolunteerInput("Waiting", null, "ja-a", null, List.of(), null,
                false, null, "ANY", 1, null));
        for (VolunteerStage s : List.of(VolunteerStage.APPLICATION, VolunteerStage.SUITABILITY_INTERVIEW,
                VolunteerStage.CONDUCT_CERTIFICATE)) {
            office.volunteers.moveVolunteer(COORDINATOR, TENANT, v.id(), s, null, null);
        }
        office.volunteers.recordConductCheck(COORDINATOR, TENANT, v.id(), TODAY.minusYears(1), true);
        office.volunteers.moveVolunteer(COORDINATOR, TENANT, v.id(), VolunteerStage.TRAINING, null, null);
        for (String m : de.ikz.vormundschaft.internal.service.UiServices.requiredModules()) {
            var c = office.training.createCourse(COORDINATOR, TENANT, new de.ikz.vormundschaft.internal.service.Training.CourseInput(m,
                    TODAY.minusYears(1), null, null));
            office.training.register(COORDINATOR, TENANT, c.id(), v.id());
            office.training.recordAttendance(COORDINATOR, TENANT, c.id(), v.id(), true);
        }
        office.volunteers.moveVolunteer(COORDINATOR, TENANT, v.id(), VolunteerStage.REFLECTION_TALK, null, null);
        office.volunteers.moveVolunteer(COORDINATOR, TENANT, v.id(), VolunteerStage.POOL, null, null);
        Cases.Child child = office.cases.createChild(STAFF, TENANT, new Cases.ChildInput("6-11", null, List.of(), "05334004", false,
                "OTHER", new Cases.ChildIdentity("A", "B", null)));
        office.cases.match(COORDINATOR, TENANT, child.id(), v.id(), null);
        office.cases.propose(COORDINATOR, TENANT, child.id(), "AG Aachen", "Spricht die Sprache des Kindes und wohnt in der Nähe.", null);
        Appointments.Appointment a = office.cases.appoint(COORDINATOR, TENANT, child.id(), new Cases.AppointmentInput(null, "F 1/25",
                TODAY.minusYears(1), "GUARDIANSHIP", List.of(), null, List.of()));
        office.clock.set(TODAY.minusWeeks(7));
        office.appointments.addContact(COORDINATOR, TENANT, new Appointments.ContactInput(v.id(), a.id(), null, 30, "PHONE",
                "Start", "Schule anrufen", TODAY.minusWeeks(6)));
        office.clock.set(TODAY);
    }

    @Test
    void theStartPageIsTheServicesDueListOverdueFirst() {
        someWork();
        List<Reports.Due> due = office.reports.due(COORDINATOR, TENANT, null);
        assertThat(due).extracting(Reports.Due::kind).contains("REPORT", "FOLLOW_UP", "CONTACT");

        View.Screen start = open(COORDINATOR, "", Map.of());
        assertThat(start.title()).isEqualTo("Heute fällig");
        Part.Table table = table(start, "Fällig in den nächsten 30 Tagen");
        assertThat(table.rows()).hasSize(due.size());
        assertThat(table.rows()).extracting(r -> ((Value.Text) r.get(1)).text()).contains("Jahresbericht an das Familiengericht",
                "Nachfassen nach einem Kontakt", "Seit sechs Wochen kein Kontakt");
        long overdue = due.stream().filter(Reports.Due::overdue).count();
        assertThat(overdue).isPositive();
        assertThat(table.rows().subList(0, (int) overdue)).allMatch(r -> ((Value.Badge) r.get(2)).text().equals("überfällig"));
        assertThat(all(start, Part.Notice.class)).singleElement().extracting(Part.Notice::text).asString()
                .contains(String.valueOf(overdue));
        // the period as REST's ?days=
        View.Screen none = open(COORDINATOR, "", Map.of(), "days", "0");
        assertThat(table(none, "Fällig in den nächsten 0 Tagen").rows()).hasSize(office.reports.due(COORDINATOR, TENANT, 0).size());
        View.Screen year = open(COORDINATOR, "", Map.of(), "days", "366");
        assertThat(table(year, "Fällig in den nächsten 366 Tagen").rows()).hasSize(office.reports.due(COORDINATOR, TENANT, 366).size())
                .extracting(r -> ((Value.Text) r.get(1)).text()).contains("Aufwandspauschale: Antragsfrist");
        // the auditor reads it too
        assertThat(table(open(AUDITOR, "", Map.of()), "Fällig").rows()).hasSize(due.size());
    }

    @Test
    void cardsForTheOfficesReadersOnly() {
        someWork();
        List<Part.Card> cards = ui.cards(get(COORDINATOR, "", Map.of()));
        int due = office.reports.due(COORDINATOR, TENANT, null).size();
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).figure()).isEqualTo(Value.count(due));
        assertThat(cards.get(0).tone()).isEqualTo(Value.Tone.WARNING);
        assertThat(cards.get(0).target()).isEqualTo("/ui/vormundschaft/");
        assertThat(cards.get(1).figure()).isEqualTo(Value.count(1));
        assertThat(cards.get(1).target()).isEqualTo("volunteers");
        assertThat(ui.cards(get(AUDITOR, "", Map.of()))).hasSize(2);
        for (Caller c : List.of(STAFF, OTHER_COORDINATOR)) {
            assertThat(ui.cards(get(c, "", Map.of()))).isEmpty();
        }
    }

    @Test
    void onlyCoordinatorsAndAuditorsOpenIt() {
        assertThat(roles(page(""), false)).containsExactlyInAnyOrder("coordinator", "auditor");
        assertThat(allowed(page(""), false, STAFF)).isFalse();
        assertThat(allowed(page(""), true, COORDINATOR)).isFalse();
        assertThat(table(open(COORDINATOR, "", Map.of()), "Fällig").empty()).isNotBlank();
    }
}
