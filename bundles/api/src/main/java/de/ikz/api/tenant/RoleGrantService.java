package de.ikz.api.tenant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Four-eyes grants of case access. A role that grants case access — {@link PlatformRole#PARTNER_STAFF},
 * {@link PlatformRole#COORDINATOR}, the bindings that go with them ({@link PlatformRole#PARTICIPANT_PREFIX},
 * {@link PlatformRole#MODULE_PREFIX}), any platform role a live module declares with
 * {@code RoleDefinition.caseAccess()} and any module-specific role so declared
 * ({@link PlatformRole#MODULE_ROLE_PREFIX}, since 1.3) — is never added to a user directly: creating a user with it, or
 * asking for it later, records a {@link RoleGrant.State#PENDING pending} grant; the JAAS roles are
 * added only when a <em>tenant admin of the user's tenant</em> confirms it who is neither the
 * requester nor the user. A platform admin of the hosting provider may request and reject, never
 * confirm, and never holds case access itself. Every step writes an access-log entry.
 *
 * @since 1.1
 */
@ProviderType
public interface RoleGrantService {

    /** Whether this JAAS role grants case access (the platform's rule plus the live modules' declarations). */
    boolean isCaseAccess(String jaasRole);

    /**
     * Asks for case-access roles for an existing user of a tenant the caller administers.
     *
     * @param roles         platform roles; only case-access roles are accepted (field {@code roles})
     * @param participantId the participant a partner-staff user works for (required with partner-staff
     *                      unless the user has one)
     * @param modules       modules a coordinator works in (required with coordinator unless the user has one);
     *                      module access alone may also be asked for
     * @param reason        why (optional, at most 500 characters)
     */
    RoleGrant request(Caller caller, String username, Set<PlatformRole> roles, Optional<String> participantId,
                      Set<String> modules, String reason);

    /**
     * Asks for case-access roles including module-specific ones: {@code moduleRoles} entries are
     * "&lt;moduleId&gt;.&lt;roleId&gt;" naming a role a live module declares with {@code caseAccess}
     * (else INVALID naming {@code moduleRoles}). The grant then carries the JAAS roles
     * {@code ikz-module-role.<moduleId>.<roleId>}. The default refuses module roles.
     *
     * @since 1.3
     */
    default RoleGrant request(Caller caller, String username, Set<PlatformRole> roles, Optional<String> participantId,
                              Set<String> modules, Set<String> moduleRoles, String reason) {
        if (moduleRoles != null && !moduleRoles.isEmpty()) {
            throw de.ikz.api.error.IkzException.invalid("moduleRoles", "this grant service grants no module roles");
        }
        return request(caller, username, roles, participantId, modules, reason);
    }

    /**
     * Confirms a pending grant and adds its roles. Only a tenant admin of the grant's tenant who did
     * not request it and is not its user (FORBIDDEN otherwise); a grant that is not pending is a CONFLICT.
     *
     * @param tenantId the tenant (a platform admin names it; ignored otherwise unless it differs)
     */
    RoleGrant confirm(Caller caller, String tenantId, String id, String note);

    /** Rejects (or, by its requester, withdraws) a pending grant: admins of the tenant and the requester. */
    RoleGrant reject(Caller caller, String tenantId, String id, String note);

    /**
     * Grants visible to the caller: an admin or auditor sees the tenant's, everybody else only their own.
     *
     * @param username only this user's grants, if given
     * @param state    only grants in this state, if given
     */
    List<RoleGrant> list(Caller caller, String tenantId, Optional<String> username, Optional<RoleGrant.State> state);

    /** One grant, if the caller may see it (NOT_FOUND never distinguishes "not yours" from "none"). */
    Optional<RoleGrant> find(Caller caller, String tenantId, String id);
}
