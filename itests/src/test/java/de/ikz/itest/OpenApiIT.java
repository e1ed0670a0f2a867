package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The live OpenAPI document with every module deployed (vormundschaft from deploy/, and the test module, whose
 * hand-written document reuses the ids {@code list} and {@code create}, declares a tag the core has, and describes a
 * path of vormundschaft): it stays a valid OpenAPI 3 document a client generator can use. Every operationId is
 * unique, every operation has a summary and a tag, a module's operationIds carry its prefix, a path of another module
 * is not overwritten, and every {@code $ref} resolves.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class OpenApiIT extends ContainerSupport {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Test
    public void theMergedDocumentStaysValidWithEveryModuleDeployed() throws Exception {
        awaitHealthy();
        String pw = adminPassword();
        Http h = http();
        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", "ikz-itest-module.jar");
        try {
            Files.copy(Path.of(System.getProperty("ikz.itest.module")), deployed, StandardCopyOption.REPLACE_EXISTING);
            Await.until("the test module's operations in the OpenAPI document", Duration.ofSeconds(60),
                    () -> document(h, pw).path("paths").has("/modules/itest-module/things"));
            JsonNode doc = document(h, pw);

            // OpenAPI 3 structure
            assertTrue(doc.path("openapi").asText(), doc.path("openapi").asText().startsWith("3."));
            assertTrue(!doc.path("info").path("title").asText().isEmpty() && !doc.path("info").path("version").asText().isEmpty());
            List<String> refs = new ArrayList<>();
            collectRefs(doc, refs);
            for (String ref : refs) {
                assertTrue("$ref resolves: " + ref, ref.startsWith("#/") && !doc.at(ref.substring(1)).isMissingNode());
            }
            Set<String> tagNames = new java.util.HashSet<>();
            doc.path("tags").forEach(t -> assertTrue("tag declared once: " + t, tagNames.add(t.path("name").asText())));

            // every operation: unique id, summary, tag, responses; module ids prefixed
            Map<String, String> ids = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> p = paths.next();
                assertTrue(p.getKey(), p.getKey().startsWith("/"));
                for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext();) {
                    Map.Entry<String, JsonNode> o = ops.next();
                    if (!METHODS.contains(o.getKey())) {
                        continue;
                    }
                    String where = o.getKey() + " " + p.getKey();
                    JsonNode op = o.getValue();
                    String id = op.path("operationId").asText("");
                    assertTrue(where + " has an operationId", !id.isEmpty());
                    String other = ids.put(id, where);
                    assertTrue(where + ": operationId " + id + " also used by " + other, other == null);
                    assertTrue(where + " has a summary", !op.path("summary").asText("").isBlank());
                    assertTrue(where + " has a tag", op.path("tags").isArray() && !op.path("tags").isEmpty());
                    assertTrue(where + " has responses", op.path("responses").isObject() && !op.path("responses").isEmpty());
                    if (p.getKey().startsWith("/modules/vormundschaft/")) {
                        assertTrue(where + ": " + id, id.matches("vormundschaft[A-Z].*"));
                    } else if (p.getKey().startsWith("/modules/itest-module/")) {
                        assertTrue(where + ": " + id, id.matches("itestModule[A-Z].*"));
                    }
                }
            }
            assertTrue("vormundschaft's operations are in the document", ids.containsKey("vormundschaftCreateVolunteer"));
            assertTrue("core operations keep their ids", ids.containsKey("listTenants") && ids.containsKey("createTenant"));
            // the test module's reused ids: prefixed, and made unique deterministically
            assertEquals("get /modules/itest-module/things", ids.get("itestModuleList"));
            assertEquals("post /modules/itest-module/things", ids.get("itestModuleCreate"));
            assertEquals("get /modules/itest-module/offers", ids.get("itestModuleList_deIkzPlatformIkzItestModule"));
            // a path vormundschaft describes is not overwritten by the test module's
            assertEquals("get /modules/vormundschaft/volunteers", ids.get("vormundschaftListVolunteers"));
            assertTrue(!doc.at("/paths/~1modules~1vormundschaft~1volunteers/get/summary").asText().contains("left out"));
        } finally {
            Files.deleteIfExists(deployed);
        }
        Await.until("the test module's operations gone from the OpenAPI document", Duration.ofSeconds(60),
                () -> !document(h, pw).path("paths").has("/modules/itest-module/things"));
    }

    private static JsonNode document(Http h, String pw) {
        Http.Reply r = h.get("openapi.json", "admin", pw);
        assertEquals(r.body(), 200, r.status());
        return r.json();
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                refs.add(ref.asText());
            }
            node.elements().forEachRemaining(n -> collectRefs(n, refs));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(n -> collectRefs(n, refs));
        }
    }
}
