package de.ikz.rest.internal;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets CXF's resource models of module API classes that are no longer served (issue 14's leak).
 * <p>
 * CXF builds a {@link ClassResourceInfo} for every class a sub-resource locator returns and keeps it in the
 * locator's resource, keyed by class, for good ({@code ClassResourceInfo.subResources}; its getter returns an
 * unmodifiable view and there is no remove). {@code /modules/{id}} is such a locator, and every redeployed module
 * brings a new class: each old generation of the module (its class loader and about 130 classes) stayed loaded
 * until a restart, found by {@code reliability/HotDeployIT} once it called the module's API in each generation.
 * Only CXF's own field can be cleared, so it is read by reflection, once; if a CXF version renames it, the
 * cache is left alone (a WARN at start) and {@code HotDeployIT} fails.
 */
public final class SubResourceCache {

    private static final Logger LOG = LoggerFactory.getLogger(SubResourceCache.class);
    private static final Field SUB_RESOURCES = field();

    private SubResourceCache() {
    }

    private static Field field() {
        try {
            Field f = ClassResourceInfo.class.getDeclaredField("subResources");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("CXF's sub-resource cache cannot be pruned ({}): each redeployed module stays loaded until a restart", e.toString());
            return null;
        }
    }

    /**
     * In a request CXF is serving: drops the cached models of the current resource's sub-resources whose class
     * {@code served} no longer accepts. Outside CXF (tests), nothing.
     *
     * @return how many were dropped
     */
    public static int prune(Predicate<Class<?>> served) {
        Message m = PhaseInterceptorChain.getCurrentMessage();
        OperationResourceInfo ori = m == null || m.getExchange() == null ? null : m.getExchange().get(OperationResourceInfo.class);
        return ori == null ? 0 : prune(ori.getClassResourceInfo(), served);
    }

    /** Drops the cached models of {@code cri}'s sub-resources whose class {@code served} no longer accepts. */
    static int prune(ClassResourceInfo cri, Predicate<Class<?>> served) {
        if (SUB_RESOURCES == null || cri == null) {
            return 0;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<?, ClassResourceInfo> cache = (Map<?, ClassResourceInfo>) SUB_RESOURCES.get(cri);
            if (cache == null) {
                return 0;
            }
            int before = cache.size();
            cache.values().removeIf(sub -> !served.test(sub.getServiceClass()));
            int dropped = before - cache.size();
            if (dropped > 0) {
                LOG.debug("dropped CXF's models of {} module API classes no longer served", dropped);
            }
            return dropped;
        } catch (IllegalAccessException | RuntimeException e) {
            LOG.debug("CXF's sub-resource cache not pruned", e);
            return 0;
        }
    }
}
