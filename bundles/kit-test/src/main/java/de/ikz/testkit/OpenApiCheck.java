package de.ikz.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The contract every OpenAPI document of the platform (the core's and each module's) must meet so a client generator
 * can use it: reads a generated document and lists what is missing, one finding a line. A build test asserts an empty
 * list, e.g. in a module: {@code assertThat(OpenApiCheck.findings(Path.of("target/classes/openapi/<id>.json"))).isEmpty()}.
 *
 * <p>Per operation: a unique, meaningful operationId (not a generated {@code list_3}); a summary; a tag; a success
 * response (2xx), with a body type where JSON is returned, and 201 with the created type for a create; the problem
 * responses it can give ({@link #problemStatuses}) as {@code application/problem+json}; a request body marked required
 * whose schema lists its required fields. An operation under {@code /modules/<id>/} has an operationId prefixed with
 * the module ({@link #modulePrefix}: {@code vormundschaftCreateVolunteer}).
 *
 * <p>Hand-written rather than a validator library: the rules are the platform's conventions, not OpenAPI validity
 * (the in-container OpenApiIT checks the structure of the merged document).
 */
public final class OpenApiCheck {

    private static final Pattern MODULE_PATH = Pattern.compile("^/modules/([a-z0-9][a-z0-9-]*)/.*");
    private static final Pattern GENERATED_ID = Pattern.compile(".*_[0-9]+$");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiCheck() {
    }

    /** The findings of the document in {@code file}; empty when it meets the contract. */
    public static List<String> findings(Path file) throws IOException {
        return findings(new ObjectMapper().readTree(file.toFile()));
    }

    /** The findings of {@code doc}; empty when it meets the contract. */
    public static List<String> findings(JsonNode doc) {
        List<String> out = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        JsonNode paths = doc.path("paths");
        if (!paths.isObject() || paths.isEmpty()) {
            out.add("document: no paths");
            return out;
        }
        Iterator<Map.Entry<String, JsonNode>> pit = paths.fields();
        while (pit.hasNext()) {
            Map.Entry<String, JsonNode> pe = pit.next();
            String path = pe.getKey();
            Iterator<Map.Entry<String, JsonNode>> mit = pe.getValue().fields();
            while (mit.hasNext()) {
                Map.Entry<String, JsonNode> me = mit.next();
                if (METHODS.contains(me.getKey())) {
                    operation(doc, me.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path, me.getKey(), path,
                            me.getValue(), ids, out);
                }
            }
        }
        return out;
    }

    private static void operation(JsonNode doc, String where, String method, String path, JsonNode op,
                                  Map<String, String> ids, List<String> out) {
        String id = op.path("operationId").asText("");
        if (id.isEmpty()) {
            out.add(where + ": no operationId");
        } else {
            if (GENERATED_ID.matcher(id).matches()) {
                out.add(where + ": operationId '" + id + "' looks generated (name it, e.g. listAgreements)");
            }
            String other = ids.putIfAbsent(id, where);
            if (other != null) {
                out.add(where + ": operationId '" + id + "' is also used by " + other);
            }
            Matcher m = MODULE_PATH.matcher(path);
            if (m.matches()) {
                String prefix = modulePrefix(m.group(1));
                if (!id.startsWith(prefix) || id.length() == prefix.length()
                        || !Character.isUpperCase(id.charAt(prefix.length()))) {
                    out.add(where + ": module operationId '" + id + "' is not prefixed with '" + prefix + "'");
                }
            }
        }
        if (op.path("summary").asText("").isBlank()) {
            out.add(where + ": no summary");
        }
        if (!op.path("tags").isArray() || op.path("tags").isEmpty()) {
            out.add(where + ": no tag");
        }
        JsonNode responses = op.path("responses");
        boolean success = false;
        Iterator<Map.Entry<String, JsonNode>> rit = responses.fields();
        while (rit.hasNext()) {
            Map.Entry<String, JsonNode> re = rit.next();
            String code = re.getKey();
            if (code.equals("default")) {
                out.add(where + ": undocumented 'default' response (name the status)");
            } else if (code.startsWith("2")) {
                success = true;
                JsonNode content = re.getValue().path("content");
                if (code.equals("204") && !content.isMissingNode() && !content.isEmpty()) {
                    out.add(where + ": 204 with a body");
                }
                JsonNode json = content.path("application/json");
                if (!json.isMissingNode() && json.path("schema").isMissingNode()) {
                    out.add(where + ": " + code + " without a body type");
                }
            }
        }
        if (!success) {
            out.add(where + ": no success response");
        }
        boolean body = !op.path("requestBody").isMissingNode();
        if (method.equals("post") && body && !responses.has("201") && !responses.has("200")
                && !responses.has("202") && !responses.has("204")) {
            out.add(where + ": create without 201");
        }
        if (responses.has("201") && responses.path("201").path("content").path("application/json").path("schema").isMissingNode()) {
            out.add(where + ": create without body type (201 needs the created type)");
        }
        boolean params = op.path("parameters").isArray() && !op.path("parameters").isEmpty();
        boolean authenticated = !(op.path("security").isArray() && op.path("security").isEmpty());
        for (String status : problemStatuses(method, path, params, body, authenticated)) {
            JsonNode r = resolve(doc, responses.path(status));
            if (r.isMissingNode()) {
                out.add(where + ": problem response " + status + " missing");
            } else if (!r.path("content").path("application/problem+json").path("schema").path("$ref").asText()
                    .equals("#/components/schemas/Problem")) {
                out.add(where + ": problem response " + status + " is not application/problem+json with the Problem schema");
            }
        }
        if (body) {
            JsonNode rb = op.path("requestBody");
            if (!rb.path("required").asBoolean(false)) {
                out.add(where + ": request body not marked required");
            }
            JsonNode schema = rb.path("content").path("application/json").path("schema");
            if (!schema.isMissingNode()) {
                JsonNode s = resolve(doc, schema);
                if (s.path("type").asText("object").equals("object") && s.has("properties")
                        && (!s.path("required").isArray() || s.path("required").isEmpty())) {
                    out.add(where + ": request body " + schema.path("$ref").asText("schema") + " has no required list");
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode n = doc;
        for (String part : ref.substring(2).split("/")) {
            n = n.path(part);
        }
        return n;
    }

    /**
     * The problem responses an operation can give, by the platform's rules: 401, 403 and 429 (login throttle) for
     * every authenticated operation; 400 where it takes parameters or a body; 404 where its path names something;
     * 409 where it changes something (a conflict with the current state); 413 and 415 where it takes a body.
     */
    public static Set<String> problemStatuses(String method, String path, boolean params, boolean body,
                                              boolean authenticated) {
        Set<String> s = new LinkedHashSet<>();
        if (params || body) {
            s.add("400");
        }
        if (authenticated) {
            s.add("401");
            s.add("403");
        }
        if (path.contains("{")) {
            s.add("404");
        }
        if (!method.equalsIgnoreCase("get")) {
            s.add("409");
        }
        if (body) {
            s.add("413");
            s.add("415");
        }
        if (authenticated || path.startsWith("/modules/")) {
            // a public operation of a module is limited per client address
            s.add("429");
        }
        return s;
    }

    /** The operationId prefix of module {@code id}: its id in camel case ({@code my-module} gives {@code myModule}). */
    public static String modulePrefix(String id) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : id.toCharArray()) {
            if (c == '-' || c == '_' || c == '.') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
