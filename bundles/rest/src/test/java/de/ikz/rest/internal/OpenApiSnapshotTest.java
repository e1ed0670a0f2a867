package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The REST reference in docs/api/openapi-core.json must be the document generated from the code.
 * When an API change makes this fail, copy the generated file over the committed one.
 */
class OpenApiSnapshotTest {

    @Test
    void committedReferenceMatchesTheGeneratedDocument() throws Exception {
        Path generated = Path.of("target/classes/openapi/ikz-core.json");
        Path committed = Path.of("../../docs/api/openapi-core.json");
        assertThat(generated).exists();
        assertThat(Files.readString(committed).strip())
                .as("docs/api/openapi-core.json is outdated: cp bundles/rest/%s docs/api/openapi-core.json", generated)
                .isEqualTo(Files.readString(generated).strip());
    }
}
