package de.ikz.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.RoleGrant;
import de.ikz.api.tenant.RoleGrantService;
import de.ikz.api.tenant.UserService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Publishes the four-eyes rule of {@link RoleGrants} as {@link RoleGrantService}: the very rules
 * {@link UserServiceImpl} applies on its JAAS realm, so a confirmed grant also voids remembered
 * logins at once.
 */
@Component(service = RoleGrantService.class)
public final class RoleGrantServiceImpl implements RoleGrantService {

    private final RoleGrants grants;

    /**
     * The rules the user service applies when it creates a user: the same realm, lock, module
     * declarations and cache of remembered logins.
     */
    @Activate
    public RoleGrantServiceImpl(@Reference(target = "(component.name=de.ikz.core.internal.UserServiceImpl)") UserService users) {
        this(((UserServiceImpl) users).grants());
    }

    RoleGrantServiceImpl(RoleGrants grants) {
        this.grants = grants;
    }

    @Override
    public boolean isCaseAccess(String jaasRole) {
        return grants.isCaseAccess(jaasRole);
    }

    @Override
    public RoleGrant request(Caller caller, String username, Set<PlatformRole> roles, Optional<String> participantId,
                             Set<String> modules, String reason) {
        return grants.request(caller, username, roles, participantId, modules == null ? Set.of() : modules, Set.of(), reason);
    }

    @Override
    public RoleGrant request(Caller caller, String username, Set<PlatformRole> roles, Optional<String> participantId,
                             Set<String> modules, Set<String> moduleRoles, String reason) {
        return grants.request(caller, username, roles, participantId, modules == null ? Set.of() : modules,
                moduleRoles == null ? Set.of() : moduleRoles, reason);
    }

    @Override
    public RoleGrant confirm(Caller caller, String tenantId, String id, String note) {
        return grants.confirm(caller, tenantId, id, note);
    }

    @Override
    public RoleGrant reject(Caller caller, String tenantId, String id, String note) {
        return grants.reject(caller, tenantId, id, note);
    }

    @Override
    public List<RoleGrant> list(Caller caller, String tenantId, Optional<String> username, Optional<RoleGrant.State> state) {
        return grants.list(caller, tenantId, username, state);
    }

    @Override
    public Optional<RoleGrant> find(Caller caller, String tenantId, String id) {
        return grants.find(caller, tenantId, id);
    }
}
