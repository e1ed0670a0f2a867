package de.ikz.itest;

import static de.ikz.itest.Http.json;
import static de.ikz.itest.Http.ok;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * The Frühe Hilfen module as the distribution ships it (a KAR in {@code deploy/}): there at boot,
 * the Kreis Heinsberg demo year loads through the core's {@code ikz:demo-load} in the container,
 * the roles hold over real REST (coordinator, a professional only for her own families, partner
 * staff only for their office, the auditor reads and changes nothing), and deleting and restoring the
 * KAR removes and brings back the module (REST, UI area, commands) without touching the core, with
 * its data intact.
 *
 * <p>Every test works in a tenant of its own; {@code d_} reuses the tenant {@code c_} made (to show
 * its data survives the module going and coming) and makes its own when run alone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class FruehehilfenIT extends ContainerSupport {

    private static final String MODULE = "fruehehilfen";
    private static final String M = "modules/fruehehilfen/";
    private static final String BUNDLE = "de.ikz.platform.ikz-module-fruehehilfen";
    /** Password of every user the tests create. */
    private static final String PW = "secret-of-fh-123";
    /** Erkelenz (own youth office ja-erkelenz) and Gangelt (the Kreisjugendamt's), in the core demo's jurisdictions. */
    private static final String ERKELENZ = "05370004";
    private static final String GANGELT = "05370008";

    /** The tenant c_ set up, for d_. */
    private static Office office;

    /** A demo tenant with users of every role of the module and two professionals with a family each. */
    record Office(String tenant, String coordinator, String p1, String p2, String erkelenz, String kreisStaff, String auditor,
                  String familyOfP1, String familyOfP2) {
    }

    // ================================================================ a) at boot

    @Test
    public void a_theModuleIsThereAtBootFromItsKarInDeploy() throws Exception {
        awaitModuleListed();
        Path kar = deployedKar();
        JsonNode module = ok(200, http().get("modules/" + MODULE, "admin", adminPassword()), "GET /modules/fruehehilfen");
        Set<String> roles = new HashSet<>();
        module.get("roles").forEach(r -> roles.add(r.get("id").asText()));
        assertEquals(Set.of("coordinator", "professional", "partner-staff", "auditor"), roles);
        Set<String> measures = new HashSet<>();
        module.get("measures").forEach(m -> measures.add(m.get("id").asText()));
        assertEquals(Set.of("contact-hours", "families", "new-cases"), measures);
        assertTrue("in the registry", registry.module(MODULE).isPresent());
        Await.until("the module's screens", Duration.ofSeconds(60), () -> uiArea() != null);

        Bundle b = moduleBundle();
        assertNotNull("the module bundle", b);
        assertEquals(Bundle.ACTIVE, b.getState());
        assertTrue(b.getLocation(), b.getLocation().startsWith("mvn:de.ikz.platform/ikz-module-fruehehilfen/"));
        String karName = kar.getFileName().toString().replaceFirst("\\.kar$", "");
        assertTrue("KAR unpacked under data/kar", Files.isDirectory(Path.of(System.getProperty("karaf.data"), "kar", karName)));
    }

    // ================================================================ b) the demo year

    @Test
    public void b_theKreisHeinsbergDemoYearLoadsInTheContainerOnceAndEndsInFinalProofs() throws Exception {
        awaitModuleListed();
        String t = "fh-demo-" + UUID.randomUUID().toString().substring(0, 6);
        int year = LocalDate.now().getYear() + 1;
        String out = demoLoad(t, year);
        int demoYear = LocalDate.now().getYear() - 1;
        assertTrue(out, out.contains("Frühe Hilfen demo year " + demoYear + " in '" + t + "'"));
        assertTrue(out, out.contains("151 families (120 new cases), 692 home visits and accompaniments"));
        assertTrue(out, out.contains("6 proofs of use final"));

        Http h = http();
        String pw = adminPassword();
        String s = UUID.randomUUID().toString().substring(0, 8);
        String auditor = "fha-" + s;
        ok(201, h.post("users", json("username", auditor, "password", PW, "tenant", t, "roles", List.of("auditor")), "admin", pw),
                "auditor");
        JsonNode proofs = ok(200, h.get(M + "reports/proofs?year=" + demoYear, auditor, PW), "proofs of the demo year");
        assertEquals(proofs.toString(), 6, proofs.size());
        proofs.forEach(p -> assertTrue("final: " + p, p.hasNonNull("lastFinal")));
        JsonNode pool = ok(200, h.get(M + "reports/proofs/" + demoYear + "/pool", auditor, PW), "proof of the pool");
        assertEquals(151, pool.get("figures").get("families").asInt());
        assertEquals(120, pool.get("figures").get("newCases").asInt());
        Http.Reply pdf = h.get(M + "reports/proofs/" + demoYear + "/ja-geilenkirchen/document.pdf", auditor, PW);
        assertEquals(pdf.body(), 200, pdf.status());
        assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));

        // run again: nothing changes
        String again = demoLoad(t, year);
        assertTrue(again, again.contains("loaded already, nothing changed."));
        assertEquals(proofs, ok(200, h.get(M + "reports/proofs?year=" + demoYear, auditor, PW), "proofs after the second run"));
    }

    // ================================================================ c) roles over REST

    @Test
    public void c_everyRoleGetsWhatItMayAndAProfessionalOnlyHerOwnFamilies() throws Exception {
        awaitModuleListed();
        office = newOffice("c");
        Office o = office;
        Http h = http();
        LocalDate today = LocalDate.now();

        // the professional books a home visit for her own family
        JsonNode visit = ok(201, h.post(M + "families/" + o.familyOfP1() + "/contacts", json("date", today, "minutes", 60,
                "kind", "HOME_VISIT", "categories", List.of("FEEDING")), o.p1(), PW), "P1's visit");
        assertEquals(o.familyOfP1(), visit.get("familyId").asText());
        int p2Contacts = ok(200, h.get(M + "families/" + o.familyOfP2() + "/contacts", o.coordinator(), PW), "contacts").size();

        // ... but not for another professional's family: refused, nothing written
        Http.Reply foreign = h.post(M + "families/" + o.familyOfP2() + "/contacts", json("date", today, "minutes", 60,
                "kind", "HOME_VISIT"), o.p1(), PW);
        assertTrue("status " + foreign.status() + ": " + foreign.body(), foreign.status() == 403 || foreign.status() == 404);
        assertTrue(foreign.contentType(), foreign.contentType().startsWith("application/problem+json"));
        assertEquals(p2Contacts, ok(200, h.get(M + "families/" + o.familyOfP2() + "/contacts", o.coordinator(), PW), "contacts").size());
        Set<String> ownOfP1 = ids(ok(200, h.get(M + "families", o.p1(), PW), "P1's families"));
        assertEquals(Set.of(o.familyOfP1()), ownOfP1);

        // partner staff: the own office's family with its identity, another office's family is not found
        JsonNode identity = ok(200, h.get(M + "families/" + o.familyOfP1() + "/identity", o.erkelenz(), PW), "identity as Erkelenz");
        assertEquals("Mutter Beispiel-IT", identity.get("motherName").asText());
        assertEquals(404, h.get(M + "families/" + o.familyOfP2(), o.erkelenz(), PW).status());
        assertEquals(404, h.get(M + "families/" + o.familyOfP2() + "/identity", o.erkelenz(), PW).status());
        assertEquals(403, h.post(M + "families/" + o.familyOfP1() + "/contacts", json("date", today, "minutes", 30), o.erkelenz(), PW)
                .status());

        // the auditor reads the pseudonymised case and the reports, and changes nothing
        ok(200, h.get(M + "families/" + o.familyOfP1(), o.auditor(), PW), "family as auditor");
        assertEquals(403, h.get(M + "families/" + o.familyOfP1() + "/identity", o.auditor(), PW).status());
        ok(200, h.get(M + "reports/steering", o.auditor(), PW), "steering report as auditor");
        int contacts = ok(200, h.get(M + "families/" + o.familyOfP1() + "/contacts", o.coordinator(), PW), "contacts").size();
        assertEquals(403, h.post(M + "families/" + o.familyOfP1() + "/contacts", json("date", today, "minutes", 30), o.auditor(), PW)
                .status());
        assertEquals(403, h.post(M + "families", json("ags", ERKELENZ, "referredBy", "CLINIC"), o.auditor(), PW).status());
        assertEquals(contacts, ok(200, h.get(M + "families/" + o.familyOfP1() + "/contacts", o.coordinator(), PW), "contacts").size());

        // a professional has no business with the pool's reports; the platform admin sees no case data
        assertEquals(403, h.get(M + "reports/steering", o.p1(), PW).status());
        int admin = h.get(M + "families/" + o.familyOfP1() + "?tenant=" + o.tenant(), "admin", adminPassword()).status();
        assertTrue("platform admin: " + admin, admin == 403 || admin == 404);
    }

    // ================================================================ d) hot deploy

    @Test
    public void d_deletingAndRestoringTheKarRemovesAndBringsBackTheModuleWithoutTouchingTheCore() throws Exception {
        awaitModuleListed();
        String pw = adminPassword();
        Http h = http();
        Office o = office != null ? office : newOffice("d");
        String familyPath = M + "families/" + o.familyOfP1();
        JsonNode family = ok(200, h.get(familyPath, o.coordinator(), PW), "family");
        JsonNode contacts = ok(200, h.get(familyPath + "/contacts", o.coordinator(), PW), "contacts");

        Path kar = deployedKar();
        Path kept = Path.of(System.getProperty("karaf.data"), "itest-kept-" + kar.getFileName());
        Files.copy(kar, kept, StandardCopyOption.REPLACE_EXISTING);
        Duration poll = Duration.ofMillis(50);
        List<String> outages = new ArrayList<>();
        CoreWatch core = watchCore();
        try {
            Files.delete(kar);
            Await.until("the module gone: not listed, REST 404, no screens, no commands", Duration.ofSeconds(60), poll, () -> {
                probeHealth(h, "undeploy", outages);
                return listing(h, pw) == Boolean.FALSE && h.get(familyPath, o.coordinator(), PW).status() == 404
                        && uiArea() == null && !hasScope(MODULE) && moduleBundle() == null;
            });
            assertTrue("not in the registry", registry.module(MODULE).isEmpty());
            assertEquals(404, h.get("modules/" + MODULE, "admin", pw).status());
            // the core keeps answering
            ok(200, h.get("modules", "admin", pw), "GET /modules without the module");
            ok(200, h.get("participants?tenant=" + o.tenant(), "admin", pw), "core participants");

            Files.copy(kept, kar);
            Await.until("the module back: listed, REST 200, screens", Duration.ofSeconds(90), poll, () -> {
                probeHealth(h, "deploy", outages);
                return listing(h, pw) == Boolean.TRUE && h.get(familyPath, o.coordinator(), PW).status() == 200 && uiArea() != null;
            });
            Await.until("the KAR's feature started", Duration.ofSeconds(60), this::karsDeployed);
        } finally {
            core.stop();
            if (!Files.exists(kar)) {
                // leave the shared container as shipped for the tests after this one, whatever failed above
                Files.copy(kept, kar);
                Await.until("the KAR back after a failure", Duration.ofSeconds(60), this::karsDeployed);
            }
        }
        core.assertUntouched();

        // the data is all there again
        assertEquals(family, ok(200, h.get(familyPath, o.coordinator(), PW), "family after redeploy"));
        assertEquals(contacts, ok(200, h.get(familyPath + "/contacts", o.coordinator(), PW), "contacts after redeploy"));
        assertEquals("GET /health answered 200 throughout", List.of(), outages);
    }

    // ================================================================ steps

    /** The core's demo (participants of the Kreis Heinsberg with their jurisdictions) and the module's demo year. */
    private String demoLoad(String tenant, int year) throws Exception {
        String out = console("ikz:demo-load --tenant " + tenant + " --year " + year + " --register "
                + System.getProperty("ikz.itest.register"), "itest", "ikz-platform-admin");
        assertTrue(out, out.contains("Demo tenant '" + tenant + "'"));
        return out;
    }

    /**
     * A demo tenant (the core's participants, the module's demo year) with a coordinator of the module, two
     * professionals with a staff record each, staff of the youth office Erkelenz and of the Kreisjugendamt, an
     * auditor, and a family for each professional: P1's in Erkelenz, P2's in Gangelt (the Kreisjugendamt's).
     */
    private Office newOffice(String label) throws Exception {
        String pw = adminPassword();
        Http h = http();
        String s = UUID.randomUUID().toString().substring(0, 6);
        String t = "fh-" + label + "-" + s;
        demoLoad(t, LocalDate.now().getYear());
        String coordinator = "fhc-" + s;
        String p1 = "fhp1-" + s;
        String p2 = "fhp2-" + s;
        String erkelenz = "fhe-" + s;
        String kreisStaff = "fhk-" + s;
        String auditor = "fha-" + s;
        ok(201, h.post("users", json("username", coordinator, "password", PW, "tenant", t, "roles", List.of("coordinator"),
                "modules", List.of(MODULE)), "admin", pw), "coordinator");
        for (String p : List.of(p1, p2)) {
            ok(201, h.post("users", json("username", p, "password", PW, "tenant", t, "roles", List.of(),
                    "moduleRoles", List.of(MODULE + ".professional")), "admin", pw), "professional " + p);
        }
        ok(201, h.post("users", json("username", erkelenz, "password", PW, "tenant", t, "roles", List.of("partner-staff"),
                "participant", "ja-erkelenz"), "admin", pw), "staff of ja-erkelenz");
        ok(201, h.post("users", json("username", kreisStaff, "password", PW, "tenant", t, "roles", List.of("partner-staff"),
                "participant", "ja-kreis-heinsberg"), "admin", pw), "staff of ja-kreis-heinsberg");
        ok(201, h.post("users", json("username", auditor, "password", PW, "tenant", t, "roles", List.of("auditor")), "admin", pw),
                "auditor");
        confirmPendingGrants(h, pw, t, "fht-" + s, PW);

        LocalDate since = LocalDate.now().minusYears(1);
        String staff1 = ok(201, h.post(M + "staff", json("kind", "MIDWIFE", "name", "Hebamme Eins", "hoursPerWeek", "19.5",
                "activeFrom", since, "username", p1), coordinator, PW), "staff P1").get("id").asText();
        String staff2 = ok(201, h.post(M + "staff", json("kind", "FGKIKP", "name", "Pflegerin Zwei", "hoursPerWeek", "19.5",
                "activeFrom", since, "username", p2), coordinator, PW), "staff P2").get("id").asText();
        String f1 = family(h, coordinator, ERKELENZ, staff1);
        String f2 = family(h, coordinator, GANGELT, staff2);
        return new Office(t, coordinator, p1, p2, erkelenz, kreisStaff, auditor, f1, f2);
    }

    /** A family opened a month ago with identity and consent, assigned to the staff member. */
    private static String family(Http h, String coordinator, String ags, String staffId) {
        LocalDate opened = LocalDate.now().minusMonths(1);
        JsonNode f = ok(201, h.post(M + "families", json("ags", ags, "openedOn", opened, "referredBy", "CLINIC", "staffId", staffId,
                "identity", Map.of("motherName", "Mutter Beispiel-IT", "childBirthDate", opened.minusDays(10).toString())),
                coordinator, PW), "family in " + ags);
        String id = f.get("id").asText();
        ok(201, h.post(M + "families/" + id + "/consents", json("givenOn", opened, "scopes", List.of("DOCUMENTATION", "HEALTH_DATA")),
                coordinator, PW), "consent");
        return id;
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    /** Waits until the platform is up as shipped and GET /modules/fruehehilfen answers (the KAR comes after the core). */
    private void awaitModuleListed() throws IOException {
        awaitHealthy();
        String pw = adminPassword();
        Http h = http();
        Await.until("fruehehilfen in GET /modules", Duration.ofSeconds(90), () -> listing(h, pw) == Boolean.TRUE);
    }

    /** Whether GET /modules lists the module (by its id in the answer); null if it did not answer 200. */
    private static Boolean listing(Http h, String pw) {
        Http.Reply r = h.get("modules", "admin", pw);
        return r.status() != 200 ? null : r.json().findValuesAsText("id").contains(MODULE);
    }

    /** GET /health; anything but 200 is noted. */
    private static void probeHealth(Http h, String phase, List<String> outages) {
        Http.Reply r = h.get("health", null, null);
        if (r.status() != 200) {
            outages.add(phase + ": " + r.status());
        }
    }

    /** The module's UI contribution (its area under /ui/fruehehilfen/), or null while it is gone. */
    private ServiceReference<?> uiArea() {
        try {
            ServiceReference<?>[] refs = ctx.getServiceReferences("de.ikz.api.ui.UiContribution", "(ikz.ui=" + MODULE + ")");
            return refs == null ? null : refs[0];
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one fruehehilfen KAR the distribution ships in deploy/. */
    private static Path deployedKar() throws IOException {
        List<Path> found;
        try (java.util.stream.Stream<Path> files = Files.list(Path.of(System.getProperty("karaf.base"), "deploy"))) {
            found = files.filter(f -> f.getFileName().toString().matches("ikz-module-fruehehilfen-.*\\.kar")).toList();
        }
        assertEquals("the fruehehilfen KAR in deploy/: " + found, 1, found.size());
        return found.get(0);
    }

    /** The module's bundle while it is installed, else null. */
    private Bundle moduleBundle() {
        return bundle(BUNDLE);
    }
}
