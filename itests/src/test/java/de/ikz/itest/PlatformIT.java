package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The platform itself: the built distribution, booted once for the suite on random ports, offline
 * ({@link ContainerSupport}). Runs inside the container; talks to the REST API over loopback and to
 * the console through a shell session.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class PlatformIT extends ContainerSupport {

    @Test
    public void a_distributionBootsAndHealthAnswersWithoutAuthentication() {
        Http.Reply r = awaitHealthy();
        JsonNode j = r.json();
        assertEquals("UP", j.get("status").asText());
        assertEquals("derby", j.get("database").get("dialect").asText());
        assertEquals("UP", health.check().status());
    }

    @Test
    public void b_everyOtherCallNeedsAuthentication() throws IOException {
        awaitHealthy();
        Http.Reply r = http().get("modules", null, null);
        assertEquals(401, r.status());
        assertTrue(r.contentType(), r.contentType().startsWith("application/problem+json"));
        assertEquals(401, r.json().get("status").asInt());
        assertEquals(401, http().get("tenants", "admin", "wrong-password-123").status());
        assertEquals(200, http().get("modules", "admin", adminPassword()).status());
        assertEquals(401, http().get("openapi.json", null, null).status());
    }

    @Test
    public void c_aUserOfTenantACannotReadTenantB() throws IOException {
        awaitHealthy();
        String pw = adminPassword();
        String s = UUID.randomUUID().toString().substring(0, 8);
        String a = "it-a-" + s;
        String b = "it-b-" + s;
        Http h = http();
        assertEquals(201, h.post("tenants", "{\"id\":\"" + a + "\",\"name\":\"Tenant A\"}", "admin", pw).status());
        assertEquals(201, h.post("tenants", "{\"id\":\"" + b + "\",\"name\":\"Tenant B\"}", "admin", pw).status());
        String userA = "ua-" + s;
        String userB = "ub-" + s;
        assertEquals(201, h.post("users", "{\"username\":\"" + userA + "\",\"password\":\"secret-of-a-123\",\"tenant\":\"" + a
                + "\",\"roles\":[\"tenant-admin\"]}", "admin", pw).status());
        assertEquals(201, h.post("users", "{\"username\":\"" + userB + "\",\"password\":\"secret-of-b-123\",\"tenant\":\"" + b
                + "\",\"roles\":[\"tenant-admin\"]}", "admin", pw).status());

        // A sees its own tenant ...
        assertEquals(200, h.get("tenants/" + a, userA, "secret-of-a-123").status());
        JsonNode list = h.get("tenants", userA, "secret-of-a-123").json();
        assertEquals(1, list.size());
        assertEquals(a, list.get(0).get("id").asText());
        // ... and nothing of B: the same 404 as for an id that does not exist
        Http.Reply other = h.get("tenants/" + b, userA, "secret-of-a-123");
        Http.Reply missing = h.get("tenants/does-not-exist", userA, "secret-of-a-123");
        assertEquals(404, other.status());
        assertEquals(404, missing.status());
        assertEquals(404, h.get("users/" + userB, userA, "secret-of-a-123").status());
        assertEquals(404, h.get("audit?tenant=" + b, userA, "secret-of-a-123").status());
        for (JsonNode u : h.get("users", userA, "secret-of-a-123").json()) {
            assertEquals(a, u.get("tenant").asText());
        }
        JsonNode audit = h.get("audit", userA, "secret-of-a-123").json();
        assertTrue("A's access log has entries", audit.size() > 0);
        for (JsonNode e : audit) {
            assertEquals(a, e.get("tenantId").asText());
        }
        // a forged tenant in the body does not help: a tenant admin of A cannot create users in B
        Http.Reply forged = h.post("users", "{\"username\":\"x-" + s + "\",\"password\":\"secret-of-x-123\",\"tenant\":\"" + b
                + "\",\"roles\":[\"auditor\"]}", userA, "secret-of-a-123");
        assertEquals(403, forged.status());
    }

    @Test
    public void d_badInputGetsProblemDetailsAndChangesNothing() throws IOException {
        awaitHealthy();
        String pw = adminPassword();
        Http h = http();
        int before = h.get("tenants", "admin", pw).json().size();
        Http.Reply unknown = h.post("tenants", "{\"id\":\"it-bad\",\"name\":\"x\",\"extra\":1}", "admin", pw);
        assertEquals(400, unknown.status());
        assertEquals("extra", unknown.json().get("field").asText());
        Http.Reply wrongType = h.post("tenants", "{\"id\":7,\"name\":\"x\"}", "admin", pw);
        assertEquals(400, wrongType.status());
        assertEquals("id", wrongType.json().get("field").asText());
        assertEquals(400, h.post("tenants", "{\"id\":", "admin", pw).status());
        Http.Reply missingName = h.post("tenants", "{\"id\":\"it-bad\"}", "admin", pw);
        assertEquals(400, missingName.status());
        assertEquals("name", missingName.json().get("field").asText());
        String big = "{\"id\":\"it-big\",\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        assertEquals(413, h.post("tenants", big, "admin", pw).status());
        assertEquals(before, h.get("tenants", "admin", pw).json().size());
    }

    @Test
    public void e_consoleCommandsWork() throws Exception {
        awaitHealthy();
        String out = console("ikz:health", "itest", "ikz-platform-admin");
        assertTrue(out, out.contains("Database: UP (derby)"));
        String created = console("ikz:tenant-create it-console \"Console tenant\"", "itest", "ikz-platform-admin");
        assertTrue(created, created.contains("Tenant it-console created"));
        String list = console("ikz:tenant-list", "itest", "ikz-platform-admin");
        assertTrue(list, list.contains("it-console"));
        String refused = console("ikz:tenant-create Bad! x", "itest", "ikz-platform-admin");
        assertTrue(refused, refused.contains("Error in id"));
        String verify = console("ikz:audit-verify", "itest", "ikz-platform-admin");
        assertTrue(verify, verify.contains("Access log intact"));
    }

    @Test
    public void f_aModuleDroppedIntoDeployComesAndGoesWithoutTouchingTheCore() throws Exception {
        awaitHealthy();
        String pw = adminPassword();
        Http h = http();
        CoreWatch core = watchCore();
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "ikz-itest-module.jar");
        try {
            assertFalse(listsModule(h, pw));
            Files.copy(Path.of(System.getProperty("ikz.itest.module")), deployed, StandardCopyOption.REPLACE_EXISTING);
            Await.until("the module in GET /modules", Duration.ofSeconds(30), () -> {
                assertEquals("core keeps answering", 200, h.get("health", null, null).status());
                return listsModule(h, pw);
            });
            assertTrue(registry.module("itest-module").isPresent());
            String list = console("ikz:module-list", "itest", "ikz-platform-admin");
            assertTrue(list, list.contains("itest-module"));
            JsonNode module = h.get("modules/itest-module", "admin", pw).json();
            assertEquals("things", module.get("measures").get(0).get("id").asText());

            Files.delete(deployed);
            Await.until("the module gone from GET /modules", Duration.ofSeconds(30), () -> {
                assertEquals("core keeps answering", 200, h.get("health", null, null).status());
                return !listsModule(h, pw);
            });
            assertFalse(console("ikz:module-list", "itest", "ikz-platform-admin").contains("itest-module"));
        } finally {
            core.stop();
            Files.deleteIfExists(deployed);
        }
        core.assertUntouched();
    }

    @Test
    public void g_theDemoCooperationsRunEndToEndOnTheConsoleAndOverRest() throws Exception {
        awaitHealthy();
        String pw = adminPassword();
        Http h = http();
        String out = console("ikz:demo-load --tenant demo-it --year 2026 --register " + System.getProperty("ikz.itest.register"),
                "itest", "ikz-platform-admin");
        assertTrue(out, out.contains("Demo tenant 'demo-it'"));
        assertTrue(out, out.contains("vormundschaft-altkreis-aachen/2026/v1"));

        // the guardianship office's cost is split by the population of the youth offices' jurisdictions
        JsonNode run = h.get("agreements/vormundschaft-altkreis-aachen/runs/2026/v1?tenant=demo-it", "admin", pw).json();
        assertEquals("BUDGET", run.get("kind").asText());
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode s : run.get("shares")) {
            sum = sum.add(new java.math.BigDecimal(s.get("amount").asText()));
        }
        assertEquals(0, sum.compareTo(new java.math.BigDecimal("180000.00")));
        boolean destatis = false;
        for (JsonNode i : run.get("inputs")) {
            destatis |= i.get("source").asText().contains("Destatis") && "2019-12-31".equals(i.get("referenceDate").asText());
        }
        assertTrue("inputs carry reference date and source: " + run.get("inputs"), destatis);

        // a second run is a new version; the two compare to zero differences
        Http.Reply again = h.post("agreements/vormundschaft-altkreis-aachen/runs?tenant=demo-it",
                "{\"fiscalYear\":2026,\"budget\":\"180000.00\"}", "admin", pw);
        assertEquals(again.body(), 201, again.status());
        assertEquals("vormundschaft-altkreis-aachen/2026/v2", again.json().get("id").asText());
        JsonNode diff = h.get("agreements/vormundschaft-altkreis-aachen/compare?tenant=demo-it&a=2026/v1&b=2026/v2", "admin", pw).json();
        diff.fields().forEachRemaining(e -> assertEquals(0, new java.math.BigDecimal(e.getValue().asText()).signum()));

        // documents: summary and notices as PDF and CSV (German formats), the profile of the agreement
        Http.Reply pdf = h.get("agreements/vormundschaft-altkreis-aachen/runs/2026/v1/summary.pdf?tenant=demo-it", "admin", pw);
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
        assertTrue(pdf.body().startsWith("%PDF"));
        Http.Reply csv = h.get("agreements/vormundschaft-altkreis-aachen/runs/2026/v1/notices/ja-alsdorf.csv?tenant=demo-it", "admin", pw);
        assertEquals(csv.body(), 200, csv.status());
        // one flat table: header, one row per instalment with the Kassenzeichen, ISO dates, numbers with a dot
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertTrue(csv.body(), lines[0].startsWith("Kassenzeichen,") && lines.length == 5);
        assertTrue(csv.body(), lines[1].matches("2026-\\d{5}-\\d{5}-\\d{2},ja-alsdorf,.*,2026-02-15,\\d+\\.\\d{2}"));
        Http.Reply de = h.get("agreements/vormundschaft-altkreis-aachen/runs/2026/v1/notices/ja-alsdorf.csv?dialect=de&tenant=demo-it",
                "admin", pw);
        assertTrue(de.body(), de.body().contains(";2026-02-15;") && de.body().matches("(?s).*;\\d+,\\d{2}\r\n.*"));
        assertEquals(404, h.get("agreements/vormundschaft-altkreis-aachen/runs/2026/v1/notices/nobody.pdf?tenant=demo-it", "admin", pw).status());
        // the notice as an XRechnung e-invoice: the Kassenzeichen is the invoice number
        Http.Reply xml = h.get("agreements/vormundschaft-altkreis-aachen/runs/2026/v1/notices/ja-alsdorf.xml?tenant=demo-it", "admin", pw);
        assertEquals(xml.body(), 200, xml.status());
        assertTrue(xml.contentType(), xml.contentType().startsWith("application/xml"));
        String kassenzeichen = lines[1].substring(0, lines[1].indexOf(','));
        assertTrue(xml.body(), xml.body().contains("<rsm:CrossIndustryInvoice") && xml.body().contains(">" + kassenzeichen + "<"));
        assertEquals(400, h.get("agreements/vormundschaft-altkreis-aachen/runs/2026/v1/summary.xml?tenant=demo-it", "admin", pw).status());
        // rendering a PDF leaves no WARN in the server log (PDFBox's fallback-font line is ERROR-only in the distribution)
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        String logged = java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "";
        assertTrue("fallback-font warning in " + log, !logged.contains("Using fallback font"));
        Http.Reply profile = h.get("agreements/vormundschaft-altkreis-aachen/profile?tenant=demo-it&format=markdown", "admin", pw);
        assertEquals(profile.body(), 200, profile.status());
        assertTrue(profile.body(), profile.body().contains("Hauptverantwortlich") && profile.body().contains("Jugendamt der StädteRegion Aachen"));
        assertEquals(200, h.get("agreements/vormundschaft-altkreis-aachen/profile?tenant=demo-it&format=pdf", "admin", pw).status());

        // ImBlick was amended: on a day in 2024 the first version is in force
        assertEquals(1, h.get("agreements/imblick?tenant=demo-it&on=2024-06-30", "admin", pw).json().get("version").asInt());
        assertEquals(2, h.get("agreements/imblick/history?tenant=demo-it", "admin", pw).json().size());

        // the stateless preview: exact to the cent, decimal strings with two places
        Http.Reply preview = h.post("allocations/preview", "{\"amount\":\"100.00\",\"key\":\"equal\",\"partners\":"
                + "[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}]}", "admin", pw);
        assertEquals(preview.body(), 200, preview.status());
        assertEquals("33.34", preview.json().get("shares").get(0).get("amount").asText());
        assertEquals("33.33", preview.json().get("shares").get(2).get("amount").asText());
        Http.Reply badPercent = h.post("allocations/preview", "{\"amount\":\"100.00\",\"key\":\"percent\",\"partners\":"
                + "[{\"id\":\"a\",\"value\":\"60\"},{\"id\":\"b\",\"value\":\"30\"}]}", "admin", pw);
        assertEquals(400, badPercent.status());

        // console: the run and the agreement
        String show = console("ikz:allocation-show --tenant demo-it vormundschaft-altkreis-aachen/2026/v1", "itest", "ikz-platform-admin");
        assertTrue(show, show.contains("ja-alsdorf"));
        String agreement = console("ikz:agreement-show --tenant demo-it imblick", "itest", "ikz-platform-admin");
        assertTrue(agreement, agreement.contains("v2 from 2025-01-01"));

        // another tenant's admin sees none of it
        String s = UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, h.post("tenants", "{\"id\":\"it-o-" + s + "\",\"name\":\"Other\"}", "admin", pw).status());
        assertEquals(201, h.post("users", "{\"username\":\"uo-" + s + "\",\"password\":\"secret-of-o-123\",\"tenant\":\"it-o-" + s
                + "\",\"roles\":[\"tenant-admin\"]}", "admin", pw).status());
        assertEquals(0, h.get("agreements", "uo-" + s, "secret-of-o-123").json().size());
        assertEquals(404, h.get("agreements/imblick?tenant=demo-it", "uo-" + s, "secret-of-o-123").status());
        assertEquals(404, h.get("agreements/vormundschaft-altkreis-aachen/runs/2026/v1", "uo-" + s, "secret-of-o-123").status());
    }

    private static boolean listsModule(Http h, String pw) {
        Http.Reply r = h.get("modules", "admin", pw);
        assertEquals(200, r.status());
        for (JsonNode m : r.json()) {
            if ("itest-module".equals(m.get("id").asText())) {
                return true;
            }
        }
        return false;
    }
}
