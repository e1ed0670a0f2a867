package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import de.ikz.testkit.LocalSetup;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Login with the form, the header of a logged-in page, logout; a wrong password; a page asked for before login. */
class LoginIT extends UiTest {

    @Test
    void loginShowsUserAndTenantAndLogoutEndsTheSession() {
        browser.open("/ui/").axe();
        assertThat(browser.path()).startsWith("/ui/login");
        browser.page("login");

        browser.login(Platform.COORDINATOR);
        assertThat(browser.path()).startsWith("/ui/");
        String header = browser.find("header").getText();
        assertThat(header).contains(Platform.COORDINATOR);
        assertThat(browser.all("form#logout")).hasSize(1);
        assertThat(browser.all("main#inhalt h1")).hasSize(1);
        Cookie session = browser.cookies().stream().filter(c -> "/ui".equals(c.getPath())).findFirst().orElseThrow();
        assertThat(session.isHttpOnly()).as("session cookie HttpOnly").isTrue();
        assertThat(session.getSameSite()).as("session cookie SameSite").isEqualToIgnoringCase("Strict");
        browser.page("start-koordination");

        browser.logout().axe();
        // the old session is gone on the server: the start page asks for a login again
        browser.open("/ui/");
        assertThat(browser.path()).startsWith("/ui/login");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndNoSession() {
        browser.open("/ui/login");
        browser.find("[name=username]").sendKeys(Platform.COORDINATOR);
        browser.find("[name=password]").sendKeys("falsches-Passwort-123");
        browser.find("main form button, main form [type=submit]").click();
        LocalSetup.await("refusal shown", Duration.ofSeconds(20),
                () -> !browser.driver().findElements(By.cssSelector("main [role=alert], main .kern-alert, main [aria-invalid=true]")).isEmpty(),
                () -> browser.find("main").getText());
        assertThat(browser.path()).startsWith("/ui/login");
        browser.axe();
        browser.open("/ui/");
        assertThat(browser.path()).startsWith("/ui/login");
    }

    @Test
    void afterLoginThePageFirstAskedForOpens() {
        browser.open("/ui/vormundschaft/");
        assertThat(browser.path()).startsWith("/ui/login");
        browser.login(Platform.COORDINATOR);
        assertThat(browser.path()).startsWith("/ui/vormundschaft/");
    }
}
