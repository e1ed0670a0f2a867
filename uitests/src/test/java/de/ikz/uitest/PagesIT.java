package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page of each role's navigation, and the first detail page each list links to, opens (200, one h1)
 * and passes axe-core without a serious or critical violation; screenshots at 1280 and 360 px of the pages
 * of coordinator and tenant admin (and every role's start page) go to target/screenshots/&lt;user&gt;-&lt;page&gt;-{1280,360}.png.
 */
class PagesIT extends UiTest {

    @ParameterizedTest
    @ValueSource(strings = {Platform.COORDINATOR, Platform.PARTNER_STAFF, Platform.AUDITOR, Platform.TENANT_ADMIN, Platform.ADMIN})
    void everyNavigationPageOpensAndPassesAxe(String user) {
        browser.login(user);
        browser.open("/ui/");
        browser.page(user + "-start");
        List<String> pages = new ArrayList<>(browser.nav());
        assertThat(pages).as("navigation of " + user).isNotEmpty();
        List<String> details = new ArrayList<>();
        for (String page : pages) {
            Map<String, Object> r = browser.fetch("GET", page, null, null, false);
            assertThat(r.get("status")).as("GET " + page + " as " + user).isEqualTo(200L);
            browser.open(page);
            assertThat(browser.path()).as(page).startsWith(page);
            assertThat(browser.all("main h1")).as("one h1 on " + page).hasSize(1);
            shoot(user, name(page));
            // the first link of the page's first table: a detail page (a volunteer, a run, a participant ...)
            browser.all("main table a[href]").stream().map(a -> a.getAttribute("href"))
                    .filter(h -> h.startsWith(platform.base() + "/ui/")).findFirst()
                    .map(h -> h.substring(platform.base().length()))
                    .filter(h -> !pages.contains(h) && !details.contains(h)).ifPresent(details::add);
        }
        for (String detail : details) {
            browser.open(detail);
            assertThat(browser.all("main h1")).as("one h1 on " + detail).hasSize(1);
            shoot(user, name(detail.replaceAll("/[A-Z0-9][A-Za-z0-9-]{4,}", "/detail")));
        }
    }

    /** axe on every page; screenshots of the main roles' pages only (they cost a second each, the suite stays short). */
    private void shoot(String user, String name) {
        browser.axe();
        if (SCREENSHOTS.contains(user)) {
            browser.screenshot(user + name);
        }
    }

    private static final java.util.Set<String> SCREENSHOTS = java.util.Set.of(Platform.COORDINATOR, Platform.TENANT_ADMIN);

    private static String name(String path) {
        String n = path.replaceFirst("^/ui", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
        return n.isEmpty() ? "-start" : n;
    }
}
