package de.ikz.api.module;

import java.util.Set;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

/**
 * What holding a module role means, the one rule the platform (REST) and the module kit (console)
 * apply to {@link Roles}. A module role id is the short name of a platform role:
 * <ul>
 * <li>{@code coordinator}: platform role coordinator <em>and</em> the module among the caller's
 * modules ({@code ikz-module.<id>});</li>
 * <li>{@code partner-staff}: platform role partner-staff with a participant;</li>
 * <li>{@code auditor}, {@code tenant-admin}: that platform role;</li>
 * <li>{@code platform-admin}: the hosting provider's operator. A platform admin holds no other
 * module role, even if the account also carries one (case data stays with the tenant's staff).</li>
 * <li>any other id of the form {@link #ROLE_ID} is a <em>module-specific role</em> (e.g. {@code professional}
 * of the module fruehehilfen): held by a caller who is not a platform admin, has a tenant and carries the
 * JAAS role {@code ikz-module-role.<moduleId>.<roleId>} ({@link Caller#hasModuleRole}). It counts only in
 * the module that declares it ({@link #findings}); in a core area only platform roles count.</li>
 * </ul>
 * Any other id is held by nobody.
 *
 * @since 1.2
 */
public final class ModuleRoles {

    /** Roles that never change data: an operation that changes something refuses them. */
    public static final Set<String> READ_ONLY = Set.of(PlatformRole.AUDITOR.shortName());

    /**
     * The form of a module's role id: lower case letter, then lower case letters, digits and dashes.
     *
     * @since 1.4
     */
    public static final java.util.regex.Pattern ROLE_ID = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");

    private ModuleRoles() {
    }

    /** Does the caller hold the role in the module? */
    public static boolean holds(Caller caller, String moduleId, String roleId) {
        if (caller == null || roleId == null) {
            return false;
        }
        if (PlatformRole.PLATFORM_ADMIN.shortName().equals(roleId)) {
            return caller.isPlatformAdmin();
        }
        if (caller.isPlatformAdmin()) {
            return false;
        }
        if (PlatformRole.COORDINATOR.shortName().equals(roleId)) {
            return caller.has(PlatformRole.COORDINATOR) && caller.modules().contains(moduleId);
        }
        if (PlatformRole.PARTNER_STAFF.shortName().equals(roleId)) {
            return caller.has(PlatformRole.PARTNER_STAFF) && caller.participantId().isPresent();
        }
        if (PlatformRole.AUDITOR.shortName().equals(roleId)) {
            return caller.has(PlatformRole.AUDITOR);
        }
        if (PlatformRole.TENANT_ADMIN.shortName().equals(roleId)) {
            return caller.has(PlatformRole.TENANT_ADMIN);
        }
        if (moduleSpecific(roleId)) {
            return caller.tenantId().isPresent() && caller.hasModuleRole(moduleId, roleId);
        }
        return false;
    }

    /**
     * Is the id one a module may declare as its own role (of the form {@link #ROLE_ID} and not a
     * platform role's short name)?
     *
     * @since 1.4
     */
    public static boolean moduleSpecific(String roleId) {
        return roleId != null && ROLE_ID.matcher(roleId).matches() && !known(roleId);
    }

    /**
     * May the caller use an operation open to these roles?
     *
     * @param changes whether the operation changes data (then read-only roles never pass)
     */
    public static boolean permits(Caller caller, String moduleId, boolean changes, String... roleIds) {
        for (String r : roleIds == null ? new String[0] : roleIds) {
            if (changes && READ_ONLY.contains(r)) {
                continue;
            }
            if (holds(caller, moduleId, r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is wrong with the role ids a declaration names ({@link Roles} of a REST operation or a
     * UI page): a role the platform does not know, or one the module does not declare. Whoever
     * serves the declaration refuses it to everybody while this is not empty; an empty declaration
     * is the caller's own finding (its wording names what else would have been allowed).
     *
     * @param declared the role ids the module declares ({@link CooperationModule#roles()}), or null
     *                 where only the platform's roles count (a core area, or the module not known yet)
     * @return one text per finding, in the order of the roles; empty when every role is valid
     * @since 1.3
     */
    public static java.util.List<String> findings(java.util.Collection<String> roleIds, java.util.Collection<String> declared) {
        java.util.List<String> f = new java.util.ArrayList<>();
        for (String r : roleIds) {
            if (known(r)) {
                if (declared != null && !declared.contains(r)) {
                    f.add("role '" + r + "' is not declared in the module's roles()");
                }
            } else if (!moduleSpecific(r) || declared == null) {
                // a module's own role counts only in the module that declares it, never in a core area
                f.add("role '" + r + "' is not a role the platform knows");
            } else if (!declared.contains(r)) {
                f.add("role '" + r + "' is not declared in the module's roles()");
            }
        }
        return f;
    }

    /** Is the id a platform role's short name (the roles {@link #holds} knows without a module's declaration)? */
    public static boolean known(String roleId) {
        return PlatformRole.parse(roleId).map(r -> r.shortName().equals(roleId)).orElse(false);
    }

    /**
     * Is the id valid where these roles are declared: a platform role's short name, or a module-specific
     * id the module declares? The same rule as {@link #findings} for one id.
     *
     * @param declared the module's role ids, or null in a core area (then only platform roles count)
     * @since 1.4
     */
    public static boolean known(String roleId, java.util.Collection<String> declared) {
        return roleId != null && findings(java.util.List.of(roleId), declared).isEmpty();
    }
}
