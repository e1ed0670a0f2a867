package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.ikz.rest.internal.resources.RegisterResource;

import org.junit.jupiter.api.Test;

/** The web-exposure rules: cross-site refusal, content types, security headers, client address, Jetty's errors. */
class WebEdgeTest {

    private final CrossSiteFilter crossSite = new CrossSiteFilter(List.of("https://ikz.example.org, https://other.example.org:8443"));

    @Test
    void apiClientsWithoutBrowserHeadersPass() {
        assertThat(crossSite.refusal("POST", null, null, null, "127.0.0.1:8181")).isNull();
        assertThat(crossSite.refusal("DELETE", null, null, null, null)).isNull();
    }

    @Test
    void sameOriginBrowserRequestsPass() {
        assertThat(crossSite.refusal("POST", "http://127.0.0.1:8181", "same-origin", "cors", "127.0.0.1:8181")).isNull();
        assertThat(crossSite.refusal("POST", "https://IKZ.example.org:443", null, null, "ikz.example.org")).isNull();
        assertThat(crossSite.refusal("PUT", "https://ikz.example.org", "same-site", "cors", "10.0.0.5:8181")).isNull();
        assertThat(crossSite.refusal("PUT", "https://other.example.org:8443", null, null, "10.0.0.5:8181")).isNull();
        assertThat(crossSite.refusal("GET", null, "none", "navigate", "127.0.0.1:8181")).isNull();
    }

    @Test
    void crossSiteRequestsAreRefused() {
        assertThat(crossSite.refusal("POST", "https://evil.example", "cross-site", "no-cors", "127.0.0.1:8181")).contains("evil.example");
        assertThat(crossSite.refusal("POST", "null", null, null, "127.0.0.1:8181")).contains("opaque");
        assertThat(crossSite.refusal("POST", null, "cross-site", "no-cors", "127.0.0.1:8181")).contains("cross-site");
        assertThat(crossSite.refusal("GET", null, "cross-site", "no-cors", "127.0.0.1:8181")).contains("cross-site");
        assertThat(crossSite.refusal("POST", "http://127.0.0.1:9999", null, null, "127.0.0.1:8181")).isNotNull();
        assertThat(crossSite.refusal("POST", "http://127.0.0.1.evil.example:8181", null, null, "127.0.0.1:8181")).isNotNull();
        assertThat(crossSite.refusal("POST", "https://other.example.org", null, null, "10.0.0.5")).isNotNull();
        // a link from elsewhere may still open a page
        assertThat(crossSite.refusal("GET", null, "cross-site", "navigate", "127.0.0.1:8181")).isNull();
        assertThat(crossSite.refusal("POST", null, "cross-site", "navigate", "127.0.0.1:8181")).isNotNull();
    }

    @Test
    void registerImportsTakeCsvOnlyNotTextPlain() throws Exception {
        for (String name : List.of("importRegister", "importFigures")) {
            var m = java.util.Arrays.stream(RegisterResource.class.getMethods()).filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
            List<String> types = ContentTypeFilter.consumed(m, RegisterResource.class);
            assertThat(types).containsExactly("text/csv");
            assertThat(ContentTypeFilter.refusal("text/plain", true, types)).contains("unsupported content type text/plain");
            assertThat(ContentTypeFilter.refusal("text/csv; charset=UTF-8", true, types)).isNull();
        }
    }

    @Test
    void changingRequestsNeedTheirDocumentedContentType() {
        List<String> json = ContentTypeFilter.consumed(null, null);
        assertThat(json).containsExactly("application/json");
        assertThat(ContentTypeFilter.refusal("application/json; charset=utf-8", true, json)).isNull();
        assertThat(ContentTypeFilter.refusal("Application/JSON", true, json)).isNull();
        assertThat(ContentTypeFilter.refusal("text/plain", true, json)).isNotNull();
        assertThat(ContentTypeFilter.refusal("application/x-www-form-urlencoded", true, json)).isNotNull();
        assertThat(ContentTypeFilter.refusal("multipart/form-data; boundary=x", true, json)).isNotNull();
        assertThat(ContentTypeFilter.refusal("*/*", true, json)).isNotNull();
        assertThat(ContentTypeFilter.refusal("garbage", true, json)).contains("malformed");
        assertThat(ContentTypeFilter.refusal(null, true, json)).contains("needs a Content-Type");
        assertThat(ContentTypeFilter.refusal(null, false, json)).isNull();
        assertThat(ContentTypeFilter.refusal("text/plain", false, json)).isNotNull();
        assertThat(ContentTypeFilter.refusal("application/merge-patch+json", true, List.of("application/*+json"))).isNull();
    }

    @Test
    void everyAnswerGetsSecurityHeadersAndPersonalDataIsNeverStored() {
        Map<String, String> api = headers("users/alice", false);
        assertThat(api).containsEntry("X-Content-Type-Options", "nosniff").containsEntry("Referrer-Policy", "no-referrer")
                .containsEntry("Cache-Control", "no-store").doesNotContainKey("Strict-Transport-Security");
        assertThat(api.get("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
        assertThat(headers("health", false)).doesNotContainKey("Cache-Control").containsKey("Content-Security-Policy");
        assertThat(headers("docs/swagger-ui-bundle.js", false)).doesNotContainKey("Cache-Control");
        assertThat(headers(null, false)).containsEntry("Cache-Control", "no-store");
        assertThat(headers("users", true)).containsEntry("Strict-Transport-Security", SecurityHeaders.HSTS);
    }

    @Test
    void theDocsPagePolicyLetsSwaggerUiRunFromThisServerOnly() throws Exception {
        Map<String, String> page = headers("docs", false);
        String csp = page.get("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
        assertThat(page).containsEntry("Cache-Control", "no-store");
        // the page loads its scripts as files: no inline script that the policy would block
        try (InputStream in = getClass().getResourceAsStream("/apidocs/index.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContain("onload=", "javascript:");
        }
    }

    @Test
    void forwardedForCountsOnlyFromTrustedProxies() {
        ClientAddress none = new ClientAddress(List.of());
        assertThat(none.resolve("203.0.113.9", List.of("1.2.3.4"))).isEqualTo("203.0.113.9");
        ClientAddress proxies = new ClientAddress(List.of("10.0.0.0/8, 192.168.1.5", "::1"));
        assertThat(proxies.resolve("203.0.113.9", List.of("1.2.3.4"))).as("peer is no proxy").isEqualTo("203.0.113.9");
        assertThat(proxies.resolve("10.1.2.3", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(proxies.resolve("10.1.2.3", List.of("6.6.6.6, 198.51.100.7, 192.168.1.5"))).as("spoofed left part ignored")
                .isEqualTo("198.51.100.7");
        assertThat(proxies.resolve("10.1.2.3", List.of("6.6.6.6", "198.51.100.7:4711"))).isEqualTo("198.51.100.7");
        assertThat(proxies.resolve("10.1.2.3", List.of("evil.example.org"))).as("names are never resolved").isEqualTo("10.1.2.3");
        assertThat(proxies.resolve("10.1.2.3", List.of("1.2.3.4\r\nX: y"))).isEqualTo("10.1.2.3");
        assertThat(proxies.resolve("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(proxies.resolve("0:0:0:0:0:0:0:1", List.of("[2001:db8::1]:443"))).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example.org"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemJsonEscapesEverything() throws Exception {
        String json = Problems.json(400, "t\"\\", "line\r\nnext <b>\u2028", "/api/v1/x");
        assertThat(json).doesNotContain("\r", "\n", "<b>", "\u2028");
        JsonNode j = new ObjectMapper().readTree(json);
        assertThat(j.get("detail").asText()).isEqualTo("line\r\nnext <b>\u2028");
        assertThat(j.get("title").asText()).isEqualTo("t\"\\");
    }

    private static Map<String, String> headers(String path, boolean secure) {
        Map<String, String> h = new LinkedHashMap<>();
        SecurityHeaders.apply(path, secure, h::put);
        return h;
    }
}
