package de.ikz.api.tenant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Users of the JAAS realm the platform authenticates against. In the default properties realm
 * the platform manages them; with LDAP or a database realm they are managed there and the
 * changing methods throw {@link UnsupportedOperationException}.
 */
@ProviderType
public interface UserService {

    /**
     * Creates a user. A platform admin may create users of any tenant (and other platform
     * admins, with tenantId empty); a tenant admin only users of their own tenant, and no
     * platform admins.
     */
    UserAccount create(Caller caller, String username, String password, Optional<String> tenantId,
                       Set<PlatformRole> roles, Optional<String> participantId, Set<String> modules);

    /**
     * Creates a user who may also hold module-specific roles. Each entry of {@code moduleRoles} is
     * "&lt;moduleId&gt;.&lt;roleId&gt;" and must name a role that a live module declares and that is not a
     * platform role (else INVALID naming the field {@code moduleRoles}); a platform admin holds none.
     * A role the module declares with case access becomes part of the new user's pending four-eyes
     * grant ({@link RoleGrantService}), like coordinator; the others are held at once. A user with a
     * tenant and a module role needs no platform role ({@code roles} may then be empty).
     * <p>
     * The default refuses module roles (a realm managed elsewhere) and otherwise creates the user as
     * the method above.
     *
     * @since 1.3
     */
    default UserAccount create(Caller caller, String username, String password, Optional<String> tenantId,
                               Set<PlatformRole> roles, Optional<String> participantId, Set<String> modules,
                               Set<String> moduleRoles) {
        if (moduleRoles != null && !moduleRoles.isEmpty()) {
            throw de.ikz.api.error.IkzException.invalid("moduleRoles", "this user service grants no module roles");
        }
        return create(caller, username, password, tenantId, roles, participantId, modules);
    }

    /** Users visible to the caller: all for a platform admin, the own tenant's otherwise. */
    List<UserAccount> list(Caller caller);

    Optional<UserAccount> find(Caller caller, String username);

    /**
     * Sets a password. A user changing their own password gives the current one (refused with
     * field {@code currentPassword} when missing or wrong); this also clears "must change at next
     * login". An admin resetting another user's password ({@code currentPassword} ignored, may be
     * null) makes that user change it at the next login (see {@link #mustChangePassword}).
     * The new password must satisfy the password policy (field {@code password}).
     *
     * @since 1.1
     */
    void setPassword(Caller caller, String username, String currentPassword, String newPassword);

    void delete(Caller caller, String username);

    /** The caller as seen by the platform, from the roles a JAAS login returned. */
    Caller callerFrom(String username, Set<String> jaasRoles, String address);

    /**
     * Whether the user's password was reset by an admin and must be changed before anything else
     * (REST answers 403 "password change required" to every other call).
     *
     * @since 1.1
     */
    default boolean mustChangePassword(String username) {
        return false;
    }

    /**
     * Tells the platform that a login with these credentials just succeeded (after the JAAS login,
     * never before): a stored hash of an older scheme or weaker parameters is replaced by one of the
     * current scheme. Never throws for a realm managed elsewhere.
     *
     * @since 1.1
     */
    default void loginSucceeded(String username, String password) {
    }

    /**
     * A number that changes whenever any user's password, roles or existence changes. Whoever
     * remembers logins (the REST login cache) forgets those remembered under another generation.
     *
     * @since 1.1
     */
    default long generation() {
        return 0;
    }
}
