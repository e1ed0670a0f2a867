package de.ikz.rest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers again what the JAX-RS whiteboard lost. Aries JAX-RS Whiteboard 2.0.2 (the newest there is) keeps its
 * services in a plain {@code HashMap} ({@code splitBy} of its component DSL). When the whiteboard is created on
 * Pax Web's thread while SCR registers one of this bundle's services on the start-level thread, the two threads
 * meet in that map: a {@code ConcurrentModificationException} in Felix's event dispatch, and the service is
 * never served. Seen in the crash trials (reliability/CrashIT, CI of 2026-11-29): a restart after kill -9 where
 * the application under {@code /api/v1} was lost, every request 404 "No service was found", for good.
 * <p>
 * Every {@value #PERIOD_SECONDS} s this component compares this bundle's whiteboard services (resources,
 * extensions, the application) with the whiteboard's runtime DTO. A service that is in none of its lists (served,
 * or failed with a reason) in two checks in a row was lost: its component is disabled and enabled again through
 * SCR, which registers the service anew, and the whiteboard takes it like any new service. At most
 * {@value Watch#MAX_REPAIRS} times per component; then an ERROR says to restart. Hand-written: neither Aries nor
 * SCR offers a check of this kind.
 */
@Component(immediate = true)
public final class WhiteboardGuard {

    static final int PERIOD_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(WhiteboardGuard.class);

    private final JaxrsServiceRuntime runtime;
    private final ComponentContext context;
    private final Watch watch = new Watch();
    /** Checks that failed in a row (the runtime DTO is sometimes not readable while the whiteboard starts). */
    private int failures;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ikz-whiteboard-guard");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public WhiteboardGuard(@Reference JaxrsServiceRuntime runtime, ComponentContext context) {
        this.runtime = runtime;
        this.context = context;
        timer.scheduleWithFixedDelay(this::checkLogged, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private void checkLogged() {
        try {
            check();
            failures = 0;
        } catch (RuntimeException e) {
            // Aries' getRuntimeDTO() can throw while the whiteboard is being built; only a lasting failure is news
            if (++failures == 3) {
                LOG.warn("checking the JAX-RS whiteboard failed 3 times in a row: {}", e.toString());
            } else {
                LOG.debug("checking the JAX-RS whiteboard failed", e);
            }
        }
    }

    /** One check; the components re-registered. */
    List<String> check() {
        Map<Long, String> ours = ours(context.getBundleContext().getBundle().getRegisteredServices());
        List<String> repair = watch.toRepair(ours, served(runtime.getRuntimeDTO()));
        for (String component : repair) {
            LOG.warn("the JAX-RS whiteboard lost the service of component {} (a race in Aries JAX-RS Whiteboard at "
                    + "start); registering it again", component);
            context.disableComponent(component);
            context.enableComponent(component);
        }
        for (String component : watch.givenUp()) {
            LOG.error("the JAX-RS whiteboard lost the service of component {} again after {} repairs; not repaired "
                    + "any more: restart the platform (bin/stop, bin/start)", component, Watch.MAX_REPAIRS);
        }
        return repair;
    }

    /**
     * This bundle's whiteboard services: service id → the component that registered it. A service that names a
     * whiteboard ({@code osgi.jaxrs.whiteboard.target}, set by configuration) may be meant for another one and is
     * left alone.
     */
    static Map<Long, String> ours(ServiceReference<?>[] registered) {
        Map<Long, String> out = new TreeMap<>();
        if (registered == null) {
            return out;
        }
        for (ServiceReference<?> ref : registered) {
            boolean whiteboard = "true".equals(String.valueOf(ref.getProperty("osgi.jaxrs.resource")))
                    || "true".equals(String.valueOf(ref.getProperty("osgi.jaxrs.extension")))
                    || ref.getProperty("osgi.jaxrs.application.base") != null;
            Object component = ref.getProperty("component.name");
            if (whiteboard && component != null && ref.getProperty("osgi.jaxrs.whiteboard.target") == null) {
                out.put((Long) ref.getProperty("service.id"), component.toString());
            }
        }
        return out;
    }

    /** The service ids the whiteboard knows: served (in any application) or failed with a reason. */
    static Set<Long> served(RuntimeDTO dto) {
        Set<Long> ids = new HashSet<>();
        if (dto == null) {
            return ids;
        }
        List<ApplicationDTO> apps = new ArrayList<>();
        if (dto.defaultApplication != null) {
            apps.add(dto.defaultApplication);
        }
        if (dto.applicationDTOs != null) {
            apps.addAll(List.of(dto.applicationDTOs));
        }
        for (ApplicationDTO app : apps) {
            ids.add(app.serviceId);
            add(ids, app.resourceDTOs);
            add(ids, app.extensionDTOs);
        }
        add(ids, dto.failedApplicationDTOs);
        add(ids, dto.failedResourceDTOs);
        add(ids, dto.failedExtensionDTOs);
        return ids;
    }

    private static void add(Set<Long> ids, BaseDTO[] dtos) {
        if (dtos != null) {
            for (BaseDTO d : dtos) {
                ids.add(d.serviceId);
            }
        }
    }

    /**
     * The decisions, without OSGi: a service missing from the whiteboard in two checks in a row is lost (one check
     * may fall between its registration and the whiteboard taking it); a component is re-registered at most
     * {@link #MAX_REPAIRS} times.
     */
    static final class Watch {
        static final int MAX_REPAIRS = 3;
        private Set<Long> missingBefore = Set.of();
        private final Map<String, Integer> repairs = new HashMap<>();
        private final Set<String> givenUp = new LinkedHashSet<>();
        private final List<String> newlyGivenUp = new ArrayList<>();

        synchronized List<String> toRepair(Map<Long, String> ours, Set<Long> served) {
            Set<Long> missing = new HashSet<>(ours.keySet());
            missing.removeAll(served);
            Set<String> out = new LinkedHashSet<>();
            newlyGivenUp.clear();
            for (Long id : missing) {
                if (!missingBefore.contains(id)) {
                    continue;
                }
                String component = ours.get(id);
                if (givenUp.contains(component)) {
                    continue;
                }
                int done = repairs.getOrDefault(component, 0);
                if (done >= MAX_REPAIRS) {
                    givenUp.add(component);
                    newlyGivenUp.add(component);
                    continue;
                }
                repairs.put(component, done + 1);
                out.add(component);
            }
            missingBefore = missing;
            return List.copyOf(out);
        }

        /** The components given up in the last {@link #toRepair} (reported once). */
        synchronized List<String> givenUp() {
            return List.copyOf(newlyGivenUp);
        }
    }
}
