package de.ikz.rest.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/**
 * Refuses cross-site requests with 403 before anything else looks at them (CSRF and cross-site
 * reads): a browser tells where a request comes from with {@code Origin} and
 * {@code Sec-Fetch-Site}; API clients such as curl send neither and pass.
 * <ul>
 * <li>{@code Origin} present: it must be this server (the {@code Host} the request was sent to) or
 *     one of the configured allowed origins ({@code allowed_origins}, e.g. the public name behind a
 *     reverse proxy); {@code Origin: null} is refused.</li>
 * <li>{@code Sec-Fetch-Site: cross-site} or {@code same-site} without an allowed {@code Origin}:
 *     refused, except a top-level navigation ({@code GET} with {@code Sec-Fetch-Mode: navigate}),
 *     so a link to the docs page still opens.</li>
 * </ul>
 * Hand-written: CXF's CORS filter is missing from the registry mirror, and a CORS filter answers
 * a different question (which origins may read), not which may change.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
final class CrossSiteFilter implements ContainerRequestFilter {

    private final Set<String> allowedOrigins;

    CrossSiteFilter(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty())
                .map(CrossSiteFilter::normalizeOrigin).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        String refusal = refusal(ctx.getMethod(), ctx.getHeaderString("Origin"), ctx.getHeaderString("Sec-Fetch-Site"),
                ctx.getHeaderString("Sec-Fetch-Mode"), ctx.getHeaderString("Host"));
        if (refusal != null) {
            ctx.abortWith(Problems.of(403, "Forbidden", refusal, null, Problems.instance(ctx.getUriInfo())));
        }
    }

    /** Why the request is refused, or null if it may pass. */
    String refusal(String method, String origin, String fetchSite, String fetchMode, String host) {
        boolean originAllowed = false;
        if (origin != null) {
            String o = origin.strip();
            if (o.isEmpty() || o.equalsIgnoreCase("null")) {
                return "cross-site request refused (opaque origin)";
            }
            String normalized = normalizeOrigin(o);
            originAllowed = allowedOrigins.contains(normalized) || sameAuthority(normalized, host);
            if (!originAllowed) {
                return "cross-site request refused: origin " + o.replaceAll("[^\\x21-\\x7e]", "?") + " is not this server";
            }
        }
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            boolean foreign = site.equals("cross-site") || site.equals("same-site");
            boolean navigation = ("GET".equals(method) || "HEAD".equals(method))
                    && "navigate".equalsIgnoreCase(fetchMode == null ? "" : fetchMode.strip());
            if (foreign && !originAllowed && !navigation) {
                return "cross-site request refused (Sec-Fetch-Site: " + site + ")";
            }
        }
        return null;
    }

    /** scheme://host[:port] in lower case, default ports dropped; anything unparsable stays as given. */
    static String normalizeOrigin(String origin) {
        try {
            URI u = URI.create(origin.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return origin.strip().toLowerCase(Locale.ROOT);
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return origin.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the origin names the host (and port) the request was sent to. */
    static boolean sameAuthority(String normalizedOrigin, String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        int sep = normalizedOrigin.indexOf("://");
        if (sep < 0) {
            return false;
        }
        String scheme = normalizedOrigin.substring(0, sep);
        String authority = normalizedOrigin.substring(sep + 3);
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && host.endsWith(":80")) {
            host = host.substring(0, host.length() - 3);
        } else if (scheme.equals("https") && host.endsWith(":443")) {
            host = host.substring(0, host.length() - 4);
        }
        return authority.equals(host);
    }
}
