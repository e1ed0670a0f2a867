package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * HTTPS on the platform itself, configured as in the operator guide (keystore and Pax Web keys,
 * see {@link TestTls}): /health answers over TLS with HSTS; plain HTTP answers without HSTS (a
 * plain answer must not pin HTTPS).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class TlsIT extends ContainerSupport {

    private static URI https(String path) {
        return URI.create("https://127.0.0.1:" + Integer.getInteger("ikz.itest.https.port") + "/api/v1/" + path);
    }

    @Test
    public void healthOverHttpsCarriesHsts() throws Exception {
        awaitHealthy();
        HttpClient client = HttpClient.newBuilder().sslContext(TestTls.clientContext()).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(https("health")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("\"UP\""));
        String hsts = r.headers().firstValue("Strict-Transport-Security").orElse("");
        assertTrue("HSTS over TLS: " + r.headers().map(), hsts.startsWith("max-age=") && Long.parseLong(hsts.substring(8).split(";")[0]) >= 15_552_000);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));

        // an API answer over TLS: HSTS and no-store, and a Jetty-level refusal too
        HttpResponse<String> users = client.send(HttpRequest.newBuilder(https("users")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, users.statusCode());
        assertTrue(users.headers().firstValue("Strict-Transport-Security").isPresent());
        assertEquals("no-store", users.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    public void plainHttpCarriesNoHsts() {
        awaitHealthy();
        Http.Reply r = http().get("health", null, null);
        assertEquals(200, r.status());
        HttpClient client = HttpClient.newHttpClient();
        try {
            HttpResponse<Void> plain = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + Integer.getInteger("ikz.itest.http.port") + "/api/v1/health")).build(), HttpResponse.BodyHandlers.discarding());
            assertFalse(plain.headers().firstValue("Strict-Transport-Security").isPresent());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
