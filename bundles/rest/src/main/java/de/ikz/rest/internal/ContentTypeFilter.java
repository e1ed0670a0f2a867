package de.ikz.rest.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Consumes;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

/**
 * A changing request (POST, PUT, PATCH, DELETE) is accepted only with a content type its
 * operation documents ({@code @Consumes} of the method or its class; JSON where none is named),
 * else 415. A changing request without a body may leave the content type out. This closes the
 * classic CSRF route: the types an HTML form or a "simple" cross-site fetch can send
 * ({@code text/plain}, {@code application/x-www-form-urlencoded}, {@code multipart/form-data}) are
 * refused unless an operation names them, and none does.
 */
@Priority(Priorities.AUTHENTICATION - 50)
final class ContentTypeFilter implements ContainerRequestFilter {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (!CHANGING.contains(ctx.getMethod())) {
            return;
        }
        List<String> accepted = consumed(resource == null ? null : resource.getResourceMethod(),
                resource == null ? null : resource.getResourceClass());
        String refusal = refusal(ctx.getHeaderString(HttpHeaders.CONTENT_TYPE), hasBody(ctx), accepted);
        if (refusal != null) {
            ctx.abortWith(Problems.of(415, "Unsupported Media Type", refusal, null, Problems.instance(ctx.getUriInfo())));
        }
    }

    static boolean hasBody(ContainerRequestContext ctx) {
        return ctx.getLength() > 0 || ctx.getHeaderString("Transfer-Encoding") != null;
    }

    /** The media types the operation documents; JSON if it names none. */
    static List<String> consumed(Method method, Class<?> type) {
        Consumes c = method == null ? null : method.getAnnotation(Consumes.class);
        if (c == null && type != null) {
            c = type.getAnnotation(Consumes.class);
        }
        List<String> types = new ArrayList<>();
        if (c != null) {
            for (String v : c.value()) {
                for (String part : v.split(",")) {
                    String t = essence(part);
                    if (t != null) {
                        types.add(t);
                    }
                }
            }
        }
        if (types.isEmpty()) {
            types.add(MediaType.APPLICATION_JSON);
        }
        return types;
    }

    /** Why the content type is refused, or null. */
    static String refusal(String contentType, boolean hasBody, List<String> accepted) {
        String expected = String.join(", ", accepted.stream().distinct().toList());
        if (contentType == null || contentType.isBlank()) {
            return hasBody ? "a body needs a Content-Type; send " + expected : null;
        }
        String given = essence(contentType);
        if (given == null) {
            return "malformed Content-Type; send " + expected;
        }
        if (given.contains("*")) {
            return "Content-Type must be concrete; send " + expected;
        }
        for (String a : accepted) {
            if (a.equals(given) || (a.contains("*") && given.matches(a.replace(".", "\\.").replace("+", "\\+").replace("*", "[^/]*")))) {
                return null;
            }
        }
        return "unsupported content type " + given + "; send " + expected;
    }

    /** type/subtype of a media type in lower case (parameters dropped), or null if it is not one. */
    static String essence(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        int semi = mediaType.indexOf(';');
        String t = (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT);
        return t.matches("[a-z0-9!#$&^_.+*-]+/[a-z0-9!#$&^_.+*-]+") ? t : null;
    }
}
