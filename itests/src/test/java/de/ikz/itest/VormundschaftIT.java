package de.ikz.itest;

import static de.ikz.itest.Http.json;
import static de.ikz.itest.Http.ok;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

/**
 * The guardianship module as the distribution ships it: a KAR in {@code deploy/}. The module is
 * there at boot, a coordinator runs a volunteer from enquiry to appointment over REST, bad input
 * is refused without a change, the console works for a coordinator, and deleting and restoring the
 * KAR removes and brings back the module without touching the core, with its data intact.
 *
 * <p>Every test works in a tenant of its own. Only {@code e_} reuses the case {@code b_} walked
 * through (to show it survives the module going and coming); run alone, it walks its own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class VormundschaftIT extends ContainerSupport {

    private static final String MODULE = "vormundschaft";
    private static final String M = "modules/vormundschaft/";
    private static final String BUNDLE = "de.ikz.platform.ikz-module-vormundschaft";
    /** Password of every user the tests create. */
    private static final String PW = "secret-of-vm-123";
    private static final String COURT = "Amtsgericht Aachen - Familiengericht";

    /** The case b_ walked through, for e_. */
    private static Walk walked;

    /** A tenant of its own with a coordinator of the module and staff of two partner youth offices, ja-a and ja-b. */
    record Office(String tenant, String coordinator, String staffA, String staffB) {
    }

    /** What a walk from enquiry to accompaniment created. */
    record Walk(Office office, String volunteer, String child, String appointment) {
    }

    // ================================================================ a) at boot

    @Test
    public void a_theModuleIsThereAtBootFromItsKarInDeploy() throws Exception {
        awaitHealthy();
        Path kar = deployedKar();
        awaitModuleListed();
        JsonNode module = ok(200, http().get("modules/" + MODULE, "admin", adminPassword()), "GET /modules/vormundschaft");
        Set<String> measures = new HashSet<>();
        module.get("measures").forEach(m -> measures.add(m.get("id").asText()));
        assertEquals(Set.of("active-appointments", "volunteers-recruited"), measures);
        assertTrue("in the registry", registry.module(MODULE).isPresent());
        Await.until("vormundschaft:volunteer-list in the console", Duration.ofSeconds(60),
                () -> hasCommand(MODULE, "volunteer-list"));

        // installed by the KAR's feature, not by the boot features
        Bundle b = moduleBundle();
        assertNotNull("the module bundle", b);
        assertEquals(Bundle.ACTIVE, b.getState());
        assertTrue(b.getLocation(), b.getLocation().startsWith("mvn:de.ikz.platform/ikz-module-vormundschaft/"));
        String karName = kar.getFileName().toString().replaceFirst("\\.kar$", "");
        assertTrue("KAR unpacked under data/kar", Files.isDirectory(Path.of(System.getProperty("karaf.data"), "kar", karName)));
    }

    // ================================================================ b) the way of a volunteer

    @Test
    public void b_aCoordinatorRunsAVolunteerFromEnquiryToAppointmentAndAccompaniment() throws Exception {
        awaitModuleListed();
        walked = walk("b");
    }

    /** The whole way over REST, asserting every step; used by b_ (and e_ when run alone). */
    private Walk walk(String label) throws IOException {
        Http h = http();
        LocalDate today = LocalDate.now();
        Office o = newOffice(label);
        String v = volunteerInPool(o, "Erika Muster", 1);
        List<String> stages = new ArrayList<>();
        ok(200, h.get(M + "volunteers/" + v + "/history", o.coordinator(), PW), "history").forEach(c -> stages.add(c.get("to").asText()));
        assertEquals(List.of("ENQUIRY", "APPLICATION", "SUITABILITY_INTERVIEW", "CONDUCT_CERTIFICATE", "TRAINING",
                "REFLECTION_TALK", "POOL"), stages);

        // partner staff of ja-a propose a child; they see its identity, the coordinator only the pseudonym
        JsonNode child = newChild(o, "Amir");
        String k = child.get("id").asText();
        assertEquals("OPEN", child.get("status").asText());
        assertEquals("ja-a", child.get("office").asText());
        assertEquals("Amir", child.get("identity").get("givenName").asText());
        assertFalse("no identity for the coordinator",
                ok(200, h.get(M + "children/" + k, o.coordinator(), PW), "child as coordinator").hasNonNull("identity"));

        JsonNode suggestions = ok(200, h.get(M + "children/" + k + "/suggestions", o.coordinator(), PW), "suggestions");
        assertEquals(suggestions.toString(), v, suggestions.get(0).get("volunteerId").asText());
        assertTrue("suggestion with reasons: " + suggestions, suggestions.get(0).get("reasons").size() > 0);

        String a = appoint(o, k, v);
        JsonNode appointed = ok(200, h.get(M + "volunteers/" + v, o.coordinator(), PW), "volunteer after appointment");
        assertEquals("APPOINTED", appointed.get("stage").asText());
        assertEquals(1, appointed.get("active").asInt());
        assertEquals(0, appointed.get("free").asInt());
        assertEquals("APPOINTED", ok(200, h.get(M + "children/" + k, o.coordinator(), PW), "child").get("status").asText());
        JsonNode appointment = ok(200, h.get(M + "appointments/" + a, o.coordinator(), PW), "appointment");
        assertEquals(v, appointment.get("volunteerId").asText());
        assertEquals(today.plusYears(1).toString(), appointment.get("nextReportDue").asText());

        // accompaniment: a contact with a follow-up
        JsonNode contact = ok(201, h.post(M + "contacts", json("volunteerId", v, "appointmentId", a, "date", today, "minutes", 45,
                "medium", "PHONE", "topic", "Erstes Gespräch nach der Bestellung", "followUp", "Hilfeplangespräch vorbereiten",
                "followUpDue", today.plusDays(14)), o.coordinator(), PW), "contact");
        JsonNode contacts = ok(200, h.get(M + "contacts?volunteer=" + v, o.coordinator(), PW), "contacts");
        assertEquals(1, contacts.size());
        assertEquals(contact.get("id").asText(), contacts.get(0).get("id").asText());

        // the due list: the follow-up in 14 days, the next contact with the guardian in 6 weeks
        JsonNode due = ok(200, h.get(M + "due?days=60", o.coordinator(), PW), "due list");
        assertTrue("follow-up due: " + due, contains(due, "FOLLOW_UP", v, today.plusDays(14)));
        assertTrue("next contact due: " + due, contains(due, "CONTACT", v, today.plusDays(42)));

        // the yearly expense allowance for this year
        JsonNode claim = ok(201, h.post(M + "appointments/" + a + "/allowance-claims", json("year", today.getYear(), "claimedOn", today),
                o.coordinator(), PW), "allowance claim");
        assertEquals(0, new java.math.BigDecimal("425.00").compareTo(new java.math.BigDecimal(claim.get("amount").asText())));
        assertEquals(LocalDate.of(today.getYear() + 1, 6, 30).toString(), claim.get("deadline").asText());
        assertEquals(1, ok(200, h.get(M + "allowance-claims?volunteer=" + v, o.coordinator(), PW), "claims").size());
        return new Walk(o, v, k, a);
    }

    // ================================================================ c) bad input

    @Test
    public void c_badInputIsRefusedWithTheFieldAndChangesNothing() throws Exception {
        awaitModuleListed();
        Http h = http();
        LocalDate today = LocalDate.now();
        Office o = newOffice("c");
        String v = volunteerInPool(o, "Jonas Beispiel", 1);

        // a move the pipeline does not allow
        JsonNode before = ok(200, h.get(M + "volunteers/" + v, o.coordinator(), PW), "volunteer");
        int history = ok(200, h.get(M + "volunteers/" + v + "/history", o.coordinator(), PW), "history").size();
        Http.Reply back = h.post(M + "volunteers/" + v + "/stage", json("to", "ENQUIRY"), o.coordinator(), PW);
        assertProblem(back, "to", 400, 409);
        assertEquals(before, ok(200, h.get(M + "volunteers/" + v, o.coordinator(), PW), "volunteer unchanged"));
        assertEquals(history, ok(200, h.get(M + "volunteers/" + v + "/history", o.coordinator(), PW), "history").size());

        // a child of ja-a: ja-b does not see it, the coordinator sees it without identity, ja-a with
        String k = newChild(o, "Lina").get("id").asText();
        assertEquals(404, h.get(M + "children/" + k, o.staffB(), PW).status());
        ok(200, h.get(M + "children", o.staffB(), PW), "children of ja-b")
                .forEach(c -> assertFalse("ja-b lists ja-a's child", k.equals(c.get("id").asText())));
        assertFalse(ok(200, h.get(M + "children/" + k, o.coordinator(), PW), "child as coordinator").hasNonNull("identity"));
        assertEquals("Lina", ok(200, h.get(M + "children/" + k, o.staffA(), PW), "child as ja-a")
                .get("identity").get("givenName").asText());

        // capacity 1: once appointed, the volunteer cannot be matched to a second child
        String a = appoint(o, k, v);
        String k2 = newChild(o, "Mia").get("id").asText();
        ok(200, h.get(M + "children/" + k2 + "/suggestions", o.coordinator(), PW), "suggestions")
                .forEach(s -> assertFalse("a full volunteer is suggested", v.equals(s.get("volunteerId").asText())));
        Http.Reply over = h.post(M + "children/" + k2 + "/match", json("volunteerId", v), o.coordinator(), PW);
        assertProblem(over, "volunteerId", 400, 409);
        assertEquals("OPEN", ok(200, h.get(M + "children/" + k2, o.coordinator(), PW), "second child").get("status").asText());
        assertEquals(0, ok(200, h.get(M + "children/" + k2 + "/proposals", o.coordinator(), PW), "proposals").size());
        assertEquals(1, ok(200, h.get(M + "volunteers/" + v, o.coordinator(), PW), "volunteer").get("active").asInt());

        // a contact dated tomorrow
        Http.Reply tomorrow = h.post(M + "contacts", json("volunteerId", v, "appointmentId", a, "date", today.plusDays(1),
                "minutes", 30, "medium", "PHONE", "topic", "Anruf"), o.coordinator(), PW);
        assertProblem(tomorrow, "date", 400);
        assertEquals(0, ok(200, h.get(M + "contacts?volunteer=" + v, o.coordinator(), PW), "contacts").size());

        // the allowance of two years ago: its deadline (30 June of last year) has passed
        Http.Reply late = h.post(M + "appointments/" + a + "/allowance-claims", json("year", today.getYear() - 2, "claimedOn", today),
                o.coordinator(), PW);
        assertProblem(late, "claimedOn", 400);
        assertEquals(0, ok(200, h.get(M + "allowance-claims?volunteer=" + v, o.coordinator(), PW), "claims").size());
    }

    // ================================================================ d) the console

    @Test
    public void d_theConsoleListsTheVolunteersAndPrintsRefusals() throws Exception {
        awaitModuleListed();
        Await.until("vormundschaft:volunteer-list in the console", Duration.ofSeconds(60),
                () -> hasCommand(MODULE, "volunteer-list"));
        Http h = http();
        Office o = newOffice("d");
        String v = ok(201, h.post(M + "volunteers", json("name", "Karla Konsole", "office", "ja-a", "ageBand", "12-17"),
                o.coordinator(), PW), "new volunteer").get("id").asText();
        String[] roles = {"ikz-coordinator", "ikz-module.vormundschaft", "ikz-tenant." + o.tenant()};

        String list = console("vormundschaft:volunteer-list", o.coordinator(), roles);
        assertTrue(list, list.contains(v));
        assertTrue(list, list.contains("Karla Konsole"));

        String refused = console("vormundschaft:volunteer-move " + v + " POOL", o.coordinator(), roles);
        assertTrue(refused, refused.contains("Error in to"));
        assertEquals("ENQUIRY", ok(200, h.get(M + "volunteers/" + v, o.coordinator(), PW), "volunteer").get("stage").asText());
    }

    // ================================================================ e) hot deploy

    @Test
    public void e_deletingAndRestoringTheKarRemovesAndBringsBackTheModuleWithoutTouchingTheCore() throws Exception {
        awaitModuleListed();
        Await.until("vormundschaft commands", Duration.ofSeconds(60), () -> hasCommand(MODULE, "volunteer-list"));
        String pw = adminPassword();
        Http h = http();
        Walk w = walked != null ? walked : walk("e");
        String coordinator = w.office().coordinator();
        String volunteerPath = M + "volunteers/" + w.volunteer();
        JsonNode volunteer = ok(200, h.get(volunteerPath, coordinator, PW), "volunteer");
        JsonNode child = ok(200, h.get(M + "children/" + w.child(), coordinator, PW), "child");
        JsonNode appointment = ok(200, h.get(M + "appointments/" + w.appointment(), coordinator, PW), "appointment");

        Path kar = deployedKar();
        Path kept = Path.of(System.getProperty("karaf.data"), "itest-kept-" + kar.getFileName());
        Files.copy(kar, kept, StandardCopyOption.REPLACE_EXISTING);
        Duration poll = Duration.ofMillis(25);
        Map<String, Long> ms = new LinkedHashMap<>();
        List<String> healthOutages = new ArrayList<>();
        List<String> modulesOutages = new ArrayList<>();
        CoreWatch core = watchCore();
        try {
            // the operator deletes the file ...
            long removed = System.nanoTime();
            Files.delete(kar);
            Await.until("the module gone: not listed, REST 404, no commands", Duration.ofSeconds(60), poll, () -> {
                probeHealth(h, "undeploy", removed, healthOutages);
                Boolean listed = listing(h, pw);
                if (listed == null) {
                    modulesOutages.add("undeploy +" + (System.nanoTime() - removed) / 1_000_000 + " ms");
                }
                first(ms, "undeploy.unlisted.ms", removed, () -> listed == Boolean.FALSE);
                // a 404 of the module's path while the platform's own paths answer (not the whole application republishing)
                first(ms, "undeploy.rest404.ms", removed, () -> listed != null && h.get(volunteerPath, coordinator, PW).status() == 404);
                first(ms, "undeploy.commandsGone.ms", removed, () -> !hasScope(MODULE));
                first(ms, "undeploy.bundleUninstalled.ms", removed, () -> moduleBundle() == null);
                return ms.size() == 4;
            });
            assertTrue("not in the registry", registry.module(MODULE).isEmpty());
            assertEquals(404, h.get(M + "training/modules", coordinator, PW).status());
            assertEquals(404, h.get("modules/" + MODULE, "admin", pw).status());

            // ... and copies it back
            long copied = System.nanoTime();
            Files.copy(kept, kar);
            Await.until("the module back: listed, REST 200, commands", Duration.ofSeconds(60), poll, () -> {
                probeHealth(h, "deploy", copied, healthOutages);
                Boolean listed = listing(h, pw);
                if (listed == null) {
                    modulesOutages.add("deploy +" + (System.nanoTime() - copied) / 1_000_000 + " ms");
                }
                first(ms, "deploy.rest200.ms", copied, () -> h.get(volunteerPath, coordinator, PW).status() == 200);
                first(ms, "deploy.listed.ms", copied, () -> listed == Boolean.TRUE);
                first(ms, "deploy.commands.ms", copied, () -> hasCommand(MODULE, "volunteer-list"));
                return ms.size() == 7;
            });
            assertTrue("back in the registry", registry.module(MODULE).isPresent());
            Await.until("the KAR's feature started", Duration.ofSeconds(60), this::karsDeployed);
        } finally {
            core.stop();
            writeReport(kar, ms, healthOutages, modulesOutages);
            if (!Files.exists(kar)) {
                // leave the shared container as shipped for the tests after this one, whatever failed above
                Files.copy(kept, kar);
                Await.until("the KAR back after a failure", Duration.ofSeconds(60), this::karsDeployed);
            }
        }
        core.assertUntouched();

        // the data is all there again
        assertEquals(volunteer, ok(200, h.get(volunteerPath, coordinator, PW), "volunteer after redeploy"));
        assertEquals(child, ok(200, h.get(M + "children/" + w.child(), coordinator, PW), "child after redeploy"));
        assertEquals(appointment, ok(200, h.get(M + "appointments/" + w.appointment(), coordinator, PW), "appointment after redeploy"));
        String list = console("vormundschaft:volunteer-list", coordinator, "ikz-coordinator", "ikz-module.vormundschaft",
                "ikz-tenant." + w.office().tenant());
        assertTrue(list, list.contains(w.volunteer()));

        // last, so that everything above is proven even if the core API blinked while the module's resources came and went
        assertEquals("GET /health answered 200 throughout", List.of(), healthOutages);
    }

    @Test
    public void f_theAltkreisAachenDemoAgreementSplitsByActiveAppointmentsOrPopulation() throws Exception {
        awaitHealthy();
        awaitModuleListed();
        String pw = adminPassword();
        Http h = http();
        String t = "demo-vm-" + UUID.randomUUID().toString().substring(0, 6);
        int year = LocalDate.now().getYear() + 1;
        String core = console("ikz:demo-load --tenant " + t + " --year " + year + " --register " + System.getProperty("ikz.itest.register"),
                "itest", "ikz-platform-admin");
        assertTrue(core, core.contains("Demo tenant '" + t + "'"));
        String out = console("vormundschaft:demo-load --tenant " + t + " --year " + year, "itest", "ikz-platform-admin");
        assertTrue(out, out.contains("13 appointments") && out.contains("split by active appointments"));

        // version 1 of the year: by population; the new run (v2) under the amendment: by the module's measure
        String runs = "agreements/vormundschaft-altkreis-aachen/runs/" + year + "/";
        JsonNode byPopulation = ok(200, h.get(runs + "v1?tenant=" + t, "admin", pw), "population run");
        JsonNode byAppointments = ok(200, h.get(runs + "v2?tenant=" + t, "admin", pw), "appointments run");
        assertEquals(2, byAppointments.get("agreementVersion").asInt());
        Map<String, Integer> appointments = new java.util.HashMap<>();
        for (JsonNode i : byAppointments.get("inputs")) {
            assertEquals(i.toString(), "vormundschaft/active-appointments", i.get("figure").asText().replaceAll("^.* ", ""));
            appointments.put(i.get("partnerId").asText(), new java.math.BigDecimal(i.get("value").asText()).intValueExact());
        }
        assertEquals(Map.of("ja-staedteregion", 4, "ja-alsdorf", 2, "ja-eschweiler", 3, "ja-herzogenrath", 1, "ja-stolberg", 2,
                "ja-wuerselen", 1), appointments);
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        Map<String, java.math.BigDecimal> shares = new java.util.HashMap<>();
        for (JsonNode share : byAppointments.get("shares")) {
            java.math.BigDecimal amount = new java.math.BigDecimal(share.get("amount").asText());
            shares.put(share.get("partnerId").asText(), amount);
            sum = sum.add(amount);
        }
        assertEquals(0, sum.compareTo(new java.math.BigDecimal("180000.00")));
        // 3 of 13 appointments: 180,000 * 3 / 13 = 41,538.46...
        java.math.BigDecimal off = shares.get("ja-eschweiler").subtract(new java.math.BigDecimal("41538.46")).abs();
        assertTrue("ja-eschweiler's share " + shares.get("ja-eschweiler"), off.compareTo(new java.math.BigDecimal("0.01")) <= 0);
        boolean destatis = false;
        for (JsonNode i : byPopulation.get("inputs")) {
            destatis |= i.get("source").asText().contains("Destatis");
        }
        assertTrue("the first run is by population: " + byPopulation.get("inputs"), destatis);
        JsonNode diff = ok(200, h.get("agreements/vormundschaft-altkreis-aachen/compare?tenant=" + t + "&a=" + year + "/v1&b=" + year
                + "/v2", "admin", pw), "comparison");
        assertTrue(diff.toString(), new java.math.BigDecimal(diff.get("ja-eschweiler").asText()).signum() != 0);
        // the year before the amendment is still split by population
        assertEquals(1, ok(200, h.get("agreements/vormundschaft-altkreis-aachen?tenant=" + t + "&on=" + (year - 1) + "-12-31", "admin", pw),
                "agreement before").get("version").asInt());
    }

    // ================================================================ steps

    /** A tenant with youth offices ja-a and ja-b, a coordinator of the module and one staff user of each office. */
    private Office newOffice(String label) throws IOException {
        String pw = adminPassword();
        Http h = http();
        String s = UUID.randomUUID().toString().substring(0, 8);
        String tenant = "vm-" + label + "-" + s;
        ok(201, h.post("tenants", json("id", tenant, "name", "Vormundschaften " + label), "admin", pw), "tenant");
        for (String ja : List.of("ja-a", "ja-b")) {
            ok(201, h.post("participants?tenant=" + tenant, json("id", ja, "kind", "YOUTH_OFFICE", "name", "Jugendamt " + ja),
                    "admin", pw), "participant " + ja);
        }
        Office o = new Office(tenant, "vc-" + s, "va-" + s, "vb-" + s);
        ok(201, h.post("users", json("username", o.coordinator(), "password", PW, "tenant", tenant, "roles", List.of("coordinator"),
                "modules", List.of(MODULE)), "admin", pw), "coordinator");
        ok(201, h.post("users", json("username", o.staffA(), "password", PW, "tenant", tenant, "roles", List.of("partner-staff"),
                "participant", "ja-a"), "admin", pw), "staff of ja-a");
        ok(201, h.post("users", json("username", o.staffB(), "password", PW, "tenant", tenant, "roles", List.of("partner-staff"),
                "participant", "ja-b"), "admin", pw), "staff of ja-b");
        confirmCaseAccess(h, tenant, "vt-" + s);
        return o;
    }

    /**
     * Four-eyes (issue 8): the case access the platform admin asked for takes effect when a tenant
     * admin of the tenant, a second person, confirms each pending grant.
     */
    private void confirmCaseAccess(Http h, String tenant, String tenantAdmin) throws IOException {
        String pw = adminPassword();
        ok(201, h.post("users", json("username", tenantAdmin, "password", PW, "tenant", tenant, "roles", List.of("tenant-admin")),
                "admin", pw), "tenant admin");
        JsonNode pending = ok(200, h.get("grants?state=PENDING", tenantAdmin, PW), "pending grants");
        assertEquals(pending.toString(), 3, pending.size());
        for (JsonNode g : pending) {
            assertEquals("CONFIRMED", ok(200, h.post("grants/" + g.get("id").asText() + "/confirm", "{}", tenantAdmin, PW),
                    "confirm " + g.get("username").asText()).get("state").asText());
        }
    }

    /** A new volunteer of ja-a taken through the pipeline into the pool; every step asserted. */
    private String volunteerInPool(Office o, String name, int capacity) {
        Http h = http();
        LocalDate today = LocalDate.now();
        JsonNode v = ok(201, h.post(M + "volunteers", json("name", name, "office", "ja-a", "languages", List.of("Deutsch", "Arabisch"),
                "ageBand", "6-11", "municipality", "05334004", "travel", "DISTRICT", "capacity", capacity), o.coordinator(), PW),
                "new volunteer");
        String id = v.get("id").asText();
        assertEquals("ENQUIRY", v.get("stage").asText());
        for (String stage : List.of("APPLICATION", "SUITABILITY_INTERVIEW", "CONDUCT_CERTIFICATE")) {
            assertEquals(stage, move(o, id, stage).get("stage").asText());
        }
        JsonNode checked = ok(200, h.post(M + "volunteers/" + id + "/conduct-check", json("seen", today.minusDays(5), "clear", true),
                o.coordinator(), PW), "conduct check");
        assertEquals(today.minusDays(5).toString(), checked.get("conductSeen").asText());
        assertEquals("TRAINING", move(o, id, "TRAINING").get("stage").asText());

        List<String> required = new ArrayList<>();
        ok(200, h.get(M + "training/modules", o.coordinator(), PW), "training modules").forEach(m -> {
            if (m.get("required").asBoolean()) {
                required.add(m.get("id").asText());
            }
        });
        assertFalse("required training modules", required.isEmpty());
        assertProblem(h.post(M + "volunteers/" + id + "/stage", json("to", "REFLECTION_TALK"), o.coordinator(), PW), "to", 409);
        for (String module : required) {
            String course = ok(201, h.post(M + "courses", json("module", module, "date", today, "place", "Aachen", "seats", 12),
                    o.coordinator(), PW), "course " + module).get("id").asText();
            ok(200, h.post(M + "courses/" + course + "/registrations", json("volunteerId", id), o.coordinator(), PW), "registration");
            JsonNode attended = ok(200, h.post(M + "courses/" + course + "/attendance", json("volunteerId", id, "attended", true),
                    o.coordinator(), PW), "attendance");
            assertTrue(attended.toString(), attended.get("registrations").get(0).get("attended").asBoolean());
        }
        JsonNode trained = ok(200, h.get(M + "volunteers/" + id, o.coordinator(), PW), "volunteer");
        assertTrue(trained.toString(), trained.get("trainingComplete").asBoolean());
        assertEquals(0, trained.get("missingModules").size());
        assertEquals("REFLECTION_TALK", move(o, id, "REFLECTION_TALK").get("stage").asText());
        JsonNode pooled = move(o, id, "POOL");
        assertEquals("POOL", pooled.get("stage").asText());
        assertEquals("suitability re-check in two years", today.plusYears(2).toString(), pooled.get("recheckDue").asText());
        return id;
    }

    private JsonNode move(Office o, String volunteer, String stage) {
        return ok(200, http().post(M + "volunteers/" + volunteer + "/stage", json("to", stage), o.coordinator(), PW), "move to " + stage);
    }

    /** A child proposed by staff of ja-a, nine years old, with identity. */
    private JsonNode newChild(Office o, String givenName) {
        LocalDate birth = LocalDate.now().minusYears(9).minusDays(30);
        return ok(201, http().post(M + "children", json("ageBand", "6-11", "needs", "Begleitung im Asylverfahren",
                "languages", List.of("Arabisch"), "municipality", "05334002", "unaccompaniedMinor", true, "placement", "RESIDENTIAL_CARE",
                "identity", Map.of("givenName", givenName, "familyName", "Beispiel", "birthDate", birth.toString())),
                o.staffA(), PW), "new child");
    }

    /** Match, reasoned proposal to the family court, appointment as guardian (today); returns the appointment's id. */
    private String appoint(Office o, String child, String volunteer) {
        Http h = http();
        JsonNode match = ok(200, h.post(M + "children/" + child + "/match", json("volunteerId", volunteer), o.coordinator(), PW), "match");
        assertEquals("MATCHED", match.get("status").asText());
        assertTrue("match with reasons: " + match, match.get("matchReasons").size() > 0);
        JsonNode proposal = ok(200, h.post(M + "children/" + child + "/proposal", json("court", COURT, "reasons",
                "Spricht Arabisch wie das Kind, wohnt im selben Kreis und hat die Schulung abgeschlossen."), o.coordinator(), PW),
                "proposal");
        assertEquals("PROPOSED", proposal.get("status").asText());
        JsonNode appointment = ok(201, h.post(M + "children/" + child + "/appointment", json("fileNumber", "12 F " + child,
                "appointedOn", LocalDate.now(), "kind", "GUARDIANSHIP"), o.coordinator(), PW), "appointment");
        assertEquals(volunteer, appointment.get("volunteerId").asText());
        assertEquals(COURT, appointment.get("court").asText());
        return appointment.get("id").asText();
    }

    // ================================================================ helpers

    /** Waits until GET /modules answers and lists the module (at boot the KAR is installed after the core). */
    private void awaitModuleListed() throws IOException {
        awaitHealthy();
        String pw = adminPassword();
        Http h = http();
        Await.until("vormundschaft in GET /modules", Duration.ofSeconds(90), () -> listing(h, pw) == Boolean.TRUE);
    }

    /** Whether GET /modules lists the module; null if it did not answer 200. */
    private static Boolean listing(Http h, String pw) {
        Http.Reply r = h.get("modules", "admin", pw);
        if (r.status() != 200) {
            return null;
        }
        for (JsonNode m : r.json()) {
            if (MODULE.equals(m.get("id").asText())) {
                return Boolean.TRUE;
            }
        }
        return Boolean.FALSE;
    }

    /** The one module KAR the distribution ships in deploy/. */
    private static Path deployedKar() throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of(System.getProperty("karaf.base"), "deploy"),
                "ikz-module-vormundschaft-*.kar")) {
            ds.forEach(found::add);
        }
        assertEquals("the vormundschaft KAR in deploy/: " + found, 1, found.size());
        return found.get(0);
    }

    private Bundle moduleBundle() {
        return bundle(BUNDLE);
    }

    private static boolean contains(JsonNode due, String kind, String volunteer, LocalDate on) {
        for (JsonNode d : due) {
            if (kind.equals(d.get("kind").asText()) && volunteer.equals(d.get("volunteerId").asText())
                    && on.toString().equals(d.get("due").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The body of an answer with the expected status. */
    /** A problem (RFC 9457) with one of the statuses, naming the field. */
    private static void assertProblem(Http.Reply r, String field, int... statuses) {
        boolean expected = false;
        for (int s : statuses) {
            expected |= r.status() == s;
        }
        assertTrue("status " + r.status() + ": " + r.body(), expected);
        assertTrue(r.contentType(), r.contentType().startsWith("application/problem+json"));
        assertEquals(r.body(), field, r.json().path("field").asText());
    }

    /** A JSON object from name/value pairs; dates as ISO text. */
    /** Records the milliseconds since {@code start} under {@code key} the first time {@code condition} holds. */
    private static void first(Map<String, Long> ms, String key, long start, java.util.function.BooleanSupplier condition) {
        if (!ms.containsKey(key) && condition.getAsBoolean()) {
            ms.put(key, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** GET /health; anything but 200 is noted with the time since {@code start}. */
    private static void probeHealth(Http h, String phase, long start, List<String> outages) {
        Http.Reply r = h.get("health", null, null);
        if (r.status() != 200) {
            outages.add(phase + " +" + (System.nanoTime() - start) / 1_000_000 + " ms: " + r.status() + " "
                    + r.body().substring(0, Math.min(80, r.body().length())));
        }
    }

    /** The hot-deploy figures (key=value) for docs/benchmarks.md; measured, never asserted. */
    private void writeReport(Path kar, Map<String, Long> ms, List<String> healthOutages, List<String> modulesOutages)
            throws IOException {
        StringBuilder b = new StringBuilder("# vormundschaft KAR hot deploy, measured by VormundschaftIT (one run, polling every 25 ms)\n");
        b.append("date=").append(Instant.now()).append('\n');
        b.append("kar=").append(kar.getFileName()).append('\n');
        Files.readAllLines(Path.of(System.getProperty("karaf.etc"), "org.apache.felix.fileinstall-deploy.cfg")).stream()
                .filter(l -> l.startsWith("felix.fileinstall.poll"))
                .forEach(l -> b.append("deploy.").append(l.replaceAll("\\s*=\\s*", ".ms=").strip()).append('\n'));
        b.append("cores=").append(Runtime.getRuntime().availableProcessors()).append('\n');
        ms.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        b.append("health.non200=").append(healthOutages.size()).append('\n');
        healthOutages.forEach(o -> b.append("# health: ").append(o).append('\n'));
        b.append("modules.non200=").append(modulesOutages.size()).append('\n');
        modulesOutages.forEach(o -> b.append("# GET /modules not 200: ").append(o).append('\n'));
        Path dir = Path.of(System.getProperty("ikz.itest.reportDir", "target"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("vormundschaft-hotdeploy.txt"), b.toString());
    }
}
