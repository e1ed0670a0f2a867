package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The REST reference in docs/api/openapi-core.json must be the document generated from the code.
 * When an API change makes this fail, rewrite the reference:
 * {@code mvn -o test -f bundles/rest/pom.xml -Dtest=OpenApiSnapshotTest -Dikz.writeSnapshot=true}.
 */
class OpenApiSnapshotTest {

    @Test
    void committedReferenceMatchesTheGeneratedDocument() throws Exception {
        Path generated = Path.of("target/classes/openapi/ikz-core.json");
        Path committed = Path.of("../../docs/api/openapi-core.json");
        assertThat(generated).exists();
        if (Boolean.getBoolean("ikz.writeSnapshot")) {
            com.fasterxml.jackson.databind.ObjectMapper w = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.JsonNode doc = w.readTree(generated.toFile());
            OpenApiDocuments.decimalsAsStrings(doc);
            Files.writeString(committed, w.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
        }
        // the committed reference is the document as served: decimals as strings
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode served = m.readTree(generated.toFile());
        OpenApiDocuments.decimalsAsStrings(served);
        assertThat(m.readTree(committed.toFile()))
                .as("docs/api/openapi-core.json is outdated: run OpenApiSnapshotTest with -Dikz.writeSnapshot=true")
                .isEqualTo(served);

    }
}
