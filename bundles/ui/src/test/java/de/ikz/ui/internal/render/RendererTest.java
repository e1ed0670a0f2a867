package de.ikz.ui.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import de.ikz.api.ui.Part;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;

class RendererTest {

    /** Closes every context a text can land in: element, attribute (both quotes), SVG, script, URL. */
    static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&amp;";

    private final Renderer renderer = new Renderer();

    private Html gallery(String s, FormState state) {
        return Html.parse(renderer.screen(Gallery.chrome(s), Gallery.screen(s), state));
    }

    @Test
    void hostileTextInEveryPartIsEscaped() {
        Html page = gallery(HOSTILE, FormState.NONE);
        // only the two script elements of the shell, no img, no event handler attribute anywhere
        assertThat(page.all("//script")).extracting(e -> e.getAttribute("src"))
                .allSatisfy(src -> assertThat(src).startsWith("/ui/assets/"));
        assertThat(page.count("//script")).isEqualTo(2);
        assertThat(page.count("//img")).isZero();
        assertThat(page.count("//@*[starts-with(name(), 'on')]")).isZero();
        assertThat(page.source).doesNotContain("<script>alert").doesNotContain("<img");
        // the text arrives as text: in the title, the h1, a table cell, an SVG label, a hidden field's value
        assertThat(page.text("//h1")).isEqualTo(HOSTILE + "Galerie aller Teile");
        assertThat(page.one("/html/head/title").getTextContent()).contains(HOSTILE + "Galerie aller Teile");
        assertThat(page.all("//td").stream().map(Element::getTextContent)).contains(HOSTILE + "Anna Probe");
        assertThat(page.all("//*[local-name()='text']").stream().map(Element::getTextContent)).contains(HOSTILE + "Nord");
                assertThat(page.one("//input[@name='stage' and @type='hidden']").getAttribute("value")).isEqualTo(HOSTILE + "TRAINING");
        assertThat(page.one("//form[@data-confirm]").getAttribute("data-confirm")).isEqualTo(HOSTILE + "Wirklich verschieben?");
        // header, navigation and flash too
        assertThat(page.one("//header").getTextContent()).contains(HOSTILE + "Erika Muster", HOSTILE + "Landkreis Nord",
                HOSTILE + "Jugendamt Nord");
        assertThat(page.text("//*[@role='status']")).isEqualTo(HOSTILE + "Gespeichert.");
        assertThat(page.all("//nav//a").stream().map(Element::getTextContent)).contains(HOSTILE + "Fällig");
    }

    @Test
    void hostileTextOnLoginPasswordAndErrorPagesIsEscaped() {
        Html login = Html.parse(renderer.login(new LoginForm(Locale.GERMANY, HOSTILE, HOSTILE, HOSTILE, HOSTILE)));
        assertThat(login.one("//input[@name='username']").getAttribute("value")).isEqualTo(HOSTILE);
        assertThat(login.one("//input[@name='_csrf']").getAttribute("value")).isEqualTo(HOSTILE);
        assertThat(login.count("//script")).isEqualTo(2);
        Html error = Html.parse(renderer.error(Gallery.chrome(HOSTILE), 404, HOSTILE));
        assertThat(error.all("//p").stream().map(Element::getTextContent)).contains(HOSTILE);
        assertThat(error.count("//img")).isZero();
        Html password = Html.parse(renderer.passwordChange(Gallery.chrome(HOSTILE), HOSTILE, false));
        assertThat(password.count("//img")).isZero();
        assertThat(password.one("//*[@role='alert']").getTextContent()).contains(HOSTILE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "https://evil.example/", "//evil.example/x",
            "/\\evil.example", "\\\\evil", "/ui/../admin", "../other/page", "volunteers/../../x", "./x", "/ui/%2e%2e/x",
            "a%2Fb/%2E%2E", "/other/page", "/", "data:text/html,x", "java\tscript:x", "volunteers/1\nLocation: x",
            "mailto:a@b.c", "/uix/page", " /ui/x", "javascript:x/y", "JAVASCRIPT:/ui/x"})
    void hostileTargetsAreRefused(String target) {
        assertThatThrownBy(() -> Targets.resolve(target, "/ui/vormundschaft/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target refused");
        View.Screen screen = View.screen("x", new Part.Links(null, List.of(new Part.Link("x", target, null))));
        assertThatThrownBy(() -> renderer.screen(Gallery.chrome(""), screen, FormState.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void targetsResolveAgainstTheBase() {
        assertThat(Targets.resolve("volunteers/12", "/ui/vormundschaft/")).isEqualTo("/ui/vormundschaft/volunteers/12");
        assertThat(Targets.resolve("volunteers?stage=TRAINING&x=12:30", "/ui/vormundschaft/"))
                .isEqualTo("/ui/vormundschaft/volunteers?stage=TRAINING&x=12:30");
        assertThat(Targets.resolve("", "/ui/vormundschaft/")).isEqualTo("/ui/vormundschaft/");
        assertThat(Targets.resolve("runs/2026-01-01T10:00", "/ui/core/")).isEqualTo("/ui/core/runs/2026-01-01T10:00");
        assertThat(Targets.resolve("/ui/core/participants", "/ui/vormundschaft/")).isEqualTo("/ui/core/participants");
        assertThat(Targets.resolve("list?q=Max Muster", "/ui/core/")).isEqualTo("/ui/core/list?q=Max%20Muster");
        assertThatThrownBy(() -> Targets.resolve("x", "https://evil/")).isInstanceOf(IllegalArgumentException.class);
        // every kind of target on the gallery is resolved: no href or action leaves /ui/
        Html page = gallery("", FormState.NONE);
        assertThat(page.count("//a[@href] | //form[@action]")).isGreaterThan(20);
        page.all("//a[@href]").forEach(a -> assertThat(a.getAttribute("href")).matches("(/ui/.*|#.+)"));
        page.all("//form").forEach(f -> assertThat(f.getAttribute("action")).startsWith("/ui/"));
        assertThat(page.one("//a[normalize-space()='Max Beispiel' and ancestor::td]").getAttribute("href"))
                .isEqualTo("/ui/vormundschaft/volunteers/12");
    }

    @Test
    void valuesAreFormattedInGerman() {
        assertThat(Formats.text(Value.money(new BigDecimal("1234.56")), Locale.GERMANY)).isEqualTo("1.234,56 €");
        assertThat(Formats.text(Value.money(new BigDecimal("1234.5")), Locale.GERMANY)).isEqualTo("1.234,50 €");
        assertThat(Formats.text(Value.money(new BigDecimal("-1234567.555")), Locale.GERMANY)).isEqualTo("-1.234.567,56 €");
        assertThat(Formats.text(Value.money(new BigDecimal("-0.001")), Locale.GERMANY)).isEqualTo("0,00 €");
        assertThat(Formats.text(Value.count(1234567), Locale.GERMANY)).isEqualTo("1.234.567");
        assertThat(Formats.text(Value.number(new BigDecimal("3.14159"), 2), Locale.GERMANY)).isEqualTo("3,14");
        assertThat(Formats.text(Value.number(new BigDecimal("1000"), 0), Locale.GERMANY)).isEqualTo("1.000");
        assertThat(Formats.text(Value.percent(new BigDecimal("12.5"), 1), Locale.GERMANY)).isEqualTo("12,5 %");
        assertThat(Formats.text(Value.percent(new BigDecimal("12.46"), 1), Locale.GERMANY)).isEqualTo("12,5 %");
        assertThat(Formats.text(Value.date(LocalDate.of(2026, 12, 31)), Locale.GERMANY)).isEqualTo("31.12.2026");
        // winter (UTC+1) and summer (UTC+2) time in Europe/Berlin
        assertThat(Formats.text(Value.time(Instant.parse("2026-12-31T13:05:00Z")), Locale.GERMANY)).isEqualTo("31.12.2026, 14:05");
        assertThat(Formats.text(Value.time(Instant.parse("2026-07-01T22:30:00Z")), Locale.GERMANY)).isEqualTo("02.07.2026, 00:30");
        assertThat(Formats.text(new Value.Money(null), Locale.GERMANY)).isEmpty();
        assertThat(Formats.text(new Value.Count(null), Locale.GERMANY)).isEmpty();
        assertThat(Formats.text(null, Locale.GERMANY)).isEmpty();
    }

    @Test
    void tableHasCaptionColumnHeadersAndRowsWithNumbersRightAligned() {
        Html page = gallery("", FormState.NONE);
        Element table = page.one("//table[caption='Ehrenamtliche nach Stand']");
        assertThat(table.getAttribute("class")).contains("kern-table");
        List<Element> headers = page.all("//table[caption='Ehrenamtliche nach Stand']/thead/tr/th");
        assertThat(headers).hasSize(7).allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("col"));
        assertThat(headers.get(1).getAttribute("class")).contains("kern-table__header--numeric");
        assertThat(headers.get(0).getAttribute("class")).doesNotContain("numeric");
        List<Element> rows = page.all("//table[caption='Ehrenamtliche nach Stand']/tbody/tr");
        assertThat(rows).hasSize(2);
        for (Element r : rows) {
            assertThat(page.all("//table[caption='Ehrenamtliche nach Stand']/tbody/tr[" + (rows.indexOf(r) + 1) + "]/td"))
                    .hasSize(7);
        }
        List<Element> first = page.all("//table[caption='Ehrenamtliche nach Stand']/tbody/tr[1]/td");
        assertThat(first).extracting(e -> e.getTextContent().strip()).containsExactly("Max Beispiel", "1.234",
                "1.234,50 €", "12,5 %", "31.12.2026", "31.12.2026, 14:05", "überfällig");
        assertThat(first.get(2).getAttribute("class")).contains("kern-table__cell--numeric").endsWith("num");
        assertThat(first.get(4).getAttribute("class")).doesNotContain("num");
        assertThat(page.all("//table[caption='Ehrenamtliche nach Stand']/tfoot/tr/td")).hasSize(7);
        // the scrolling wrapper is a focusable, labelled region
        Element wrapper = (Element) table.getParentNode();
        assertThat(wrapper.getAttribute("role")).isEqualTo("region");
        assertThat(wrapper.getAttribute("tabindex")).isEqualTo("0");
        assertThat(page.one("//*[@id='" + wrapper.getAttribute("aria-labelledby") + "']").getTextContent())
                .isEqualTo("Ehrenamtliche nach Stand");
        // an empty table shows its text instead
        assertThat(page.count("//table[caption='Leere Tabelle']")).isZero();
        assertThat(page.source).contains("Noch nichts da.");
    }

    @Test
    void everyPostFormCarriesTheCsrfTokenAndEveryGetFormNone() {
        Html page = gallery("", FormState.NONE);
        List<Element> post = page.all("//form[@method='post']");
        assertThat(post).hasSizeGreaterThanOrEqualTo(4); // logout, board move, the form, the delete action
        for (Element f : post) {
            assertThat(page.all("(//form[@method='post'])[" + (post.indexOf(f) + 1) + "]/input[@name='_csrf']"))
                    .singleElement().satisfies(i -> assertThat(i.getAttribute("value")).isEqualTo(Gallery.TOKEN));
            assertThat(page.count("(//form[@method='post'])[" + (post.indexOf(f) + 1) + "]//button")).isEqualTo(1);
        }
        assertThat(page.count("//form[@method='get']//input[@name='_csrf']")).isZero();
        assertThat(page.one("//form[@id='logout']").getAttribute("action")).isEqualTo("/ui/logout");
        Element delete = page.one("//form[.//button[normalize-space()='Löschen']]");
        assertThat(delete.getAttribute("action")).isEqualTo("/ui/vormundschaft/volunteers/12/delete");
        assertThat(page.count("//form[.//button[normalize-space()='Löschen']]/input[@name='id' and @value='12']")).isEqualTo(1);
        Element login = Html.parse(renderer.login(new LoginForm(null, "t0k", null, null, null))).one("//form");
        assertThat(login.getAttribute("method")).isEqualTo("post");
        assertThat(Html.parse(renderer.login(new LoginForm(null, "t0k", null, null, null)))
                .one("//form/input[@name='_csrf']").getAttribute("value")).isEqualTo("t0k");
        assertThat(Html.parse(renderer.passwordChange(Gallery.chrome(""), null, true))
                .count("//form[@action='/ui/password']/input[@name='_csrf' and @value='" + Gallery.TOKEN + "']")).isEqualTo(1);
    }

    @Test
    void aRefusedSubmitShowsTheSentValuesAndMarksTheField() {
        FormState state = new FormState(Map.of("name", List.of("Neu<b>"), "stage", List.of("NEW"), "secret", List.of("pw"),
                "flags", List.of("NEW", "TRAINING"), "agree", List.of()), "name", "Name fehlt");
        Html page = gallery("", state);
        Element name = page.one("//input[@name='name']");
        assertThat(name.getAttribute("value")).isEqualTo("Neu<b>");
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
        String errorId = name.getAttribute("aria-describedby");
        assertThat(page.text("//*[@id='" + errorId + "']")).isEqualTo("Name fehlt");
        assertThat(page.count("//*[@aria-invalid='true']")).isEqualTo(1);
        assertThat(page.one("//select[@name='stage']/option[@selected]").getAttribute("value")).isEqualTo("NEW");
        assertThat(page.all("//input[@name='flags' and @checked]")).hasSize(2);
        assertThat(page.count("//input[@name='agree' and @checked]")).isZero();
        // a password is never sent back into the page
        assertThat(page.one("//input[@name='secret']").getAttribute("value")).isEmpty();
        // the error summary at the top links to the field; the window title says there is an error
        assertThat(page.one("//*[@role='alert']//a").getAttribute("href")).isEqualTo("#" + name.getAttribute("id"));
        assertThat(page.one("/html/head/title").getTextContent()).startsWith("Fehler: ");
        // the GET form keeps its own value
        assertThat(page.one("//input[@name='year']").getAttribute("value")).isEqualTo("2026");

        Html fresh = gallery("", FormState.NONE);
        assertThat(fresh.one("//input[@name='name']").getAttribute("value")).isEqualTo("Max");
        assertThat(fresh.one("//select[@name='stage']/option[@selected]").getAttribute("value")).isEqualTo("TRAINING");
        assertThat(fresh.count("//*[@aria-invalid]")).isZero();
        assertThat(fresh.count("//*[@role='alert']")).isZero();
        assertThat(fresh.one("//input[@name='secret']").getAttribute("value")).isEmpty();
    }

    @Test
    void onlyTheFormThatWasSentShowsTheSentValues() {
        View.Screen two = View.screen("Zwei Formulare",
                new Part.Form("a", Part.Method.POST, List.of(Part.Input.text("note", "Notiz A", "alt A", false)), "A", null),
                new Part.Form("b", Part.Method.POST, List.of(Part.Input.text("note", "Notiz B", "alt B", false)), "B", null));
        Html fresh = Html.parse(renderer.screen(Gallery.chrome(""), two, FormState.NONE));
        String second = fresh.all("//input[@name='_form']").get(1).getAttribute("value");
        Html page = Html.parse(renderer.screen(Gallery.chrome(""), two,
                new FormState(Map.of("note", List.of("neu"), "_form", List.of(second)), "note", "zu lang")));
        assertThat(page.all("//input[@name='note']")).extracting(e -> e.getAttribute("value")).containsExactly("alt A", "neu");
        assertThat(page.all("//input[@name='note']")).extracting(e -> e.getAttribute("aria-invalid")).containsExactly("", "true");
    }

    @Test
    void anErrorWithoutAKnownFieldIsShownAboveTheForm() {
        Html page = gallery("", new FormState(Map.of("name", List.of("x")), "elsewhere", "Schon vergeben"));
        assertThat(page.text("//*[@role='alert']")).contains("Schon vergeben");
        assertThat(page.count("//*[@aria-invalid]")).isZero();
    }

    @Test
    void everyInputHasALabelAndRequiredIsSaidInText() {
        Html page = gallery("", FormState.NONE);
        for (Element in : page.all("//input[not(@type='hidden')] | //select | //textarea")) {
            String id = in.getAttribute("id");
            assertThat(page.count("//label[@for='" + id + "']")).as("label of " + id).isEqualTo(1);
        }
        assertThat(page.one("//label[@for=//input[@name='name']/@id]").getTextContent()).contains("(Pflichtfeld)");
        assertThat(page.one("//input[@name='name']").getAttribute("aria-required")).isEqualTo("true");
        assertThat(page.one("//label[@for=//input[@name='phone']/@id]").getTextContent()).doesNotContain("Pflichtfeld");
        assertThat(page.one("//input[@name='email']").getAttribute("aria-describedby"))
                .isEqualTo(page.one("//div[@class='kern-hint' and .='dienstlich']").getAttribute("id"));
        assertThat(page.count("//fieldset[legend]")).isEqualTo(2);
    }

    @Test
    void regionsKeepTheirIdsAndLiveFormsTargetThem() {
        Html page = gallery("", FormState.NONE);
        assertThat(page.one("//div[@id='result']").getTextContent()).contains("Ergebnis: 42");
        Element live = page.one("//form[@hx-get]");
        assertThat(live.getAttribute("method")).isEqualTo("get");
        assertThat(live.getAttribute("action")).isEqualTo("/ui/vormundschaft/calculator");
        assertThat(live.getAttribute("hx-get")).isEqualTo("/ui/vormundschaft/calculator");
        assertThat(live.getAttribute("hx-target")).isEqualTo("#result");
        assertThat(live.getAttribute("hx-select")).isEqualTo("#result");
        assertThat(live.getAttribute("hx-swap")).isEqualTo("outerHTML");
        assertThat(live.getAttribute("hx-trigger")).isEqualTo("input changed delay:300ms, submit");
        assertThat(page.count("//form[@hx-get]//button[@type='submit']")).isEqualTo(1);
        // ids are unique on the page
        List<String> ids = page.all("//*[@id]").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void aLiveFormWithoutItsRegionOrARegionTwiceIsABugInThePage() {
        View.Screen missing = View.screen("x", new Part.Form("calc", Part.Method.GET, List.of(), "Los", "result"));
        assertThatThrownBy(() -> renderer.screen(Gallery.chrome(""), missing, FormState.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("result");
        View.Screen twice = View.screen("x", new Part.Region("a", List.of()),
                Part.section("s", new Part.Region("a", List.of())));
        assertThatThrownBy(() -> renderer.screen(Gallery.chrome(""), twice, FormState.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        View.Screen reserved = View.screen("x", new Part.Region("inhalt", List.of()));
        assertThatThrownBy(() -> renderer.screen(Gallery.chrome(""), reserved, FormState.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShellHasLandmarksSkipLinkOneH1AndMarksTheCurrentPage() {
        Html page = gallery("", FormState.NONE);
        assertThat(page.one("/html").getAttribute("lang")).isEqualTo("de");
        Element skip = page.one("/html/body/*[1]");
        assertThat(skip.getTagName()).isEqualTo("a");
        assertThat(skip.getAttribute("href")).isEqualTo("#inhalt");
        assertThat(skip.getTextContent()).isEqualTo("Zum Inhalt");
        assertThat(page.count("//main[@id='inhalt']")).isEqualTo(1);
        assertThat(page.count("//h1")).isEqualTo(1);
        assertThat(page.count("//main//h1")).isEqualTo(1);
        assertThat(page.count("//header//form[@id='logout']")).isEqualTo(1);
        assertThat(page.one("//nav[@aria-label='Hauptnavigation']").getTextContent()).contains("Fällig", "Teilnehmer");
        assertThat(page.all("//nav//a[@aria-current='page']")).singleElement()
                .satisfies(a -> assertThat(a.getAttribute("href")).isEqualTo("/ui/vormundschaft/volunteers"));
        assertThat(page.one("//meta[@name='htmx-config']").getAttribute("content"))
                .contains("\"allowEval\":false", "\"includeIndicatorStyles\":false");
        // no inline style or script (CSP)
        assertThat(page.count("//@style | //style | //script[not(@src)]")).isZero();
        // the back link comes before the h1
        assertThat(page.one("//main/p[@class='ikz-back']/a").getAttribute("href")).isEqualTo("/ui/vormundschaft/volunteers");
    }

    @Test
    void theBarChartIsAnImageWithATitleAndTheSameFiguresAsATable() {
        Html page = gallery("", FormState.NONE);
        Element svg = page.one("//svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        Element title = page.one("//*[@id='" + svg.getAttribute("aria-labelledby") + "']");
        assertThat(title.getTagName()).isEqualTo("title");
        assertThat(title.getTextContent()).isEqualTo("Vormundschaften je Jugendamt");
        assertThat(page.all("//svg/rect")).extracting(r -> r.getAttribute("width")).containsExactly("120", "300", "0");
        List<Element> rows = page.all("//figure//table/tbody/tr");
        assertThat(rows).hasSize(3);
        assertThat(page.all("//figure//table/tbody/tr/td")).extracting(e -> e.getTextContent().strip())
                .containsExactly("Nord", "12", "Süd", "30", "Ost", "0");
    }

    @Test
    void boardLanesAreHeadedListsAndCardsLink() {
        Html page = gallery("", FormState.NONE);
        assertThat(page.all("//section[contains(@class,'ikz-lane')]/h3")).extracting(e -> e.getTextContent().strip())
                .containsExactly("Neu (1 Eintrag)", "Schulung (keine Einträge)");
        assertThat(page.count("//section[contains(@class,'ikz-lane')]/ul/li")).isEqualTo(1);
        assertThat(page.all("//ul[@class='ikz-cards']/li//a")).extracting(a -> a.getAttribute("href"))
                .containsExactly("/ui/vormundschaft/due", "/ui/vormundschaft/volunteers", "/ui/core/allocation");
        assertThat(page.all("//ul[@class='ikz-cards']/li")).extracting(e -> e.getAttribute("class"))
                .allSatisfy(c -> assertThat(c).contains("kern-card"));
        // a tone is never colour alone: a word for screen readers and an icon
        assertThat(page.all("//ul[@class='ikz-cards']/li//span[@class='kern-sr-only']"))
                .extracting(Element::getTextContent).containsExactly("Warnung: ", "Hinweis: ", "Erfolg: ");
    }

    @Test
    void loginPasswordAndErrorPages() {
        Html login = Html.parse(renderer.login(new LoginForm(Locale.GERMANY, "t", "erika", "Anmeldung fehlgeschlagen.", null)));
        assertThat(login.count("//h1")).isEqualTo(1);
        assertThat(login.count("//nav")).isZero();
        assertThat(login.one("//form").getAttribute("action")).isEqualTo("/ui/login");
        assertThat(login.one("//input[@name='username']").getAttribute("value")).isEqualTo("erika");
        assertThat(login.one("//input[@name='password']").getAttribute("autocomplete")).isEqualTo("current-password");
        assertThat(login.text("//*[@role='alert']")).isEqualTo("Anmeldung fehlgeschlagen.");

        Html pw = Html.parse(renderer.passwordChange(Gallery.chrome(""), null, true));
        assertThat(pw.count("//nav")).isZero();
        assertThat(pw.all("//form[@action='/ui/password']//input[@type='password']")).extracting(e -> e.getAttribute("name"))
                .containsExactly("currentPassword", "password", "passwordRepeat");
        assertThat(Html.parse(renderer.passwordChange(Gallery.chrome(""), null, false)).count("//nav")).isEqualTo(1);

        Html notFound = Html.parse(renderer.error(null, 404, null));
        assertThat(notFound.text("//h1")).isEqualTo("Seite nicht gefunden");
        assertThat(notFound.count("//form[@id='logout']")).isZero();
        assertThat(notFound.one("//main//a").getAttribute("href")).isEqualTo("/ui/login");
        Html forbidden = Html.parse(renderer.error(Gallery.chrome(""), 403, "Nur für die Koordination."));
        assertThat(forbidden.text("//h1")).isEqualTo("Keine Berechtigung");
        assertThat(forbidden.count("//form[@id='logout']")).isEqualTo(1);
        assertThat(Html.parse(renderer.error(null, 418, null)).text("//h1")).isEqualTo("Die Seite kann nicht angezeigt werden");
    }

    @Test
    void templatesCannotCreateObjectsCallTheApiOrLoadFilesFromOutside() throws Exception {
        freemarker.template.Configuration c = Renderer.configuration(true);
        // SimpleScalar would pass FreeMarker's default (SAFER) resolver; the shell's resolves nothing
        for (String src : List.of("${'freemarker.template.SimpleScalar'?new('x')}",
                "${'freemarker.template.utility.Execute'?new()('id')}",
                "${'freemarker.template.utility.ObjectConstructor'?new()('java.io.File', '/')}",
                "<#assign m = {}>${m?api.getClass().getName()}")) {
            freemarker.template.Template tpl = new freemarker.template.Template("hostile.ftlh", src, c);
            assertThatThrownBy(() -> tpl.process(Map.of(), new java.io.StringWriter()))
                    .isInstanceOf(freemarker.template.TemplateException.class);
        }
        assertThatThrownBy(() -> c.getTemplate("../ui-text.properties")).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> c.getTemplate("/../../etc/passwd")).isInstanceOf(Exception.class);
        assertThat(c.getOutputFormat()).isEqualTo(freemarker.core.HTMLOutputFormat.INSTANCE);
        assertThat(c.getNewBuiltinClassResolver()).isSameAs(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        assertThat(c.isAPIBuiltinEnabled()).isFalse();
    }

    /** Writes the gallery for a look in the browser (target/ui-gallery.html, assets from target/classes). */
    @Test
    void galleryPage() throws Exception {
        String html = renderer.screen(Gallery.chrome(""), Gallery.screen(""),
                new FormState(Map.of("name", List.of("")), "name", "Bitte geben Sie einen Namen an."));
        Html.parse(html);
        Path out = Path.of("target", "ui-gallery.html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, html.replace("\"/ui/assets/", "\"classes/ui-assets/"), StandardCharsets.UTF_8);
        assertThat(out).exists();
        Files.writeString(Path.of("target", "ui-login.html"), renderer.login(new LoginForm(Locale.GERMANY, "t", "erika",
                "Benutzername oder Passwort ist falsch.", null)).replace("\"/ui/assets/", "\"classes/ui-assets/"), StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "ui-error.html"), renderer.error(Gallery.chrome(""), 403,
                "Sie haben keine Berechtigung für diese Seite.").replace("\"/ui/assets/", "\"classes/ui-assets/"), StandardCharsets.UTF_8);
    }
}
