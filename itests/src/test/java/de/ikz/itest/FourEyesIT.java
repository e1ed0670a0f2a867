package de.ikz.itest;

import static de.ikz.itest.Http.json;
import static de.ikz.itest.Http.ok;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Issue 8, separation of guardianship work from administration: a role that grants case access
 * takes effect only when a second tenant admin confirms it (four-eyes), both steps are in the
 * access log and the user sees the grant's state; an admin reset of such a user's password forces a
 * change; the hosting provider's platform admin reads no case data by any path. Every test works in
 * a tenant of its own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class FourEyesIT extends ContainerSupport {

    private static final String M = "modules/vormundschaft/";
    private static final String PW = "Four-Eyes-Pw-2026";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The shared client, made inside the container (the port is known there only). */
    private Http http;

    private Http.Reply send(String method, String path, String json, String user, String password) {
        if (http == null) {
            http = http();
        }
        return http.send(method, path, json, user, password);
    }

    /** A tenant with youth office ja-a and two tenant admins. */
    record Tenant(String id, String adminOne, String adminTwo, String suffix) {
    }

    // ================================================================ tests

    @Test
    public void partnerStaffReadsAChildsIdentityOnlyAfterASecondAdminConfirms() throws Exception {
        Tenant t = newTenant("fe");
        // staff of ja-a, confirmed the proper way, proposes a child with its identity
        String first = "fs1-" + t.suffix();
        caseUser(t, first, "partner-staff", "ja-a");
        String child = newChild(first, "Lina");

        // a tenant admin creates a second staff member: the account exists, the case access does not yet
        String staff = "fs2-" + t.suffix();
        ok(201, send("POST", "users", json("username", staff, "password", PW, "tenant", t.id(), "roles", List.of("partner-staff"),
                "participant", "ja-a"), t.adminOne(), PW), "staff created by the first admin");
        Http.Reply before = send("GET", M + "children/" + child, null, staff, PW);
        assertTrue("no case access before the confirmation: " + before.body(), before.status() == 403 || before.status() == 404);
        assertFalse(before.body(), before.body().contains("Lina"));

        // the user is told: one pending grant with a message
        JsonNode own = ok(200, send("GET", "grants", null, staff, PW), "own grants");
        assertEquals(own.toString(), 1, own.size());
        JsonNode grant = own.get(0);
        assertEquals("PENDING", grant.get("state").asText());
        assertTrue(grant.toString(), grant.get("message").asText().contains("waiting for confirmation"));
        String id = grant.get("id").asText();

        // the requester, the user and the platform admin cannot confirm it
        assertStatus(403, send("POST", "grants/" + id + "/confirm", "{}", t.adminOne(), PW), "requester confirms");
        assertStatus(403, send("POST", "grants/" + id + "/confirm", "{}", staff, PW), "user confirms");
        assertStatus(403, send("POST", "grants/" + id + "/confirm?tenant=" + t.id(), "{}", "admin", adminPassword()), "platform admin confirms");
        assertEquals(403, send("GET", M + "children/" + child, null, staff, PW).status());

        // the second admin confirms: now the identity is there
        JsonNode confirmed = ok(200, send("POST", "grants/" + id + "/confirm", json("note", "checked"), t.adminTwo(), PW), "confirm");
        assertEquals("CONFIRMED", confirmed.get("state").asText());
        JsonNode seen = ok(200, send("GET", M + "children/" + child, null, staff, PW), "child after the confirmation");
        assertEquals("Lina", seen.path("identity").path("givenName").asText());
        assertEquals("CONFIRMED", ok(200, send("GET", "grants/" + id, null, staff, PW), "own grant").get("state").asText());
        assertStatus(409, send("POST", "grants/" + id + "/confirm", "{}", t.adminTwo(), PW), "confirmed twice");

        // both steps are in the tenant's access log
        JsonNode log = ok(200, send("GET", "audit?limit=200", null, t.adminTwo(), PW), "access log");
        assertTrue(log.toString(), hasEntry(log, "GRANT_REQUEST", t.adminOne(), "user/" + staff));
        assertTrue(log.toString(), hasEntry(log, "GRANT_CONFIRM", t.adminTwo(), "user/" + staff));
    }

    @Test
    public void anAdminResetOfACaseAccessUsersPasswordForcesAChange() throws Exception {
        Tenant t = newTenant("fr");
        String staff = "fr1-" + t.suffix();
        caseUser(t, staff, "partner-staff", "ja-a");
        String child = newChild(staff, "Mira");
        assertEquals(204, send("PUT", "users/" + staff + "/password", json("password", "Reset-By-Admin-77"), t.adminOne(), PW).status());
        Http.Reply forced = send("GET", M + "children/" + child, null, staff, "Reset-By-Admin-77");
        assertEquals(forced.body(), 403, forced.status());
        assertFalse(forced.body(), forced.body().contains("Mira"));
        assertTrue(forced.body(), forced.body().contains("password-change-required"));
        assertEquals(204, send("PUT", "users/" + staff + "/password", json("currentPassword", "Reset-By-Admin-77",
                "password", "Changed-By-Herself-78"), staff, "Reset-By-Admin-77").status());
        assertEquals(200, send("GET", M + "children/" + child, null, staff, "Changed-By-Herself-78").status());
    }

    @Test
    public void thePlatformAdminReadsNoCaseDataByAnyPath() throws Exception {
        Tenant t = newTenant("fp");
        String pw = adminPassword();
        String coordinator = "fc-" + t.suffix();
        caseUser(t, coordinator, "coordinator", null);
        String staff = "fs-" + t.suffix();
        caseUser(t, staff, "partner-staff", "ja-a");
        String child = newChild(staff, "Noah");
        String volunteer = ok(201, send("POST", M + "volunteers", json("name", "Vera Beispiel", "office", "ja-a",
                "languages", List.of("Deutsch"), "ageBand", "6-11", "travel", "DISTRICT", "capacity", 1), coordinator, PW),
                "volunteer").get("id").asText();

        String q = "?tenant=" + t.id();
        for (String path : List.of("children", "children/" + child, "children/" + child + "/proposals", "children/" + child
                + "/suggestions", "volunteers", "volunteers/" + volunteer, "volunteers/" + volunteer + "/history", "appointments",
                "contacts?volunteer=" + volunteer, "allowance-claims?volunteer=" + volunteer, "due")) {
            Http.Reply r = send("GET", M + path + (path.contains("?") ? "&" + q.substring(1) : q), null, "admin", pw);
            assertTrue(path + ": " + r.status() + " " + r.body(), r.status() == 403 || r.status() == 404);
            assertFalse(path + ": " + r.body(), r.body().contains("Noah") || r.body().contains("Vera"));
        }

        // nor by making itself (or an account it knows the password of) a case worker
        Http.Reply mixed = send("POST", "users", json("username", "fx-" + t.suffix(), "password", PW, "tenant", t.id(),
                "roles", List.of("platform-admin", "coordinator"), "modules", List.of("vormundschaft")), "admin", pw);
        assertStatus(400, mixed, "platform admin with a case role");
        assertEquals(404, send("GET", "users/fx-" + t.suffix(), null, "admin", pw).status());
        String puppet = "fy-" + t.suffix();
        ok(201, send("POST", "users", json("username", puppet, "password", PW, "tenant", t.id(), "roles", List.of("partner-staff"),
                "participant", "ja-a"), "admin", pw), "partner staff created by the platform admin");
        Http.Reply asPuppet = send("GET", M + "children/" + child, null, puppet, PW);
        assertTrue(asPuppet.body(), asPuppet.status() == 403 || asPuppet.status() == 404);
        String id = pendingGrant(t, puppet);
        assertStatus(403, send("POST", "grants/" + id + "/confirm" + q, "{}", "admin", pw), "platform admin confirms");
        assertEquals(403, send("GET", M + "children/" + child, null, puppet, PW).status());
        // the operator's console lists it, and refuses to confirm it as well
        String listed = console("ikz:grant-list --tenant " + t.id() + " --state PENDING", "itest", "ikz-platform-admin");
        assertTrue(listed, listed.contains(id) && listed.contains(puppet));
        String refused = console("ikz:grant-confirm --tenant " + t.id() + " " + id, "itest", "ikz-platform-admin");
        assertTrue(refused, refused.contains("Error") && refused.contains("never by a platform admin"));
        assertEquals(403, send("GET", M + "children/" + child, null, puppet, PW).status());
        // a tenant admin rejects it; it never takes effect
        assertEquals("REJECTED", ok(200, send("POST", "grants/" + id + "/reject", json("note", "not ours"), t.adminOne(), PW), "reject")
                .get("state").asText());
        assertStatus(409, send("POST", "grants/" + id + "/confirm", "{}", t.adminTwo(), PW), "confirm after reject");
        assertEquals(403, send("GET", M + "children/" + child, null, puppet, PW).status());
    }

    @Test
    public void theModuleDeclaresWhichOfItsRolesGrantCaseAccess() throws Exception {
        awaitModule();
        JsonNode module = ok(200, send("GET", "modules/vormundschaft", null, "admin", adminPassword()), "module");
        Map<String, Boolean> caseAccess = new LinkedHashMap<>();
        module.get("roles").forEach(r -> caseAccess.put(r.get("id").asText(), r.get("caseAccess").asBoolean()));
        assertEquals(Map.of("coordinator", true, "partner-staff", true, "auditor", false), caseAccess);
    }

    // ================================================================ steps

    private void awaitModule() throws IOException {
        awaitHealthy();
        String pw = adminPassword();
        Await.until("vormundschaft in GET /modules", Duration.ofSeconds(90), () -> {
            Http.Reply r = send("GET", "modules/vormundschaft", null, "admin", pw);
            return r.status() == 200;
        });
    }

    /** A new tenant with youth office ja-a and two tenant admins created by the platform admin. */
    private Tenant newTenant(String label) throws Exception {
        awaitModule();
        String pw = adminPassword();
        String s = UUID.randomUUID().toString().substring(0, 8);
        Tenant t = new Tenant(label + "-" + s, "ta1-" + s, "ta2-" + s, s);
        ok(201, send("POST", "tenants", json("id", t.id(), "name", "Four eyes " + label), "admin", pw), "tenant");
        ok(201, send("POST", "participants?tenant=" + t.id(), json("id", "ja-a", "kind", "YOUTH_OFFICE", "name", "Jugendamt A"),
                "admin", pw), "participant");
        for (String a : List.of(t.adminOne(), t.adminTwo())) {
            ok(201, send("POST", "users", json("username", a, "password", PW, "tenant", t.id(), "roles", List.of("tenant-admin")),
                    "admin", pw), "tenant admin " + a);
        }
        return t;
    }

    /**
     * A user with case access, the four-eyes way: the first tenant admin creates it (a pending
     * grant), the second confirms. The helper other suites can copy.
     */
    private void caseUser(Tenant t, String username, String role, String participant) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("username", username, "password", PW, "tenant", t.id(),
                "roles", List.of(role)));
        if (participant != null) {
            body.put("participant", participant);
        } else {
            body.put("modules", List.of("vormundschaft"));
        }
        ok(201, send("POST", "users", MAPPER.writeValueAsString(body), t.adminOne(), PW), "user " + username);
        String id = pendingGrant(t, username);
        assertEquals("CONFIRMED", ok(200, send("POST", "grants/" + id + "/confirm", "{}", t.adminTwo(), PW), "confirm " + username)
                .get("state").asText());
    }

    private String pendingGrant(Tenant t, String username) throws Exception {
        JsonNode pending = ok(200, send("GET", "grants?user=" + username + "&state=PENDING", null, t.adminTwo(), PW), "pending grants");
        assertEquals(pending.toString(), 1, pending.size());
        return pending.get(0).get("id").asText();
    }

    /** A child of ja-a with identity, proposed by the staff user. */
    private String newChild(String staff, String givenName) throws Exception {
        LocalDate birth = LocalDate.now().minusYears(9).minusDays(30);
        return ok(201, send("POST", M + "children", json("ageBand", "6-11", "needs", "Begleitung", "languages", List.of("Deutsch"),
                "municipality", "05334002", "unaccompaniedMinor", false, "placement", "FOSTER_FAMILY",
                "identity", Map.of("givenName", givenName, "familyName", "Beispiel", "birthDate", birth.toString())), staff, PW),
                "new child").get("id").asText();
    }

    // ================================================================ helpers

    private static void assertStatus(int status, Http.Reply r, String what) {
        assertEquals(what + ": " + r.body(), status, r.status());
    }

    private static boolean hasEntry(JsonNode log, String action, String user, String record) {
        for (JsonNode e : log) {
            if (action.equals(e.path("action").asText()) && user.equals(e.path("user").asText()) && record.equals(e.path("record").asText())) {
                return true;
            }
        }
        return false;
    }

}
