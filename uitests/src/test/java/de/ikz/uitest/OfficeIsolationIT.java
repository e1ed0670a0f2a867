package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * A youth office's staff member opens their own office's child, but another office's child by URL gets the
 * 404 page — the same answer as a child that does not exist (nothing tells that it exists).
 */
class OfficeIsolationIT extends UiTest {

    @Test
    void partnerStaffCannotOpenAnotherOfficesChildByUrl() {
        String own = childOf(Platform.PARTNER_STAFF);
        String other = childOf(Platform.OTHER_STAFF);
        assertThat(own).isNotEqualTo(other);

        browser.login(Platform.PARTNER_STAFF);
        browser.open("/ui/vormundschaft/children/" + own);
        assertThat(browser.h1()).as("own office's child").isNotBlank();
        assertThat(browser.find("main").getText()).contains(own);
        browser.page("kind-eigenes-jugendamt");

        Map<String, Object> r = browser.fetch("GET", "/ui/vormundschaft/children/" + other, null, null, false);
        Map<String, Object> none = browser.fetch("GET", "/ui/vormundschaft/children/K-XXXXXXX", null, null, false);
        assertThat(r.get("status")).as("another office's child").isEqualTo(404L);
        assertThat(none.get("status")).as("a child that does not exist").isEqualTo(404L);
        browser.open("/ui/vormundschaft/children/" + other);
        assertThat(browser.find("main").getText()).as("the 404 page names nothing of the child").doesNotContain(other);
        browser.page("kind-fremdes-jugendamt-404");
    }

    /** A child id that this office's staff member sees (REST: their own office's children). */
    private String childOf(String staff) {
        JsonNode children = Platform.json(platform.rest(staff, "GET", "/api/v1/modules/vormundschaft/children", null), 200);
        assertThat(children.size()).as("children visible to " + staff).isPositive();
        return children.get(0).path("id").asText();
    }
}
