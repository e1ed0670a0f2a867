package de.ikz.uitest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures for docs/benchmarks.md "Web UI" (not a test: no thresholds). Run with
 * {@code mvn -o -B verify -Pbench -pl uitests}; writes target/ui-figures.txt and prints it.
 * <ul>
 * <li>server time per page: {@value #WARMUP} warm-up then {@value #N} sequential GETs with the session cookie
 *     over java.net.http from the same machine, median and p95 of the time to the full body;</li>
 * <li>page weight: HTML + CSS + JS transferred on a first visit with an empty cache (Resource Timing
 *     transferSize; encodedBodySize where the transfer size is not reported);</li>
 * <li>start page in headless Chromium: Navigation Timing domInteractive and loadEventEnd, first visit
 *     (empty cache) and the median of 10 repeat visits.</li>
 * </ul>
 */
@ExtendWith(PlatformExtension.class)
class UiBench {

    static final int WARMUP = 20;
    static final int N = 100;

    @Test
    void figures() throws IOException {
        Platform platform = Platform.get();
        StringBuilder out = new StringBuilder();
        out.append("# Web UI figures, ").append(Instant.now()).append('\n');
        out.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(", Java ").append(System.getProperty("java.version")).append('\n');
        try (Browser b = new Browser(platform)) {
            for (String user : List.of(Platform.COORDINATOR, Platform.TENANT_ADMIN)) {
                b.driver().manage().deleteAllCookies();
                b.login(user);
                // the pages: start page and every page of the caller's navigation
                List<String> pages = new ArrayList<>();
                pages.add("/ui/");
                pages.addAll(b.nav());
                String cookie = b.cookieHeader();
                for (String page : pages.stream().distinct().toList()) {
                    List<Double> ms = new ArrayList<>();
                    long bytes = 0;
                    for (int i = 0; i < WARMUP + N; i++) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = platform.send(HttpRequest.newBuilder(URI.create(platform.url(page))).GET(), cookie);
                        long t1 = System.nanoTime();
                        if (r.statusCode() != 200) {
                            throw new AssertionError(page + ": " + r.statusCode());
                        }
                        bytes = r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                        if (i >= WARMUP) {
                            ms.add((t1 - t0) / 1e6);
                        }
                    }
                    Collections.sort(ms);
                    out.append(String.format(java.util.Locale.ROOT, "server %-14s %-40s median %6.1f ms  p95 %6.1f ms  html %6d B%n",
                            user, page, ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), bytes));
                }
            }
        }
        // page weight and timing of the start page on a first visit with an empty cache
        try (Browser b = new Browser(platform)) {
            b.login(Platform.COORDINATOR);
            // empty cache: what a first visit transfers (the login page already loaded the shared CSS and JS)
            b.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
            b.open("/ui/");
            out.append(weight(b, "start page (coordinator), first visit"));
            out.append(timing(b, "start page first visit"));
            List<Double> inter = new ArrayList<>();
            List<Double> load = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                b.open("/ui/");
                Map<?, ?> t = navTiming(b);
                inter.add(((Number) t.get("domInteractive")).doubleValue());
                load.add(((Number) t.get("loadEventEnd")).doubleValue());
            }
            Collections.sort(inter);
            Collections.sort(load);
            out.append(String.format(java.util.Locale.ROOT, "chromium start page repeat visits (10): domInteractive median %.0f ms, loadEventEnd median %.0f ms%n",
                    inter.get(5), load.get(5)));
        }
        Path file = platform.work().resolve("ui-figures.txt");
        Files.writeString(file, out.toString());
        System.out.println(out);
    }

    private static Map<?, ?> navTiming(Browser b) {
        return (Map<?, ?>) b.driver().executeScript("""
                const n = performance.getEntriesByType('navigation')[0];
                return {domInteractive: n.domInteractive, loadEventEnd: n.loadEventEnd, transfer: n.transferSize, encoded: n.encodedBodySize};
                """);
    }

    private static String timing(Browser b, String what) {
        Map<?, ?> t = navTiming(b);
        return String.format(java.util.Locale.ROOT, "chromium %s: domInteractive %.0f ms, loadEventEnd %.0f ms%n", what,
                ((Number) t.get("domInteractive")).doubleValue(), ((Number) t.get("loadEventEnd")).doubleValue());
    }

    @SuppressWarnings("unchecked")
    private static String weight(Browser b, String what) {
        List<Map<String, Object>> rs = (List<Map<String, Object>>) b.driver().executeScript("""
                const out = [];
                const n = performance.getEntriesByType('navigation')[0];
                out.push({name: n.name, kind: 'html', transfer: n.transferSize, encoded: n.encodedBodySize, decoded: n.decodedBodySize});
                for (const r of performance.getEntriesByType('resource')) {
                  const kind = r.name.endsWith('.css') || r.initiatorType === 'link' ? 'css' : (r.name.endsWith('.js') || r.initiatorType === 'script' ? 'js' : 'other');
                  out.push({name: r.name, kind: kind, transfer: r.transferSize, encoded: r.encodedBodySize, decoded: r.decodedBodySize});
                }
                return out;
                """);
        Map<String, long[]> sum = new LinkedHashMap<>();
        StringBuilder s = new StringBuilder();
        for (Map<String, Object> r : rs) {
            long transfer = ((Number) r.get("transfer")).longValue();
            long encoded = ((Number) r.get("encoded")).longValue();
            long decoded = ((Number) r.get("decoded")).longValue();
            long[] a = sum.computeIfAbsent((String) r.get("kind"), k -> new long[3]);
            a[0] += transfer;
            a[1] += encoded;
            a[2] += decoded;
            s.append(String.format(java.util.Locale.ROOT, "  %-5s %8d B transferred %8d B body %8d B decoded  %s%n", r.get("kind"), transfer, encoded,
                    decoded, r.get("name")));
        }
        long total = sum.values().stream().mapToLong(a -> a[0]).sum();
        return "weight " + what + ": " + total + " B transferred; per kind (transferred/body/decoded) "
                + sum.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1] + "/" + e.getValue()[2]).toList()
                + "\n" + s;
    }
}
