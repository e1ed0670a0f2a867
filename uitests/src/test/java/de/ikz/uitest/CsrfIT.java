package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every change needs the session's CSRF token: a POST without it or with a wrong one is refused with 403
 * ("Sicherheitsprüfung fehlgeschlagen") and changes nothing — the session survives a refused logout.
 */
class CsrfIT extends UiTest {

    static final String REFUSAL = "Sicherheitsprüfung fehlgeschlagen";

    @Test
    void logoutWithoutTokenIsRefusedAndTheSessionStays() {
        browser.login(Platform.COORDINATOR);
        Map<String, Object> r = browser.fetch("POST", "/ui/logout", "", null, true);
        assertThat(r.get("status")).as("POST /ui/logout without _csrf").isEqualTo(403L);
        assertThat((String) r.get("text")).contains(REFUSAL);
        browser.open("/ui/");
        assertThat(browser.path()).as("still logged in").doesNotStartWith("/ui/login");
    }

    @Test
    void logoutWithAWrongTokenIsRefusedAndTheSessionStays() {
        browser.login(Platform.COORDINATOR);
        String token = browser.find("form#logout input[name=_csrf]").getAttribute("value");
        assertThat(token).isNotBlank();
        String wrong = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        Map<String, Object> r = browser.fetch("POST", "/ui/logout", "_csrf=" + wrong, null, true);
        assertThat(r.get("status")).as("POST /ui/logout with a wrong _csrf").isEqualTo(403L);
        r = browser.fetch("POST", "/ui/logout", "", Map.of("X-CSRF-Token", wrong), true);
        assertThat(r.get("status")).as("POST /ui/logout with a wrong X-CSRF-Token").isEqualTo(403L);
        browser.open("/ui/");
        assertThat(browser.path()).as("still logged in").doesNotStartWith("/ui/login");
        // the right token in the header is accepted: the refusals above were about the token alone
        r = browser.fetch("POST", "/ui/logout", "", Map.of("X-CSRF-Token", token), true);
        assertThat((Long) r.get("status")).as("POST /ui/logout with the right X-CSRF-Token").isIn(200L, 303L, 0L);
        browser.open("/ui/");
        assertThat(browser.path()).startsWith("/ui/login");
    }

    @Test
    void aChangeFormWithoutTokenIsRefusedAndChangesNothing() {
        browser.login(Platform.COORDINATOR);
        int before = Flows.volunteerCount(platform);
        Flows.openNewVolunteerForm(browser);
        Flows.fillNewVolunteer(browser, "Csrf Versuch");
        // the crafted form: the same fields, but without the token
        browser.driver().executeScript("document.querySelectorAll('main form[method=post] input[name=_csrf]').forEach(e => e.remove())");
        Flows.submitMainForm(browser);
        assertThat(browser.find("main").getText()).contains(REFUSAL);
        browser.axe();
        assertThat(Flows.volunteerCount(platform)).as("volunteers after the refused POST").isEqualTo(before);
    }

    @Test
    void theLoginFormNeedsItsToken() {
        browser.open("/ui/login");
        browser.driver().executeScript("document.querySelectorAll('input[name=_csrf]').forEach(e => e.value = 'falsch')");
        browser.find("[name=username]").sendKeys(Platform.COORDINATOR);
        browser.find("[name=password]").sendKeys(Platform.PASSWORD);
        browser.find("main form button, main form [type=submit]").click();
        browser.open("/ui/");
        assertThat(browser.path()).as("no session from a login without its token").startsWith("/ui/login");
    }
}
