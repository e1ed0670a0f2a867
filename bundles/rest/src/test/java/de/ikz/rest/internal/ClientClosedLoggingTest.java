package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** A client that disconnects mid-answer is not an ERROR (issue 14: it broke ERROR-based alerting). */
class ClientClosedLoggingTest {

    @org.junit.jupiter.api.BeforeAll
    static void runtime() {
        de.ikz.testkit.TestRuntime.install();
    }

    private final List<String> levels = new ArrayList<>();

    private ExceptionMappers.Fallback mapper() {
        ExceptionMappers.Fallback m = new ExceptionMappers.Fallback();
        m.log = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getName().matches("trace|debug|info|warn|error")) {
                        levels.add(method.getName());
                    }
                    return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
                });
        return m;
    }

    @Test
    void jettyEofWrappedByCxfWhileWritingIsOneDebugLine() {
        // as CXF hands it over: its Fault (a RuntimeException) around an IOException around Jetty's EofException
        Throwable chain = new RuntimeException("org.apache.cxf.interceptor.Fault",
                new IOException(new EofException("Connection reset")));

        mapper().toResponse(chain);

        assertThat(levels).containsExactly("debug");
    }

    @Test
    void brokenPipeIsAClientDisconnectToo() {
        assertThat(ExceptionMappers.clientClosed(new IOException("Broken pipe"))).isTrue();
        assertThat(ExceptionMappers.clientClosed(new EofException())).isTrue();
    }

    @Test
    void realFailuresStayErrors() {
        mapper().toResponse(new IllegalStateException("boom", new IOException("disk full")));

        assertThat(levels).containsExactly("error");
        assertThat(ExceptionMappers.clientClosed(new IOException("No space left on device"))).isFalse();
    }

    @Test
    void causeCycleEnds() {
        IOException a = new IOException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(ExceptionMappers.clientClosed(b)).isFalse();
    }
}
