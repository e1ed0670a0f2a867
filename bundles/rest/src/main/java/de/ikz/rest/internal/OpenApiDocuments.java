package de.ikz.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the live OpenAPI document: the core's document (generated from the resource classes at
 * build time) merged with the document of every active bundle that names one in its
 * {@value #HEADER} manifest header. A module's paths therefore appear and vanish with it.
 */
public final class OpenApiDocuments {

    public static final String HEADER = "IKZ-OpenAPI";
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiDocuments.class);

    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode build(BundleContext ctx) {
        ObjectNode doc = read(ctx.getBundle().getEntry("openapi/ikz-core.json"));
        if (doc == null) {
            doc = mapper.createObjectNode();
        }
        decimalsAsStrings(doc);
        for (Bundle b : ctx.getBundles()) {
            if (b.getState() != Bundle.ACTIVE || b.equals(ctx.getBundle())) {
                continue;
            }
            String entry = b.getHeaders("").get(HEADER);
            if (entry == null) {
                continue;
            }
            ObjectNode part = read(b.getEntry(entry.trim()));
            if (part != null) {
                decimalsAsStrings(part);
                merge(doc, part, b.getSymbolicName());
            }
        }
        return doc;
    }

    /**
     * The platform's mapper writes every BigDecimal as a string ("1234.50") and the API has no
     * floating-point fields, so every {@code "type": "number"} the generator wrote is a decimal
     * string on the wire: the document says so.
     */
    public static void decimalsAsStrings(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.path("type").asText().equals("number")) {
                o.put("type", "string");
                o.put("format", "decimal");
                o.put("pattern", "^-?[0-9]+(\\.[0-9]+)?$");
            }
            o.elements().forEachRemaining(OpenApiDocuments::decimalsAsStrings);
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(OpenApiDocuments::decimalsAsStrings);
        }
    }

    static void merge(ObjectNode doc, ObjectNode part) {
        merge(doc, part, "module");
    }

    /**
     * Adds paths, components and tags of {@code part} (the document of bundle {@code source}) to {@code doc}; the
     * document's own entries win, so the merged document stays valid whatever a module brings:
     * <ul>
     * <li>a path the document has already: the module's is left out (WARN naming module and path);</li>
     * <li>an operationId under {@code /modules/<id>/} without the module prefix ({@code <id>} in camel case, e.g.
     * {@code vormundschaftCreateVolunteer}) gets it (WARN); one still taken by another operation gets the bundle's
     * symbolic name appended, then a counter (WARN naming module and id): deterministic, never a duplicate;</li>
     * <li>a tag whose name is already declared is not declared twice.</li>
     * </ul>
     */
    static void merge(ObjectNode doc, ObjectNode part, String source) {
        Set<String> ids = operationIds(doc);
        JsonNode paths = part.get("paths");
        if (paths instanceof ObjectNode ps) {
            ObjectNode target = doc.has("paths") ? (ObjectNode) doc.get("paths") : doc.putObject("paths");
            ps.fields().forEachRemaining(e -> {
                if (target.has(e.getKey())) {
                    LOG.warn("OpenAPI merge: module {} describes path '{}' that the document has already: left out",
                            source, e.getKey());
                    return;
                }
                if (e.getValue() instanceof ObjectNode item) {
                    uniqueOperationIds(e.getKey(), item, ids, source);
                }
                target.set(e.getKey(), e.getValue());
            });
        }
        JsonNode comps = part.get("components");
        if (comps instanceof ObjectNode pc) {
            ObjectNode dc = doc.has("components") ? (ObjectNode) doc.get("components") : doc.putObject("components");
            Iterator<Map.Entry<String, JsonNode>> it = pc.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue() instanceof ObjectNode) {
                    mergeObject(dc, pc, e.getKey());
                } else {
                    dc.putIfAbsent(e.getKey(), e.getValue());
                }
            }
        }
        if (part.get("tags") != null && part.get("tags").isArray()) {
            var tags = doc.has("tags") ? (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("tags") : doc.putArray("tags");
            Set<String> names = new HashSet<>();
            tags.forEach(t -> names.add(t.path("name").asText()));
            part.get("tags").forEach(t -> {
                if (names.add(t.path("name").asText())) {
                    tags.add(t);
                }
            });
        }
    }

    private static final Pattern MODULE_PATH = Pattern.compile("^/modules/([a-z0-9][a-z0-9-]*)/.*");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private static Set<String> operationIds(ObjectNode doc) {
        Set<String> ids = new HashSet<>();
        doc.path("paths").forEach(item -> item.fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey()) && op.getValue().hasNonNull("operationId")) {
                ids.add(op.getValue().get("operationId").asText());
            }
        }));
        return ids;
    }

    private static void uniqueOperationIds(String path, ObjectNode item, Set<String> ids, String source) {
        Matcher m = MODULE_PATH.matcher(path);
        item.fields().forEachRemaining(e -> {
            if (!METHODS.contains(e.getKey()) || !(e.getValue() instanceof ObjectNode op)) {
                return;
            }
            String id = op.path("operationId").asText("");
            String wanted = id.isEmpty() ? e.getKey() + path.replaceAll("[^A-Za-z0-9]+", " ").trim().replace(' ', '_') : id;
            if (m.matches()) {
                String prefix = modulePrefix(m.group(1));
                if (!(wanted.startsWith(prefix) && wanted.length() > prefix.length()
                        && Character.isUpperCase(wanted.charAt(prefix.length())))) {
                    wanted = prefix + Character.toUpperCase(wanted.charAt(0)) + wanted.substring(1);
                }
            }
            if (ids.contains(wanted)) {
                String base = wanted + "_" + modulePrefix(source.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
                wanted = base;
                for (int n = 2; ids.contains(wanted); n++) {
                    wanted = base + n;
                }
            }
            if (!wanted.equals(id)) {
                LOG.warn("OpenAPI merge: module {} operation {} {}: operationId '{}' is {}; it is '{}' in the document",
                        source, e.getKey().toUpperCase(Locale.ROOT), path, id,
                        id.isEmpty() ? "missing" : ids.contains(id) ? "taken" : "not prefixed with the module", wanted);
                op.put("operationId", wanted);
            }
            ids.add(wanted);
        });
    }

    /** The operationId prefix of module {@code id}: its id in camel case ({@code my-module} gives {@code myModule}). */
    static String modulePrefix(String id) {
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

    private static void mergeObject(ObjectNode doc, ObjectNode part, String field) {
        JsonNode src = part.get(field);
        if (!(src instanceof ObjectNode s)) {
            return;
        }
        ObjectNode target = doc.has(field) ? (ObjectNode) doc.get(field) : doc.putObject(field);
        s.fields().forEachRemaining(e -> {
            JsonNode existing = target.putIfAbsent(e.getKey(), e.getValue());
            if (existing != null && !existing.equals(e.getValue())) {
                // a module's path or schema with a name already taken by a different one: the first stays, the document
                // would describe the module wrongly, so say it (name module schemas uniquely, see the integrator guide)
                LOG.warn("OpenAPI merge: {} '{}' of a module differs from the one already in the document; the first is kept",
                        field, e.getKey());
            }
        });
    }

    private ObjectNode read(URL url) {
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            JsonNode n = mapper.readTree(in);
            return n instanceof ObjectNode o ? o : null;
        } catch (IOException e) {
            LOG.warn("cannot read OpenAPI document {}: {}", url, e.getMessage());
            return null;
        }
    }
}
