package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The web UI over HTTP against the built distribution: login with the form's CSRF token and a new
 * session id, a page, logout that ends the session on the server, CSRF refusals, and the UI's own
 * headers (REST's filters do not apply to /ui, nor the UI's to REST).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class UiIT extends ContainerSupport {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String base() {
        return "http://127.0.0.1:" + Integer.getInteger("ikz.itest.http.port");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(20)).GET();
        if (cookie != null) {
            b.header("Cookie", "ikz_ui=" + cookie);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> form, String origin) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", "ikz_ui=" + cookie);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> r) {
        String set = r.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError("no Set-Cookie"));
        assertTrue(set, set.contains("; Path=/ui") && set.contains("; HttpOnly") && set.contains("; SameSite=Strict")
                && set.contains("; Secure"));
        return set.substring("ikz_ui=".length(), set.indexOf(';'));
    }

    private static String token(HttpResponse<String> r) {
        Matcher m = TOKEN.matcher(r.body());
        assertTrue("a CSRF token in the form: " + r.body(), m.find());
        return m.group(1);
    }

    /** A new tenant with an auditor; returns the user name. */
    private String auditor(String password) throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Http h = http();
        String admin = adminPassword();
        assertEquals(201, h.post("tenants", "{\"id\":\"ui-" + s + "\",\"name\":\"UI " + s + "\"}", "admin", admin).status());
        Http.Reply created = h.post("users", "{\"username\":\"ui-auditor-" + s + "\",\"password\":\"" + password
                + "\",\"tenant\":\"ui-" + s + "\",\"roles\":[\"auditor\"]}", "admin", admin);
        assertEquals(created.body(), 201, created.status());
        return "ui-auditor-" + s;
    }

    @Test
    public void loginPageLogoutWithANewSessionIdAndTheSessionEndedOnTheServer() throws Exception {
        awaitHealthy();
        String password = "UI test password 1!";
        String user = auditor(password);
        HttpResponse<String> first = get("/ui/", null);
        assertEquals(303, first.statusCode());
        assertEquals("/ui/login?next=%2Fui%2F", first.headers().firstValue("Location").orElse(null));
        HttpResponse<String> form = get("/ui/login", null);
        assertEquals(200, form.statusCode());
        String pre = cookie(form);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", user);
        fields.put("password", password);
        fields.put("_csrf", token(form));
        HttpResponse<String> in = post("/ui/login", pre, fields, base());
        assertEquals(in.body(), 303, in.statusCode());
        String session = cookie(in);
        assertNotEquals("a new session id at login", pre, session);
        HttpResponse<String> home = get("/ui/", session);
        assertEquals(200, home.statusCode());
        assertTrue(home.body(), home.body().contains(user));
        assertTrue(home.body().contains("aria-label=\"Hauptnavigation\""));
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse(null));
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'; script-src 'self'"));
        assertEquals(303, get("/ui/", pre).statusCode());
        // logout needs the token; then the id is dead on the server, whoever kept it
        String token = token(home);
        assertEquals(403, post("/ui/logout", session, Map.of(), base()).statusCode());
        HttpResponse<String> out = post("/ui/logout", session, Map.of("_csrf", token), base());
        assertEquals(303, out.statusCode());
        assertEquals("/ui/login?abgemeldet", out.headers().firstValue("Location").orElse(null));
        assertEquals(303, get("/ui/", session).statusCode());
    }

    @Test
    public void aCrossSiteOrTokenlessPostIsRefusedWith403() throws Exception {
        awaitHealthy();
        String password = "UI test password 2!";
        String user = auditor(password);
        HttpResponse<String> form = get("/ui/login", null);
        String pre = cookie(form);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", user);
        fields.put("password", password);
        HttpResponse<String> noToken = post("/ui/login", pre, fields, base());
        assertEquals(403, noToken.statusCode());
        assertTrue(noToken.body(), noToken.body().contains("Sicherheitsprüfung fehlgeschlagen"));
        fields.put("_csrf", token(form));
        HttpResponse<String> crossSite = post("/ui/login", pre, fields, "https://evil.example");
        assertEquals(403, crossSite.statusCode());
        assertFalse(crossSite.headers().firstValue("Set-Cookie").isPresent());
        HttpResponse<String> in = post("/ui/login", pre, fields, base());
        assertEquals("the refusals changed nothing: the same form still logs in", 303, in.statusCode());
        String session = cookie(in);
        HttpResponse<String> home = get("/ui/", session);
        HttpResponse<String> logout = post("/ui/logout", session, Map.of("_csrf", token(home)), "https://evil.example");
        assertEquals(403, logout.statusCode());
        assertEquals("still logged in", 200, get("/ui/", session).statusCode());
    }

    @Test
    public void restAndUiKeepTheirOwnRules() throws Exception {
        awaitHealthy();
        // the REST application's authentication does not apply to /ui (no 401 problem), nor its CSP
        HttpResponse<String> ui = get("/ui/login", null);
        assertEquals(200, ui.statusCode());
        assertTrue(ui.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(ui.headers().firstValue("WWW-Authenticate").isPresent());
        // and the UI's session does not authenticate REST
        HttpResponse<String> rest = get("/api/v1/tenants", cookie(ui));
        assertEquals(401, rest.statusCode());
        assertNotNull(rest.headers().firstValue("Content-Security-Policy").orElse(null));
        assertTrue(rest.headers().firstValue("Content-Security-Policy").get().startsWith("default-src 'none'"));
    }
}
