package de.ikz.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import de.ikz.kit.rest.Params;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestRuntimeTest {

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @Test
    void aCreationAnswers201WithTheEntityAndTheLocation() {
        Object entity = new Object();
        Response r = Params.created(entity, Params.moduleBase("vormundschaft") + "volunteers/v-1");
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getEntity()).isSameAs(entity);
        assertThat(r.getLocation()).isEqualTo(URI.create("modules/vormundschaft/volunteers/v-1"));
    }

    @Test
    void aLocationWithAQueryIsQuoted() {
        assertThat(Params.created(new Object(), "modules/m/contacts", "volunteer=v 1").getLocation())
                .hasToString("modules/m/contacts?volunteer=v%201");
        assertThat(Params.created(new Object(), "agreements/ak").getLocation()).hasToString("agreements/ak");
    }

    @Test
    void aDocumentKeepsItsTypeAndHeaders() {
        byte[] pdf = {1, 2, 3};
        Response r = Response.ok(pdf).type("application/pdf").header("Content-Disposition", "attachment; filename=\"a.pdf\"")
                .build();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getMediaType()).isEqualTo(new MediaType("application", "pdf"));
        assertThat(r.getHeaderString("Content-Type")).isEqualTo("application/pdf");
        assertThat(r.getHeaderString("Content-Disposition")).contains("a.pdf");
        assertThat(r.readEntity(byte[].class)).isSameAs(pdf);
    }

    @Test
    void noContentAndOtherStatuses() {
        assertThat(Response.noContent().build().getStatus()).isEqualTo(204);
        assertThat(Response.status(Response.Status.CONFLICT).build().getStatusInfo()).isEqualTo(Response.Status.CONFLICT);
        assertThat(Response.ok().build().hasEntity()).isFalse();
    }

    @Test
    void whatItCannotDoItSays() {
        assertThatThrownBy(() -> Response.ok().link("http://127.0.0.1/x", "self")).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("not in the test runtime");
    }
}
