package de.ikz.api.ui;

import java.util.Optional;

import de.ikz.api.module.ModuleRoles;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

/**
 * The role rule of the web UI, the same as for REST: in a module's area {@link ModuleRoles#permits};
 * in a core area a role id is the short name of a platform role the caller must hold, with the same
 * exceptions (a read-only role never changes anything; a platform admin holds no tenant role).
 */
public final class UiRoles {

    private UiRoles() {
    }

    /**
     * May the caller open ({@code changes == false}) or submit ({@code true}) a page open to these roles?
     *
     * @param module the contribution's module, empty for the core
     */
    public static boolean permits(Caller caller, Optional<String> module, boolean changes, String... roleIds) {
        if (module.isPresent()) {
            return ModuleRoles.permits(caller, module.get(), changes, roleIds);
        }
        if (caller == null || roleIds == null) {
            return false;
        }
        for (String r : roleIds) {
            if (changes && ModuleRoles.READ_ONLY.contains(r)) {
                continue;
            }
            Optional<PlatformRole> role = PlatformRole.parse(r).filter(p -> p.shortName().equals(r));
            if (role.isEmpty()) {
                continue;
            }
            if (role.get() == PlatformRole.PLATFORM_ADMIN) {
                if (caller.isPlatformAdmin()) {
                    return true;
                }
            } else if (!caller.isPlatformAdmin() && caller.has(role.get())) {
                return true;
            }
        }
        return false;
    }
}
