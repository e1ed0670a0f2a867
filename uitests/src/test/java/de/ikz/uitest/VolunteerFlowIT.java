package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * A volunteer from the first enquiry to the appointment by the family court, in the browser only: the youth
 * office's staff member records the child, the coordinator records the enquiry, moves the volunteer through
 * the pipeline with the buttons the page offers (only the legal next moves), records the certificate of
 * conduct, registers and marks attendance in a course of every required training module, matches the
 * volunteer to the child, proposes them to the court and records the appointment. REST only reads, to check.
 */
class VolunteerFlowIT extends UiTest {

    static final String V = "/api/v1/modules/vormundschaft/";

    @Test
    void fromEnquiryToAppointment() {
        LocalDate today = LocalDate.now();
        // the child, recorded by the owning youth office
        browser.login(Platform.PARTNER_STAFF);
        Flows.navTo(browser, "^Kinder$");
        Flows.choose(browser, "ageBand", "6-11");
        Flows.type(browser, "languages", "Tigrinya");
        Flows.type(browser, "municipality", "05334004");
        Flows.choose(browser, "placement", "FOSTER_FAMILY");
        Flows.type(browser, "identity.givenName", "Selam");
        Flows.type(browser, "identity.familyName", "Beispiel");
        Flows.submit(browser, "identity.givenName");
        Flows.assertNoRefusal(browser);
        String child = browser.path().replaceFirst(".*/children/", "");
        assertThat(child).startsWith("K-");
        browser.page("kind-neu");
        browser.logout();

        // the coordinator: the enquiry
        browser.login(Platform.COORDINATOR);
        Flows.navTo(browser, "Ehrenamtliche");
        browser.page("ehrenamtliche-board");
        Flows.press(browser, "Neue Anfrage erfassen");
        browser.axe();
        Flows.type(browser, "name", "Tesfay Beispiel");
        Flows.choose(browser, "office", Platform.PARTNER_OFFICE);
        Flows.type(browser, "languages", "Tigrinya, Deutsch");
        Flows.choose(browser, "ageBand", "6-11");
        Flows.type(browser, "municipality", "05334004");
        Flows.submit(browser, "name");
        Flows.assertNoRefusal(browser);
        String id = volunteerId("Tesfay Beispiel");
        assertThat(stage(id)).isEqualTo("ENQUIRY");
        browser.open("/ui/vormundschaft/volunteers/" + id).page("ehrenamtliche-person");

        // application, interview, certificate: the one forward move each stage offers
        for (String next : List.of("APPLICATION", "SUITABILITY_INTERVIEW", "CONDUCT_CERTIFICATE")) {
            Flows.press(browser, "^Weiter:");
            Flows.assertNoRefusal(browser);
            assertThat(stage(id)).isEqualTo(next);
        }
        Flows.press(browser, "Führungszeugnis erfassen");
        Flows.date(browser, "seen", today.minusDays(3));
        Flows.tick(browser, "clear", "true");
        Flows.submit(browser, "seen");
        Flows.assertNoRefusal(browser);
        Flows.press(browser, "^Weiter:");
        assertThat(stage(id)).isEqualTo("TRAINING");

        // a course of every required module: a new date, registration, attendance
        List<String> required = new ArrayList<>();
        for (JsonNode m : Platform.json(platform.rest(Platform.COORDINATOR, "GET", V + "training/modules", null), 200)) {
            if (m.path("required").asBoolean()) {
                required.add(m.path("id").asText());
            }
        }
        assertThat(required).isNotEmpty();
        for (String module : required) {
            Flows.navTo(browser, "^Schulungen$");
            Flows.press(browser, "Neuen Kurstermin anlegen");
            Flows.choose(browser, "module", module);
            Flows.date(browser, "date", today);
            Flows.type(browser, "place", "Aachen, Zollernstraße");
            Flows.type(browser, "seats", "12");
            Flows.submit(browser, "place");
            Flows.assertNoRefusal(browser);
            Flows.chooseText(browser, "volunteerId", "Tesfay Beispiel");
            Flows.submit(browser, "volunteerId");
            Flows.assertNoRefusal(browser);
            Flows.chooseText(browser, "volunteerId", "Tesfay Beispiel");
            Flows.tick(browser, "attended", "true");
            Flows.submit(browser, "attended");
            Flows.assertNoRefusal(browser);
        }
        browser.page("kurs");
        browser.open("/ui/vormundschaft/volunteers/" + id);
        Flows.press(browser, "^Weiter:");
        assertThat(stage(id)).isEqualTo("REFLECTION_TALK");
        Flows.press(browser, "^Weiter: Pool");
        assertThat(stage(id)).isEqualTo("POOL");

        // the match, the reasoned proposal, the appointment
        browser.open("/ui/vormundschaft/children/" + child);
        Flows.press(browser, "Vermittlung");
        browser.page("vermittlung");
        Flows.press(browser, "Tesfay Beispiel.*zuordnen|^Zuordnen$");
        Flows.assertNoRefusal(browser);
        assertThat(stage(id)).isEqualTo("MATCHED");
        Flows.type(browser, "court", "Amtsgericht Aachen");
        Flows.type(browser, "reasons", "Spricht Tigrinya wie das Kind, wohnt in Alsdorf und hat die Schulung abgeschlossen.");
        Flows.submit(browser, "reasons");
        Flows.assertNoRefusal(browser);
        assertThat(stage(id)).isEqualTo("PROPOSED_TO_COURT");
        Flows.type(browser, "fileNumber", "12 F 345/26");
        Flows.submit(browser, "fileNumber");
        Flows.assertNoRefusal(browser);
        assertThat(browser.path()).contains("/ui/vormundschaft/appointments/");
        assertThat(browser.find("main [role=status]").getText()).contains("Bestellung ist erfasst");
        browser.page("bestellung");
        assertThat(stage(id)).isEqualTo("APPOINTED");
    }

    private String volunteerId(String name) {
        for (JsonNode v : Flows.volunteers(platform)) {
            if (name.equals(v.path("name").asText())) {
                return v.path("id").asText();
            }
        }
        throw new AssertionError("no volunteer " + name);
    }

    private String stage(String id) {
        return Platform.json(platform.rest(Platform.COORDINATOR, "GET", V + "volunteers/" + id, null), 200).path("stage").asText();
    }
}
