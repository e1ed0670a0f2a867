package de.ikz.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Iterator;
import java.util.Map;

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
                merge(doc, part);
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

    /** Adds paths, components and tags of {@code part} to {@code doc}; the document's own entries win. */
    static void merge(ObjectNode doc, ObjectNode part) {
        mergeObject(doc, part, "paths");
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
            part.get("tags").forEach(tags::add);
        }
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
