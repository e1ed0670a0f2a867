package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

class OpenApiDocumentsTest {

    private final ObjectMapper m = new ObjectMapper();

    @Test
    void aModuleDocumentAddsItsPathsAndSchemasWithoutOverwritingTheCore() throws Exception {
        ObjectNode core = (ObjectNode) m.readTree("{\"paths\":{\"/health\":{\"get\":{}}},\"components\":{\"schemas\":{\"Problem\":{\"type\":\"object\"}}}}");
        ObjectNode module = (ObjectNode) m.readTree("{\"paths\":{\"/modules/x/things\":{\"get\":{}},\"/health\":{\"post\":{}}},"
                + "\"components\":{\"schemas\":{\"Thing\":{\"type\":\"object\"},\"Problem\":{\"type\":\"string\"}}},\"tags\":[{\"name\":\"x\"}]}");
        OpenApiDocuments.merge(core, module);
        assertThat(core.get("paths").has("/modules/x/things")).isTrue();
        assertThat(core.get("paths").get("/health").has("get")).isTrue();
        assertThat(core.get("paths").get("/health").has("post")).isFalse();
        assertThat(core.get("components").get("schemas").get("Thing")).isNotNull();
        assertThat(core.get("components").get("schemas").get("Problem").get("type").asText()).isEqualTo("object");
        assertThat(core.get("tags").get(0).get("name").asText()).isEqualTo("x");
    }

    @Test
    void modulesWithTheSameOperationIdsGiveADocumentWithUniqueModulePrefixedIds() throws Exception {
        ObjectNode core = (ObjectNode) m.readTree("{\"paths\":{\"/tenants\":{\"get\":{\"operationId\":\"list\"}}},"
                + "\"tags\":[{\"name\":\"Tenants\"}]}");
        ObjectNode a = (ObjectNode) m.readTree("{\"paths\":{\"/modules/a-b/things\":{\"get\":{\"operationId\":\"list\"},"
                + "\"post\":{\"operationId\":\"create\"}}},\"tags\":[{\"name\":\"Tenants\"},{\"name\":\"A: things\"}]}");
        ObjectNode b = (ObjectNode) m.readTree("{\"paths\":{\"/modules/c/things\":{\"get\":{\"operationId\":\"list\"},"
                + "\"post\":{\"operationId\":\"cCreate\"}}}}");
        // a second bundle claiming the first module's id and operation: still unique, named after the bundle
        ObjectNode again = (ObjectNode) m.readTree("{\"paths\":{\"/modules/a-b/others\":{\"get\":{\"operationId\":\"aBList\"}}}}");
        OpenApiDocuments.merge(core, a, "de.ikz.a");
        OpenApiDocuments.merge(core, b, "de.ikz.c");
        OpenApiDocuments.merge(core, again, "de.ikz.again");
        assertThat(core.at("/paths/~1tenants/get/operationId").asText()).isEqualTo("list");
        assertThat(core.at("/paths/~1modules~1a-b~1things/get/operationId").asText()).isEqualTo("aBList");
        assertThat(core.at("/paths/~1modules~1a-b~1things/post/operationId").asText()).isEqualTo("aBCreate");
        assertThat(core.at("/paths/~1modules~1c~1things/get/operationId").asText()).isEqualTo("cList");
        assertThat(core.at("/paths/~1modules~1c~1things/post/operationId").asText()).isEqualTo("cCreate");
        assertThat(core.at("/paths/~1modules~1a-b~1others/get/operationId").asText()).isEqualTo("aBList_deIkzAgain");
        assertThat(core.get("tags")).extracting(t -> t.get("name").asText()).containsExactly("Tenants", "A: things");
    }

    @Test
    void aModulePathTheDocumentHasAlreadyIsLeftOutWithItsOperationIds() throws Exception {
        ObjectNode core = (ObjectNode) m.readTree("{\"paths\":{\"/modules/x/things\":{\"get\":{\"operationId\":\"xList\"}}}}");
        ObjectNode other = (ObjectNode) m.readTree("{\"paths\":{\"/modules/x/things\":{\"get\":{\"operationId\":\"xOther\"}},"
                + "\"/modules/x/more\":{\"get\":{\"operationId\":\"xList\"}}}}");
        OpenApiDocuments.merge(core, other, "de.ikz.x2");
        assertThat(core.at("/paths/~1modules~1x~1things/get/operationId").asText()).isEqualTo("xList");
        assertThat(core.at("/paths/~1modules~1x~1more/get/operationId").asText()).isEqualTo("xList_deIkzX2");
    }

    @Test
    void aRenamedOperationIdIsLoggedNamingModuleAndId() throws Exception {
        ObjectNode core = (ObjectNode) m.readTree("{\"paths\":{\"/tenants\":{\"get\":{\"operationId\":\"list\"}}}}");
        ObjectNode c = (ObjectNode) m.readTree("{\"paths\":{\"/modules/c/things\":{\"get\":{\"operationId\":\"list\"}}}}");
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            OpenApiDocuments.merge(core, c, "de.ikz.c");
        } finally {
            System.setErr(err);
        }
        // slf4j-simple (test scope) writes to System.err
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("WARN").contains("module de.ikz.c").contains("'list'").contains("'cList'");
    }
}
