package de.ikz.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import de.ikz.testkit.LocalSetup;

import org.junit.jupiter.api.Test;

/**
 * Hot deploy cycles under a read load, measured (a benchmark, not a test: it has no bound yet, see
 * docs/benchmarks.md): the guardianship KAR is taken out of {@code deploy/} and put back
 * {@code -Dikz.deploy.cycles=N} times (default 50), each time until {@code GET /api/v1/modules} no longer lists it
 * and lists it again, while two clients read {@code GET /api/v1/participants?tenant=…} as fast as they can. Every
 * 10 cycles, after a full GC ({@code jcmd GC.run}): loaded classes minus unloaded ({@code jcmd PerfCounter.print}),
 * live threads, heap in use ({@code jcmd GC.heap_info}) and RSS ({@code /proc}). Writes {@code target/reliability-hotdeploy.txt}.
 * <p>
 * {@code mvn -B install -DskipTests && mvn -B verify -pl reliability -Dit.test=HotDeployBench}
 */
class HotDeployBench {

    /** One measurement: after a full GC at a cycle. */
    record Sample(int cycle, long classes, long threads, long heapMib, long rssMib, long deployMs, long undeployMs) {
        @Override
        public String toString() {
            return cycle + " " + classes + " " + threads + " " + heapMib + " " + rssMib + " " + deployMs + " " + undeployMs;
        }
    }

    /** What the cycles did: the samples, and the reads that answered 200 or failed meanwhile. */
    record Result(List<Sample> samples, long readsOk, long readsFailed) {
    }

    @Test
    void fiftyCyclesOfTheGuardianshipKarUnderReadLoad() throws Exception {
        Result r = cycles("hotdeploy-home", Integer.getInteger("ikz.deploy.cycles", 50), 10);
        List<String> rows = new ArrayList<>();
        rows.add("cycle classes threads heap_used_mib rss_mib deploy_ms undeploy_ms");
        r.samples().forEach(x -> rows.add(x.toString()));
        rows.add("reads_ok=" + r.readsOk() + " reads_failed=" + r.readsFailed());
        Files.write(Path.of(System.getProperty("ikz.workDir", "target")).resolve("reliability-hotdeploy.txt"), rows);
        rows.forEach(Installation::log);
        assertThat(r.readsOk()).isPositive();
    }

    /** Runs the cycles on a fresh installation, sampling at cycle 0, every {@code every} cycles and at the last. */
    static Result cycles(String name, int cycles, int every) throws Exception {
        try (Installation ikz = Installation.unpack(name)) {
            ikz.start();
            ikz.call(Installation.ADMIN, "POST", "/api/v1/tenants", Map.of("id", "lesen", "name", "Leseprobe"), 201);
            ikz.call(Installation.ADMIN, "POST", "/api/v1/participants?tenant=lesen",
                    Map.of("id", "verein-1", "kind", "ASSOCIATION", "name", "Verein 1"), 201);
            // reads the module's appointments (pseudonymised, no case access needed): an answer of the module's own types
            ikz.call(Installation.ADMIN, "POST", "/api/v1/users", Map.of("username", "pruefer", "password", Installation.PASSWORD,
                    "tenant", "lesen", "roles", List.of("auditor")), 201);
            Path deploy = ikz.home.resolve("deploy");
            Path kar;
            try (Stream<Path> s = Files.list(deploy)) {
                kar = s.filter(p -> p.getFileName().toString().startsWith("ikz-module-vormundschaft")).findFirst().orElseThrow();
            }
            Path parked = ikz.home.resolve(kar.getFileName());
            awaitModule(ikz, true);
            long pid = pid(ikz);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong ok = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            List<Thread> readers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            HttpResponse<String> r = ikz.get(Installation.ADMIN, "/api/v1/participants?tenant=lesen");
                            (r.statusCode() == 200 ? ok : failed).incrementAndGet();
                        } catch (IOException e) {
                            failed.incrementAndGet();
                        }
                    }
                });
                readers.add(t);
                t.start();
            }
            List<Sample> samples = new ArrayList<>();
            samples.add(sample(pid, 0, 0, 0));
            long deployMs = 0;
            long undeployMs = 0;
            for (int c = 1; c <= cycles; c++) {
                long t0 = System.nanoTime();
                Files.move(kar, parked, StandardCopyOption.REPLACE_EXISTING);
                awaitModule(ikz, false);
                long t1 = System.nanoTime();
                Files.copy(parked, kar, StandardCopyOption.REPLACE_EXISTING);
                awaitModule(ikz, true);
                long t2 = System.nanoTime();
                // each generation of the module answers once through its REST API with its own types: CXF's cache of a
                // sub-resource locator's classes and Jackson's caches kept every old generation (about 130 classes) until
                // the core pruned them (the module is listed a moment before its API is published: until then 404)
                int[] status = {0};
                LocalSetup.await("the module's API after cycle " + c, java.time.Duration.ofSeconds(30), () -> {
                    try {
                        status[0] = ikz.get("pruefer", "/api/v1/modules/vormundschaft/appointments").statusCode();
                    } catch (java.io.IOException e) {
                        status[0] = -1;
                    }
                    return status[0] == 200;
                }, () -> "last answer " + status[0] + ikz.warnings(15));
                undeployMs = (t1 - t0) / 1_000_000;
                deployMs = (t2 - t1) / 1_000_000;
                if (c % every == 0 || c == cycles) {
                    samples.add(sample(pid, c, deployMs, undeployMs));
                }
            }
            stop.set(true);
            for (Thread t : readers) {
                t.join();
            }
            return new Result(samples, ok.get(), failed.get());
        }
    }

    private static void awaitModule(Installation ikz, boolean listed) {
        String[] last = {""};
        LocalSetup.await("guardianship module " + (listed ? "listed" : "gone"), Duration.ofSeconds(120), () -> {
            try {
                last[0] = ikz.get(Installation.ADMIN, "/api/v1/modules").body();
                return last[0].contains("\"vormundschaft\"") == listed;
            } catch (IOException e) {
                last[0] = e.toString();
                return false;
            }
        }, () -> "last answer " + last[0] + ikz.warnings(15));
    }

    private static long pid(Installation ikz) {
        String out = Installation.run(List.of("pgrep", "-f", "karaf.home=" + ikz.home), ikz.home);
        return Long.parseLong(out.strip().split("\\s+")[0]);
    }

    /** After a full GC: classes loaded and not unloaded, live threads, RSS. */
    private static Sample sample(long pid, int cycle, long deployMs, long undeployMs) throws IOException {
        Path home = Path.of(".");
        Installation.run(List.of("jcmd", String.valueOf(pid), "GC.run"), home);
        String counters = Installation.run(List.of("jcmd", String.valueOf(pid), "PerfCounter.print"), home);
        long loaded = counter(counters, "java.cls.loadedClasses") + counter(counters, "java.cls.sharedLoadedClasses");
        long unloaded = counter(counters, "java.cls.unloadedClasses") + counter(counters, "java.cls.sharedUnloadedClasses");
        String heap = Installation.run(List.of("jcmd", String.valueOf(pid), "GC.heap_info"), home);
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(heap);
        long heapKib = used.find() ? Long.parseLong(used.group(1)) : -1;
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        long threads = field(status, "Threads:");
        long rssKib = field(status, "VmRSS:");
        return new Sample(cycle, loaded - unloaded, threads, heapKib / 1024, rssKib / 1024, deployMs, undeployMs);
    }

    private static long counter(String text, String name) {
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "=")) {
                return Long.parseLong(line.substring(name.length() + 1).strip());
            }
        }
        return 0;
    }

    private static long field(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name)) {
                return Long.parseLong(line.substring(name.length()).strip().split("\\s+")[0]);
            }
        }
        return -1;
    }
}
