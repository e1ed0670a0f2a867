package de.ikz.testkit;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.core.Application;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.GenericType;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Link;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.NewCookie;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.Variant;
import javax.ws.rs.ext.RuntimeDelegate;

/**
 * Just enough of a JAX-RS runtime to build {@link Response}s in plain unit tests of resources:
 * the test class path has the JAX-RS API but no implementation (CXF lives in the container), and
 * {@code Response.created(…)}, {@code Response.ok(…)} find none without one. Install it once per
 * test class ({@code @BeforeAll static void runtime() { TestRuntime.install(); }}); then a resource
 * method's answer can be asserted: status, entity, Location, content type and any header set.
 *
 * <p>Hand-written rather than CXF's {@code RuntimeDelegateImpl} on the test class path: CXF would
 * pull its whole bus into every module's unit tests, and the container-level behaviour (providers,
 * mappers) is tested in the in-container suite anyway. Status, entity and headers are kept; URI
 * builders, variants and links are not supported (an {@link UnsupportedOperationException} says
 * so).
 */
public final class TestRuntime extends RuntimeDelegate {

    /** Makes this the JAX-RS runtime of the test JVM. */
    public static void install() {
        RuntimeDelegate.setInstance(new TestRuntime());
    }

    @Override
    public Response.ResponseBuilder createResponseBuilder() {
        return new Builder();
    }

    @Override
    public UriBuilder createUriBuilder() {
        throw new UnsupportedOperationException("UriBuilder: not in the test runtime");
    }

    @Override
    public Variant.VariantListBuilder createVariantListBuilder() {
        throw new UnsupportedOperationException("variants: not in the test runtime");
    }

    @Override
    public <T> T createEndpoint(Application application, Class<T> endpointType) {
        throw new UnsupportedOperationException("endpoints: not in the test runtime");
    }

    /** Media types and entity tags (their {@code toString} and {@code valueOf} come here); other header types are not supported. */
    @Override
    public <T> HeaderDelegate<T> createHeaderDelegate(Class<T> type) {
        if (type != MediaType.class && type != EntityTag.class) {
            throw new UnsupportedOperationException(type.getSimpleName() + " headers: not in the test runtime");
        }
        return new HeaderDelegate<>() {
            @Override
            public T fromString(String value) {
                return type.cast(type == MediaType.class ? mediaType(value) : entityTag(value));
            }

            @Override
            public String toString(T value) {
                if (value instanceof MediaType m) {
                    StringBuilder b = new StringBuilder(m.getType()).append('/').append(m.getSubtype());
                    m.getParameters().forEach((k, v) -> b.append(';').append(k).append('=').append(v));
                    return b.toString();
                }
                EntityTag t = (EntityTag) value;
                return (t.isWeak() ? "W/" : "") + '"' + t.getValue() + '"';
            }
        };
    }

    private static MediaType mediaType(String text) {
        String[] parts = text.split(";");
        String[] typeAndSub = parts[0].strip().split("/", 2);
        if (typeAndSub.length != 2) {
            throw new IllegalArgumentException("not a media type: " + text);
        }
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            params.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : "");
        }
        return new MediaType(typeAndSub[0], typeAndSub[1], params);
    }

    private static EntityTag entityTag(String text) {
        String t = text.strip();
        boolean weak = t.startsWith("W/");
        String v = weak ? t.substring(2) : t;
        return new EntityTag(v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v, weak);
    }

    @Override
    public Link.Builder createLinkBuilder() {
        throw new UnsupportedOperationException("links: not in the test runtime");
    }

    /** Keeps status, entity and headers; every header-like setter is a header. */
    private static final class Builder extends Response.ResponseBuilder {
        private int status = 200;
        private Object entity;
        private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

        @Override
        public Response build() {
            return new Built(status, entity, new MultivaluedHashMap<>(headers));
        }

        @Override
        public Response.ResponseBuilder clone() {
            Builder b = new Builder();
            b.status = status;
            b.entity = entity;
            b.headers.putAll(headers);
            return b;
        }

        @Override
        public Response.ResponseBuilder status(int code) {
            this.status = code;
            return this;
        }

        @Override
        public Response.ResponseBuilder status(int code, String reasonPhrase) {
            return status(code);
        }

        @Override
        public Response.ResponseBuilder entity(Object e) {
            this.entity = e;
            return this;
        }

        @Override
        public Response.ResponseBuilder entity(Object e, Annotation[] annotations) {
            return entity(e);
        }

        @Override
        public Response.ResponseBuilder header(String name, Object value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.add(name, value);
            }
            return this;
        }

        private Response.ResponseBuilder single(String name, Object value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.putSingle(name, value);
            }
            return this;
        }

        @Override
        public Response.ResponseBuilder location(URI location) {
            return single(HttpHeaders.LOCATION, location);
        }

        @Override
        public Response.ResponseBuilder contentLocation(URI location) {
            return single(HttpHeaders.CONTENT_LOCATION, location);
        }

        @Override
        public Response.ResponseBuilder type(MediaType type) {
            return single(HttpHeaders.CONTENT_TYPE, type);
        }

        @Override
        public Response.ResponseBuilder type(String type) {
            return type(type == null ? null : MediaType.valueOf(type));
        }

        @Override
        public Response.ResponseBuilder allow(String... methods) {
            return allow(methods == null ? null : new LinkedHashSet<>(List.of(methods)));
        }

        @Override
        public Response.ResponseBuilder allow(Set<String> methods) {
            return single(HttpHeaders.ALLOW, methods == null ? null : String.join(",", methods));
        }

        @Override
        public Response.ResponseBuilder cacheControl(CacheControl cacheControl) {
            return single(HttpHeaders.CACHE_CONTROL, cacheControl);
        }

        @Override
        public Response.ResponseBuilder encoding(String encoding) {
            return single(HttpHeaders.CONTENT_ENCODING, encoding);
        }

        @Override
        public Response.ResponseBuilder replaceAll(MultivaluedMap<String, Object> all) {
            headers.clear();
            if (all != null) {
                headers.putAll(all);
            }
            return this;
        }

        @Override
        public Response.ResponseBuilder language(String language) {
            return single(HttpHeaders.CONTENT_LANGUAGE, language);
        }

        @Override
        public Response.ResponseBuilder language(Locale language) {
            return language(language == null ? null : language.toLanguageTag());
        }

        @Override
        public Response.ResponseBuilder variant(Variant variant) {
            throw new UnsupportedOperationException("variants: not in the test runtime");
        }

        @Override
        public Response.ResponseBuilder cookie(NewCookie... cookies) {
            if (cookies == null) {
                headers.remove(HttpHeaders.SET_COOKIE);
            } else {
                for (NewCookie c : cookies) {
                    headers.add(HttpHeaders.SET_COOKIE, c);
                }
            }
            return this;
        }

        @Override
        public Response.ResponseBuilder expires(Date expires) {
            return single(HttpHeaders.EXPIRES, expires);
        }

        @Override
        public Response.ResponseBuilder lastModified(Date lastModified) {
            return single(HttpHeaders.LAST_MODIFIED, lastModified);
        }

        @Override
        public Response.ResponseBuilder tag(EntityTag tag) {
            return single(HttpHeaders.ETAG, tag);
        }

        @Override
        public Response.ResponseBuilder tag(String tag) {
            return tag(tag == null ? null : new EntityTag(tag));
        }

        @Override
        public Response.ResponseBuilder variants(Variant... variants) {
            throw new UnsupportedOperationException("variants: not in the test runtime");
        }

        @Override
        public Response.ResponseBuilder variants(List<Variant> variants) {
            throw new UnsupportedOperationException("variants: not in the test runtime");
        }

        @Override
        public Response.ResponseBuilder links(Link... links) {
            throw new UnsupportedOperationException("links: not in the test runtime");
        }

        @Override
        public Response.ResponseBuilder link(URI uri, String rel) {
            throw new UnsupportedOperationException("links: not in the test runtime");
        }

        @Override
        public Response.ResponseBuilder link(String uri, String rel) {
            throw new UnsupportedOperationException("links: not in the test runtime");
        }
    }

    /** An answer as built: the entity is the object the resource returned, never serialized. */
    private static final class Built extends Response {
        private final int status;
        private final Object entity;
        private final MultivaluedMap<String, Object> headers;

        Built(int status, Object entity, MultivaluedMap<String, Object> headers) {
            this.status = status;
            this.entity = entity;
            this.headers = headers;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public StatusType getStatusInfo() {
            return Status.fromStatusCode(status);
        }

        @Override
        public Object getEntity() {
            return entity;
        }

        @Override
        public boolean hasEntity() {
            return entity != null;
        }

        @Override
        public URI getLocation() {
            return (URI) headers.getFirst(HttpHeaders.LOCATION);
        }

        @Override
        public MediaType getMediaType() {
            return (MediaType) headers.getFirst(HttpHeaders.CONTENT_TYPE);
        }

        @Override
        public Locale getLanguage() {
            Object l = headers.getFirst(HttpHeaders.CONTENT_LANGUAGE);
            return l == null ? null : Locale.forLanguageTag(l.toString());
        }

        @Override
        public Set<String> getAllowedMethods() {
            Object a = headers.getFirst(HttpHeaders.ALLOW);
            return a == null ? Set.of() : Set.of(a.toString().split(","));
        }

        @Override
        public Map<String, NewCookie> getCookies() {
            List<Object> cs = headers.get(HttpHeaders.SET_COOKIE);
            return cs == null ? Map.of() : cs.stream().map(NewCookie.class::cast)
                    .collect(Collectors.toMap(NewCookie::getName, c -> c, (a, b) -> b));
        }

        @Override
        public EntityTag getEntityTag() {
            return (EntityTag) headers.getFirst(HttpHeaders.ETAG);
        }

        @Override
        public Date getDate() {
            return (Date) headers.getFirst(HttpHeaders.DATE);
        }

        @Override
        public Date getLastModified() {
            return (Date) headers.getFirst(HttpHeaders.LAST_MODIFIED);
        }

        @Override
        public MultivaluedMap<String, Object> getMetadata() {
            return headers;
        }

        @Override
        public MultivaluedMap<String, String> getStringHeaders() {
            MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
            headers.forEach((k, vs) -> vs.forEach(v -> m.add(k, String.valueOf(v))));
            return m;
        }

        @Override
        public String getHeaderString(String name) {
            List<Object> vs = headers.get(name);
            return vs == null ? null : vs.stream().map(String::valueOf).collect(Collectors.joining(","));
        }

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public <T> T readEntity(Class<T> type) {
            return type.cast(entity);
        }

        @Override
        public <T> T readEntity(GenericType<T> type) {
            @SuppressWarnings("unchecked")
            T t = (T) entity;
            return t;
        }

        @Override
        public <T> T readEntity(Class<T> type, Annotation[] annotations) {
            return readEntity(type);
        }

        @Override
        public <T> T readEntity(GenericType<T> type, Annotation[] annotations) {
            return readEntity(type);
        }

        @Override
        public boolean bufferEntity() {
            return false;
        }

        @Override
        public void close() {
            // nothing to release
        }

        @Override
        public Set<Link> getLinks() {
            return Set.of();
        }

        @Override
        public boolean hasLink(String relation) {
            return false;
        }

        @Override
        public Link getLink(String relation) {
            return null;
        }

        @Override
        public Link.Builder getLinkBuilder(String relation) {
            throw new UnsupportedOperationException("links: not in the test runtime");
        }
    }
}
