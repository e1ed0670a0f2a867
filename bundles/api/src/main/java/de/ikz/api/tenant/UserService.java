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

    /** Users visible to the caller: all for a platform admin, the own tenant's otherwise. */
    List<UserAccount> list(Caller caller);

    Optional<UserAccount> find(Caller caller, String username);

    void setPassword(Caller caller, String username, String newPassword);

    void delete(Caller caller, String username);

    /** The caller as seen by the platform, from the roles a JAAS login returned. */
    Caller callerFrom(String username, Set<String> jaasRoles, String address);
}
