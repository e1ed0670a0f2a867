package de.ikz.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import de.ikz.testkit.LocalSetup;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A power cut during work, repeated: four clients write (participants of a tenant, and one of them also users in that
 * tenant, which live in the platform database), the platform is killed with SIGKILL after a random number of acknowledged writes,
 * started again, and then every acknowledged write must be there with what was sent, nothing twice, and the access
 * log chain intact. {@code -Dikz.crash.trials=N} trials (10 in the build); the random kill points come from a seed
 * that is printed, so a failing run can be repeated ({@code -Dikz.crash.seed=…}). Figures (writes, restart times) go
 * to {@code target/reliability-crash.txt}.
 */
class CrashIT {

    static final String TENANT = "crash";
    static Installation ikz;

    @BeforeAll
    static void start() {
        ikz = Installation.unpack("crash-home");
        double first = ikz.start();
        Installation.log("first start " + first + " s");
        ikz.call(Installation.ADMIN, "POST", "/api/v1/tenants", Map.of("id", TENANT, "name", "Absturzprobe"), 201);
    }

    @AfterAll
    static void stop() {
        if (ikz != null) {
            ikz.stop();
        }
    }

    /** What one client sent and what it was told. */
    record Write(String kind, String id, String name) {
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillDashNineAndTheAccessLogStaysIntact() throws Exception {
        int trials = Integer.getInteger("ikz.crash.trials", 10);
        long seed = Long.getLong("ikz.crash.seed", System.nanoTime());
        Installation.log("crash trials: " + trials + ", seed " + seed);
        Random random = new Random(seed);
        Map<String, Write> acknowledged = new ConcurrentHashMap<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        List<Double> restarts = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            int killAfter = 20 + random.nextInt(150);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger count = new AtomicInteger();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                String prefix = "t" + trial + "c" + c;
                boolean users = c == 3;
                Thread t = new Thread(() -> load(prefix, users, stop, count, acknowledged, attempted), "writer-" + prefix);
                t.setUncaughtExceptionHandler((th, e) -> failures.add(e));
                clients.add(t);
                t.start();
            }
            LocalSetup.await(killAfter + " acknowledged writes in trial " + trial, Duration.ofSeconds(90),
                    () -> count.get() >= killAfter || !failures.isEmpty(), () -> count.get() + " so far");
            assertThat(failures).as("a client was refused").isEmpty();
            ikz.kill();
            stop.set(true);
            for (Thread t : clients) {
                t.join(Duration.ofSeconds(60).toMillis());
                assertThat(t.isAlive()).as(t.getName() + " ended").isFalse();
            }
            assertThat(failures).as("a client was refused").isEmpty();
            double up = ikz.start();
            restarts.add(up);
            Installation.log("trial " + trial + ": killed after " + count.get() + " acknowledged writes, UP again after " + up + " s");
            check(acknowledged, attempted);
        }
        assertThat(acknowledged).as("writes acknowledged over all trials").hasSizeGreaterThan(trials * 20);
        List<Double> sorted = new ArrayList<>(restarts);
        Collections.sort(sorted);
        String figures = "trials=" + trials + "\nseed=" + seed + "\nacknowledged_writes=" + acknowledged.size()
                + "\nlost=0\nwrong=0\nduplicated=0\nrestart_to_health_median_s=" + sorted.get(sorted.size() / 2)
                + "\nrestart_to_health_max_s=" + sorted.get(sorted.size() - 1) + "\n";
        Files.writeString(Path.of(System.getProperty("ikz.workDir", "target")).resolve("reliability-crash.txt"), figures);
        Installation.log(figures.replace('\n', ' '));
    }

    /** One client: creates participants (the fourth also users) until told to stop or the platform is gone; remembers each 201. */
    private static void load(String prefix, boolean users, AtomicBoolean stop, AtomicInteger count, Map<String, Write> acknowledged,
                             Set<String> attempted) {
        for (int n = 0; !stop.get(); n++) {
            String id = prefix + "n" + n;
            // every 20th write of the fourth client is a user (platform database): each one voids the remembered logins,
            // and every client's next request logs in again (PBKDF2), so users are the slow part of the load
            boolean user = users && n % 20 == 0;
            Write w = user ? new Write("user", "u-" + id, null) : new Write("participant", "p-" + id, "Verein " + id);
            attempted.add(w.id());
            try {
                HttpResponse<String> r = user
                        ? ikz.send(Installation.ADMIN, "POST", "/api/v1/users", Map.of("username", w.id(), "password",
                                Installation.PASSWORD, "tenant", TENANT, "roles", List.of("auditor")))
                        : ikz.send(Installation.ADMIN, "POST", "/api/v1/participants?tenant=" + TENANT,
                                Map.of("id", w.id(), "kind", "ASSOCIATION", "name", w.name()));
                if (r.statusCode() == 201) {
                    acknowledged.put(w.id(), w);
                    count.incrementAndGet();
                } else if (r.statusCode() != 503) {
                    throw new AssertionError(w + ": " + r.statusCode() + " " + r.body());
                }
            } catch (IOException gone) {
                return;
            }
        }
    }

    /** Every acknowledged write is there as sent, once; what is there beyond was at least attempted; the chain is intact. */
    private static void check(Map<String, Write> acknowledged, Set<String> attempted) {
        JsonNode participants = ikz.call(Installation.ADMIN, "GET", "/api/v1/participants?tenant=" + TENANT, null, 200);
        Map<String, String> names = new HashMap<>();
        for (JsonNode p : participants) {
            String id = p.path("id").asText();
            assertThat(names.put(id, p.path("name").asText())).as("participant " + id + " listed once").isNull();
        }
        Set<String> users = new HashSet<>();
        for (JsonNode u : ikz.call(Installation.ADMIN, "GET", "/api/v1/users", null, 200)) {
            String name = u.path("username").asText();
            if (name.startsWith("u-")) {
                assertThat(users.add(name)).as("user " + name + " listed once").isTrue();
            }
        }
        for (Write w : acknowledged.values()) {
            if (w.kind().equals("participant")) {
                assertThat(names).as("acknowledged participant " + w.id()).containsEntry(w.id(), w.name());
            } else {
                assertThat(users).as("acknowledged user " + w.id()).contains(w.id());
            }
        }
        assertThat(attempted).as("nothing appears that nobody wrote").containsAll(names.keySet()).containsAll(users);
        JsonNode verify = ikz.call(Installation.ADMIN, "GET", "/api/v1/audit/verify", null, 200);
        assertThat(verify.path("intact").asBoolean()).as("access log: " + verify).isTrue();
    }
}
