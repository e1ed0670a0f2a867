package de.ikz.rest.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.osgi.annotation.bundle.Header;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts the JAX-RS whiteboard after it failed while tracking services. Aries JAX-RS Whiteboard 2.0.2 (the newest
 * there is) keeps its services in a plain {@code HashMap} (its component DSL's {@code splitBy}). When the whiteboard
 * is created on Pax Web's thread while SCR registers one of this bundle's REST services on the start-level thread,
 * the two threads meet in that map: a {@code ConcurrentModificationException} in Felix's event dispatch, which
 * Felix reports as a framework ERROR of the whiteboard bundle, and the service is never served. Seen in the crash
 * trials (reliability/CrashIT, CI of 2026-11-29): a restart after kill -9 whose {@code /api/v1} answered 404 "No
 * service was found" for good.
 * <p>
 * A whiteboard that failed in its own listener has state nobody can trust, so it is not patched service by service:
 * {@value #DELAY_SECONDS} s after such an ERROR (several in a row count once) the whiteboard bundle is stopped and
 * started again (transiently), and the new whiteboard takes every service anew; a restart takes about a second.
 * At most {@value #MAX_RESTARTS} times; then an ERROR says to restart the platform. The listener is this bundle's
 * activator, so it listens before SCR registers any of the bundle's services. Hand-written: neither Aries nor Karaf
 * offers such a guard. (Comparing the services with the whiteboard's runtime DTO instead made CXF log a WARN at
 * each look, for the sub-resource locator of {@code /modules/{id}}.)
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class WhiteboardGuard implements BundleActivator, FrameworkListener {

    static final String WHITEBOARD = "org.apache.aries.jax.rs.whiteboard";
    static final int DELAY_SECONDS = 5;
    static final int MAX_RESTARTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(WhiteboardGuard.class);

    private ScheduledExecutorService timer;
    /** Runs a task {@value #DELAY_SECONDS} s later (a timer in the framework, at once in tests). */
    private Consumer<Runnable> later;
    private boolean pending;
    private int restarts;
    /** A restart is scheduled or under way: {@code /health} answers 503 meanwhile, not UP followed by 404s. */
    private static volatile boolean restarting;

    public WhiteboardGuard() {
    }

    WhiteboardGuard(Consumer<Runnable> later) {
        this.later = later;
    }

    @Override
    public void start(BundleContext ctx) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ikz-whiteboard-guard");
            t.setDaemon(true);
            return t;
        });
        later = task -> timer.schedule(task, DELAY_SECONDS, TimeUnit.SECONDS);
        ctx.addFrameworkListener(this);
    }

    @Override
    public void stop(BundleContext ctx) {
        ctx.removeFrameworkListener(this);
        timer.shutdownNow();
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        Bundle b = event.getBundle();
        if (event.getType() != FrameworkEvent.ERROR || b == null || !WHITEBOARD.equals(b.getSymbolicName())) {
            return;
        }
        synchronized (this) {
            if (pending) {
                return;
            }
            if (restarts >= MAX_RESTARTS) {
                LOG.error("the JAX-RS whiteboard failed again after {} restarts ({}); not restarted any more: if "
                        + "/api/v1 answers 404, restart the platform (bin/stop, bin/start)", MAX_RESTARTS,
                        String.valueOf(event.getThrowable()));
                return;
            }
            pending = true;
            restarts++;
            restarting = true;
        }
        LOG.warn("the JAX-RS whiteboard failed while tracking services ({}), so a REST service may be lost; "
                + "restarting it in {} s so that it takes every service anew", String.valueOf(event.getThrowable()),
                DELAY_SECONDS);
        later.accept(() -> restart(b));
    }

    /** Stops and starts the whiteboard bundle the error came from (transiently: its autostart setting stays as it is). */
    void restart(Bundle wb) {
        synchronized (this) {
            pending = false;
        }
        try {
            if (wb.getState() == Bundle.UNINSTALLED) {
                LOG.warn("the JAX-RS whiteboard bundle is gone; nothing to restart");
                return;
            }
            wb.stop(Bundle.STOP_TRANSIENT);
            wb.start(Bundle.START_TRANSIENT);
            LOG.warn("the JAX-RS whiteboard was restarted");
        } catch (BundleException | RuntimeException e) {
            LOG.error("restarting the JAX-RS whiteboard failed: if /api/v1 answers 404, restart the platform", e);
        } finally {
            restarting = false;
        }
    }

    /**
     * Whether a restart of the whiteboard is scheduled or under way. Until it is done the platform is not ready: a
     * client or load balancer that saw {@code /health} UP would otherwise get Jetty's 404 during the restart
     * (reliability/CrashIT: writes refused with 404 right after a start that met the race).
     */
    public static boolean restarting() {
        return restarting;
    }
}
