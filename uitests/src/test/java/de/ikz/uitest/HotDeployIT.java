package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

import de.ikz.testkit.LocalSetup;

import org.junit.jupiter.api.Test;

/**
 * The guardianship module's screens come and go with its KAR (operator guide: delete the KAR from deploy/,
 * copy it back): the navigation of a session that stays open loses the module's links and gets them back,
 * without a new login.
 */
class HotDeployIT extends UiTest {

    @Test
    void removingAndRedeployingTheKarChangesTheNavigationOfAnOpenSession() throws IOException {
        browser.login(Platform.COORDINATOR);
        browser.open("/ui/");
        assertThat(moduleLinks()).as("module links before removal").isPositive();

        Path deploy = platform.home().resolve("deploy");
        Path kar;
        try (Stream<Path> s = Files.list(deploy)) {
            kar = s.filter(p -> p.getFileName().toString().startsWith("ikz-module-vormundschaft") && p.toString().endsWith(".kar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no guardianship KAR in " + deploy));
        }
        Path parked = platform.work().resolve(kar.getFileName());
        Files.move(kar, parked, StandardCopyOption.REPLACE_EXISTING);
        try {
            LocalSetup.await("guardianship links gone from the navigation", Duration.ofSeconds(60), () -> {
                browser.open("/ui/");
                return !browser.path().startsWith("/ui/login") && moduleLinks() == 0;
            }, browser::nav);
            assertThat(browser.path()).as("the session survived").doesNotStartWith("/ui/login");
            browser.axe();
            // a page of the removed module is not found
            assertThat(browser.fetch("GET", "/ui/vormundschaft/", null, null, false).get("status")).isEqualTo(404L);
        } finally {
            Files.copy(parked, deploy.resolve(kar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        LocalSetup.await("guardianship links back in the navigation", Duration.ofSeconds(90), () -> {
            browser.open("/ui/");
            return moduleLinks() > 0;
        }, browser::nav);
        assertThat(browser.path()).doesNotStartWith("/ui/login");
        browser.axe();
        // the module's REST is back too, so later tests find it as before
        LocalSetup.await("module REST back", Duration.ofSeconds(60),
                () -> platform.rest(Platform.COORDINATOR, "GET", "/api/v1/modules/vormundschaft/volunteers", null).statusCode() == 200,
                () -> platform.rest(Platform.COORDINATOR, "GET", "/api/v1/modules/vormundschaft/volunteers", null).statusCode());
    }

    private long moduleLinks() {
        return browser.nav().stream().filter(h -> h.startsWith("/ui/vormundschaft")).count();
    }
}
