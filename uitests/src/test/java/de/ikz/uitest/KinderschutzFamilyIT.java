package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The public page of the Kinderschutz offers directory, as a family sees it on a phone (360 px) without login:
 * the ImBlick demo directory in German, in Arabic (right to left) and in Ukrainian; a search; markup that a
 * provider typed into an offer shows as text and never runs. Every page passes axe; screenshots at 1280 and 360 px.
 * The public pages share the platform's public limit with the public REST operations (60 a minute per address):
 * this test loads well under that.
 */
class KinderschutzFamilyIT extends UiTest {

    static final String PAGE = "/ui/kinderschutz/familien/imblick";
    static final String SCRIPT = "<script>alert('ikz')</script><b>fett</b>";

    @Test
    void aFamilyFindsOffersOnAPhoneInArabicAndUkrainianWithoutLogin() throws Exception {
        String offer = markupOffer();
        browser.driver().manage().window().setSize(new Dimension(360, 740));

        // German, without login: no login form, no session cookie
        browser.open(PAGE);
        assertThat(browser.path()).isEqualTo(PAGE);
        assertThat(browser.h1()).isEqualTo("Hilfe und Angebote für Familien");
        assertThat(browser.cookies()).as("no session for a public page").isEmpty();
        assertThat(attribute("html", "lang")).isEqualTo("de");
        assertThat(noHorizontalScroll()).as("fits a 360 px screen").isTrue();
        browser.page("ks-familien-de");
        browser.driver().manage().window().setSize(new Dimension(360, 740));

        // Arabic through the language link: the page runs right to left, the shell's own texts stay German
        Flows.clickAndWaitForNewPage(browser, browser.find("main a[hreflang=ar]"));
        assertThat(browser.path()).isEqualTo(PAGE + "?language=ar");
        assertThat(attribute("html", "lang")).isEqualTo("ar");
        assertThat(attribute("html", "dir")).isEqualTo("rtl");
        assertThat(script("return getComputedStyle(document.querySelector('main')).direction")).isEqualTo("rtl");
        assertThat(attribute("header", "lang")).isEqualTo("de");
        assertThat(browser.h1()).isEqualTo("مساعدة وعروض للعائلات");
        List<String> headings = browser.all("main h3").stream().map(WebElement::getText).toList();
        assertThat(headings).as("offer titles in Arabic where the provider entered one").contains("مقهى الآباء في مركز الأسرة");
        WebElement german = browser.find("main h3[lang=de]");
        assertThat(german.getAttribute("dir")).isEqualTo("ltr");
        assertThat(noHorizontalScroll()).isTrue();
        browser.page("ks-familien-ar");
        browser.driver().manage().window().setSize(new Dimension(360, 740));

        // Ukrainian, searching for a type through the form (a GET form: the address can be bookmarked)
        browser.open(PAGE + "?language=uk");
        assertThat(browser.h1()).isEqualTo("Допомога та пропозиції для сімей");
        Flows.choose(browser, "type", "FAMILY_CENTRE");
        Flows.submit(browser, "type");
        assertThat(browser.path()).contains("language=uk").contains("type=FAMILY_CENTRE");
        assertThat(browser.all("main h3").stream().map(WebElement::getText).toList()).contains("Батьківське кафе в сімейному центрі");
        browser.page("ks-familien-uk");
        browser.driver().manage().window().setSize(new Dimension(360, 740));

        // a bad entry: the page says which field, in the family's language, and lists nothing
        browser.open(PAGE + "?language=uk&age=99");
        assertThat(browser.find("main .kern-alert--danger").getText()).contains("Вік дитини");
        browser.axe();

        // markup in an offer's text is shown as text and never runs
        browser.open(PAGE + "?q=" + java.net.URLEncoder.encode("Markup-Test", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.all("main h3").stream().map(WebElement::getText).toList()).contains("Markup-Test " + offer);
        assertThat(browser.driver().getPageSource()).doesNotContain("<b>fett</b>");
        assertThat(browser.all("main p").stream().map(WebElement::getText).toList()).contains(SCRIPT);
        assertThat(browser.all("main script, main b")).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** An offer whose German description carries markup, created by the network's coordinator through REST. */
    private String markupOffer() throws Exception {
        String marker = Long.toString(System.nanoTime(), 36);
        Map<String, Object> body = Map.of("type", "COUNSELLING", "languages", List.of("de"), "ags", "05334002", "published", true,
                "freeOfCharge", true, "texts", List.of(Map.of("lang", "de", "title", "Markup-Test " + marker, "description", SCRIPT)));
        JsonNode created = Platform.json(platform.rest(Platform.KS_COORDINATOR, "POST", "/api/v1/modules/kinderschutz/offers?tenant="
                + Platform.TENANT, new ObjectMapper().writeValueAsString(body)), 201);
        assertThat(created.path("id").asText()).isNotBlank();
        return marker;
    }

    private String attribute(String css, String name) {
        return browser.driver().findElement(By.cssSelector(css)).getAttribute(name);
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }

    private boolean noHorizontalScroll() {
        boolean fits = (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth");
        if (!fits) {
            System.out.println("TOO WIDE " + browser.path() + ": " + script("return document.documentElement.scrollWidth + ' > ' + window.innerWidth + ': '"
                    + " + Array.from(document.querySelectorAll('body *')).filter(e => { const r = e.getBoundingClientRect(); return r.right > window.innerWidth + 1 || r.left < -1; })"
                    + ".slice(0, 12).map(e => e.tagName + '.' + e.className + ' [' + Math.round(e.getBoundingClientRect().left) + ',' + Math.round(e.getBoundingClientRect().right) + '] ' + (e.textContent || '').slice(0, 40)).join(' | ')"));
        }
        return fits;
    }
}
