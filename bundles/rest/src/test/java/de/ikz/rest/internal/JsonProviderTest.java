package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

/**
 * A client that closes the connection mid-answer ends the answer quietly in the writer: thrown on, CXF
 * logged an ERROR ("Problem with writing the data") and a WARN with a stack trace for each (issue 14).
 */
class JsonProviderTest {

    private static OutputStream failing(IOException e) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw e;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw e;
            }
        };
    }

    private static void write(OutputStream out) throws IOException {
        new JsonProvider().writeTo(Map.of("a", "x".repeat(20_000)), Map.class, Map.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
    }

    @Test
    void clientThatClosedTheConnectionIsNotAFailure() {
        assertThatCode(() -> write(failing(new EofException("Closed")))).doesNotThrowAnyException();
    }

    @Test
    void otherWriteFailuresAreThrownOn() {
        assertThatThrownBy(() -> write(failing(new IOException("No space left on device"))))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");
    }

    /** One generation of a module's answer type. */
    public record ModuleAnswer(String name, java.util.List<String> stages) {
    }

    /** A module's API left (issue 14): the provider and its mapper keep no class they learnt from its answers. */
    @Test
    void forgettingTypesDropsTheLearntWritersAndTheMapperThatKnewThem() throws IOException {
        JsonProvider json = new JsonProvider();
        var before = json.mapperInUse();
        json.writeTo(new ModuleAnswer("a", java.util.List.of("x")), ModuleAnswer.class, ModuleAnswer.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), new java.io.ByteArrayOutputStream());
        assertThat(json.cachedReadersAndWriters()).as("what Jackson's provider keeps per answer type").isPositive();

        json.forgetTypes();

        assertThat(json.cachedReadersAndWriters()).isZero();
        assertThat(json.mapperInUse()).isNotSameAs(before);
        var out = new java.io.ByteArrayOutputStream();
        json.writeTo(new ModuleAnswer("b", java.util.List.of()), ModuleAnswer.class, ModuleAnswer.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"b\",\"stages\":[]}");
    }
}
