package de.ikz.uitest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import de.ikz.testkit.LocalSetup;

import com.fasterxml.jackson.databind.JsonNode;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps several browser tests share: reaching a page through the navigation as a person would, filling forms. */
final class Flows {

    private Flows() {
    }

    /** Number of the demo tenant's volunteers, by REST as the coordinator. */
    static int volunteerCount(Platform platform) {
        return Platform.json(platform.rest(Platform.COORDINATOR, "GET", "/api/v1/modules/vormundschaft/volunteers", null), 200).size();
    }

    static JsonNode volunteers(Platform platform) {
        return Platform.json(platform.rest(Platform.COORDINATOR, "GET", "/api/v1/modules/vormundschaft/volunteers", null), 200);
    }

    /** Clicks the main navigation's link whose text matches (case-insensitive regex) and waits for the page. */
    static void navTo(Browser browser, String labelRegex) {
        Pattern p = Pattern.compile(labelRegex, Pattern.CASE_INSENSITIVE);
        List<WebElement> links = browser.all("nav[aria-label='Hauptnavigation'] a[href]");
        WebElement link = links.stream().filter(a -> p.matcher(a.getAttribute("textContent").trim()).find()).findFirst()
                .orElseThrow(() -> new AssertionError("no navigation link /" + labelRegex + "/ in " + browser.navLabels()));
        String href = link.getAttribute("href");
        click(browser, link);
        LocalSetup.await("page " + href, Duration.ofSeconds(20), () -> browser.driver().getCurrentUrl().startsWith(href), browser::path);
    }

    /** A link or button in main whose text matches, if any. */
    static Optional<WebElement> mainControl(Browser browser, String textRegex) {
        Pattern p = Pattern.compile(textRegex, Pattern.CASE_INSENSITIVE);
        return browser.all("main a[href], main button").stream()
                .filter(e -> e.isDisplayed() && p.matcher(e.getAttribute("textContent").trim()).find()).findFirst();
    }

    /** The coordinator's form for a new volunteer (on the volunteers' page, or behind its "Neu" link). */
    static void openNewVolunteerForm(Browser browser) {
        browser.open("/ui/");
        navTo(browser, "Ehrenamtliche");
        if (browser.all("main form[method=post] [name=name]").isEmpty()) {
            WebElement create = mainControl(browser, "neue|erfassen|anlegen|hinzufügen")
                    .orElseThrow(() -> new AssertionError("no link to a new volunteer on " + browser.path()));
            clickAndWaitForNewPage(browser, create);
            LocalSetup.await("new volunteer form", Duration.ofSeconds(20),
                    () -> !browser.all("main form[method=post] [name=name]").isEmpty(), browser::path);
        }
    }

    /** Fills the new-volunteer form: the name, the office (Alsdorf) and every other required field with a valid choice. */
    static WebElement fillNewVolunteer(Browser browser, String name) {
        WebElement form = browser.find("main form[method=post] [name=name]").findElement(By.xpath("ancestor::form"));
        WebElement nameInput = form.findElement(By.name("name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        for (WebElement sel : form.findElements(By.tagName("select"))) {
            Select s = new Select(sel);
            String field = sel.getAttribute("name");
            if ("office".equals(field) && s.getOptions().stream().anyMatch(o -> Platform.PARTNER_OFFICE.equals(o.getAttribute("value")))) {
                s.selectByValue(Platform.PARTNER_OFFICE);
            } else if (s.getFirstSelectedOption().getAttribute("value").isEmpty() && sel.getAttribute("required") != null) {
                s.getOptions().stream().filter(o -> !o.getAttribute("value").isEmpty()).findFirst().ifPresent(o -> s.selectByValue(o.getAttribute("value")));
            }
        }
        for (WebElement in : form.findElements(By.cssSelector("input[required]"))) {
            if (!in.getAttribute("value").isEmpty() || "name".equals(in.getAttribute("name"))) {
                continue;
            }
            String type = in.getAttribute("type").toLowerCase(Locale.ROOT);
            String field = in.getAttribute("name");
            if (type.equals("number")) {
                in.sendKeys("1");
            } else if (field.contains("municipality")) {
                in.sendKeys("05334004");
            } else if (type.equals("text")) {
                in.sendKeys("Deutsch");
            }
        }
        return form;
    }

    /** Submits the page's POST form in main (its submit button) and waits for the answer page. */
    static void submitMainForm(Browser browser) {
        WebElement form = browser.find("main form[method=post]");
        clickAndWaitForNewPage(browser, form.findElement(By.cssSelector("button[type=submit], button:not([type]), input[type=submit]")));
    }

    /** Clicks (or presses Enter on) an element that loads a new page, and waits until the old page is gone. */
    static void clickAndWaitForNewPage(Browser browser, WebElement control) {
        WebElement html = browser.find("html");
        click(browser, control);
        waitForNewPage(browser, html);
    }

    /**
     * Activates a control as a keyboard user does: a link or button gets Enter (no pointer hit-testing, which the
     * headless window's size made flaky below the fold), anything else is scrolled to the middle and clicked.
     */
    static void click(Browser browser, WebElement e) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", e);
        String tag = e.getTagName().toLowerCase(Locale.ROOT);
        if (tag.equals("a") || tag.equals("button")) {
            e.sendKeys(org.openqa.selenium.Keys.ENTER);
        } else if (tag.equals("input") && !e.getAttribute("type").equalsIgnoreCase("submit")) {
            e.sendKeys(org.openqa.selenium.Keys.SPACE);
        } else {
            e.click();
        }
    }

    static void waitForNewPage(Browser browser, WebElement oldHtml) {
        // the old document is gone once its root element is stale (Chromium may also say the node left the document)
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            try {
                oldHtml.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Clicks the button or link in main whose text matches (confirming a question the page asks) and waits for the next page. */
    static void press(Browser browser, String textRegex) {
        WebElement control = mainControl(browser, textRegex)
                .orElseThrow(() -> new AssertionError("no button /" + textRegex + "/ on " + browser.path() + ":\n" + browser.find("main").getText()));
        WebElement html = browser.find("html");
        click(browser, control);
        acceptQuestion(browser);
        waitForNewPage(browser, html);
    }

    /** Accepts a confirmation dialog if the page asked one. */
    static void acceptQuestion(Browser browser) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofMillis(500)).until(ExpectedConditions.alertIsPresent()).accept();
        } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.NoAlertPresentException e) {
            // no question asked: a plain submit
        }
    }

    /** The input, select or textarea named so in main (the first of them). */
    static WebElement field(Browser browser, String name) {
        return browser.find("main [name='" + name + "']");
    }

    static void type(Browser browser, String name, String text) {
        WebElement f = field(browser, name);
        f.clear();
        f.sendKeys(text);
    }

    static void choose(Browser browser, String name, String value) {
        new Select(field(browser, name)).selectByValue(value);
    }

    /** Chooses the option whose text contains the given text. */
    static void chooseText(Browser browser, String name, String text) {
        Select s = new Select(field(browser, name));
        WebElement o = s.getOptions().stream().filter(x -> x.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + text + "' in " + name + ": "
                        + s.getOptions().stream().map(WebElement::getText).toList()));
        s.selectByValue(o.getAttribute("value"));
    }

    /** Selects the radio button (or ticks the checkbox, or chooses in a list) of this name and value with the keyboard. */
    static void tick(Browser browser, String name, String value) {
        List<WebElement> found = browser.all("main input[name='" + name + "'][value='" + value + "']");
        if (found.isEmpty() && !browser.all("main select[name='" + name + "']").isEmpty()) {
            choose(browser, name, value);   // the shell shows a choice without a preset value as a list
            return;
        }
        if (found.isEmpty()) {
            throw new AssertionError("no " + name + "=" + value + " on " + browser.path() + ": "
                    + browser.find("main").getAttribute("innerHTML").replaceAll("\\s+", " "));
        }
        WebElement in = found.get(0);
        if (!in.isSelected()) {
            click(browser, in);
        }
    }

    /** A date field: the value set as the browser's date picker would (typing depends on the browser's locale). */
    static void date(Browser browser, String name, java.time.LocalDate date) {
        browser.driver().executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
                field(browser, name), date.toString());
    }

    /** Submits the form that holds this field (its submit button) and waits for the next page. */
    static void submit(Browser browser, String fieldName) {
        WebElement form = field(browser, fieldName).findElement(By.xpath("ancestor::form"));
        clickAndWaitForNewPage(browser, form.findElement(By.cssSelector("button[type=submit], button:not([type]), input[type=submit]")));
    }

    /** Fails with the page's text if the page shows a refusal (alert or a marked field). */
    static void assertNoRefusal(Browser browser) {
        List<WebElement> bad = browser.all("main [role=alert], main [aria-invalid=true]");
        if (!bad.isEmpty()) {
            throw new AssertionError("refused on " + browser.path() + ":\n" + browser.find("main").getText());
        }
    }
}
