package de.ikz.itest;

import static de.ikz.itest.Http.json;
import static de.ikz.itest.Http.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

/**
 * The module the archetype makes, as an integrator gets it: the build's archetype integration test
 * generated {@code beispiel-modul} with {@code mvn archetype:generate} and built it with its tests
 * (archetype/src/test/resources/projects/basic); itests/pom.xml copies the KAR that build made
 * into target/dist. Here it is dropped into {@code deploy/} of the running platform: it is listed,
 * answers on REST for a coordinator, the platform refuses its auditor a change, its console
 * command is there, and removing the KAR removes it without touching the core.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ArchetypeModuleIT extends ContainerSupport {

    private static final String MODULE = "beispiel-modul";
    private static final String M = "modules/" + MODULE + "/";
    private static final String BUNDLE = "de.ikz.platform.ikz-module-" + MODULE;
    private static final String PW = "secret-of-archetype-123";

    @Test
    public void theGeneratedModuleHotDeploysAnswersAndGoesAgain() throws Exception {
        awaitHealthy();
        String pw = adminPassword();
        Http h = http();
        Path built = builtKar();
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy", built.getFileName().toString());
        CoreWatch core = watchCore();
        try {
            // deploy: copied beside deploy/ first and moved in whole, so the deployer never reads half a file
            Path staged = Path.of(System.getProperty("karaf.data"), "itest-" + built.getFileName());
            Files.copy(built, staged, StandardCopyOption.REPLACE_EXISTING);
            Files.move(staged, deploy, StandardCopyOption.ATOMIC_MOVE);
            Await.until(MODULE + " in GET /modules", Duration.ofSeconds(90), () -> listed(h, pw) == Boolean.TRUE);
            Bundle b = moduleBundle();
            assertNotNull("the generated module's bundle", b);
            assertEquals(Bundle.ACTIVE, b.getState());
            JsonNode module = ok(200, h.get("modules/" + MODULE, "admin", pw), "GET /modules/" + MODULE);
            List<String> roles = new ArrayList<>();
            module.get("roles").forEach(r -> roles.add(r.get("id").asText()));
            assertEquals(List.of("coordinator", "auditor"), roles);

            // a tenant with a coordinator of the module (case access: confirmed by a second admin) and an auditor
            String s = UUID.randomUUID().toString().substring(0, 8);
            String tenant = "am-" + s;
            String coordinator = "amc-" + s;
            String auditor = "ama-" + s;
            ok(201, h.post("tenants", json("id", tenant, "name", "Archetyp " + s), "admin", pw), "tenant");
            ok(201, h.post("users", json("username", coordinator, "password", PW, "tenant", tenant, "roles", List.of("coordinator"),
                    "modules", List.of(MODULE)), "admin", pw), "coordinator");
            ok(201, h.post("users", json("username", auditor, "password", PW, "tenant", tenant, "roles", List.of("auditor")),
                    "admin", pw), "auditor");
            assertTrue("a pending grant", confirmPendingGrants(h, pw, tenant, "amt-" + s, PW) >= 1);

            // the coordinator creates and lists; the platform's JSON, Location and tenancy apply
            Http.Reply[] last = new Http.Reply[1];
            try {
                Await.until("the module's REST path answers", Duration.ofSeconds(60),
                        () -> (last[0] = h.get(M + "entries", coordinator, PW)).status() == 200);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; last answer " + last[0].status() + " " + last[0].body(), e);
            }
            Http.Reply created = h.post(M + "entries", json("title", "Erstes Treffen", "note", "aus dem Archetyp"), coordinator, PW);
            JsonNode entry = ok(201, created, "create as coordinator");
            String id = entry.get("id").asText();
            assertEquals("Erstes Treffen", entry.get("title").asText());
            assertTrue(created.header("Location").orElse(""), created.header("Location").orElse("").endsWith(M + "entries/" + id));
            JsonNode list = ok(200, h.get(M + "entries", coordinator, PW), "list as coordinator");
            assertEquals(list.toString(), 1, list.size());
            assertEquals(id, list.get(0).get("id").asText());
            assertEquals(id, ok(200, h.get(M + "entries/" + id, coordinator, PW), "get as coordinator").get("id").asText());

            // the auditor reads, and the platform refuses it the change (@Roles: coordinator only), changing nothing
            assertEquals(1, ok(200, h.get(M + "entries", auditor, PW), "list as auditor").size());
            Http.Reply refused = h.post(M + "entries", json("title", "vom Prüfer"), auditor, PW);
            assertEquals(refused.body(), 403, refused.status());
            assertTrue(refused.contentType(), refused.contentType().startsWith("application/problem+json"));
            assertEquals(1, ok(200, h.get(M + "entries", coordinator, PW), "list after the refusal").size());

            // the console command came with the bundle
            Await.until(MODULE + ":entry-list in the console", Duration.ofSeconds(60), () -> hasCommand(MODULE, "entry-list"));

            // undeploy: the operator deletes the file
            Files.delete(deploy);
            Await.until(MODULE + " gone: not listed, REST 404, no commands, bundle uninstalled", Duration.ofSeconds(60),
                    () -> listed(h, pw) == Boolean.FALSE && h.get(M + "entries", coordinator, PW).status() == 404
                            && !hasScope(MODULE) && moduleBundle() == null);
            assertTrue("not in the registry", registry.module(MODULE).isEmpty());
            core.assertUntouched();
        } finally {
            core.stop();
            Files.deleteIfExists(deploy);
        }
    }

    /** The KAR the archetype's integration test built (itests/pom.xml copies it into target/dist). */
    private static Path builtKar() throws IOException {
        Path dist = Path.of(System.getProperty("ikz.itest.reportDir"), "dist");
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(dist)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dist, "ikz-module-" + MODULE + "-kar-*.kar")) {
                ds.forEach(found::add);
            }
        }
        assertEquals("the KAR of the module generated by the archetype in " + dist + " (built by `mvn verify -pl archetype`, "
                + "copied by itests/pom.xml): " + found, 1, found.size());
        return found.get(0);
    }

    /** Whether GET /modules lists the module; null if it did not answer 200. */
    private static Boolean listed(Http h, String pw) {
        Http.Reply r = h.get("modules", "admin", pw);
        if (r.status() != 200) {
            return null;
        }
        for (JsonNode m : r.json()) {
            if (MODULE.equals(m.get("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private Bundle moduleBundle() {
        return bundle(BUNDLE);
    }
}
