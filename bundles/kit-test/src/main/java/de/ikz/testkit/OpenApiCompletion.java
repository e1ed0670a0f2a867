package de.ikz.testkit;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.filter.AbstractSpecFilter;
import io.swagger.v3.core.model.ApiDescription;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Completes the OpenAPI document swagger-maven-plugin generates from a bundle's resources with what follows from the
 * platform's rules rather than from each method, so resources carry only what is their own ({@code @Operation} with
 * operationId and summary, a class {@code @Tag}, the 201 type of a create):
 * <ul>
 * <li>the problem responses of {@link OpenApiCheck#problemStatuses} ({@code application/problem+json}, the shared
 * Problem schema, one component response per status);</li>
 * <li>the success status: the generator's {@code default} becomes 200 where it has a body type, 204 for a DELETE or
 * PUT without one, 200 with a binary body for a document (PDF, CSV, HTML);</li>
 * <li>a request body is required (every body is: {@code Params.body} refuses a missing one);</li>
 * <li>an operation under {@code /modules/<id>/} gets its operationId prefixed with the module
 * ({@link OpenApiCheck#modulePrefix}), so ids stay unique once modules are merged;</li>
 * <li>GET /health, the one operation without authentication, says so ({@code security: []}).</li>
 * </ul>
 * Used in the build as the plugin's {@code filterClass} (ikz-kit-test as a plugin dependency); {@link Records} as its
 * {@code modelConverterClasses}. Hand-written: these are the platform's conventions.
 */
public class OpenApiCompletion extends AbstractSpecFilter {

    private static final Pattern MODULE_PATH = Pattern.compile("^/modules/([a-z0-9][a-z0-9-]*)/.*");
    private static final String PROBLEM_JSON = "application/problem+json";

    /**
     * The extension a module puts on the {@code @Operation} of a {@link de.ikz.api.module.PublicOperation} (value "true"):
     * the document then says the operation needs no authentication ({@code security: []}) and may answer 429.
     */
    public static final String PUBLIC_EXTENSION = "x-ikz-public";

    /** The component response of each problem status. */
    static final Map<String, String[]> PROBLEMS = Map.of(
            "400", new String[] {"BadRequest", "Invalid input: a parameter or a body field (named in 'field') is refused"},
            "401", new String[] {"Unauthorized", "Not authenticated (HTTP Basic)"},
            "403", new String[] {"Forbidden", "Authenticated, but the role or tenant does not allow this"},
            "404", new String[] {"NotFound", "What the path names does not exist (for the caller)"},
            "409", new String[] {"Conflict", "Conflicts with the current state (exists already, wrong stage, changed meanwhile)"},
            "413", new String[] {"PayloadTooLarge", "The body is larger than the configured limit"},
            "415", new String[] {"UnsupportedMediaType", "The body is not application/json"},
            "429", new String[] {"TooManyRequests", "Too many failed logins from this address or for this user, or too many requests to public operations from this address: wait (Retry-After)"});

    @Override
    public Optional<OpenAPI> filterOpenAPI(OpenAPI openAPI, Map<String, List<String>> params,
                                           Map<String, String> cookies, Map<String, List<String>> headers) {
        Components c = openAPI.getComponents() != null ? openAPI.getComponents() : new Components();
        openAPI.setComponents(c);
        if (c.getSchemas() == null || !c.getSchemas().containsKey("Problem")) {
            c.addSchemas("Problem", problemSchema());
        }
        PROBLEMS.forEach((status, r) -> {
            if (c.getResponses() == null || !c.getResponses().containsKey(r[0])) {
                c.addResponses(r[0], new ApiResponse().description(r[1]).content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
            }
        });
        return Optional.of(openAPI);
    }

    @Override
    public Optional<Operation> filterOperation(Operation op, ApiDescription api, Map<String, List<String>> params,
                                               Map<String, String> cookies, Map<String, List<String>> headers) {
        String method = api.getMethod().toUpperCase(Locale.ROOT);
        String path = api.getPath();
        Matcher m = MODULE_PATH.matcher(path);
        if (m.matches() && op.getOperationId() != null) {
            op.setOperationId(prefixed(OpenApiCheck.modulePrefix(m.group(1)), op.getOperationId()));
        }
        if (method.equals("GET") && path.equals("/health")) {
            op.setSecurity(new ArrayList<>());
        }
        // a module's public operation (@PublicOperation) says so with the extension x-ikz-public: no authentication
        if (op.getExtensions() != null && "true".equals(String.valueOf(op.getExtensions().remove(PUBLIC_EXTENSION)))) {
            op.setSecurity(new ArrayList<>());
            if (op.getExtensions().isEmpty()) {
                op.setExtensions(null);
            }
        }
        if (op.getRequestBody() != null) {
            op.getRequestBody().setRequired(true);
        }
        ApiResponses responses = op.getResponses() != null ? op.getResponses() : new ApiResponses();
        op.setResponses(responses);
        ApiResponse dflt = responses.remove("default");
        boolean success = responses.keySet().stream().anyMatch(k -> k.startsWith("2"));
        if (!success && dflt != null) {
            success(method, dflt, responses);
        }
        boolean hasParams = op.getParameters() != null && !op.getParameters().isEmpty();
        boolean authenticated = op.getSecurity() == null || !op.getSecurity().isEmpty();
        for (String status : OpenApiCheck.problemStatuses(method, path, hasParams, op.getRequestBody() != null, authenticated)) {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + PROBLEMS.get(status)[0]));
            }
        }
        return Optional.of(op);
    }

    /** Names the status of the generator's {@code default} response. */
    private static void success(String method, ApiResponse dflt, ApiResponses responses) {
        Content content = dflt.getContent();
        boolean typed = content != null && content.values().stream().anyMatch(mt -> mt.getSchema() != null);
        if (typed) {
            responses.addApiResponse("200", dflt.description("OK"));
            return;
        }
        boolean json = content == null || content.isEmpty() || content.containsKey("application/json");
        if (!json) {
            Content files = new Content();
            content.keySet().forEach(type -> files.addMediaType(type,
                    new MediaType().schema(new Schema<>().type("string").format("binary"))));
            responses.addApiResponse("200", new ApiResponse().description("OK (a document)").content(files));
        } else if (method.equals("DELETE") || method.equals("PUT")) {
            responses.addApiResponse("204", new ApiResponse().description("Done, nothing to return"));
        } else {
            // a POST or GET returning an untyped Response: left for OpenApiCheck to name (annotate its type)
            responses.addApiResponse("default", dflt);
        }
    }

    static String prefixed(String prefix, String id) {
        if (id.startsWith(prefix) && id.length() > prefix.length() && Character.isUpperCase(id.charAt(prefix.length()))) {
            return id;
        }
        return prefix + Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> s = new Schema<>().type("object").description("RFC 9457 problem details");
        s.addProperty("type", new Schema<>().type("string").example("urn:ikz:problem:invalid"));
        s.addProperty("title", new Schema<>().type("string").example("Invalid input"));
        s.addProperty("status", new Schema<>().type("integer").example(400));
        // the same as the core's (bundles/rest/src/main/openapi/base.json): merged documents must not differ here
        s.addProperty("detail", new Schema<>().type("string").example("id must be 2 to 40 lower-case letters, digits or dashes"));
        s.addProperty("instance", new Schema<>().type("string").example("/api/v1/tenants"));
        s.addProperty("field", new Schema<>().type("string").description("the input field at fault, if any").example("id"));
        s.setRequired(List.of("type", "title", "status"));
        return s;
    }

    /**
     * Required fields of records, by one generic rule: a record component is required unless its type is an
     * {@code Optional} or it is marked optional ({@code @Schema(requiredMode = NOT_REQUIRED)} or
     * {@code @Schema(nullable = true)}, or any annotation named {@code Nullable}). Audit stamps ({@link #STAMPS}) are
     * readOnly: required in responses, never asked of a client. The API records need no swagger annotation this way
     * (see docs/house-rules.md).
     */
    public static class Records implements ModelConverter {

        /** Audit stamps the platform sets: readOnly (required then applies to responses only, OpenAPI 3.0). */
        static final java.util.Set<String> STAMPS = java.util.Set.of("recordedAt", "recordedBy", "createdAt", "createdBy",
                "registeredAt", "requestedAt", "requestedBy", "decidedAt", "decidedBy");

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
            if (!chain.hasNext()) {
                return null;
            }
            Schema s = chain.next().resolve(type, context, chain);
            if (s == null || type.getType() == null) {
                return s;
            }
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            if (raw == null || !raw.isRecord()) {
                return s;
            }
            Schema target = s;
            if (s.get$ref() != null) {
                String name = s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
                target = context.getDefinedModels().get(name);
            }
            if (target == null || target.getProperties() == null) {
                return s;
            }
            for (RecordComponent rc : raw.getRecordComponents()) {
                String name = rc.getName();
                Object property = target.getProperties().get(name);
                if (STAMPS.contains(name) && property instanceof Schema<?> p && p.get$ref() == null) {
                    // who and when is always the server's: a generated client never sends it
                    p.setReadOnly(true);
                }
                if (!target.getProperties().containsKey(name) || optional(rc)
                        || (target.getRequired() != null && target.getRequired().contains(name))) {
                    continue;
                }
                target.addRequiredItem(name);
            }
            return s;
        }

        private static boolean optional(RecordComponent rc) {
            Class<?> t = rc.getType();
            if (t == Optional.class || t == OptionalInt.class || t == OptionalLong.class || t == OptionalDouble.class) {
                return true;
            }
            for (AnnotatedElement e : new AnnotatedElement[] {rc, rc.getAccessor()}) {
                for (Annotation a : e.getAnnotations()) {
                    if (a.annotationType().getSimpleName().equals("Nullable")) {
                        return true;
                    }
                    if (a instanceof io.swagger.v3.oas.annotations.media.Schema sa
                            && (sa.nullable() || sa.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
