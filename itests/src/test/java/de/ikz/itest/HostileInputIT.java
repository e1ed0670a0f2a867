package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceReference;

/**
 * The hostile-input run: reads the live OpenAPI document and sends every operation at least ten
 * hostile variants (missing and wrong credentials, cross-site requests, path traversal, NUL bytes,
 * huge numbers, wrong types, malformed, deeply nested and oversized bodies, wrong and form content
 * types, an overlong URI). Every answer must be below 500, every error a problem document, every
 * answer must carry the security headers, no changing request may succeed, and nothing may change:
 * the row count of every platform and module table (the access log aside, which records reads)
 * and the users, tenants and backup folder are the same before and after.
 * <p>
 * Wrong credentials use one fresh user name for the whole run: the login throttle locks that name
 * after a few failures (429 is a fine answer), and the failures from this address stay far below
 * the per-address limit, so the other tests of the suite can still log in.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class HostileInputIT extends ContainerSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String EVIL = "https://evil.example";

    private record Op(String method, String path, List<JsonNode> params, String contentType, JsonNode bodySchema, boolean open) {
        boolean changing() {
            return !method.equals("GET");
        }

        boolean upload() {
            return path.startsWith("/register/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One hostile request and what its answer must satisfy beyond the general rules. */
    private record Variant(String name, String method, String uri, Map<String, String> headers, byte[] body,
                           IntPredicate expected, String expectation) {
    }

    private record Answer(int status, String contentType, Map<String, List<String>> headers, String body) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;
    private String adminAuth;
    private String wrongAuthUser;
    private int wrongLogins;

    @Test
    public void everyOperationOfTheOpenApiDocumentWithstandsHostileInput() throws Exception {
        awaitHealthy();
        String pw = adminPassword();
        base = "http://127.0.0.1:" + Integer.getInteger("ikz.itest.http.port") + "/api/v1";
        adminAuth = basic("admin", pw);
        String s = UUID.randomUUID().toString().substring(0, 8);
        wrongAuthUser = "hx-nobody-" + s;

        // real records, so hostile requests meet existing ids and not only "not found"
        String tenant = "hx-" + s;
        String demo = "hxd-" + s;
        Http h = http();
        assertEquals(201, h.post("tenants", "{\"id\":\"" + tenant + "\",\"name\":\"Hostile input tenant\"}", "admin", pw).status());
        String victim = "hx-user-" + s;
        Http.Reply created = h.post("users", "{\"username\":\"" + victim + "\",\"password\":\"Hx-" + UUID.randomUUID()
                + "\",\"tenant\":\"" + tenant + "\",\"roles\":[\"auditor\"]}", "admin", pw);
        assertEquals(created.body(), 201, created.status());
        String core = console("ikz:demo-load --tenant " + demo + " --year 2026 --register " + System.getProperty("ikz.itest.register"),
                "itest", "ikz-platform-admin");
        assertTrue(core, core.contains("Demo tenant '" + demo + "'"));
        console("vormundschaft:demo-load --tenant " + demo + " --year 2026", "itest", "ikz-platform-admin");
        Map<String, String> values = pathValues(tenant, demo, victim);

        JsonNode api = JSON.readTree(send("GET", base + "/openapi.json", Map.of("Authorization", adminAuth), null).body());
        List<Op> ops = operations(api);
        assertTrue("the OpenAPI document lists the core and module operations: " + ops.size(), ops.size() >= 40);

        Map<String, Object> before = snapshot(pw);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Op op : ops) {
            List<Variant> variants = variants(op, api, values, demo);
            assertTrue(op + " has at least ten hostile variants", variants.size() >= 10);
            for (Variant v : variants) {
                Answer a = send(v.method(), v.uri(), v.headers(), v.body());
                requests++;
                String where = op + " [" + v.name() + "] -> " + a.status() + " " + abbreviate(a.body());
                if (a.status() < 0) {
                    failures.add(where + ": no answer");
                    continue;
                }
                if (a.status() >= 500) {
                    failures.add(where + ": server error");
                }
                if (a.status() >= 400 && !a.contentType().startsWith("application/problem+json")) {
                    failures.add(where + ": error is not a problem document but '" + a.contentType() + "'");
                }
                if (!"nosniff".equals(first(a, "X-Content-Type-Options")) || first(a, "Content-Security-Policy") == null) {
                    failures.add(where + ": security headers missing");
                }
                if (op.changing() && a.status() < 300) {
                    failures.add(where + ": a hostile changing request succeeded");
                }
                if (!v.expected().test(a.status())) {
                    failures.add(where + ": expected " + v.expectation());
                }
            }
        }
        Map<String, Object> after = snapshot(pw);
        assertTrue(failures.size() + " of " + requests + " hostile requests answered wrongly:\n" + String.join("\n", failures),
                failures.isEmpty());
        assertEquals("nothing changed after " + requests + " hostile requests", before, after);
    }

    /** What Jetty answers before the application (TRACE, malformed requests, huge headers) is a problem document too. */
    @Test
    public void errorsBeforeTheApplicationArriveAsProblemDetailsAndTraceIsOff() throws Exception {
        awaitHealthy();
        base = "http://127.0.0.1:" + Integer.getInteger("ikz.itest.http.port") + "/api/v1";
        String auth = basic("admin", adminPassword());
        Map<String, Integer> cases = new LinkedHashMap<>();
        // TRACE is refused without a body (405), never echoed back with the credentials
        Answer trace = send("TRACE", base + "/health", new LinkedHashMap<>(Map.of("Authorization", auth)), null);
        assertEquals("TRACE", 405, trace.status());
        assertTrue("TRACE never echoes the request: " + trace.body(),
                !trace.body().contains("Authorization") && !trace.body().contains("Basic "));
        // refused by Jetty while parsing, after the first API request (awaitHealthy) installed the problem error handler
        cases.put("GET " + base + "/tenants/a%00b", 400);
        cases.put("GET " + base + "/..;/api/v1/health", 400);
        cases.put("GET " + base + "/health?x=" + "a".repeat(12_000), 414);
        cases.put("HEADER " + base + "/health", 431);
        for (Map.Entry<String, Integer> c : cases.entrySet()) {
            String method = c.getKey().substring(0, c.getKey().indexOf(' '));
            String uri = c.getKey().substring(method.length() + 1);
            Map<String, String> headers = new LinkedHashMap<>(Map.of("Authorization", auth));
            if (method.equals("HEADER")) {
                method = "GET";
                headers.put("X-Huge", "h".repeat(20_000));
            }
            Answer a = send(method, uri, headers, null);
            String where = c.getKey().substring(0, Math.min(80, c.getKey().length())) + " -> " + a.status() + " " + abbreviate(a.body());
            assertEquals(where, (int) c.getValue(), a.status());
            assertTrue(where + " " + a.contentType(), a.contentType().startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(a.body());
            assertEquals(where, (int) c.getValue(), problem.get("status").asInt());
            assertTrue(where, problem.get("type").asText().startsWith("urn:ikz:problem:"));
            assertEquals(where, "nosniff", first(a, "X-Content-Type-Options"));
            assertEquals(where, "no-store", first(a, "Cache-Control"));
            assertTrue(where, first(a, "Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertTrue("TRACE never echoes the request: " + a.body(), !a.body().contains("Authorization") && !a.body().contains("Basic "));
        }
    }

    /** The API and the docs page carry the security headers; answers with personal data are never stored. */
    @Test
    public void everyAnswerCarriesSecurityHeaders() throws Exception {
        awaitHealthy();
        base = "http://127.0.0.1:" + Integer.getInteger("ikz.itest.http.port") + "/api/v1";
        Map<String, String> auth = Map.of("Authorization", basic("admin", adminPassword()));
        Answer users = send("GET", base + "/users", auth, null);
        assertEquals(200, users.status());
        assertEquals("no-store", first(users, "Cache-Control"));
        assertEquals("nosniff", first(users, "X-Content-Type-Options"));
        assertEquals("no-referrer", first(users, "Referrer-Policy"));
        assertTrue(first(users, "Content-Security-Policy"), first(users, "Content-Security-Policy").startsWith("default-src 'none'"));
        assertEquals("plain HTTP: no HSTS", null, first(users, "Strict-Transport-Security"));
        Answer page = send("GET", base + "/docs", auth, null);
        assertEquals(200, page.status());
        String csp = first(page, "Content-Security-Policy");
        assertTrue(csp, csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-eval"));
        // the page loads only scripts of this server, as files
        for (String script : List.of("docs/swagger-ui-bundle.js", "docs/swagger-ui-standalone-preset.js", "docs/init.js")) {
            assertTrue(page.body(), page.body().contains("src=\"" + script + "\""));
            Answer js = send("GET", base + "/" + script, auth, null);
            assertEquals(script, 200, js.status());
            assertEquals("nosniff", first(js, "X-Content-Type-Options"));
        }
        assertEquals(null, first(send("GET", base + "/health", Map.of(), null), "Cache-Control"));
    }

    /** Backups go only into the configured backup root, owner-only; the data folder and the database are owner-only. */
    @Test
    public void backupsStayInTheBackupRootAndDataIsOwnerOnly() throws Exception {
        awaitHealthy();
        base = "http://127.0.0.1:" + Integer.getInteger("ikz.itest.http.port") + "/api/v1";
        Map<String, String> admin = Map.of("Authorization", basic("admin", adminPassword()), "Content-Type", "application/json");
        Path data = Path.of(System.getProperty("karaf.data"));
        Path outside = data.getParent().resolve("hx-outside-" + UUID.randomUUID());
        for (String bad : List.of(outside.toString(), "/tmp/hx-backup", "../hx-escape", "a/../../hx-escape", "", "hx\u0000x")) {
            Answer a = send("POST", base + "/admin/backup", admin, JSON.writeValueAsBytes(Map.of("folder", bad)));
            assertEquals(bad + ": " + a.body(), 400, a.status());
            assertEquals(bad, "folder", JSON.readTree(a.body()).path("field").asText());
        }
        assertTrue(!Files.exists(outside) && !Files.exists(Path.of("/tmp/hx-backup")) && !Files.exists(data.getParent().resolve("hx-escape")));
        String name = "hx-" + UUID.randomUUID().toString().substring(0, 8);
        Answer ok = send("POST", base + "/admin/backup", admin, JSON.writeValueAsBytes(Map.of("folder", name)));
        assertEquals(ok.body(), 200, ok.status());
        Path written = Path.of(JSON.readTree(ok.body()).get("folder").asText());
        assertEquals(data.resolve("backup").resolve(name).toAbsolutePath(), written);
        assertEquals("rwx------", perms(data.resolve("backup")));
        try (Stream<Path> all = Files.walk(written)) {
            for (Path p : all.toList()) {
                assertEquals(p.toString(), Files.isDirectory(p) ? "rwx------" : "rw-------", perms(p));
            }
        }
        // data/ closed to everybody else covers what Derby and the logs create later with the process umask
        assertEquals("rwx------", perms(data));
        assertEquals("rwx------", perms(data.resolve("ikz")));
        assertEquals("rwx------", perms(data.resolve("ikz/derby")));
    }

    private static String perms(Path p) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    // ------------------------------------------------------------------ operations and variants

    private static List<Op> operations(JsonNode api) {
        List<Op> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ms = p.getValue().fields(); ms.hasNext();) {
                Map.Entry<String, JsonNode> m = ms.next();
                if (!METHODS.contains(m.getKey())) {
                    continue;
                }
                List<JsonNode> params = new ArrayList<>();
                m.getValue().path("parameters").forEach(params::add);
                String type = null;
                JsonNode schema = null;
                JsonNode content = m.getValue().path("requestBody").path("content");
                if (content.isObject() && content.fields().hasNext()) {
                    Map.Entry<String, JsonNode> c = content.fields().next();
                    type = c.getKey();
                    schema = c.getValue().path("schema");
                }
                // security: [] marks an operation without authentication (GET /health, a module's public operation)
                boolean open = m.getValue().path("security").isArray() && m.getValue().path("security").isEmpty();
                ops.add(new Op(m.getKey().toUpperCase(Locale.ROOT), p.getKey(), params, type, schema, open));
            }
        }
        return ops;
    }

    private List<Variant> variants(Op op, JsonNode api, Map<String, String> values, String demo) {
        List<Variant> v = new ArrayList<>();
        String url = url(op, values, Map.of(), demo);
        boolean isPublic = op.path().equals("/health") || op.open();
        boolean hasBody = op.contentType() != null;
        String type = hasBody ? op.contentType() : "application/json";
        boolean json = type.contains("json");
        // the body a well-meaning client might send; every variant below breaks one other thing
        byte[] harmless = hasBody ? (json ? "{}" : "x").getBytes(StandardCharsets.UTF_8) : null;
        String bodyType = hasBody ? type : null;
        IntPredicate any = st -> st < 500;
        IntPredicate refused = st -> st >= 400 && st < 500;

        v.add(new Variant("no credentials", op.method(), url, headers(null, bodyType), harmless,
                isPublic ? any : st -> st == 401, isPublic ? "no error" : "401"));
        v.add(new Variant("wrong credentials", op.method(), url, headers(basic(wrongAuthUser, "wrong-" + (++wrongLogins)), bodyType),
                harmless, isPublic ? any : st -> st == 401 || st == 429, isPublic ? "no error" : "401 or 429"));
        Map<String, String> origin = headers(adminAuth, bodyType);
        origin.put("Origin", EVIL);
        v.add(new Variant("cross-site Origin", op.method(), url, origin, harmless, st -> st == 403, "403"));
        Map<String, String> fetch = headers(adminAuth, bodyType);
        fetch.put("Sec-Fetch-Site", "cross-site");
        fetch.put("Sec-Fetch-Mode", "cors");
        v.add(new Variant("Sec-Fetch-Site: cross-site", op.method(), url, fetch, harmless, st -> st == 403, "403"));

        Map<String, String> admin = headers(adminAuth, bodyType);
        String traversal = "..%2F..%2F..%2F..%2Fetc%2Fpasswd";
        v.add(new Variant("path traversal", op.method(), hasPathParams(op) ? url(op, values, allPath(op, traversal), demo)
                : url.replaceFirst("\\?|$", "/../../../../etc/passwd$0"), admin, harmless, refused, "4xx"));
        v.add(new Variant("NUL in parameters", op.method(), hasPathParams(op) ? url(op, values, allPath(op, "hx%00x"), demo)
                : url + (url.contains("?") ? "&" : "?") + "tenant=hx%00x", admin, harmless,
                hasPathParams(op) || op.changing() ? refused : any, hasPathParams(op) || op.changing() ? "4xx" : "no server error"));
        v.add(new Variant("overlong URI", op.method(), url + (url.contains("?") ? "&" : "?") + "q=" + "a".repeat(12_000),
                admin, harmless, refused, "4xx"));
        // file imports (paths under /register/) have the larger upload limit: there a GET may simply ignore the body
        IntPredicate oversizedExpected = !op.upload() ? st -> st == 413 : op.changing() ? refused : any;
        v.add(new Variant("oversized body", op.method(), url, headers(adminAuth, type), oversized(),
                oversizedExpected, op.upload() ? "4xx or no server error" : "413"));

        if (hasBody) {
            v.add(new Variant("huge numbers", op.method(), url, admin, json ? bodyOf(op, api, "huge")
                    : "1e200000;1e200000;1e200000\n".getBytes(StandardCharsets.UTF_8), refused, "4xx"));
            v.add(new Variant("wrong types", op.method(), url, admin, json ? bodyOf(op, api, "wrong")
                    : "[1,{\"a\":true}]".getBytes(StandardCharsets.UTF_8), refused, "4xx"));
            v.add(new Variant("malformed JSON", op.method(), url, admin,
                    (json ? "{\"a\":" : "\"unterminated;\u0000\n").getBytes(StandardCharsets.UTF_8), refused, "4xx"));
            v.add(new Variant("deeply nested", op.method(), url, admin,
                    ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8), refused, "4xx"));
        } else {
            // no body to attack: the parameters instead (ids that cannot exist, numbers no parser should try)
            Map<String, String> query = new LinkedHashMap<>();
            for (JsonNode p : op.params()) {
                if (p.path("in").asText().equals("query") && !p.path("name").asText().equals("tenant")) {
                    query.put(p.path("name").asText(), "1e200000");
                }
            }
            IntPredicate paramsExpected = op.changing() ? refused : any;
            String paramsExpectation = op.changing() ? "4xx" : "no server error";
            v.add(new Variant("huge numbers", op.method(), withQuery(hasPathParams(op) ? url(op, values, allPath(op, "1e200000"), demo)
                    : url, query), admin, null, paramsExpected, paramsExpectation));
            query.replaceAll((k, x) -> "[]{}\u00ff-99999999999999999999");
            v.add(new Variant("wrong types", op.method(), withQuery(hasPathParams(op) ? url(op, values, allPath(op, "%5B%5D%7B%7D"), demo)
                    : url, query), admin, null, paramsExpected, paramsExpectation));
            if (!op.changing()) {
                // a GET never reads a body; a malformed one must not confuse it
                v.add(new Variant("malformed JSON body", op.method(), url, headers(adminAuth, "application/json"),
                        "{\"a\":".getBytes(StandardCharsets.UTF_8), any, "no server error"));
            }
        }
        if (op.changing()) {
            // what an HTML form or a "simple" cross-site fetch can send
            v.add(new Variant("text/plain body", op.method(), url, headers(adminAuth, "text/plain"),
                    (json ? "{}" : "x").getBytes(StandardCharsets.UTF_8), st -> st == 415, "415"));
            v.add(new Variant("form post", op.method(), url, headers(adminAuth, "application/x-www-form-urlencoded"),
                    "a=b".getBytes(StandardCharsets.UTF_8), st -> st == 415, "415"));
        } else {
            v.add(new Variant("text/plain body", op.method(), url, headers(adminAuth, "text/plain"),
                    "x".getBytes(StandardCharsets.UTF_8), any, "no server error"));
        }
        return v;
    }

    private static Map<String, String> headers(String authorization, String contentType) {
        Map<String, String> m = new LinkedHashMap<>();
        if (authorization != null) {
            m.put("Authorization", authorization);
        }
        if (contentType != null) {
            m.put("Content-Type", contentType);
        }
        return m;
    }

    private static boolean hasPathParams(Op op) {
        return op.path().contains("{");
    }

    private static Map<String, String> allPath(Op op, String value) {
        Map<String, String> m = new LinkedHashMap<>();
        for (JsonNode p : op.params()) {
            if (p.path("in").asText().equals("path")) {
                m.put(p.path("name").asText(), value);
            }
        }
        return m;
    }

    /** The operation's URL with real path values (overridden by {@code raw}, inserted unencoded) and its tenant. */
    private String url(Op op, Map<String, String> values, Map<String, String> raw, String demo) {
        String path = op.path();
        String tenant = path.startsWith("/modules/") || path.startsWith("/agreements") || path.startsWith("/participants")
                || path.startsWith("/audit") ? demo : null;
        for (JsonNode p : op.params()) {
            String name = p.path("name").asText();
            if (p.path("in").asText().equals("path")) {
                String value = raw.containsKey(name) ? raw.get(name)
                        : URLEncoder.encode(values.getOrDefault(op.path() + "#" + name, values.getOrDefault(name, "hx-none")),
                                StandardCharsets.UTF_8);
                path = path.replace("{" + name + "}", value);
            }
        }
        boolean hasTenant = op.params().stream().anyMatch(p -> p.path("name").asText().equals("tenant"));
        return base + path + (hasTenant && tenant != null ? "?tenant=" + tenant : "");
    }

    private static String withQuery(String url, Map<String, String> query) {
        StringBuilder sb = new StringBuilder(url);
        for (Map.Entry<String, String> e : query.entrySet()) {
            sb.append(sb.indexOf("?") < 0 ? '?' : '&').append(e.getKey()).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** A body shaped like the operation's schema with every property hostile: "huge" numbers or "wrong" types. */
    private static byte[] bodyOf(Op op, JsonNode api, String kind) {
        JsonNode schema = resolve(api, op.bodySchema());
        Map<String, Object> body = new LinkedHashMap<>();
        JsonNode props = schema == null ? null : schema.path("properties");
        if (props == null || !props.isObject() || !props.fields().hasNext()) {
            body.put("value", kind.equals("huge") ? new RawNumber() : List.of());
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                JsonNode ps = resolve(api, p.getValue());
                String t = ps == null ? "" : ps.path("type").asText("");
                body.put(p.getKey(), kind.equals("huge") ? new RawNumber() : switch (t) {
                    case "string" -> 12345;
                    case "integer", "number" -> "not-a-number";
                    case "boolean" -> "maybe";
                    case "array" -> Map.of("not", "an array");
                    default -> List.of(1, 2);
                });
            }
        }
        try {
            // 1e200000 is not a double: write it as a raw JSON number
            return JSON.writeValueAsString(body).replace("\"" + RawNumber.MARK + "\"", "1e200000").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Placeholder serialised as a marker string, replaced by a raw 1e200000. */
    private static final class RawNumber {
        static final String MARK = "@@huge@@";

        @com.fasterxml.jackson.annotation.JsonValue
        String value() {
            return MARK;
        }
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        String ref = schema.path("$ref").asText(null);
        if (ref != null && ref.startsWith("#/components/schemas/")) {
            return api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static byte[] oversized() {
        return ("{\"x\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** Path parameter values that exist: the fixture tenant and user, and records of the demo tenant. */
    private Map<String, String> pathValues(String tenant, String demo, String victim) throws IOException {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("/tenants/{id}#id", tenant);
        v.put("username", victim);
        v.put("/agreements/{id}#id", "vormundschaft-altkreis-aachen");
        v.put("id", "vormundschaft-altkreis-aachen");
        v.put("year", "2026");
        v.put("version", "v1");
        v.put("format", "pdf");
        v.put("figure", "population");
        v.put("file", "init.js");
        v.put("key", "05334");
        v.put("ags", "05334002");
        v.put("/modules/{id}#id", "vormundschaft");
        v.put("/modules/{id}/operations#id", "vormundschaft");
        String participant = firstId("participants?tenant=" + demo);
        v.put("partner", participant);
        for (String p : List.of("/participants/{id}", "/participants/{id}/figures/{figure}", "/participants/{id}/jurisdiction")) {
            v.put(p + "#id", participant);
        }
        String m = "/modules/vormundschaft/";
        String volunteer = firstId("modules/vormundschaft/volunteers?tenant=" + demo);
        String child = firstId("modules/vormundschaft/children?tenant=" + demo);
        String appointment = firstId("modules/vormundschaft/appointments?tenant=" + demo);
        String course = firstId("modules/vormundschaft/courses?tenant=" + demo);
        for (String p : List.of("volunteers/{id}", "volunteers/{id}/history", "volunteers/{id}/conduct-check", "volunteers/{id}/stage")) {
            v.put(m + p + "#id", volunteer);
        }
        for (String p : List.of("children/{id}", "children/{id}/appointment", "children/{id}/match", "children/{id}/proposal",
                "children/{id}/proposals", "children/{id}/suggestions", "children/{id}/withdraw")) {
            v.put(m + p + "#id", child);
        }
        for (String p : List.of("appointments/{id}", "appointments/{id}/allowance-claims", "appointments/{id}/end",
                "appointments/{id}/reports")) {
            v.put(m + p + "#id", appointment);
        }
        for (String p : List.of("courses/{id}/attendance", "courses/{id}/registrations")) {
            v.put(m + p + "#id", course);
        }
        return v;
    }

    /** The id of the first record a list answers (as the platform admin), or a placeholder. */
    private String firstId(String path) {
        Answer a = send("GET", base + "/" + path, Map.of("Authorization", adminAuth), null);
        try {
            JsonNode list = JSON.readTree(a.body());
            if (a.status() == 200 && list.isArray() && list.size() > 0 && list.get(0).has("id")) {
                return list.get(0).get("id").asText();
            }
        } catch (IOException e) {
            // not a list: use the placeholder
        }
        return "hx-none";
    }

    // ------------------------------------------------------------------ what must not change

    private Map<String, Object> snapshot(String pw) throws Exception {
        Map<String, Object> s = new TreeMap<>();
        ServiceReference<?>[] refs = ctx.getServiceReferences(DataSource.class.getName(), "(osgi.jndi.service.name=jdbc/ikz)");
        DataSource ds = (DataSource) ctx.getService(refs[0]);
        try (Connection c = ds.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String n = name.toLowerCase(Locale.ROOT);
                    // the access log and its anchors record every read: they grow by design; failed logins are counted
                    // (the throttle's rows, since they live in the database) and sessions of the UI come and go
                    if ((n.startsWith("ikz_") || n.startsWith("vm_")) && !n.contains("audit") && !n.equals("ikz_login_failure")
                            && !n.equals("ikz_ui_session")) {
                        tables.add(rs.getString("TABLE_SCHEM") + "." + name);
                    }
                }
            }
            assertTrue("found the platform tables: " + tables, tables.size() >= 10);
            for (String t : tables) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    s.put("rows " + t, rs.getLong(1));
                }
            }
        } finally {
            ctx.ungetService(refs[0]);
        }
        Http h = http();
        Set<String> users = new TreeSet<>();
        h.get("users", "admin", pw).json().forEach(u -> users.add(u.toString()));
        s.put("users", users);
        Set<String> tenants = new TreeSet<>();
        h.get("tenants", "admin", pw).json().forEach(t -> tenants.add(t.toString()));
        s.put("tenants", tenants);
        Path backups = Path.of(System.getProperty("karaf.data"), "backup");
        if (Files.isDirectory(backups)) {
            try (Stream<Path> all = Files.walk(backups)) {
                s.put("backup files", all.map(Path::toString).sorted().toList());
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ HTTP

    private Answer send(String method, String uri, Map<String, String> headers, byte[] body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.headers().map(), r.body());
        } catch (IOException e) {
            return new Answer(-1, "", Map.of(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String first(Answer a, String header) {
        for (Map.Entry<String, List<String>> e : a.headers().entrySet()) {
            if (e.getKey().equalsIgnoreCase(header) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
