package de.ikz.core.internal;

import java.util.List;

/**
 * The platform's shipped modules (installed module KARs) as the features service sees them; a service inside the
 * core only. Registered only while Karaf's features service is there, so the core runs without it.
 */
public interface ShippedModules {

    /**
     * Ids of the shipped modules that do not run (see {@link ShippedModuleRules}) and have not for the configured grace
     * period, sorted; never throws.
     */
    List<String> notRunning();

    /**
     * Completes interrupted deploys now: registers a module KAR's repository the features service lost and installs
     * every module feature of an installed KAR that is not installed. Blocks until the features service is done.
     *
     * @return the features installed, as {@code name/version}
     */
    List<String> repair();
}
