package de.ikz.itest;

import static de.ikz.itest.Http.json;
import static de.ikz.itest.Http.ok;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import de.ikz.api.persistence.Database;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceReference;

/**
 * Issue 9: module roles are enforced by the platform, not by each module. For every changing
 * operation of every deployed module (the guardianship module as shipped and the test module,
 * hot-deployed here) — the list comes from the platform's own operation table,
 * {@code GET /modules/{id}/operations} — an auditor of the tenant gets 403 and nothing is written.
 * The test module also forgets the roles of one operation (refused to everybody) and has a public
 * operation (served without login, 429 after the per-address limit).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ModuleContractIT extends ContainerSupport {

    private static final String PW = "Contract-of-modules-9!";
    private static final String TEST_MODULE = "itest-module";

    @Test
    public void anAuditorCannotChangeAnythingThroughAnyModuleOperation() throws Exception {
        awaitHealthy();
        Http h = http();
        String pw = adminPassword();
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "ikz-itest-module.jar");
        String s = UUID.randomUUID().toString().substring(0, 6);
        String tenant = "mc-" + s;
        String auditor = "mc-au-" + s;
        String coordinator = "mc-co-" + s;
        try {
            Files.copy(Path.of(System.getProperty("ikz.itest.module")), deployed, StandardCopyOption.REPLACE_EXISTING);
            Await.until("the test module's operations", Duration.ofSeconds(60),
                    () -> h.get("modules/" + TEST_MODULE + "/operations", "admin", pw).status() == 200);
            Await.until("the guardianship module's operations", Duration.ofSeconds(120),
                    () -> h.get("modules/vormundschaft/operations", "admin", pw).status() == 200);
            Await.until("the Frühe Hilfen module's operations", Duration.ofSeconds(120),
                    () -> h.get("modules/fruehehilfen/operations", "admin", pw).status() == 200);

            ok(201, h.post("tenants", json("id", tenant, "name", "Vertragsprüfung"), "admin", pw), "tenant");
            ok(201, h.post("users", json("username", auditor, "password", PW, "tenant", tenant, "roles", List.of("auditor")),
                    "admin", pw), "auditor");
            ok(201, h.post("users", json("username", coordinator, "password", PW, "tenant", tenant, "roles", List.of("coordinator"),
                    "modules", List.of(TEST_MODULE)), "admin", pw), "coordinator of the test module");
            // the coordinator role is case access in vormundschaft: it takes effect with a second admin's confirmation
            confirmPendingGrants(h, pw, tenant, "mc-ta-" + s, PW);

            ServiceReference<Database> ref = ctx.getServiceReference(Database.class);
            Database db = ctx.getService(ref);
            List<String> failures = new ArrayList<>();
            int changing = 0;
            try {
                long before = headSeq(db);
                for (String module : List.of("vormundschaft", "fruehehilfen", TEST_MODULE)) {
                    JsonNode ops = ok(200, h.get("modules/" + module + "/operations", "admin", pw), module + " operations");
                    assertTrue(module + " has operations", ops.size() > 0);
                    for (JsonNode op : ops) {
                        if (!op.get("changes").asBoolean()) {
                            continue;
                        }
                        changing++;
                        String path = "modules/" + module + op.get("path").asText().replaceAll("\\{[^}]*}", "x");
                        Http.Reply r = h.send(op.get("method").asText(), path, "{}", auditor, PW);
                        if (r.status() != 403 || !r.body().contains("urn:ikz:problem:forbidden")) {
                            failures.add(op.get("method").asText() + " /" + path + " as auditor answered " + r.status() + ": " + r.body());
                        }
                    }
                }
                List<String> written = db.inTransaction(x -> x.query("SELECT action || ' ' || record FROM ikz_audit WHERE seq > ? "
                        + "AND username = ?", rs -> rs.getString(1), before, auditor));
                if (!written.isEmpty()) {
                    failures.add("the auditor's requests left access-log entries: " + written);
                }
            } finally {
                ctx.ungetService(ref);
            }
            assertTrue("changing operations found: " + changing, changing >= 10);
            if (!failures.isEmpty()) {
                fail(failures.size() + " changing module operations let an auditor through:\n  " + String.join("\n  ", failures));
            }

            // POST things is the coordinator's: the auditor is refused and nothing is added
            String things = "modules/" + TEST_MODULE + "/things";
            int count = ok(200, h.get(things, auditor, PW), "things as auditor").size();
            assertEquals(403, h.post(things, json("name", "b"), auditor, PW).status());
            assertEquals(count, ok(200, h.get(things, coordinator, PW), "things as coordinator").size());
            ok(200, h.post(things, json("name", "a"), coordinator, PW), "the coordinator adds a thing");
            assertEquals(count + 1, ok(200, h.get(things, auditor, PW), "things as auditor").size());
            // the operation that forgot its roles: refused to everybody, and the list says why
            assertEquals(403, h.send("DELETE", things, null, coordinator, PW).status());
            assertEquals(count + 1, ok(200, h.get(things, coordinator, PW), "things kept").size());
            boolean listed = false;
            for (JsonNode op : ok(200, h.get("modules/" + TEST_MODULE + "/operations", "admin", pw), "operations")) {
                if ("DELETE".equals(op.get("method").asText())) {
                    listed = op.get("refused").asBoolean() && op.get("findings").toString().contains("no @Roles");
                }
            }
            assertTrue("the forgotten operation is listed as refused", listed);
            // the list is for platform admins only
            assertEquals(403, h.get("modules/" + TEST_MODULE + "/operations", coordinator, PW).status());
            // a path the module does not have: 404 as before
            assertEquals(404, h.get("modules/" + TEST_MODULE + "/nothing-here", coordinator, PW).status());
        } finally {
            Files.deleteIfExists(deployed);
            Await.until("the test module gone", Duration.ofSeconds(60),
                    () -> h.get("modules/" + TEST_MODULE + "/operations", "admin", pw).status() == 404);
        }
    }

    @Test
    public void aPublicOperationAnswersWithoutLoginAndIsRateLimited() throws Exception {
        awaitHealthy();
        Http h = http();
        String pw = adminPassword();
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "ikz-itest-module.jar");
        String offers = "modules/" + TEST_MODULE + "/offers";
        try {
            Files.copy(Path.of(System.getProperty("ikz.itest.module")), deployed, StandardCopyOption.REPLACE_EXISTING);
            Await.until("the public offers", Duration.ofSeconds(60), () -> h.get(offers, null, null).status() == 200);
            assertEquals("Elterncafé", ok(200, h.get(offers, null, null), "offers").get(0).get("title").asText());
            assertEquals("credentials are not looked at", 200, h.get(offers, "nobody", "wrong").status());
            assertEquals("a protected operation still needs a login", 401, h.get("modules/" + TEST_MODULE + "/things", null, null).status());
            assertEquals("the public path has no other method (decided before any login)", 405, h.post(offers, "{}", null, null).status());
            // default 60 per minute and address: the limit is reached within a few more than 60 requests
            Http.Reply limited = null;
            for (int i = 0; i < 200 && limited == null; i++) {
                Http.Reply r = h.get(offers, null, null);
                if (r.status() == 429) {
                    limited = r;
                } else {
                    assertEquals(200, r.status());
                }
            }
            assertTrue("429 after the limit", limited != null);
            assertTrue(limited.body(), limited.body().contains("urn:ikz:problem:too-many-requests"));
            assertTrue("Retry-After", Long.parseLong(limited.header("Retry-After").orElse("0")) >= 1);
            assertEquals("logged-in users are not limited by it", 200, h.get("modules", "admin", pw).status());
        } finally {
            Files.deleteIfExists(deployed);
            Await.until("the test module unregistered", Duration.ofSeconds(60), () -> registry.module(TEST_MODULE).isEmpty());
        }
        // gone with the module: the path no longer answers (404: the module door is decided before any login)
        Await.until("the offers gone", Duration.ofSeconds(60), () -> h.get(offers, null, null).status() == 404);
    }

    private static long headSeq(Database db) {
        return db.inTransaction(s -> s.queryOne("SELECT MAX(seq) FROM ikz_audit", rs -> rs.getLong(1))).orElse(0L);
    }
}
