package de.ikz.rest.internal;

import java.util.function.BiConsumer;

/**
 * The security headers of every answer, in one place: the JAX-RS response filter
 * ({@link SecurityHeadersFilter}) sets them on every answer of the API. {@link ProblemErrorHandler}
 * sets them on what Jetty refuses before the application (installed by {@link JettyErrorPages}).
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer};</li>
 * <li>a Content-Security-Policy that allows nothing ({@code default-src 'none'}), with
 *     {@code frame-ancestors 'none'}; the API docs page gets its own policy that lets swagger-ui
 *     load its scripts, styles and the OpenAPI document from this server only (no inline script,
 *     no eval: the page loads {@code init.js} as a file);</li>
 * <li>{@code Cache-Control: no-store} on every answer except {@code /health} and the static
 *     assets of the docs page (answers carry personal data; browsers and proxies must not keep
 *     them);</li>
 * <li>HSTS only when the request came over TLS (a plain-HTTP answer must not pin HTTPS for a host
 *     that may not offer it).</li>
 * </ul>
 */
final class SecurityHeaders {

    static final String CSP_API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** swagger-ui: scripts and styles from this server, inline style attributes (React), data: images (CSS icons). */
    static final String CSP_DOCS = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";
    static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {
    }

    /**
     * Sets the headers for an answer to {@code apiPath} (the path below {@code /api/v1/}, without a
     * leading slash; {@code null} for a path outside the API).
     */
    static void apply(String apiPath, boolean secure, BiConsumer<String, String> set) {
        String p = apiPath == null ? null : apiPath.replaceFirst("^/+", "");
        set.accept("X-Content-Type-Options", "nosniff");
        set.accept("Referrer-Policy", "no-referrer");
        set.accept("X-Frame-Options", "DENY");
        set.accept("Content-Security-Policy", isDocsPage(p) ? CSP_DOCS : CSP_API);
        if (!isCacheable(p)) {
            set.accept("Cache-Control", "no-store");
            set.accept("Pragma", "no-cache");
        }
        if (secure) {
            set.accept("Strict-Transport-Security", HSTS);
        }
    }

    /** The browsable docs page (its HTML; its assets are scripts and styles, which a CSP does not govern). */
    static boolean isDocsPage(String p) {
        return p != null && (p.equals("docs") || p.equals("docs/") || p.equals("docs/index.html"));
    }

    /** /health and the static assets of the docs page carry no personal data and may be cached. */
    static boolean isCacheable(String p) {
        return p != null && (p.equals("health") || (p.startsWith("docs/") && !isDocsPage(p)));
    }
}
