package de.ikz.kinderschutz.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import de.ikz.api.module.PublicOperation;
import de.ikz.testkit.OpenApiCheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;

import org.junit.jupiter.api.Test;

/**
 * The module's OpenAPI document (generated in process-classes, named by the IKZ-OpenAPI header)
 * meets the platform's contract for client generators, operationIds prefixed with the module
 * included: see {@link OpenApiCheck}. The document says exactly of the {@link PublicOperation}s that
 * they need no authentication ({@code security: []}) and may answer 429.
 */
class OpenApiContractTest {

    static final Path DOC = Path.of("target/classes/openapi/kinderschutz.json");

    @Test
    void moduleDocumentHasNoFindings() throws Exception {
        assertThat(OpenApiCheck.findings(DOC)).isEmpty();
    }

    @Test
    void exactlyThePublicOperationsAreDocumentedWithoutAuthentication() throws Exception {
        Set<String> annotated = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("target/classes/de/ikz/kinderschutz/internal"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && p.toString().contains("/rest/")).toList()) {
                String name = Path.of("target/classes").relativize(f).toString().replace('/', '.').replaceFirst("\\.class$", "");
                for (Method m : Class.forName(name).getDeclaredMethods()) {
                    if (m.isAnnotationPresent(PublicOperation.class)) {
                        annotated.add(m.getAnnotation(Operation.class).operationId().toLowerCase());
                    }
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        JsonNode doc = new ObjectMapper().readTree(DOC.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> ops = paths.next().getValue().fields(); ops.hasNext(); ) {
                JsonNode op = ops.next().getValue();
                if (op.path("security").isArray() && op.path("security").isEmpty()) {
                    assertThat(op.path("responses").has("429")).as(op.get("operationId").asText() + " documents 429").isTrue();
                    assertThat(op.has("x-ikz-public")).isFalse();
                    // the document's ids carry the module prefix
                    documented.add(op.get("operationId").asText().replaceFirst("^kinderschutz", "").toLowerCase());
                }
            }
        }
        assertThat(annotated).hasSize(7);
        assertThat(documented).isEqualTo(annotated);
    }
}
