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
}
