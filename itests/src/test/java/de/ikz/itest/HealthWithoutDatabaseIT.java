package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Issue 14: while the database service is missing (a first start whose Derby folder was left
 * incomplete, an unreachable PostgreSQL), {@code /health} answers 503 DOWN naming what is missing,
 * never 404. The database component is switched off for the test and on again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class HealthWithoutDatabaseIT extends ContainerSupport {

    private static final String DATABASE = "de.ikz.persistence.internal.DatabaseComponent";

    @Test
    public void withoutTheDatabaseHealthAnswers503DownWithTheReason() throws Exception {
        awaitHealthy();
        Http h = http();
        try {
            console("scr:disable " + DATABASE, "itest", "admin", "ikz-platform-admin");
            // (while the whiteboard republishes, Jetty may answer a short HTML 503 of its own: wait for ours)
            Http.Reply[] last = {null};
            try {
                Await.until("GET /health answers 503 with JSON", Duration.ofSeconds(60), () -> {
                    last[0] = h.get("health", null, null);
                    return last[0].status() == 503 && last[0].contentType() != null
                            && last[0].contentType().startsWith("application/json");
                });
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; last answer: " + last[0].status() + " " + last[0].body(), e);
            }
            Http.Reply r = last[0];
            JsonNode j = r.json();
            assertEquals(r.json().toString(), "DOWN", j.get("status").asText());
            assertTrue(j.toString(), j.get("reason").asText().contains("database"));
            assertTrue(j.toString(), j.get("missing").size() > 0);
        } finally {
            console("scr:enable " + DATABASE, "itest", "admin", "ikz-platform-admin");
        }
        Http.Reply back = awaitHealthy();
        assertEquals("UP", back.json().get("status").asText());
    }
}
