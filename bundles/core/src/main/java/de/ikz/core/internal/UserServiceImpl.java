package de.ikz.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.UserAccount;
import de.ikz.api.tenant.UserService;
import de.ikz.api.persistence.Database;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@Component(service = UserService.class, configurationPid = "de.ikz.users", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = UserServiceImpl.Config.class)
public final class UserServiceImpl implements UserService {

    @ObjectClassDefinition(name = "IKZ users", description = "Where the platform's users live")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm that authenticates REST and console users")
        String realm() default "karaf";
    }

    private final UserStore store;
    private final AuditLog audit;
    private final Database db;

    @Activate
    public UserServiceImpl(BundleContext ctx, Config config, @Reference AuditLog audit, @Reference Database db) {
        this(new JaasUserStore(ctx, config.realm()), audit, db);
    }

    UserServiceImpl(UserStore store, AuditLog audit, Database db) {
        this.store = store;
        this.audit = audit;
        this.db = db;
    }

    @Override
    public UserAccount create(Caller caller, String username, String password, Optional<String> tenantId,
                              Set<PlatformRole> roles, Optional<String> participantId, Set<String> modules) {
        Checks.username(username);
        Checks.password("password", password);
        if (roles == null || roles.isEmpty()) {
            throw IkzException.invalid("roles", "at least one role is required");
        }
        if (roles.contains(PlatformRole.PLATFORM_ADMIN)) {
            Checks.platformAdmin(caller);
        }
        if (tenantId.isEmpty() && !roles.equals(Set.of(PlatformRole.PLATFORM_ADMIN))) {
            throw IkzException.invalid("tenant", "every user except a platform admin belongs to a tenant");
        }
        tenantId.ifPresent(t -> {
            Checks.id("tenant", t);
            Checks.adminOf(caller, t);
            boolean exists = db.inTransaction(s -> s.queryOne("SELECT id FROM ikz_tenant WHERE id = ?", rs -> rs.getString(1), t)).isPresent();
            if (!exists) {
                throw IkzException.invalid("tenant", "tenant '" + t + "' does not exist");
            }
        });
        if (tenantId.isEmpty()) {
            Checks.platformAdmin(caller);
        }
        if (roles.contains(PlatformRole.PARTNER_STAFF) && participantId.isEmpty()) {
            throw IkzException.invalid("participant", "partner staff must name the participant they work for");
        }
        participantId.ifPresent(p -> Checks.id("participant", p));
        for (String m : modules) {
            Checks.id("modules", m);
        }
        if (roles.contains(PlatformRole.COORDINATOR) && modules.isEmpty()) {
            throw IkzException.invalid("modules", "a coordinator must name at least one module");
        }
        if (store.exists(username)) {
            throw IkzException.conflict("username", "user '" + username + "' exists already");
        }
        // the access-log entry is written first: if the realm then fails, the log shows an attempt, never a silent change
        audit.append(caller, tenantId.orElse(null), "CREATE", "user/" + username, "roles " + roles);
        store.putUser(username, password);
        for (PlatformRole r : roles) {
            store.addRole(username, r.jaasRole());
        }
        if (roles.contains(PlatformRole.PLATFORM_ADMIN)) {
            store.addGroup(username, "admingroup");
        }
        tenantId.ifPresent(t -> store.addRole(username, PlatformRole.TENANT_PREFIX + t));
        participantId.ifPresent(p -> store.addRole(username, PlatformRole.PARTICIPANT_PREFIX + p));
        for (String m : modules) {
            store.addRole(username, PlatformRole.MODULE_PREFIX + m);
        }
        return account(username).orElseThrow();
    }

    @Override
    public List<UserAccount> list(Caller caller) {
        if (!caller.isPlatformAdmin() && !caller.has(PlatformRole.TENANT_ADMIN) && !caller.has(PlatformRole.AUDITOR)) {
            throw IkzException.forbidden("listing users needs the tenant-admin or auditor role");
        }
        return store.usernames().stream().map(this::account).flatMap(Optional::stream)
                .filter(u -> visible(caller, u)).toList();
    }

    @Override
    public Optional<UserAccount> find(Caller caller, String username) {
        Optional<UserAccount> u = account(username).filter(a -> visible(caller, a) || caller.user().equals(username));
        u.ifPresent(a -> audit.append(caller, a.tenantId().orElse(null), "READ", "user/" + username, null));
        return u;
    }

    @Override
    public void setPassword(Caller caller, String username, String newPassword) {
        Checks.password("password", newPassword);
        UserAccount u = requireManageable(caller, username);
        audit.append(caller, u.tenantId().orElse(null), "UPDATE", "user/" + username, "password changed");
        store.putUser(username, newPassword);
    }

    @Override
    public void delete(Caller caller, String username) {
        UserAccount u = requireManageable(caller, username);
        if (caller.user().equals(username)) {
            throw IkzException.conflict("username", "you cannot delete your own account");
        }
        audit.append(caller, u.tenantId().orElse(null), "DELETE", "user/" + username, null);
        store.deleteUser(username);
    }

    @Override
    public Caller callerFrom(String username, Set<String> jaasRoles, String address) {
        return Callers.fromRoles(username, jaasRoles, address);
    }

    private UserAccount requireManageable(Caller caller, String username) {
        UserAccount u = account(username).filter(a -> visible(caller, a) || caller.user().equals(username))
                .orElseThrow(() -> IkzException.notFound("user", username));
        if (caller.user().equals(username)) {
            return u;
        }
        if (u.roles().contains(PlatformRole.PLATFORM_ADMIN) || u.tenantId().isEmpty()) {
            Checks.platformAdmin(caller);
        } else {
            Checks.adminOf(caller, u.tenantId().get());
        }
        return u;
    }

    private boolean visible(Caller caller, UserAccount u) {
        return caller.isPlatformAdmin() || (caller.tenantId().isPresent() && caller.tenantId().equals(u.tenantId())
                && (caller.has(PlatformRole.TENANT_ADMIN) || caller.has(PlatformRole.AUDITOR)));
    }

    private Optional<UserAccount> account(String username) {
        if (!store.exists(username)) {
            return Optional.empty();
        }
        Caller c = Callers.fromRoles(username, store.roles(username), "");
        return Optional.of(new UserAccount(username, c.tenantId(), c.roles(), c.participantId(), c.modules()));
    }
}
