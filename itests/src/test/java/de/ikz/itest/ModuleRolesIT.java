package de.ikz.itest;

import static de.ikz.itest.Http.json;
import static de.ikz.itest.Http.ok;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Issue 12, module-specific roles: a module's own role ({@code professional} of the module fruehehilfen, a family
 * midwife) is granted through the users API like coordinator (four-eyes, since the module declares it with case
 * access); the user then holds no platform role, logs in to REST and passes the module's operations open to the role,
 * and is refused one for coordinators only. A role no live module declares is refused naming {@code moduleRoles}, on
 * REST and on the console, and nothing is created.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ModuleRolesIT extends ContainerSupport {

    private static final String M = "modules/fruehehilfen/";
    private static final String PW = "Module-Roles-Pw-2026";

    private Http http;

    private Http.Reply send(String method, String path, String body, String user, String password) {
        if (http == null) {
            http = http();
        }
        return http.send(method, path, body, user, password);
    }

    private void awaitModule() throws IOException {
        awaitHealthy();
        String pw = adminPassword();
        Await.until("fruehehilfen in GET /modules", Duration.ofSeconds(90),
                () -> send("GET", "modules/fruehehilfen", null, "admin", pw).status() == 200);
    }

    /** A new tenant with two tenant admins; returns {tenant, admin one, admin two}. */
    private String[] newTenant(String label) throws IOException {
        awaitModule();
        String pw = adminPassword();
        String s = UUID.randomUUID().toString().substring(0, 8);
        String[] t = {label + "-" + s, "mr1-" + s, "mr2-" + s};
        ok(201, send("POST", "tenants", json("id", t[0], "name", "Module roles " + label), "admin", pw), "tenant");
        for (String a : List.of(t[1], t[2])) {
            ok(201, send("POST", "users", json("username", a, "password", PW, "tenant", t[0], "roles", List.of("tenant-admin")),
                    "admin", pw), "tenant admin " + a);
        }
        return t;
    }

    @Test
    public void aModuleRoleIsGrantedFourEyesAndOpensOnlyTheOperationsOfThatRole() throws Exception {
        String[] t = newTenant("mr");
        JsonNode module = ok(200, send("GET", "modules/fruehehilfen", null, t[1], PW), "module");
        boolean declared = false;
        for (JsonNode r : module.get("roles")) {
            declared |= "professional".equals(r.get("id").asText()) && r.get("caseAccess").asBoolean();
        }
        assertTrue("fruehehilfen declares professional with case access: " + module, declared);

        String midwife = "hebamme-" + t[0].substring(3);
        // a role the module does not declare: 400 naming the field, nothing created
        Http.Reply bad = send("POST", "users", json("username", midwife, "password", PW, "tenant", t[0],
                "moduleRoles", List.of("fruehehilfen.hebamme")), t[1], PW);
        assertEquals(bad.body(), 400, bad.status());
        assertEquals(bad.body(), "moduleRoles", bad.json().path("field").asText());
        assertEquals(404, send("GET", "users/" + midwife, null, t[1], PW).status());

        // only the module role, no platform role: created, the role waits for the second admin
        JsonNode created = ok(201, send("POST", "users", json("username", midwife, "password", PW, "tenant", t[0],
                "moduleRoles", List.of("fruehehilfen.professional")), t[1], PW), "midwife");
        assertEquals(created.toString(), 0, created.get("moduleRoles").size());
        assertEquals(created.toString(), 0, created.get("roles").size());
        assertEquals(403, send("GET", M + "staff", null, midwife, PW).status());
        JsonNode pending = ok(200, send("GET", "grants?user=" + midwife + "&state=PENDING", null, t[2], PW), "pending grants");
        assertEquals(pending.toString(), 1, pending.size());
        assertEquals(pending.toString(), "ikz-module-role.fruehehilfen.professional", pending.get(0).get("roles").get(0).asText());
        String id = pending.get(0).get("id").asText();
        assertEquals(403, send("POST", "grants/" + id + "/confirm", "{}", t[1], PW).status());
        ok(200, send("POST", "grants/" + id + "/confirm", "{}", t[2], PW), "confirmed by the second admin");

        JsonNode shown = ok(200, send("GET", "users/" + midwife, null, t[1], PW), "the user");
        assertEquals(shown.toString(), "fruehehilfen.professional", shown.get("moduleRoles").get(0).asText());
        JsonNode listed = ok(200, send("GET", "users", null, t[1], PW), "users");
        boolean inList = false;
        for (JsonNode u : listed) {
            inList |= midwife.equals(u.get("username").asText()) && u.get("moduleRoles").toString().contains("fruehehilfen.professional");
        }
        assertTrue(listed.toString(), inList);

        // she logs in and passes an operation open to professionals; a coordinator-only one is refused
        Http.Reply staff = send("GET", M + "staff", null, midwife, PW);
        assertEquals(staff.body(), 200, staff.status());
        Http.Reply pool = send("PUT", M + "pool/2026/settings", "{}", midwife, PW);
        assertEquals(pool.body(), 403, pool.status());
        assertTrue(pool.body(), pool.body().contains("coordinator"));
        // she administers nothing of the platform
        assertEquals(403, send("GET", "users", null, midwife, PW).status());
    }

    @Test
    public void theConsoleRefusesAModuleRoleNoLiveModuleDeclares() throws Exception {
        String[] t = newTenant("mc");
        Path pw = Path.of(System.getProperty("karaf.data"), "mr-" + t[0] + ".txt");
        Files.writeString(pw, PW + "\n");
        try {
            String user = "mc-" + t[0].substring(3);
            String out = console("ikz:user-create --tenant " + t[0] + " --module-role fruehehilfen.hebamme --password-file '" + pw
                    + "' " + user, "itest", "ikz-platform-admin");
            assertTrue(out, out.contains("Error in moduleRoles"));
            assertEquals(404, send("GET", "users/" + user, null, t[1], PW).status());
            String ok = console("ikz:user-create --tenant " + t[0] + " --module-role fruehehilfen.professional --password-file '" + pw
                    + "' " + user, "itest", "ikz-platform-admin");
            assertTrue(ok, ok.contains("User " + user + " created"));
            String list = console("ikz:user-list", "itest", "ikz-platform-admin");
            assertFalse("not confirmed yet: " + list, list.lines().anyMatch(l -> l.contains(user) && l.contains("fruehehilfen.professional")));
            assertEquals(1, ok(200, send("GET", "grants?user=" + user + "&state=PENDING", null, t[2], PW), "pending").size());
        } finally {
            Files.deleteIfExists(pw);
        }
    }
}
