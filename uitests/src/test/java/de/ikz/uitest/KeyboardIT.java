package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The main flow by keyboard alone: the skip link comes first, the login form is reached and sent with
 * Tab and Enter, and a form of the daily work (a new volunteer) is filled and sent from the keyboard.
 */
class KeyboardIT extends UiTest {

    private static final int MAX_TABS = 40;

    @Test
    void loginByKeyboard() {
        browser.open("/ui/login");
        WebElement first = tabUntil(KeyboardIT::focusable);
        assertThat(first.getAttribute("textContent").trim()).as("the first stop is the skip link").isEqualTo("Zum Inhalt");
        tabUntil(e -> "username".equals(e.getAttribute("name")));
        type(Platform.COORDINATOR);
        tabUntil(e -> "password".equals(e.getAttribute("name")));
        type(Platform.PASSWORD);
        WebElement html = browser.find("html");
        type(Keys.ENTER);
        Flows.waitForNewPage(browser, html);
        assertThat(browser.path()).as("logged in by keyboard").doesNotStartWith("/ui/login");

        // on the page reached, the skip link is again the first stop and moves the focus to the content
        browser.open(browser.path());
        WebElement skip = tabUntil(KeyboardIT::focusable);
        assertThat(skip.getAttribute("textContent").trim()).isEqualTo("Zum Inhalt");
        type(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#inhalt");
        browser.axe();
    }

    @Test
    void aFormByKeyboard() {
        browser.login(Platform.COORDINATOR);
        int before = Flows.volunteerCount(platform);
        Flows.openNewVolunteerForm(browser);
        String name = "Tastatur Beispiel";
        // the other required fields are prepared; the name is reached with Tab and the form sent with Enter
        Flows.fillNewVolunteer(browser, "x");
        browser.find("main form[method=post] [name=name]").clear();
        // from the top of the page (the skip link), as after loading it
        browser.driver().executeScript("document.querySelector('a[href=\"#inhalt\"]').focus()");
        tabUntil(e -> "name".equals(e.getAttribute("name")));
        type(name);
        WebElement html = browser.find("html");
        type(Keys.ENTER);
        Flows.waitForNewPage(browser, html);
        browser.axe();
        assertThat(Flows.volunteerCount(platform)).as("volunteers after the keyboard submit").isEqualTo(before + 1);
        assertThat(Flows.volunteers(platform).findValues("name").stream().map(n -> n.asText()).toList()).contains(name);
    }

    /**
     * A Tab sent while the freshly loaded document does not yet have the focus leaves the body active; the
     * first stop is the first element that is not the body (otherwise a slow machine fails the test at random).
     */
    private static boolean focusable(WebElement e) {
        return !"body".equalsIgnoreCase(e.getTagName()) && !"html".equalsIgnoreCase(e.getTagName());
    }

    private WebElement tabUntil(Predicate<WebElement> target) {
        for (int i = 0; i < MAX_TABS; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement active = browser.driver().switchTo().activeElement();
            if (target.test(active)) {
                return active;
            }
        }
        throw new AssertionError("not reached with " + MAX_TABS + " Tab presses on " + browser.path());
    }

    private void type(CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }
}
