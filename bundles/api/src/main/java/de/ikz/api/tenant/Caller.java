package de.ikz.api.tenant;

import java.util.Optional;
import java.util.Set;

/**
 * The authenticated caller of a request or console command. It is built from the JAAS subject
 * only, never from request data, so the tenant cannot be forged.
 *
 * @param user          login name
 * @param roles         platform roles held
 * @param tenantId      the user's tenant; empty for a platform admin without a tenant
 * @param participantId the participant a partner-staff user works for, if any
 * @param modules       modules a coordinator works in
 * @param address       where the call came from (remote address, "console", ...)
 */
public record Caller(String user, Set<PlatformRole> roles, Optional<String> tenantId,
                     Optional<String> participantId, Set<String> modules, String address) {

    public Caller {
        roles = Set.copyOf(roles);
        modules = Set.copyOf(modules);
    }

    public boolean has(PlatformRole role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return has(PlatformRole.PLATFORM_ADMIN);
    }

    /** A platform-internal caller, for work the platform does on its own (migrations, bootstrap). */
    public static Caller system(String what) {
        return new Caller("system", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(),
                Set.of(), what);
    }
}
