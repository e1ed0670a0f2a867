package de.ikz.fruehehilfen.internal.families;

import de.ikz.api.module.ModuleRoles;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;

/**
 * Which of the module's roles a caller holds ({@link ModuleRoles#holds} for this module): one place for
 * every part of the module, so the row rules of {@link FamilyAccess} and the other parts ask alike.
 */
public final class FamilyRoles {

    private FamilyRoles() {
    }

    public static boolean coordinator(Caller c) {
        return ModuleRoles.holds(c, ModuleDefinition.ID, ModuleDefinition.COORDINATOR);
    }

    public static boolean professional(Caller c) {
        return ModuleRoles.holds(c, ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL);
    }

    public static boolean partner(Caller c) {
        return ModuleRoles.holds(c, ModuleDefinition.ID, ModuleDefinition.PARTNER_STAFF);
    }

    public static boolean auditor(Caller c) {
        return ModuleRoles.holds(c, ModuleDefinition.ID, ModuleDefinition.AUDITOR);
    }
}
