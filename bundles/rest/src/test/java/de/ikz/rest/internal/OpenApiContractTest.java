package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import de.ikz.testkit.OpenApiCheck;

import org.junit.jupiter.api.Test;

/**
 * The core's OpenAPI document, as generated in process-classes, meets the platform's contract for client generators
 * (operationIds, summaries, tags, statuses, problem responses, required fields): see {@link OpenApiCheck}.
 */
class OpenApiContractTest {

    @Test
    void coreDocumentHasNoFindings() throws Exception {
        assertThat(OpenApiCheck.findings(Path.of("target/classes/openapi/ikz-core.json"))).isEmpty();
    }

    /** What the generator gave before issue 9 (operationIds like create_3, only 'default', nothing required). */
    @Test
    void theCheckNamesWhatAGeneratedDocumentLacks() throws Exception {
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"paths": {
                  "/things": {"post": {"operationId": "create_3",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/T"}}}},
                    "responses": {"default": {"description": "default response", "content": {"application/json": {}}}}}},
                  "/modules/m/things/{id}": {"get": {"operationId": "create_3", "summary": "s", "tags": ["t"],
                    "parameters": [{"in": "path", "name": "id", "required": true}],
                    "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "string"}}}}}}}},
                 "components": {"schemas": {"T": {"type": "object", "properties": {"a": {"type": "string"}}}}}}
                """);
        assertThat(OpenApiCheck.findings(doc)).contains(
                "POST /things: operationId 'create_3' looks generated (name it, e.g. listAgreements)",
                "POST /things: no summary",
                "POST /things: no tag",
                "POST /things: undocumented 'default' response (name the status)",
                "POST /things: no success response",
                "POST /things: create without 201",
                "POST /things: problem response 415 missing",
                "POST /things: request body not marked required",
                "POST /things: request body #/components/schemas/T has no required list",
                "GET /modules/m/things/{id}: operationId 'create_3' is also used by POST /things",
                "GET /modules/m/things/{id}: module operationId 'create_3' is not prefixed with 'm'",
                "GET /modules/m/things/{id}: problem response 404 missing");
    }
}
