package de.ikz.rest.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import de.ikz.api.error.IkzException;
import de.ikz.api.rest.RestConstants;

/** Builds RFC 9457 problem responses. */
public final class Problems {

    private Problems() {
    }

    public static Response of(int status, String title, String detail, String field, String instance) {
        return builder(status, typeFor(status), title, detail, field, instance).build();
    }

    /** A problem answer with its own type ({@code urn:ikz:problem:<type>}), for headers to be added before it is built. */
    static Response.ResponseBuilder builder(int status, String type, String title, String detail, String field, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:ikz:problem:" + type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        if (field != null) {
            body.put("field", field);
        }
        Response.ResponseBuilder rb = Response.status(status).type(RestConstants.PROBLEM_JSON).entity(body);
        if (status == 401) {
            rb.header("WWW-Authenticate", "Basic realm=\"ikz\", charset=\"UTF-8\"");
        }
        return rb;
    }

    /** The problem's {@code instance}: the request path under {@code /api/v1}. */
    static String instance(UriInfo uri) {
        return uri == null ? null : "/api/v1/" + uri.getPath(false).replaceFirst("^/", "");
    }

    public static Response of(IkzException e, String instance) {
        return of(e.kind().status(), e.kind().title(), e.getMessage(), e.field(), instance);
    }

    /**
     * The problem document as JSON text, for answers written outside JAX-RS (the Jetty edge and
     * error handler). Values are escaped; control characters never reach the output raw.
     */
    public static String json(int status, String title, String detail, String instance) {
        StringBuilder sb = new StringBuilder(160).append("{\"type\":");
        quote(sb, "urn:ikz:problem:" + typeFor(status));
        sb.append(",\"title\":");
        quote(sb, title);
        sb.append(",\"status\":").append(status);
        if (detail != null) {
            sb.append(",\"detail\":");
            quote(sb, detail);
        }
        if (instance != null) {
            sb.append(",\"instance\":");
            quote(sb, instance);
        }
        return sb.append('}').toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    static String typeFor(int status) {
        for (IkzException.Kind k : IkzException.Kind.values()) {
            if (k.status() == status) {
                return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
        }
        return switch (status) {
            case 405 -> "method-not-allowed";
            case 431 -> "headers-too-large";
            case 406 -> "not-acceptable";
            case 500 -> "internal";
            default -> "http-" + status;
        };
    }
}
