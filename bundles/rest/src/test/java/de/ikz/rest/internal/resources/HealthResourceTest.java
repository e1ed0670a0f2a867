package de.ikz.rest.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/** /health answers 503 DOWN naming what is missing while the database is missing, never 404 (issue 14). */
class HealthResourceTest {

    @org.junit.jupiter.api.BeforeAll
    static void runtime() {
        de.ikz.testkit.TestRuntime.install();
    }

    @Test
    void withoutDatabaseHealthIsPublishedAndAnswers503DownWithTheReason() {
        // what SCR does when jdbc/ikz is missing: the platform health and the core resources never come
        HealthResource health = new HealthResource();

        Response r = health.health();

        assertThat(r.getStatus()).isEqualTo(503);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) r.getEntity();
        assertThat(body).containsEntry("status", "DOWN");
        assertThat((String) body.get("reason")).contains("not ready").contains("database");
        assertThat((List<?>) body.get("missing")).hasSize(13);
        // a node whose logins are not there yet is not ready either: a load balancer must not send it requests
        // (TwoNodesIT: a rejoined node said UP while every authenticated request still answered 503)
        assertThat(body.get("missing").toString()).contains("login service");
    }

    @Test
    void componentHasNoMandatoryReference() throws Exception {
        // SCR publishes a component only when its mandatory references are satisfied: none here
        assertThat(HealthResource.class.getConstructor().getParameterCount()).isZero();
        for (var f : HealthResource.class.getDeclaredFields()) {
            var ref = f.getAnnotation(org.osgi.service.component.annotations.Reference.class);
            if (ref != null) {
                assertThat(ref.cardinality()).as(f.getName())
                        .isEqualTo(org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL);
            }
        }
    }
}
