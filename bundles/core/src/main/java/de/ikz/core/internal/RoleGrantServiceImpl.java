package de.ikz.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.module.RoleDefinition;
import de.ikz.api.persistence.Database;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.RoleGrant;
import de.ikz.api.tenant.RoleGrantService;
import de.ikz.api.tenant.UserService;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * Publishes the four-eyes rule of {@link RoleGrants} as {@link RoleGrantService}. It works on the
 * same JAAS realm as {@link UserServiceImpl} (configuration {@code de.ikz.users}) and tells that
 * service when it added roles, so remembered logins are void at once.
 */
@Component(service = RoleGrantService.class, configurationPid = "de.ikz.users", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class RoleGrantServiceImpl implements RoleGrantService {

    private final RoleGrants grants;

    @Activate
    public RoleGrantServiceImpl(BundleContext ctx, UserServiceImpl.Config config, @Reference AuditLog audit,
                                @Reference Database db, @Reference CoreSchema schema, @Reference ModuleRegistry modules,
                                @Reference UserService users) {
        // the user service's own store: its lock then also orders this service's writes of users.properties
        this(users instanceof UserServiceImpl u ? u.store() : new JaasUserStore(ctx, config.realm()), audit, db, modules, users);
    }

    RoleGrantServiceImpl(UserStore store, AuditLog audit, Database db, ModuleRegistry modules, UserService users) {
        this.grants = new RoleGrants(store, audit, db,
                () -> modules.modules().stream().flatMap(m -> m.roles().stream()).filter(RoleDefinition::caseAccess)
                        .map(RoleDefinition::id).collect(Collectors.toSet()),
                // same bundle: the user service is the instance DS built from UserServiceImpl
                () -> {
                    if (users instanceof UserServiceImpl u) {
                        u.changed();
                    }
                });
    }

    @Override
    public boolean isCaseAccess(String jaasRole) {
        return grants.isCaseAccess(jaasRole);
    }

    @Override
    public RoleGrant request(Caller caller, String username, Set<PlatformRole> roles, Optional<String> participantId,
                             Set<String> modules, String reason) {
        return grants.request(caller, username, roles, participantId, modules == null ? Set.of() : modules, reason);
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
