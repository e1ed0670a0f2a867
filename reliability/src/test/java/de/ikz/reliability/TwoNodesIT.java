package de.ikz.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import de.ikz.testkit.LocalSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database, set up as the operator guide's "Several nodes" section says (issue 14): the
 * database and its user, the data source file of step 2 on each node, the first node started alone and its key files
 * copied to the second. Then what a load balancer without sticky sessions needs: a user created through one node logs
 * in on the other and cannot be created twice; a user deleted on one node is refused by the other at once (its
 * remembered login ends with the signal); failed logins on both nodes count together; a web-UI session begun on one
 * node is valid on the other and ends on both at logout; one node killed during a write load while the other goes on
 * with nothing lost; and the killed node rejoining with everything the other wrote meanwhile. Figures go to
 * {@code target/reliability-two-nodes.txt}.
 */
class TwoNodesIT {

    static final String TENANT = "zwei-knoten";
    /** The database password of the guide's step 1, in the data source file of step 2. */
    static final String DB_PASSWORD = "two-nodes-db-secret";

    @Test
    void twoNodesOnOnePostgresShareDataUsersLockoutsAndSessionsAndOneSurvivesTheOthersKill() throws Exception {
        List<String> figures = new ArrayList<>();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(LocalSetup.freePort())
                .setServerConfig("listen_addresses", "127.0.0.1").start()) {
            // step 1: a database and its user
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE USER ikz PASSWORD '" + DB_PASSWORD + "'");
                st.execute("CREATE DATABASE ikz OWNER ikz");
            }
            String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/ikz";
            try (Installation a = Installation.unpack("node-a"); Installation b = Installation.unpack("node-b")) {
                dataSourceFile(a, url);
                dataSourceFile(b, url);
                double startA = a.start();
                // the keys of the first node on every other node, before their first start (operator guide)
                for (String key : List.of("ikz-audit.key", "ikz-fruehehilfen.keys")) {
                    Path from = a.home.resolve("etc").resolve(key);
                    if (Files.exists(from)) {
                        Path to = b.home.resolve("etc").resolve(key);
                        Files.copy(from, to);
                        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-------"));
                    }
                }
                double startB = b.start();
                figures.add(String.format("start: node A %.1f s (first, migrates), node B %.1f s", startA, startB));
                assertThat(b.call(null, "GET", "/api/v1/health", null, 200).path("database").path("dialect").asText()).isEqualTo("postgresql");

                usersAreShared(a, b, figures);
                failedLoginsCountTogether(a, b);
                webSessionsAreShared(a, b);
                oneNodeKilledTheOtherGoesOnAndTheKilledOneRejoins(a, b, figures);

                // the access log written by both nodes verifies as one chain
                JsonNode verified = b.call(Installation.ADMIN, "GET", "/api/v1/audit/verify", null, 200);
                assertThat(verified.path("intact").asBoolean()).as("access log after two nodes and a kill: " + verified).isTrue();
            }
        }
        Path out = Path.of(System.getProperty("ikz.workDir", "target"), "reliability-two-nodes.txt");
        Files.write(out, figures);
        figures.forEach(Installation::log);
    }

    /** The guide's step 2, word for word (with this test's port). */
    static void dataSourceFile(Installation node, String url) throws Exception {
        Files.writeString(node.home.resolve("etc/org.ops4j.datasource-ikz.cfg"), String.join("\n",
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                "url = " + url,
                "user = ikz",
                "password = " + DB_PASSWORD,
                "dataSourceName = jdbc/ikz",
                "osgi.jndi.service.name = jdbc/ikz",
                "pool = dbcp2",
                "xa = false",
                "pool.maxTotal = 16",
                "pool.maxIdle = 4",
                "pool.maxWaitMillis = 30000", ""));
    }

    private static void usersAreShared(Installation a, Installation b, List<String> figures) {
        a.call(Installation.ADMIN, "POST", "/api/v1/tenants", Map.of("id", TENANT, "name", "Zwei Knoten"), 201);
        a.call(Installation.ADMIN, "POST", "/api/v1/users", Map.of("username", "auf-a-angelegt", "password", Installation.PASSWORD,
                "tenant", TENANT, "roles", List.of("auditor")), 201);
        // the finding: 401 on node B, and the same name could be created again there
        b.call("auf-a-angelegt", "GET", "/api/v1/participants", null, 200);
        b.call(Installation.ADMIN, "POST", "/api/v1/users", Map.of("username", "auf-a-angelegt", "password", Installation.PASSWORD,
                "tenant", TENANT, "roles", List.of("auditor")), 409);
        assertThat(b.call(Installation.ADMIN, "GET", "/api/v1/users", null, 200).toString()).contains("auf-a-angelegt");

        // remembered on B (the login cache), then deleted on A: B refuses it at once, not after the cache time
        b.call("auf-a-angelegt", "GET", "/api/v1/participants", null, 200);
        a.call(Installation.ADMIN, "DELETE", "/api/v1/users/auf-a-angelegt", null, 204);
        long t0 = System.nanoTime();
        int[] last = {0};
        LocalSetup.await("node B refuses the user deleted on node A", Duration.ofSeconds(5), () -> {
            last[0] = status(b, "auf-a-angelegt", "/api/v1/participants");
            return last[0] == 401;
        }, () -> "last answer " + last[0]);
        figures.add(String.format("user deleted on node A: refused by node B after %.0f ms (login cache 60 s)", (System.nanoTime() - t0) / 1e6));
    }

    /** Five failures of one user name lock it (login.max.failures.per.user): three on A and two on B. */
    private static void failedLoginsCountTogether(Installation a, Installation b) {
        a.call(Installation.ADMIN, "POST", "/api/v1/users", Map.of("username", "wird-gesperrt", "password", Installation.PASSWORD,
                "tenant", TENANT, "roles", List.of("auditor")), 201);
        for (int i = 0; i < 3; i++) {
            assertThat(statusWith(a, "wird-gesperrt", "falsches-passwort-" + i)).isEqualTo(401);
        }
        for (int i = 3; i < 5; i++) {
            assertThat(statusWith(b, "wird-gesperrt", "falsches-passwort-" + i)).isEqualTo(401);
        }
        // locked on both nodes, even with the right password
        assertThat(statusWith(a, "wird-gesperrt", Installation.PASSWORD)).isEqualTo(429);
        assertThat(statusWith(b, "wird-gesperrt", Installation.PASSWORD)).isEqualTo(429);
    }

    private static void webSessionsAreShared(Installation a, Installation b) throws Exception {
        Browserless ui = new Browserless();
        HttpResponse<String> form = ui.get(a, "/ui/login");
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> login = ui.post(a, "/ui/login", Map.of("username", Installation.ADMIN, "password", Installation.PASSWORD,
                "_csrf", Browserless.csrf(form.body())));
        assertThat(login.statusCode()).as("login on node A").isEqualTo(303);
        // the same browser, its next request on node B: logged in there
        HttpResponse<String> onB = ui.get(b, "/ui/");
        assertThat(onB.statusCode()).as("the session of node A on node B").isEqualTo(200);
        assertThat(onB.body()).contains("/ui/logout");
        HttpResponse<String> logout = ui.post(b, "/ui/logout", Map.of("_csrf", Browserless.csrf(onB.body())));
        assertThat(logout.statusCode()).as("logout on node B").isEqualTo(303);
        HttpResponse<String> afterOnA = ui.get(a, "/ui/");
        assertThat(afterOnA.statusCode()).as("after the logout on B, node A sends to the login").isEqualTo(303);
        assertThat(afterOnA.headers().firstValue("Location").orElse("")).contains("/ui/login");
    }

    private static void oneNodeKilledTheOtherGoesOnAndTheKilledOneRejoins(Installation a, Installation b, List<String> figures)
            throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> failedOnB = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean aKilled = new AtomicBoolean();
        AtomicInteger writesA = new AtomicInteger();
        AtomicInteger writesB = new AtomicInteger();
        List<Long> latencyOnBAfterKill = Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Installation node = c % 2 == 0 ? a : b;
            int client = c;
            Thread t = new Thread(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String id = "k" + client + "-" + n;
                    long t0 = System.nanoTime();
                    int s = statusOfWrite(node, id);
                    long took = System.nanoTime() - t0;
                    if (s == 201) {
                        acknowledged.add(id);
                        (node == a ? writesA : writesB).incrementAndGet();
                        if (node == b && aKilled.get()) {
                            latencyOnBAfterKill.add(took);
                        }
                    } else if (node == b) {
                        failedOnB.add(id + " " + s);
                    } else if (!aKilled.get()) {
                        throw new AssertionError("write " + id + " on node A failed before the kill: " + s);
                    }
                }
            }, "two-nodes-client-" + c);
            clients.add(t);
            t.start();
        }
        // both nodes write for a while: the throughput of two nodes
        int beforeA = writesA.get();
        int beforeB = writesB.get();
        long t0 = System.nanoTime();
        LocalSetup.await("5 s of writes on both nodes", Duration.ofSeconds(30), () -> System.nanoTime() - t0 > 5_000_000_000L, () -> "");
        double secs = (System.nanoTime() - t0) / 1e9;
        int both = writesA.get() - beforeA + writesB.get() - beforeB;
        figures.add(String.format("writes with two nodes (4 clients, 2 per node, one machine of 2 cores with PostgreSQL): %.0f/s "
                + "(node A %.0f/s, node B %.0f/s)", both / secs, (writesA.get() - beforeA) / secs, (writesB.get() - beforeB) / secs));

        aKilled.set(true);
        a.kill();
        int bAtKill = writesB.get();
        long tk = System.nanoTime();
        LocalSetup.await("5 s of writes on node B after node A was killed", Duration.ofSeconds(30),
                () -> System.nanoTime() - tk > 5_000_000_000L, () -> "");
        stop.set(true);
        for (Thread t : clients) {
            t.join(60_000);
        }
        assertThat(failedOnB).as("writes on node B that failed while node A was killed").isEmpty();
        int afterKill = writesB.get() - bAtKill;
        assertThat(afterKill).as("node B wrote after the kill").isPositive();
        List<Long> sorted = new ArrayList<>(latencyOnBAfterKill);
        Collections.sort(sorted);
        figures.add(String.format("node A killed (SIGKILL) during the load: node B went on with %d writes in 5 s, 0 failed, "
                + "slowest %.0f ms", afterKill, sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6));

        // node A rejoins: everything acknowledged by either node is there, on both
        double restart = a.start();
        figures.add(String.format("node A rejoined: UP after %.1f s", restart));
        for (Installation node : List.of(a, b)) {
            Set<String> listed = new TreeSet<>();
            for (JsonNode p : node.call(Installation.ADMIN, "GET", "/api/v1/participants?tenant=" + TENANT, null, 200)) {
                listed.add(p.path("id").asText());
            }
            assertThat(listed).as("participants on node " + (node == a ? "A" : "B")).containsAll(acknowledged);
        }
        figures.add(acknowledged.size() + " acknowledged writes in all, every one on both nodes after the rejoin, 0 lost");
    }

    private static int statusOfWrite(Installation node, String id) {
        try {
            return node.send(Installation.ADMIN, "POST", "/api/v1/participants?tenant=" + TENANT,
                    Map.of("id", id, "kind", "ASSOCIATION", "name", "Verein " + id)).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int status(Installation node, String user, String path) {
        try {
            return node.get(user, path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** A REST call with a password of one's own (Installation uses the test's one password). */
    private static int statusWith(Installation node, String user, String password) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort + "/api/v1/participants"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                            .getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).GET().build();
            return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A browser's cookie and forms, without a browser: the session cookie goes to whichever node the request goes to. */
    static final class Browserless {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private String cookie;

        static String csrf(String html) {
            Matcher m = CSRF.matcher(html);
            if (!m.find()) {
                throw new AssertionError("no _csrf field in the page");
            }
            return m.group(1);
        }

        HttpResponse<String> get(Installation node, String path) throws Exception {
            return send(node, HttpRequest.newBuilder(uri(node, path)).GET());
        }

        HttpResponse<String> post(Installation node, String path, Map<String, String> form) throws Exception {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return send(node, HttpRequest.newBuilder(uri(node, path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", "http://127.0.0.1:" + node.httpPort)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private static URI uri(Installation node, String path) {
            return URI.create("http://127.0.0.1:" + node.httpPort + path);
        }

        private HttpResponse<String> send(Installation node, HttpRequest.Builder b) throws Exception {
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                if (pair.startsWith("ikz_ui=")) {
                    cookie = pair.equals("ikz_ui=") ? null : pair;
                }
            }
            return r;
        }
    }
}
