package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Issue 14: a JAX-RS whiteboard that failed in its own listener (Aries' race at start, a
 * ConcurrentModificationException that lost /api/v1 for good in a crash trial) is restarted by the REST bundle's
 * WhiteboardGuard. The failure is made the way Felix reports the real one: a listener of the whiteboard bundle
 * throws, and Felix fires a FrameworkEvent ERROR for that bundle. Within the guard's delay the whiteboard is a new
 * one (a new JaxrsServiceRuntime service) and serves the platform's REST API again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WhiteboardRestartIT extends ContainerSupport {

    private static final String WHITEBOARD = "org.apache.aries.jax.rs.whiteboard";
    private static final String RUNTIME = "org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime";

    @Test
    public void aWhiteboardThatFailedInItsListenerIsRestartedAndServesTheApiAgain() throws Exception {
        awaitHealthy();
        long before = runtimeId();
        Bundle wb = bundle(WHITEBOARD);
        assertNotNull("the Aries whiteboard bundle", wb);
        BundleContext wbContext = wb.getBundleContext();
        ServiceListener failing = e -> {
            throw new java.util.ConcurrentModificationException("made by WhiteboardRestartIT");
        };
        // a listener of the whiteboard bundle: Felix reports its exception as a FrameworkEvent ERROR of that bundle
        // (it goes when the bundle stops)
        wbContext.addServiceListener(failing, "(ikz.itest=whiteboard-restart)");
        ServiceRegistration<Object> poke = ctx.registerService(Object.class, new Object(),
                new java.util.Hashtable<>(java.util.Map.of("ikz.itest", "whiteboard-restart")));
        poke.unregister();
        Await.until("a new JAX-RS whiteboard runtime", Duration.ofSeconds(60), () -> {
            try {
                long now = runtimeId();
                return now != before && now != -1;
            } catch (Exception e) {
                return false;
            }
        });
        Http.Reply back = awaitHealthy();
        assertEquals("UP", back.json().get("status").asText());
        assertEquals(Bundle.ACTIVE, wb.getState());
    }

    private long runtimeId() throws Exception {
        ServiceReference<?>[] refs = ctx.getServiceReferences(RUNTIME, null);
        return refs == null || refs.length == 0 ? -1 : (Long) refs[0].getProperty("service.id");
    }
}
