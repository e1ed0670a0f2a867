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

    /**
     * Throws NOT_FOUND unless the caller may read data of the tenant (its own tenant, or any for a
     * platform admin): another tenant's data looks exactly like data that does not exist.
     */
    public void requireReadable(String tenantId) {
        if (tenantId == null || !(isPlatformAdmin() || tenantId.equals(this.tenantId.orElse(null)))) {
            throw de.ikz.api.error.IkzException.notFound("tenant", String.valueOf(tenantId));
        }
    }

    /** Throws unless the caller administers the tenant (its tenant admin, or a platform admin). */
    public void requireAdmin(String tenantId) {
        requireReadable(tenantId);
        if (!isPlatformAdmin() && !has(PlatformRole.TENANT_ADMIN)) {
            throw de.ikz.api.error.IkzException.forbidden("only a tenant admin of '" + tenantId + "' may change this");
        }
    }

    /**
     * The tenant a request works in: the caller's own; a platform admin (who has none) names it.
     *
     * @param requested the tenant a platform admin asked for (ignored for everybody else unless it differs: then NOT_FOUND)
     */
    public String tenantFor(String requested) {
        if (tenantId.isPresent()) {
            if (requested != null && !requested.equals(tenantId.get())) {
                throw de.ikz.api.error.IkzException.notFound("tenant", requested);
            }
            return tenantId.get();
        }
        if (requested == null || requested.isBlank()) {
            throw de.ikz.api.error.IkzException.invalid("tenant", "a platform admin names the tenant (parameter 'tenant')");
        }
        return requested;
    }

    /** A platform-internal caller, for work the platform does on its own (migrations, bootstrap). */
    public static Caller system(String what) {
        return new Caller("system", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(),
                Set.of(), what);
    }
}
