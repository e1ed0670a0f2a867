package de.ikz.kinderschutz.internal.offers;

import static de.ikz.kinderschutz.internal.Network.T;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import de.ikz.kinderschutz.internal.Network;
import de.ikz.kinderschutz.internal.offers.OffersService.DirectoryInput;
import de.ikz.kinderschutz.internal.offers.OffersService.OfferInput;
import de.ikz.kinderschutz.internal.offers.OffersService.TextInput;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public search on the service, one thread, embedded Derby: 10,000 published offers with texts in 5 languages;
 * medians of 30 runs per query after 10 warm-up runs. A benchmark, not a test (run with
 * {@code mvn -o test -f modules/kinderschutz/bundle/pom.xml -Dtest=OffersBench -Dsurefire.failIfNoSpecifiedTests=false});
 * the load over HTTP is {@code benchmarks/directory.sh}.
 */
class OffersBench {

    @TempDir
    Path dir;

    @Test
    void searchOverTenThousandOffers() {
        int n = Integer.getInteger("bench.offers", 10_000);
        Network net = Network.on(TestDatabases.derby(dir), LocalDate.of(2026, 6, 15));
        net.offers.publish(net.coordinator, T, new DirectoryInput("imblick", "ImBlick", true));
        String[] ags = {"05334002", "05334012", "05334032", "05334036"};
        String[] types = {"COUNSELLING", "PARENT_COURSE", "MIDWIFE", "FAMILY_CENTRE", "SPORTS"};
        String[] others = {"ar", "uk", "tr", "en"};
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            List<String> langs = List.of("de", others[i % 4], others[(i + 1) % 4]);
            List<TextInput> texts = new ArrayList<>();
            for (String l : langs) {
                texts.add(new TextInput(l, "Beratung " + l + " " + i, "Offene Sprechstunde für Familien " + i));
            }
            net.offers.create(net.coordinator, T, new OfferInput(types[i % 5], null, (i % 6) * 12, (i % 6) * 12 + 47, langs, ags[i % 4],
                    null, null, null, null, null, null, null, true, false, null, null, true, texts));
        }
        System.out.printf("created %d offers in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        Map<String, Supplier<Object>> queries = new java.util.LinkedHashMap<>();
        queries.put("page1_de", () -> net.offers.search("imblick", OffersService.query(null, null, null, null, null, null, null, null)));
        queries.put("arabic", () -> net.offers.search("imblick", OffersService.query(null, "ar", null, null, null, null, null, null)));
        queries.put("uk_age3", () -> net.offers.search("imblick", OffersService.query(null, "uk", null, "3", null, null, null, null)));
        queries.put("place_type", () -> net.offers.search("imblick", OffersService.query("05334012", null, "MIDWIFE", null, null, null, null, null)));
        queries.put("words_page50", () -> net.offers.search("imblick", OffersService.query(null, null, null, null, null, "beratung", "50", null)));
        queries.put("facets", () -> net.offers.facets("imblick"));
        for (Map.Entry<String, Supplier<Object>> q : queries.entrySet()) {
            for (int i = 0; i < 10; i++) {
                q.getValue().get();
            }
            double[] ms = new double[30];
            for (int i = 0; i < ms.length; i++) {
                long s = System.nanoTime();
                q.getValue().get();
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("%-14s median %6.1f ms, max %6.1f ms%n", q.getKey(), ms[ms.length / 2], ms[ms.length - 1]);
        }
    }
}
