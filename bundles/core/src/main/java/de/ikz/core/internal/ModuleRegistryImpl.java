package de.ikz.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tracks {@link CooperationModule} services as they come and go; never restarts anything. */
@Component(service = ModuleRegistry.class, immediate = true)
public final class ModuleRegistryImpl implements ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistryImpl.class);
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private record Entry(CooperationModule module, ModuleInfo info) {
    }

    private final Map<String, Entry> modules = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindModule(CooperationModule module, ServiceReference<CooperationModule> ref) {
        String id = module.id();
        if (id == null || !ID.matcher(id).matches()) {
            LOG.error("module service of bundle {} has an invalid id '{}' (lower case letters, digits, dashes); ignored",
                    ref.getBundle().getSymbolicName(), id);
            return;
        }
        Bundle b = ref.getBundle();
        ModuleInfo info = new ModuleInfo(id, Map.copyOf(module.displayNames()), module.version(), b.getSymbolicName(),
                b.getBundleId(), Instant.now(), List.copyOf(module.measures()), List.copyOf(module.roles()));
        Entry previous = modules.putIfAbsent(id, new Entry(module, info));
        if (previous != null) {
            LOG.error("module id '{}' of bundle {} is already registered by bundle {}; ignored", id,
                    b.getSymbolicName(), previous.info().bundle());
            return;
        }
        LOG.info("module '{}' {} arrived (bundle {})", id, module.version(), b.getBundleId());
    }

    void unbindModule(CooperationModule module, ServiceReference<CooperationModule> ref) {
        String id = module.id();
        Entry current = id == null ? null : modules.get(id);
        if (current != null && current.module() == module && modules.remove(id, current)) {
            LOG.info("module '{}' left (bundle {})", id, ref.getBundle() == null ? "?" : ref.getBundle().getBundleId());
        }
    }

    @Override
    public List<ModuleInfo> modules() {
        return modules.values().stream().map(Entry::info).toList();
    }

    @Override
    public Optional<CooperationModule> module(String id) {
        return Optional.ofNullable(modules.get(id)).map(Entry::module);
    }
}
