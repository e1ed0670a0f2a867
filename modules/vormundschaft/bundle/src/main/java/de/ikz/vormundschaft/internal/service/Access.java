package de.ikz.vormundschaft.internal.service;

import de.ikz.vormundschaft.internal.VormundschaftModule;

import java.util.Optional;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

/**
 * Who may do what in the guardianship module. Guardianship work is kept apart from the other
 * tasks of a youth office (SGB VIII § 55 (5)): own roles, own data space. A platform or tenant
 * admin has no access to case data through these roles alone; a platform admin of the hosting
 * provider has none at all, even if an account also carried a module role (issue 8). The roles
 * that grant access here are declared case access in {@code VormundschaftModule#roles()}, so the
 * platform gives them only after a second admin confirmed the grant (four-eyes).
 */
final class Access {

    private Access() {
    }

    /** A coordinator of the joint office: platform role coordinator for this module. */
    static boolean coordinator(Caller c) {
        return !c.isPlatformAdmin() && c.has(PlatformRole.COORDINATOR) && c.modules().contains(VormundschaftModule.ID);
    }

    static boolean auditor(Caller c) {
        return !c.isPlatformAdmin() && c.has(PlatformRole.AUDITOR);
    }

    /** The youth office a partner-staff user works for. */
    static Optional<String> partnerOffice(Caller c) {
        return !c.isPlatformAdmin() && c.has(PlatformRole.PARTNER_STAFF) ? c.participantId() : Optional.empty();
    }

    /** Reads every office's records (children pseudonymised): coordinators and auditors. */
    static boolean readsAll(Caller c) {
        return coordinator(c) || auditor(c);
    }

    /** Is the caller staff of this youth office? (Only they see its children's identities.) */
    static boolean staffOf(Caller c, String office) {
        return partnerOffice(c).map(office::equals).orElse(false);
    }

    /** May the caller see a record owned by this youth office? */
    static boolean sees(Caller c, String office) {
        return readsAll(c) || staffOf(c, office);
    }

    /** Changes of the office's work: coordinators only. */
    static void requireCoordinator(Caller c, String tenantId) {
        c.requireReadable(tenantId);
        if (!coordinator(c)) {
            throw IkzException.forbidden("only a coordinator of the guardianship office (role coordinator, module "
                    + VormundschaftModule.ID + ") may do this");
        }
    }

    /** Reading the office's work (volunteers, all pseudonymised children, contacts): coordinators and auditors. */
    static void requireOfficeReader(Caller c, String tenantId) {
        c.requireReadable(tenantId);
        if (!readsAll(c)) {
            throw IkzException.forbidden("only coordinators of the guardianship office and auditors may read this");
        }
    }

    /** Anyone with a role in the module: coordinators, auditors, partner staff. */
    static void requireMember(Caller c, String tenantId) {
        c.requireReadable(tenantId);
        if (!readsAll(c) && partnerOffice(c).isEmpty()) {
            throw IkzException.forbidden("guardianship data is only for the coordination office, partner youth offices' staff"
                    + " and auditors");
        }
    }

    /** Partner staff of a youth office, for proposing children. */
    static String requirePartner(Caller c, String tenantId) {
        c.requireReadable(tenantId);
        return partnerOffice(c).orElseThrow(() -> IkzException.forbidden(
                "children are proposed by staff of a partner youth office (role partner-staff with a participant)"));
    }
}
