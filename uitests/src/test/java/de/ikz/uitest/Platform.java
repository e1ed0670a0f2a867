package de.ikz.uitest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import de.ikz.testkit.LocalSetup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * The built distribution as a process, once for the whole browser suite: unpacked fresh into
 * {@code target/platform}, free random ports (HTTP, ssh, RMI), a chosen admin password, a short UI idle
 * timeout, demo data through the console, and one user of each role through REST (case-access grants
 * confirmed by a second admin, as the platform requires). Started by {@link PlatformExtension}; stopped
 * by its pid at the end of the suite, also when a test or the start itself failed.
 */
public final class Platform {

    /** The admin password the first start gives the platform admin (environment IKZ_ADMIN_PASSWORD). */
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "Ui-Test-Passwort-2026!";
    public static final String TENANT = "demo";
    /** Users of each role (all with {@link #PASSWORD}). */
    public static final String TENANT_ADMIN = "ui-verwaltung";
    public static final String TENANT_ADMIN_2 = "ui-verwaltung-2";
    public static final String COORDINATOR = "ui-koordination";
    public static final String PARTNER_STAFF = "ui-ja-alsdorf";
    public static final String PARTNER_OFFICE = "ja-alsdorf";
    public static final String OTHER_OFFICE = "ja-eschweiler";
    public static final String OTHER_STAFF = "ui-ja-eschweiler";
    public static final String AUDITOR = "ui-pruefung";
    /** The Frühe Hilfen demo's family midwife (module role professional; the demo links her staff record by this name). */
    public static final String MIDWIFE = "hebamme";
    /** A coordinator of the Frühe Hilfen module. */
    public static final String FH_COORDINATOR = "ui-fh-koordination";
    /** Coordinator of the child-protection network (Kinderschutz). */
    public static final String KS_COORDINATOR = "ui-ks-koordination";
    /** The UI idle timeout of the test platform (etc/de.ikz.ui.cfg), short so that SessionExpiryIT can wait for it. */
    public static final int IDLE_SECONDS = 60;

    private static final Duration START_DEADLINE = Duration.ofSeconds(150);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Platform instance;
    private static RuntimeException startFailure;

    private final Path home;
    private final Path work;
    private final int httpPort;
    private final int sshPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private Platform(Path work, Path home, int httpPort, int sshPort) {
        this.work = work;
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** The one platform of the suite, started on first use. */
    public static synchronized Platform get() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (instance == null) {
            Path work = Paths.get(System.getProperty("ikz.workDir", "target")).toAbsolutePath();
            Platform p = null;
            try {
                p = new Platform(work, work.resolve("platform"), freePort(), freePort());
                p.start();
                p.prepare();
                instance = p;
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "ikz-uitest-stop"));
            } catch (RuntimeException | Error e) {
                if (p != null) {
                    p.stop();
                }
                startFailure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                throw startFailure;
            }
        }
        return instance;
    }

    /** Stops the platform of the suite, if one runs. */
    public static synchronized void shutdown() {
        if (instance != null) {
            instance.stop();
        }
    }

    public String base() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String url(String path) {
        return base() + path;
    }

    public Path home() {
        return home;
    }

    public Path work() {
        return work;
    }

    // ------------------------------------------------------------------------------------------ start/stop

    private void start() {
        Path dist = Paths.get(System.getProperty("ikz.distribution", "target/dist/ikz-karaf-0.1.0-SNAPSHOT.tar.gz"));
        if (!Files.isRegularFile(dist)) {
            throw new IllegalStateException("no distribution at " + dist + ": build it first (mvn install -DskipTests)");
        }
        deleteTree(home);
        try {
            Path unpack = work.resolve("platform-unpack");
            deleteTree(unpack);
            Files.createDirectories(unpack);
            run(List.of("tar", "xzf", dist.toString(), "-C", unpack.toString()), unpack, Duration.ofSeconds(60));
            try (Stream<Path> s = Files.list(unpack)) {
                Path top = s.filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException("empty distribution " + dist));
                Files.move(top, home);
            }
            deleteTree(unpack);
            setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
            setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(sshPort));
            if (Files.exists(home.resolve("etc/org.apache.karaf.management.cfg"))) {
                setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
                setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
            }
            // a short idle timeout so that SessionExpiryIT needs no long wait (PID de.ikz.ui, docs/operator-guide.md)
            setProperty("etc/de.ikz.ui.cfg", "session.idle.minutes", String.valueOf(IDLE_SECONDS / 60));
            Files.createDirectories(work.resolve("screenshots"));

            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "daemon")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("platform.out").toFile());
            pb.environment().remove("JAVA_OPTS");
            pb.environment().remove("KARAF_OPTS");
            pb.environment().put("IKZ_ADMIN_PASSWORD", PASSWORD);
            pb.environment().put("JAVA_MAX_MEM", "512M");
            pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            process = pb.start();   // bin/karaf daemon execs the JVM: this pid is Karaf's
            log("Karaf pid " + process.pid() + " in " + home + ", http " + httpPort + ", ssh " + sshPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] last = {""};
        LocalSetup.await("platform UP", START_DEADLINE, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Karaf exited with " + process.exitValue() + "; see " + work.resolve("platform.out"));
            }
            try {
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url("/api/v1/health"))).GET(), null);
                last[0] = r.statusCode() + " " + r.body();
                return r.statusCode() == 200 && JSON.readTree(r.body()).path("status").asText().equals("UP");
            } catch (IOException e) {
                last[0] = e.toString();
                return false;
            }
        }, () -> last[0]);
        log("platform UP");
    }

    /** Stops Karaf by its pid: TERM (Karaf shuts down), then KILL after a deadline. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        Process p = process;
        process = null;
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                log("Karaf pid " + p.pid() + " did not stop within 30 s: KILL");
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        log("Karaf pid " + p.pid() + " stopped");
    }

    private void prepare() {
        // the Frühe Hilfen KAR comes up after the core: its demo year is loaded only if the module is there
        LocalSetup.await("fruehehilfen listed", Duration.ofSeconds(90),
                () -> rest(ADMIN, "GET", "/api/v1/modules", null).body().contains("\"fruehehilfen\""), () -> "GET /api/v1/modules");
        console("ikz:demo-load --register " + Paths.get(System.getProperty("ikz.register",
                "../data/destatis-gemeindeverzeichnis-2020q4.csv")).toAbsolutePath().normalize(),
                "vormundschaft:demo-load --tenant " + TENANT);
        // the first tenant admin is made by the platform admin, the second by the first
        createUser(ADMIN, TENANT_ADMIN, List.of("tenant-admin"), null, List.of());
        createUser(ADMIN, TENANT_ADMIN_2, List.of("tenant-admin"), null, List.of());
        createUser(ADMIN, COORDINATOR, List.of("coordinator"), null, List.of("vormundschaft"));
        createUser(ADMIN, PARTNER_STAFF, List.of("partner-staff"), PARTNER_OFFICE, List.of());
        createUser(ADMIN, OTHER_STAFF, List.of("partner-staff"), OTHER_OFFICE, List.of());
        createUser(ADMIN, AUDITOR, List.of("auditor"), null, List.of());
        createUser(ADMIN, FH_COORDINATOR, List.of("coordinator"), null, List.of("fruehehilfen"));
        createUser(ADMIN, KS_COORDINATOR, List.of("coordinator"), null, List.of("kinderschutz"));
        createUser(ADMIN, MIDWIFE, List.of(), null, List.of(), List.of("fruehehilfen.professional"));
        // case access (coordinator, partner staff) counts once a second person confirms: a tenant admin who did not create them
        JsonNode pending = json(rest(TENANT_ADMIN, "GET", "/api/v1/grants?state=PENDING", null), 200);
        for (JsonNode g : pending) {
            json(rest(TENANT_ADMIN, "POST", "/api/v1/grants/" + g.path("id").asText() + "/confirm", "{}"), 200);
        }
        log("demo data and users ready");
    }

    private void createUser(String as, String name, List<String> roles, String participant, List<String> modules) {
        createUser(as, name, roles, participant, modules, List.of());
    }

    private void createUser(String as, String name, List<String> roles, String participant, List<String> modules,
                            List<String> moduleRoles) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", name);
        body.put("password", PASSWORD);
        body.put("tenant", TENANT);
        body.put("roles", roles);
        if (participant != null) {
            body.put("participant", participant);
        }
        body.put("modules", modules);
        if (!moduleRoles.isEmpty()) {
            body.put("moduleRoles", moduleRoles);
        }
        try {
            json(rest(as, "POST", "/api/v1/users", JSON.writeValueAsString(body)), 201);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ REST and console

    /** A REST call with HTTP Basic as the user (password {@link #PASSWORD}); body JSON or null. */
    public HttpResponse<String> rest(String user, String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            return send(b, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON body of an answer that must have this status. */
    public static JsonNode json(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new AssertionError(r.request().method() + " " + r.request().uri() + ": expected " + status + ", got "
                    + r.statusCode() + " " + r.body());
        }
        try {
            return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET with a UI session cookie (for the figures and the page checks outside the browser). */
    public HttpResponse<String> get(String path, String cookie) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), cookie);
    }

    public HttpResponse<String> send(HttpRequest.Builder b, String cookie) throws IOException {
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        b.timeout(Duration.ofSeconds(30));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    /** Commands on the Karaf console over ssh as the platform admin (bin/client, one connection); the output. */
    public String console(String... commands) {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/client").toString(), "-h", "127.0.0.1",
                "-a", String.valueOf(sshPort), "-u", ADMIN, "-p", PASSWORD, "-r", "3", "-d", "2", "-b"));
        // batch mode reads the commands from stdin; a closed pipe after them ends the session (STACK.md trap 10)
        String out = run(cmd, home, Duration.ofSeconds(120), String.join("\n", commands) + "\n");
        if (out.contains("Error executing command") || out.contains("Command not found")) {
            throw new IllegalStateException("console: " + out);
        }
        return out;
    }

    private String run(List<String> cmd, Path dir, Duration deadline) {
        return run(cmd, dir, deadline, null);
    }

    private String run(List<String> cmd, Path dir, Duration deadline, String stdin) {
        try {
            Path out = Files.createTempFile(work, "cmd", ".out");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            if (stdin == null) {
                pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            }
            Process p = pb.start();
            if (stdin != null) {
                try (var w = p.getOutputStream()) {
                    w.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(deadline.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out after " + deadline + ": " + cmd.get(0));
            }
            String text = Files.readString(out);
            Files.delete(out);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(cmd.get(0) + " exited with " + p.exitValue() + ": " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private void setProperty(String file, String key, String value) {
        LocalSetup.setProperty(home.resolve(file), key, value);
    }

    static int freePort() {
        return LocalSetup.freePort();
    }

    static void deleteTree(Path p) {
        LocalSetup.deleteTree(p);
    }

    static void log(String s) {
        System.out.println("[uitest " + Instant.now() + "] " + s);
    }
}
