package de.ikz.uitest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the browser tests: the suite's platform and a fresh headless Chromium per test. */
@ExtendWith(PlatformExtension.class)
abstract class UiTest {

    protected Platform platform;
    protected Browser browser;

    @BeforeEach
    void startBrowser() {
        platform = Platform.get();
        browser = new Browser(platform);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
