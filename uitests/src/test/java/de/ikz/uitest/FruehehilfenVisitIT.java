package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The Frühe Hilfen module in the browser, on the demo year the platform's {@code ikz:demo-load} loaded:
 * the family midwife {@code hebamme} records a home visit on a phone-sized screen in a few steps, and the
 * coordinator opens the pool overview and the proof of use with its preview and downloads the PDF. Every
 * page passes axe; screenshots at 1280 and 360 px.
 */
class FruehehilfenVisitIT extends UiTest {

    static final String F = "/api/v1/modules/fruehehilfen/";
    /** The steps a home visit may take on the phone after login: page loads and fields the midwife touches. */
    static final int MAX_PAGE_LOADS = 3;
    static final int MAX_INPUTS = 6;

    @Test
    void theMidwifeRecordsAHomeVisitOnHerPhoneInAFewSteps() {
        int before = ownContacts().size();
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.login(Platform.MIDWIFE);
        int pageLoads = 0;
        int inputs = 0;

        // 1. the visit log from the navigation (on a phone behind the menu button)
        openMenu();
        Flows.navTo(browser, "^Besuche$");
        pageLoads++;
        browser.axe();
        List<WebElement> families = browser.all("main a[href*='/ui/fruehehilfen/besuche/']");
        assertThat(families).as("her open families as tiles on " + browser.path()).isNotEmpty();
        String family = families.get(0).getAttribute("href").replaceFirst(".*/besuche/", "");

        // 2. one tap on a family: the contact form with today, 60 minutes, home visit already set
        Flows.clickAndWaitForNewPage(browser, families.get(0));
        pageLoads++;
        browser.axe();
        assertThat(browser.find("main [name=date]").getAttribute("value")).isEqualTo(LocalDate.now().toString());
        Flows.tick(browser, "categories", "FEEDING");
        inputs++;
        Flows.tick(browser, "categories", "CHILD_HEALTH");
        inputs++;

        // 3. one button: back on the log, the contact among her recent ones
        Flows.submit(browser, "date");
        pageLoads++;
        Flows.assertNoRefusal(browser);
        assertThat(browser.path()).endsWith("/ui/fruehehilfen/besuche");
        assertThat(browser.find("main [role=status]").getText()).contains("gespeichert");
        String recent = browser.find("main table").getText();
        assertThat(recent).contains(LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .contains("Hausbesuch");
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.page("fh-besuchsprotokoll");

        assertThat(pageLoads).as("page loads for one visit").isLessThanOrEqualTo(MAX_PAGE_LOADS);
        assertThat(inputs).as("fields touched for one visit").isLessThanOrEqualTo(MAX_INPUTS);
        // what REST sees: one contact more, today, a home visit of that family, booked by her
        List<JsonNode> after = ownContacts();
        assertThat(after).hasSize(before + 1);
        JsonNode newest = after.get(0);
        assertThat(newest.path("familyId").asText()).isEqualTo(family);
        assertThat(newest.path("date").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(newest.path("kind").asText()).isEqualTo("HOME_VISIT");
        assertThat(newest.path("recordedBy").asText()).isEqualTo(Platform.MIDWIFE);
    }

    @Test
    void theCoordinatorSeesThePoolAndThePreviewOfTheProofOfUseAndDownloadsItsPdf() {
        int year = LocalDate.now().getYear() - 1;
        browser.login(Platform.FH_COORDINATOR);
        Flows.navTo(browser, "^Fonds$");
        if (!browser.h1().contains(String.valueOf(year))) {
            browser.open("/ui/fruehehilfen/pool?year=" + year);
        }
        assertThat(browser.find("main").getText()).contains("Förderbereich");
        assertThat(browser.all("main table caption")).isNotEmpty();
        assertThat(browser.all("main svg, main img, main figure")).as("the chart of the pool").isNotEmpty();
        browser.page("fh-fonds");

        Flows.navTo(browser, "^Verwendungsnachweise$");
        browser.page("fh-nachweise");
        browser.open("/ui/fruehehilfen/nachweise/" + year + "/ja-geilenkirchen");
        String main = browser.find("main").getText();
        assertThat(main).contains("Sachbericht (Vorschau)").contains("Zahlenmäßiger Nachweis");
        // the preview: the narrative with the year's figures filled in, no placeholder left
        String preview = main.substring(main.indexOf("Sachbericht (Vorschau)"), main.indexOf("Zahlenmäßiger Nachweis"));
        assertThat(preview).contains("Jugendamt Stadt Geilenkirchen").contains("12.500,00 €").doesNotContain("{");
        browser.page("fh-nachweis");

        List<String> pdfs = browser.all("main a[href]").stream().map(a -> a.getAttribute("href"))
                .filter(h -> h.contains("/dokument") && h.contains("format=pdf")).toList();
        assertThat(pdfs).as("PDF links on " + browser.path()).isNotEmpty();
        Map<String, Object> r = browser.fetch("GET", pdfs.get(0).substring(platform.base().length()), null, null, false);
        assertThat(r.get("status")).isEqualTo(200L);
        assertThat((String) r.get("type")).startsWith("application/pdf");
        assertThat((String) r.get("head")).startsWith("%PDF-");
        assertThat((Long) r.get("length")).isGreaterThan(1000L);
    }

    /** Opens the navigation if the narrow screen folded it behind its button. */
    private void openMenu() {
        List<WebElement> toggle = browser.all(".ikz-nav__toggle");
        if (!toggle.isEmpty() && toggle.get(0).isDisplayed() && "false".equals(toggle.get(0).getAttribute("aria-expanded"))) {
            Flows.click(browser, toggle.get(0));
        }
    }

    /** The midwife's contacts of the last 12 months by REST, newest first. */
    private List<JsonNode> ownContacts() {
        List<JsonNode> list = new java.util.ArrayList<>();
        Platform.json(platform.rest(Platform.MIDWIFE, "GET", F + "contacts", null), 200).forEach(list::add);
        return list;
    }
}
