package de.ikz.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import de.ikz.testkit.LocalSetup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * One installation of the built distribution, run as an operator runs it: unpacked into its own folder,
 * its own loopback ports, started with {@code bin/karaf daemon} (so the started process is Karaf's JVM and
 * {@link #kill()} is a real {@code kill -9}), stopped with TERM. REST with HTTP Basic, nothing else.
 */
final class Installation implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String PASSWORD = "Reliability-Test-2026!";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_DEADLINE = Duration.ofSeconds(150);

    final Path home;
    final int httpPort;
    private final Path out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private Installation(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.out = home.resolveSibling(home.getFileName() + ".out");
    }

    /** A fresh installation in {@code <work>/<name>} (deleted first) from the distribution the build made. */
    static Installation unpack(String name) {
        Path dist = Path.of(System.getProperty("ikz.distribution", "target/dist/ikz-karaf-0.1.0-SNAPSHOT.tar.gz"));
        if (!Files.isRegularFile(dist)) {
            throw new IllegalStateException("no distribution at " + dist + ": build it first (mvn install -DskipTests)");
        }
        Path work = Path.of(System.getProperty("ikz.workDir", "target"));
        Path home = work.resolve(name);
        Path unpack = work.resolve(name + "-unpack");
        LocalSetup.deleteTree(home);
        LocalSetup.deleteTree(unpack);
        try {
            Files.createDirectories(unpack);
            run(List.of("tar", "xzf", dist.toString(), "-C", unpack.toString()), unpack);
            try (Stream<Path> s = Files.list(unpack)) {
                Files.move(s.filter(Files::isDirectory).findFirst().orElseThrow(), home);
            }
            LocalSetup.deleteTree(unpack);
            Installation i = new Installation(home, LocalSetup.freePort());
            i.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(i.httpPort));
            i.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(LocalSetup.freePort()));
            if (Files.exists(home.resolve("etc/org.apache.karaf.management.cfg"))) {
                i.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(LocalSetup.freePort()));
                i.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(LocalSetup.freePort()));
            }
            return i;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts Karaf (the admin password is used only on the first start) and waits until /health says UP. @return seconds to UP */
    double start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running: " + process.pid());
        }
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "daemon").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("KARAF_OPTS");
        pb.environment().put("IKZ_ADMIN_PASSWORD", PASSWORD);
        pb.environment().put("JAVA_MAX_MEM", "512M");
        // as on an operator's machine: no local Maven repository to fall back on, only what the distribution brings
        // (a bundle missing from system/ once made the whole platform fail to start there, unseen on build machines)
        pb.environment().put("EXTRA_JAVA_OPTS", "-Dorg.ops4j.pax.url.mvn.localRepository=" + home.resolve("no-local-maven-repository"));
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        long t0 = System.nanoTime();
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] last = {""};
        LocalSetup.await("platform UP on " + httpPort, START_DEADLINE, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Karaf exited with " + process.exitValue() + "; see " + out);
            }
            try {
                HttpResponse<String> r = get(null, "/api/v1/health");
                last[0] = r.statusCode() + " " + r.body();
                return r.statusCode() == 200 && JSON.readTree(r.body()).path("status").asText().equals("UP");
            } catch (IOException e) {
                last[0] = e.toString();
                return false;
            }
        }, () -> last[0]);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** kill -9 of the Karaf JVM (SIGKILL: no shutdown hook, no flush), and waits until it is gone. */
    void kill() {
        Process p = process;
        process = null;
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        waitFor(p, 30);
    }

    /** A normal stop (TERM, as bin/stop does): Karaf shuts down; KILL after 60 s. */
    void stop() {
        Process p = process;
        process = null;
        if (p == null) {
            return;
        }
        p.destroy();
        if (!waitFor(p, 60)) {
            p.destroyForcibly();
            waitFor(p, 10);
        }
    }

    @Override
    public void close() {
        stop();
    }

    // ------------------------------------------------------------------------------------------ REST

    HttpResponse<String> get(String user, String path) throws IOException {
        return send(user, "GET", path, null);
    }

    HttpResponse<String> send(String user, String method, String path, Object body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A REST call that must answer {@code status}; its body as JSON. */
    JsonNode call(String user, String method, String path, Object body, int status) {
        try {
            HttpResponse<String> r = send(user, method, path, body);
            if (r.statusCode() != status) {
                throw new AssertionError(method + " " + path + ": " + r.statusCode() + " " + r.body());
            }
            return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static boolean waitFor(Process p, int seconds) {
        try {
            return p.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String run(List<String> cmd, Path dir) {
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The last {@code n} WARN and ERROR lines of {@code data/log/karaf.log} (first line of each, no stack traces), for
     * a failure message: CI keeps no installation, so what Karaf said must be in the report.
     */
    String warnings(int n) {
        Path log = home.resolve("data/log/karaf.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("| WARN ") || l.contains("| ERROR ")).toList();
            return "\n  karaf.log, last " + n + " WARN/ERROR lines:\n  "
                    + String.join("\n  ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
        } catch (IOException e) {
            return "\n  (karaf.log not readable: " + e + ")";
        }
    }

    void setProperty(String file, String key, String value) {
        LocalSetup.setProperty(home.resolve(file), key, value);
    }

    static void log(String s) {
        System.out.println("[reliability " + Instant.now() + "] " + s);
    }
}
