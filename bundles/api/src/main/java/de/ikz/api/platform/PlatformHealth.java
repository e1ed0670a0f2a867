package de.ikz.api.platform;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The platform's own view of its state, for {@code GET /api/v1/health} and {@code ikz:health}. */
@ProviderType
public interface PlatformHealth {

    Report check();

    /**
     * @param status   "UP" if the database answers, else "DOWN"
     * @param database state of the database
     * @param modules  ids of the live modules
     * @param uptimeSeconds seconds since the core started
     */
    record Report(String status, DatabaseState database, List<String> modules, String version, long uptimeSeconds) {
    }

    /** @param status "UP" or "DOWN"; @param dialect "derby" or "postgresql" */
    record DatabaseState(String status, String dialect) {
    }
}
