package de.ikz.kinderschutz.internal;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.tenant.Caller;

/**
 * The module's row rules in one place: who of a tenant may read or change the network's records. A
 * platform admin sees nothing of a network (like any other tenant's data: NOT_FOUND); the platform has
 * already checked the operation's roles, this checks the tenant and the rows.
 */
public final class NetworkRoles {

    private NetworkRoles() {
    }

    public static boolean coordinator(Caller c) {
        return ModuleRoles.holds(c, ModuleDefinition.ID, ModuleDefinition.COORDINATOR);
    }

    public static boolean auditor(Caller c) {
        return ModuleRoles.holds(c, ModuleDefinition.ID, ModuleDefinition.AUDITOR);
    }

    public static boolean memberContact(Caller c) {
        return ModuleRoles.holds(c, ModuleDefinition.ID, ModuleDefinition.MEMBER_CONTACT);
    }

    public static boolean trainer(Caller c) {
        return ModuleRoles.holds(c, ModuleDefinition.ID, ModuleDefinition.TRAINER);
    }

    /** The caller's own tenant (never a platform admin's): NOT_FOUND otherwise. */
    public static String tenant(Caller c, String tenantId) {
        if (c == null || c.isPlatformAdmin() || tenantId == null || !tenantId.equals(c.tenantId().orElse(null))) {
            throw IkzException.notFound("tenant", String.valueOf(tenantId));
        }
        return tenantId;
    }

    /** The coordinator of the tenant's network; FORBIDDEN for the tenant's other users. */
    public static String requireCoordinator(Caller c, String tenantId) {
        tenant(c, tenantId);
        if (!coordinator(c)) {
            throw IkzException.forbidden("Nur die Netzwerkkoordination darf das ändern.");
        }
        return tenantId;
    }

    /** The coordinator or the auditor (reads of the whole network). */
    public static String requireReader(Caller c, String tenantId) {
        tenant(c, tenantId);
        if (!coordinator(c) && !auditor(c)) {
            throw IkzException.forbidden("Nur die Netzwerkkoordination und die Prüfung sehen das ganze Netzwerk.");
        }
        return tenantId;
    }
}
