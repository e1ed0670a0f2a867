package de.ikz.api.module;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The live set of cooperation modules, as tracked by the core. */
@ProviderType
public interface ModuleRegistry {

    /** Modules registered right now, sorted by id. */
    List<ModuleInfo> modules();

    Optional<CooperationModule> module(String id);
}
