package de.ikz.itest;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the platform's REST API on loopback. */
final class Http {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An answer; {@code status} -1 when the request failed on the way (then {@code body} says why). */
    record Reply(int status, String contentType, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        Optional<String> header(String name) {
            return headers == null ? Optional.empty() : headers.firstValue(name);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/v1/";
    }

    Reply get(String path, String user, String password) {
        return send("GET", path, null, user, password);
    }

    Reply post(String path, String json, String user, String password) {
        return send("POST", path, json, user, password);
    }

    /** Any method; a JSON body (or none) under {@code /api/v1/}; HTTP Basic when a user is named. */
    Reply send(String method, String path, String json, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            return new Reply(-1, "", e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A JSON object from name/value pairs ({@code json("id", "t1", "name", "Kreis")}); dates as ISO text. */
    static String json(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            m.put((String) pairs[i], value instanceof LocalDate ? value.toString() : value);
        }
        try {
            return MAPPER.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the status (the message names what was tried and shows the body) and gives the body as JSON. */
    static JsonNode ok(int status, Reply r, String what) {
        assertEquals(what + ": " + r.body(), status, r.status());
        return r.json();
    }
}
