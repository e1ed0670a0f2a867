package de.ikz.api.platform;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The platform's own view of its state, for {@code GET /api/v1/health} and {@code ikz:health}. */
@ProviderType
public interface PlatformHealth {

    Report check();

    /**
     * @param status   "UP" if the database answers and nothing needs attention; "DEGRADED" if it
     *                 answers but something needs an operator (the access log's chain is broken, or a
     *                 shipped module is not running); "DOWN" if the database does not answer
     * @param database state of the database
     * @param modules  ids of the live modules
     * @param uptimeSeconds seconds since the core started
     * @param audit    state of the access log's chain (since 1.1)
     * @param modulesNotRunning ids of the modules whose KAR is installed (shipped) but whose feature is not
     *                 started or whose module is not registered, sorted; empty when all run (since 1.2)
     */
    record Report(String status, DatabaseState database, List<String> modules, String version, long uptimeSeconds,
                  AuditState audit, List<String> modulesNotRunning) {

        public Report {
            modulesNotRunning = modulesNotRunning == null ? List.of() : List.copyOf(modulesNotRunning);
        }

        /** A report without the state of shipped modules (all taken as running). */
        public Report(String status, DatabaseState database, List<String> modules, String version, long uptimeSeconds,
                      AuditState audit) {
            this(status, database, modules, version, uptimeSeconds, audit, List.of());
        }

        /** A report without access-log state. */
        public Report(String status, DatabaseState database, List<String> modules, String version, long uptimeSeconds) {
            this(status, database, modules, version, uptimeSeconds, new AuditState("UNKNOWN", null));
        }
    }

    /** @param status "UP" or "DOWN"; @param dialect "derby" or "postgresql" */
    record DatabaseState(String status, String dialect) {
    }

    /**
     * State of the access log's chain, without details (the health answer needs no login).
     *
     * @param status    "INTACT", "BROKEN", or "UNKNOWN" before the first check has finished
     * @param checkedAt when the newest check ran, null before the first
     * @since 1.1
     */
    record AuditState(String status, Instant checkedAt) {
    }
}
