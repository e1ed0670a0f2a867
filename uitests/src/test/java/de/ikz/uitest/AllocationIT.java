package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A treasury clerk's job in the browser (the tenant admin runs allocations, as in REST): the agreement's
 * allocation runs, a new run, its shares as a table and a chart, and a participant's notice as a PDF.
 */
class AllocationIT extends UiTest {

    @Test
    void anAllocationRunAndItsNoticeDownload() {
        browser.login(Platform.TENANT_ADMIN);
        Flows.navTo(browser, "Umlage");
        browser.page("umlage");
        int runsBefore = runCount();

        // the run form is on the agreement's run list: open the first agreement if the area lists agreements first
        if (browser.all("main form[method=post]").isEmpty()) {
            WebElement first = browser.find("main table a[href], main .kern-card a[href], main ul a[href]");
            Flows.clickAndWaitForNewPage(browser, first);
            browser.axe();
        }
        Flows.type(browser, "fiscalYear", "2027");
        Flows.type(browser, "budget", "120.000,00");
        Flows.submit(browser, "budget");
        assertThat(browser.all("main [role=alert], main [aria-invalid=true]")).as("form refused: " + browser.find("main").getText()).isEmpty();
        assertThat(runCount()).as("runs after the new run").isEqualTo(runsBefore + 1);

        // the run page: shares as a table (with caption) and as a chart
        if (browser.all("main table caption").isEmpty()) {
            Flows.clickAndWaitForNewPage(browser, browser.find("main table a[href]"));
        }
        assertThat(browser.all("main table caption")).isNotEmpty();
        assertThat(browser.all("main svg, main img, main figure")).as("the bar chart").isNotEmpty();
        browser.page("umlage-lauf");

        List<String> pdfs = browser.all("main a[href]").stream().map(a -> a.getAttribute("href"))
                .filter(h -> h.contains("notice") || h.contains("bescheid") || h.endsWith(".pdf")).toList();
        assertThat(pdfs).as("notice links on " + browser.path()).isNotEmpty();
        String notice = pdfs.get(0).substring(platform.base().length());
        Map<String, Object> r = browser.fetch("GET", notice, null, null, false);
        assertThat(r.get("status")).isEqualTo(200L);
        assertThat((String) r.get("type")).startsWith("application/pdf");
        assertThat((String) r.get("head")).startsWith("%PDF-");
        assertThat((String) r.get("disposition")).contains("attachment");
        assertThat((Long) r.get("length")).isGreaterThan(1000L);
    }

    private int runCount() {
        int n = 0;
        for (var a : Platform.json(platform.rest(Platform.TENANT_ADMIN, "GET", "/api/v1/agreements", null), 200)) {
            n += Platform.json(platform.rest(Platform.TENANT_ADMIN, "GET", "/api/v1/agreements/" + a.path("id").asText() + "/runs", null), 200).size();
        }
        return n;
    }
}
