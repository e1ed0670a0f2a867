package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import de.ikz.testkit.LocalSetup;

import org.junit.jupiter.api.Test;

/**
 * A session unused for the idle timeout (short on the test platform: {@link Platform#IDLE_SECONDS}, set in
 * etc/de.ikz.ui.cfg) is over: the next page asks for a login with the notice "Ihre Sitzung ist abgelaufen",
 * and after the login the page first asked for opens.
 * <p>
 * Any request within the timeout would keep the session alive, so the test cannot poll the server: it waits
 * (in a deadline loop) until the idle time has passed since its last request, then asks once.
 */
class SessionExpiryIT extends UiTest {

    @Test
    void anIdleSessionExpiresAndTheLoginLeadsBackToThePage() {
        browser.login(Platform.COORDINATOR);
        browser.open("/ui/vormundschaft/");
        assertThat(browser.path()).startsWith("/ui/vormundschaft/");
        Instant lastUse = Instant.now();

        Instant expired = lastUse.plusSeconds(Platform.IDLE_SECONDS + 2);
        LocalSetup.await("idle timeout passed", Duration.ofSeconds(Platform.IDLE_SECONDS + 30),
                () -> Instant.now().isAfter(expired), Instant::now);

        browser.open("/ui/vormundschaft/");
        assertThat(browser.path()).as("an expired session asks for a login").startsWith("/ui/login");
        assertThat(browser.find("main").getText()).contains("Ihre Sitzung ist abgelaufen");
        browser.axe();
        browser.login(Platform.COORDINATOR);
        assertThat(browser.path()).as("back to the page first asked for").startsWith("/ui/vormundschaft/");
    }
}
