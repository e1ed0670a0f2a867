package de.ikz.ui.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import de.ikz.api.tenant.Caller;

import org.junit.jupiter.api.Test;

/** Public pages (a view with @PublicOperation): no login, no session, the platform's public limit, nothing changed. */
class PublicPageShellTest {

    final ShellFixture fx = new ShellFixture();

    @Test
    void aPublicPageIsServedWithoutLoginAndWithoutSessionToAnAnonymousCaller() {
        ShellFixture.Browser b = fx.new Browser();
        WebResponse w = b.get("/ui/mod/directory/imblick?q=Hebamme&language=ar");
        assertThat(w.status).isEqualTo(200);
        assertThat(w.headers.get("Set-Cookie")).as("no session for a public page").isNull();
        assertThat(fx.sessions.size()).isZero();
        assertThat(fx.seen.caller().user()).isEqualTo(Caller.ANONYMOUS);
        assertThat(fx.seen.caller().roles()).isEmpty();
        assertThat(fx.seen.caller().tenantId()).isEmpty();
        assertThat(fx.seen.caller().address()).isEqualTo("10.0.0.7");
        assertThat(fx.seen.pathParam("network")).isEqualTo("imblick");
        assertThat(w.text()).contains("Hebamme").doesNotContain("Abmelden").doesNotContain("csrf-token")
                .doesNotContain("hauptnavigation");
        assertThat(w.header("Content-Security-Policy")).isEqualTo(Shell.CSP);
        assertThat(w.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void everyPublicRequestTakesFromThePlatformLimitAndBeyondItGets429WithRetryAfter() {
        ShellFixture.Browser b = fx.new Browser();
        assertThat(b.get("/ui/mod/directory/imblick").status).isEqualTo(200);
        fx.publicWait = 7;
        fx.seen = null;
        WebResponse w = b.get("/ui/mod/directory/imblick");
        assertThat(w.status).isEqualTo(429);
        assertThat(w.header("Retry-After")).isEqualTo("7");
        assertThat(w.text()).contains("in 7 Sekunden");
        assertThat(fx.seen).as("the page was not asked").isNull();
        assertThat(fx.limited).containsExactly("10.0.0.7", "10.0.0.7");
    }

    @Test
    void withoutTheLimitServiceAPublicPageIs503NeverUnlimited() {
        fx.publicLimit = null;
        WebResponse w = fx.new Browser().get("/ui/mod/directory/imblick");
        assertThat(w.status).isEqualTo(503);
        assertThat(fx.seen).isNull();
    }

    @Test
    void aPublicPageChangesNothingAndAPageThatWouldIsNotServed() {
        ShellFixture.Browser b = fx.new Browser();
        WebResponse post = b.post("/ui/mod/directory/imblick", Map.of("q", "x"));
        assertThat(post.status).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(fx.seen).isNull();
        WebResponse open = b.get("/ui/mod/open-change");
        assertThat(open.status).as("a public page with submit is not served: to login like any unknown page")
                .isEqualTo(303);
        assertThat(open.header("Location")).startsWith("/ui/login");
    }

    @Test
    void theRestOfTheAreaStillNeedsALoginAndTheLimitIsNotTouchedByIt() {
        ShellFixture.Browser b = fx.new Browser();
        assertThat(b.get("/ui/mod/due").status).isEqualTo(303);
        assertThat(fx.limited).isEmpty();
    }

    @Test
    void aPublicPageThatDoesNotFindItsSubjectIs404WithoutLoginLink() {
        WebResponse w = fx.new Browser().get("/ui/mod/directory/unknown");
        assertThat(w.status).isEqualTo(404);
        assertThat(w.text()).doesNotContain("/ui/login");
    }

    @Test
    void theScreenLanguageMarksThePageAndTheShellsOwnTextsStayGerman() {
        String html = fx.new Browser().get("/ui/mod/directory/imblick?language=ar").text();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(html).contains("<header class=\"ikz-header\" lang=\"de\" dir=\"ltr\">");
        assertThat(html).containsPattern("<h2 id=\"s_[0-9]+\" class=\"kern-heading-medium\" lang=\"ar\" dir=\"rtl\">مركز الأسرة</h2>");
        assertThat(html).contains("<p class=\"kern-body\" lang=\"de\" dir=\"ltr\">Familienzentrum</p>");
        assertThat(html).contains("<span lang=\"uk\" dir=\"ltr\">Консультація</span>");
        assertThat(html).contains("href=\"/ui/mod/directory/imblick?language=ar\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>");
        assertThat(html).containsPattern("<input [^>]*name=\"q\"[^>]*dir=\"auto\"");
        String german = fx.new Browser().get("/ui/mod/directory/imblick").text();
        assertThat(german).contains("<html lang=\"de\">").contains("<header class=\"ikz-header\">");
    }
}
