package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * The guard against services the JAX-RS whiteboard lost (a restart after kill -9 whose /api/v1 answered 404 for good,
 * reliability/CrashIT): what counts as lost, and that its component is registered again.
 */
class WhiteboardGuardTest {

    static final String APP = "de.ikz.rest.internal.IkzApplication";
    static final String HEALTH = "de.ikz.rest.internal.resources.HealthResource";

    @Test
    void theServedAndTheFailedServicesAreKnownToTheWhiteboard() {
        RuntimeDTO dto = runtime(app(10, resource(11), resource(12)));
        dto.defaultApplication = app(1);
        FailedResourceDTO failed = new FailedResourceDTO();
        failed.serviceId = 13;
        dto.failedResourceDTOs = new FailedResourceDTO[] {failed};
        ExtensionDTO ext = new ExtensionDTO();
        ext.serviceId = 14;
        dto.applicationDTOs[0].extensionDTOs = new ExtensionDTO[] {ext};
        assertThat(WhiteboardGuard.served(dto)).containsExactlyInAnyOrder(1L, 10L, 11L, 12L, 13L, 14L);
        assertThat(WhiteboardGuard.served(new RuntimeDTO())).isEmpty();
    }

    @Test
    void aServiceMissingInTwoChecksInARowIsRepairedOnceAndAtMostThreeTimes() {
        WhiteboardGuard.Watch watch = new WhiteboardGuard.Watch();
        Map<Long, String> ours = Map.of(10L, APP, 11L, HEALTH);
        assertThat(watch.toRepair(ours, Set.of(11L))).as("one check may fall before the whiteboard took it").isEmpty();
        assertThat(watch.toRepair(ours, Set.of(11L))).containsExactly(APP);
        assertThat(watch.toRepair(Map.of(20L, APP, 11L, HEALTH), Set.of(20L, 11L))).as("served again").isEmpty();

        for (int i = 2; i <= WhiteboardGuard.Watch.MAX_REPAIRS; i++) {
            long id = 100L + i;
            assertThat(watch.toRepair(Map.of(id, APP), Set.of())).isEmpty();
            assertThat(watch.toRepair(Map.of(id, APP), Set.of())).as("repair " + i).containsExactly(APP);
        }
        assertThat(watch.toRepair(Map.of(200L, APP), Set.of())).isEmpty();
        assertThat(watch.toRepair(Map.of(200L, APP), Set.of())).as("given up").isEmpty();
        assertThat(watch.givenUp()).containsExactly(APP);
        assertThat(watch.toRepair(Map.of(200L, APP), Set.of())).isEmpty();
        assertThat(watch.givenUp()).as("said once").isEmpty();
    }

    @Test
    void onlyTheBundlesWhiteboardServicesOfComponentsAreWatched() {
        ServiceReference<?>[] refs = {
            ref(10L, APP, "osgi.jaxrs.application.base", "/api/v1"),
            ref(11L, HEALTH, "osgi.jaxrs.resource", "true"),
            ref(12L, "de.ikz.rest.internal.ModuleContract", "objectClass", "x"),
            ref(13L, null, "osgi.jaxrs.resource", "true"),
            ref(14L, "de.ikz.rest.internal.resources.AdminResource", "osgi.jaxrs.resource", "true"),
        };
        props(refs[4]).put("osgi.jaxrs.whiteboard.target", "(name=other)");
        assertThat(WhiteboardGuard.ours(refs)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(10L, APP, 11L, HEALTH)));
        assertThat(WhiteboardGuard.ours(null)).isEmpty();
    }

    @Test
    void theApplicationTheWhiteboardLostIsRegisteredAgainThroughScr() {
        // the whiteboard serves the health resource (failed: its application is missing) but never took the application
        RuntimeDTO dto = runtime();
        FailedResourceDTO waiting = new FailedResourceDTO();
        waiting.serviceId = 11;
        dto.failedResourceDTOs = new FailedResourceDTO[] {waiting};
        List<String> calls = new ArrayList<>();
        ServiceReference<?>[] refs = {
            ref(10L, APP, "osgi.jaxrs.application.base", "/api/v1"),
            ref(11L, HEALTH, "osgi.jaxrs.resource", "true"),
        };
        WhiteboardGuard guard = new WhiteboardGuard(proxy(JaxrsServiceRuntime.class, (m, a) -> "getRuntimeDTO".equals(m) ? dto : null),
                context(refs, calls));
        try {
            assertThat(guard.check()).isEmpty();
            assertThat(calls).isEmpty();
            assertThat(guard.check()).containsExactly(APP);
            assertThat(calls).containsExactly("disable " + APP, "enable " + APP);
        } finally {
            guard.deactivate();
        }
    }

    static RuntimeDTO runtime(ApplicationDTO... apps) {
        RuntimeDTO dto = new RuntimeDTO();
        dto.applicationDTOs = apps;
        return dto;
    }

    static ApplicationDTO app(long id, ResourceDTO... resources) {
        ApplicationDTO a = new ApplicationDTO();
        a.serviceId = id;
        a.resourceDTOs = resources;
        return a;
    }

    static ResourceDTO resource(long id) {
        ResourceDTO r = new ResourceDTO();
        r.serviceId = id;
        return r;
    }

    static final Map<ServiceReference<?>, Dictionary<String, Object>> PROPS = new java.util.IdentityHashMap<>();

    static Dictionary<String, Object> props(ServiceReference<?> ref) {
        return PROPS.get(ref);
    }

    static ServiceReference<?> ref(long id, String component, String key, String value) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("service.id", id);
        if (component != null) {
            props.put("component.name", component);
        }
        props.put(key, value);
        ServiceReference<?> ref = proxy(ServiceReference.class, (m, a) -> "getProperty".equals(m) ? props.get(a[0]) : null);
        PROPS.put(ref, props);
        return ref;
    }

    static ComponentContext context(ServiceReference<?>[] refs, List<String> calls) {
        Bundle bundle = proxy(Bundle.class, (m, a) -> "getRegisteredServices".equals(m) ? refs : null);
        BundleContext bc = proxy(BundleContext.class, (m, a) -> "getBundle".equals(m) ? bundle : null);
        return proxy(ComponentContext.class, (m, a) -> switch (m) {
            case "getBundleContext" -> bc;
            case "disableComponent" -> {
                calls.add("disable " + a[0]);
                yield null;
            }
            case "enableComponent" -> {
                calls.add("enable " + a[0]);
                yield null;
            }
            default -> null;
        });
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(WhiteboardGuardTest.class.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> m.getDeclaringClass() == Object.class ? (m.getName().equals("hashCode") ? 0 : m.getName().equals("equals") ? p == a[0] : "proxy")
                        : answer.answer(m.getName(), a));
    }
}
