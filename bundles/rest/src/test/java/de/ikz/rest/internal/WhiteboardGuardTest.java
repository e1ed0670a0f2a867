package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;

/**
 * The guard against a JAX-RS whiteboard that failed while tracking services (a restart after kill -9 whose /api/v1
 * answered 404 for good, reliability/CrashIT): an ERROR of the whiteboard bundle restarts it, once per burst, at most
 * three times; other events are left alone.
 */
class WhiteboardGuardTest {

    final List<String> calls = new ArrayList<>();
    final List<Runnable> scheduled = new ArrayList<>();
    final Bundle whiteboard = bundle(WhiteboardGuard.WHITEBOARD);
    final Bundle other = bundle("de.ikz.platform.ikz-core");
    final WhiteboardGuard guard = new WhiteboardGuard(scheduled::add);

    static FrameworkEvent error(Bundle b) {
        return new FrameworkEvent(FrameworkEvent.ERROR, b, new java.util.ConcurrentModificationException());
    }

    @Test
    void anErrorOfTheWhiteboardRestartsItOncePerBurst() {
        guard.frameworkEvent(error(whiteboard));
        guard.frameworkEvent(error(whiteboard));
        assertThat(calls).as("not at once: the start may still be registering services").isEmpty();
        assertThat(scheduled).as("two errors in a row, one restart").hasSize(1);
        scheduled.remove(0).run();
        assertThat(calls).containsExactly("stop " + WhiteboardGuard.WHITEBOARD + " " + Bundle.STOP_TRANSIENT,
                "start " + WhiteboardGuard.WHITEBOARD + " " + Bundle.START_TRANSIENT);
    }

    @Test
    void untilTheRestartIsDoneHealthSaysTheWhiteboardIsMissing() {
        de.ikz.testkit.TestRuntime.install();
        assertThat(WhiteboardGuard.restarting()).isFalse();
        guard.frameworkEvent(error(whiteboard));
        assertThat(WhiteboardGuard.restarting()).isTrue();
        javax.ws.rs.core.Response r = new de.ikz.rest.internal.resources.HealthResource().health();
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(((java.util.Map<?, ?>) r.getEntity()).get("missing").toString()).contains("JAX-RS whiteboard");
        scheduled.remove(0).run();
        assertThat(WhiteboardGuard.restarting()).isFalse();
    }

    @Test
    void otherBundlesAndOtherEventsAreLeftAlone() {
        guard.frameworkEvent(error(other));
        guard.frameworkEvent(new FrameworkEvent(FrameworkEvent.WARNING, whiteboard, new IllegalStateException()));
        guard.frameworkEvent(new FrameworkEvent(FrameworkEvent.STARTED, whiteboard, null));
        assertThat(scheduled).isEmpty();
    }

    @Test
    void afterThreeRestartsItGivesUp() {
        for (int i = 0; i < WhiteboardGuard.MAX_RESTARTS; i++) {
            guard.frameworkEvent(error(whiteboard));
            scheduled.remove(0).run();
        }
        guard.frameworkEvent(error(whiteboard));
        assertThat(scheduled).isEmpty();
        assertThat(calls).hasSize(2 * WhiteboardGuard.MAX_RESTARTS);
    }

    Bundle bundle(String name) {
        return (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class}, (p, m, a) -> switch (m.getName()) {
            case "getSymbolicName" -> name;
            case "stop", "start" -> {
                calls.add(m.getName() + " " + name + " " + a[0]);
                yield null;
            }
            case "getState" -> Bundle.ACTIVE;
            case "hashCode" -> System.identityHashCode(p);
            case "equals" -> p == a[0];
            default -> null;
        });
    }
}
