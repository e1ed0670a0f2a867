package de.ikz.kinderschutz.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import de.ikz.testkit.OpenApiCheck;

import org.junit.jupiter.api.Test;

/**
 * The module's OpenAPI document (generated in process-classes, named by the IKZ-OpenAPI header)
 * meets the platform's contract for client generators, operationIds prefixed with the module
 * included: see {@link OpenApiCheck}.
 */
class OpenApiContractTest {

    @Test
    void moduleDocumentHasNoFindings() throws Exception {
        assertThat(OpenApiCheck.findings(Path.of("target/classes/openapi/kinderschutz.json"))).isEmpty();
    }
}
