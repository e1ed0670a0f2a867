package de.ikz.fruehehilfen.internal.reports;

import java.util.Optional;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;

/**
 * The reports' row rules on top of the platform's role check: who reads which office. The same
 * roles as the operations declare, checked again here so that a screen or command calling the
 * service cannot pass more.
 */
final class Access {

    private Access() {
    }

    static boolean holds(Caller caller, String role) {
        return ModuleRoles.holds(caller, ModuleDefinition.ID, role);
    }

    /** Coordinator and auditor read every office. */
    static boolean readsAll(Caller caller) {
        return holds(caller, ModuleDefinition.COORDINATOR) || holds(caller, ModuleDefinition.AUDITOR);
    }

    /**
     * Refuses anyone who may not read reports; answers the office a partner staff member is
     * restricted to (empty for a reader of every office).
     */
    static Optional<String> requireReader(Caller caller, String tenantId) {
        caller.requireReadable(tenantId);
        if (readsAll(caller)) {
            return Optional.empty();
        }
        if (holds(caller, ModuleDefinition.PARTNER_STAFF)) {
            return caller.participantId();
        }
        throw IkzException.forbidden("only the coordinator, partner staff and the auditor read the reports of Frühe Hilfen");
    }

    static void requireCoordinator(Caller caller, String tenantId) {
        caller.requireReadable(tenantId);
        if (!holds(caller, ModuleDefinition.COORDINATOR)) {
            throw IkzException.forbidden("only the coordinator of Frühe Hilfen writes the proof of use");
        }
    }

    /** The partner's proof is readable: every proof for a reader of all, the own office's and the pool's for partner staff. */
    static void requireProofReadable(Optional<String> own, String partner) {
        if (own.isPresent() && !own.get().equals(partner) && !ProofFigures.POOL.equals(partner)) {
            throw IkzException.notFound("proof of use", partner);
        }
    }
}
