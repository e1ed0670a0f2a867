package de.ikz.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.log.LogSafe;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.UserAccount;
import de.ikz.api.tenant.UserService;
import de.ikz.api.persistence.Database;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = UserService.class, configurationPid = "de.ikz.users", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = UserServiceImpl.Config.class)
public final class UserServiceImpl implements UserService {

    @ObjectClassDefinition(name = "IKZ users", description = "Where the platform's users live")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm that authenticates REST, web UI and console users")
        String realm() default "karaf";

        @AttributeDefinition(description = "Users live in the platform database, and the platform registers the realm over "
                + "it (true, needed for several nodes unless they share an LDAP realm); false: the realm is managed elsewhere "
                + "(LDAP, Karaf's users.properties)")
        boolean users_in_database() default true;
    }

    private static final Logger LOG = LoggerFactory.getLogger(UserServiceImpl.class);

    private final UserStore store;
    private final AuditLog audit;
    private final Database db;
    /** The four-eyes rule for case-access roles, on this service's realm; {@link RoleGrantServiceImpl} publishes it. */
    private final RoleGrants grants;
    /** Moved by every change of a user, its password or roles, on any node; see {@link #generation()}. */
    private final UserGeneration generation;

    @Activate
    public UserServiceImpl(@Reference PlatformUsers users, @Reference AuditLog audit, @Reference Database db,
                           @Reference ModuleRegistry modules) {
        this(users, audit, db, RoleGrants.declaredBy(modules), RoleGrants.moduleRolesOf(modules), users.generation());
    }

    /** With the case-access and module-specific roles the live modules of the registry declare. */
    UserServiceImpl(UserStore store, AuditLog audit, Database db, ModuleRegistry modules) {
        this(store, audit, db, RoleGrants.declaredBy(modules), RoleGrants.moduleRolesOf(modules));
    }

    /** Without modules that declare case-access roles of their own. */
    UserServiceImpl(UserStore store, AuditLog audit, Database db) {
        this(store, audit, db, Set::of);
    }

    /** @param caseAccessRoles platform roles (short names) that live modules declare as case access */
    UserServiceImpl(UserStore store, AuditLog audit, Database db, Supplier<Set<String>> caseAccessRoles) {
        this(store, audit, db, caseAccessRoles, Map::of);
    }

    /** @param moduleRoles module-specific roles live modules declare ("module.role" to case access) */
    UserServiceImpl(UserStore store, AuditLog audit, Database db, Supplier<Set<String>> caseAccessRoles,
                    Supplier<Map<String, Boolean>> moduleRoles) {
        this(store, audit, db, caseAccessRoles, moduleRoles, new UserGeneration(db));
    }

    /** Tests: stops the generation's listener that the test constructors start (in production PlatformUsers owns it). */
    void closeForTests() {
        generation.close();
    }

    private UserServiceImpl(UserStore store, AuditLog audit, Database db, Supplier<Set<String>> caseAccessRoles,
                            Supplier<Map<String, Boolean>> moduleRoles, UserGeneration generation) {
        this.store = store;
        this.audit = audit;
        this.db = db;
        this.generation = generation;
        this.grants = new RoleGrants(store, audit, db, caseAccessRoles, moduleRoles, generation::bump);
    }

    @Override
    public UserAccount create(Caller caller, String username, String password, Optional<String> tenantId,
                              Set<PlatformRole> roles, Optional<String> participantId, Set<String> modules) {
        return create(caller, username, password, tenantId, roles, participantId, modules, Set.of());
    }

    @Override
    public UserAccount create(Caller caller, String username, String password, Optional<String> tenantId,
                              Set<PlatformRole> roles, Optional<String> participantId, Set<String> modules,
                              Set<String> moduleRoles) {
        Checks.username(username);
        PasswordPolicy.check("password", password, username);
        roles = roles == null ? Set.of() : roles;
        Set<String> ownRoles = grants.checkModuleRoles(moduleRoles);
        if (roles.isEmpty() && ownRoles.isEmpty()) {
            throw IkzException.invalid("roles", "at least one role (or module role) is required");
        }
        if (roles.contains(PlatformRole.PLATFORM_ADMIN)) {
            Checks.platformAdmin(caller);
            if (!ownRoles.isEmpty()) {
                throw IkzException.invalid("moduleRoles", "a platform admin holds no module role");
            }
        }
        if (tenantId.isEmpty() && (!roles.equals(Set.of(PlatformRole.PLATFORM_ADMIN)) || !ownRoles.isEmpty())) {
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
        // four-eyes: the case-access roles (partner-staff, coordinator, participant, modules, roles a module declares)
        // become a pending grant a second admin confirms (RoleGrants); the other JAAS roles are added below. Case access
        // for a platform admin is refused before anything is written.
        List<String> rolesNow = grants.pendingOnCreate(caller, username, tenantId, roles, participantId, modules, ownRoles);
        // the access-log entry is written first: if the realm then fails, the log shows an attempt, never a silent change
        audit.append(caller, tenantId.orElse(null), "CREATE", "user/" + username, "roles " + roles
                + (ownRoles.isEmpty() ? "" : " module roles " + ownRoles));
        changed();
        store.putUser(username, password);
        for (String r : rolesNow) {
            store.addRole(username, r);
        }
        if (roles.contains(PlatformRole.PLATFORM_ADMIN)) {
            store.addGroup(username, "admingroup");
        }
        return account(username).orElseThrow();
    }

    @Override
    public List<UserAccount> list(Caller caller) {
        if (!caller.isPlatformAdmin() && !caller.has(PlatformRole.TENANT_ADMIN) && !caller.has(PlatformRole.AUDITOR)) {
            throw IkzException.forbidden("listing users needs the tenant-admin or auditor role");
        }
        List<UserAccount> list = store.usernames().stream().map(this::account).flatMap(Optional::stream)
                .filter(u -> visible(caller, u)).toList();
        // a list of accounts is a read of personal data: one entry naming the accounts
        audit.append(caller, caller.tenantId().orElse(null), "READ",
                AuditLog.listRecord("user", list.stream().map(UserAccount::username).toList()), list.size() + " accounts listed");
        return list;
    }

    @Override
    public Optional<UserAccount> find(Caller caller, String username) {
        Optional<UserAccount> u = account(username).filter(a -> visible(caller, a) || caller.user().equals(username));
        u.ifPresent(a -> audit.append(caller, a.tenantId().orElse(null), "READ", "user/" + username, null));
        return u;
    }

    /**
     * Own change: the current password is required and checked, the new one must differ, and a
     * pending "must change" flag is cleared. Reset by an admin: sets that flag (the user must change
     * the password at the next login). Either way cached logins are forgotten at once.
     */
    @Override
    public void setPassword(Caller caller, String username, String currentPassword, String newPassword) {
        UserAccount u = requireManageable(caller, username);
        PasswordPolicy.check("password", newPassword, username);
        boolean own = caller.user().equals(username);
        if (own) {
            if (currentPassword == null || currentPassword.isEmpty()) {
                throw IkzException.invalid("currentPassword", "the current password is required to change your own password");
            }
            if (!store.checkPassword(username, currentPassword)) {
                LOG.warn("password change of '{}' from {} refused: current password wrong", LogSafe.of(username), LogSafe.of(caller.address()));
                throw IkzException.invalid("currentPassword", "the current password is wrong");
            }
            if (currentPassword.equals(newPassword)) {
                throw IkzException.invalid("password", "the new password must differ from the current one");
            }
        }
        // the access-log entry and the flag in one transaction, before the realm: the log never misses a change
        db.inTransaction(s -> {
            audit.append(s, caller, u.tenantId().orElse(null), "UPDATE", "user/" + username,
                    own ? "password changed" : "password reset by an admin, change required at next login");
            s.update("DELETE FROM ikz_password_reset WHERE username = ?", username);
            if (!own) {
                s.update("INSERT INTO ikz_password_reset (username, reset_by) VALUES (?, ?)", username, caller.user());
            }
            return null;
        });
        changed();
        store.putUser(username, newPassword);
        changed();
    }

    @Override
    public void delete(Caller caller, String username) {
        UserAccount u = requireManageable(caller, username);
        if (caller.user().equals(username)) {
            throw IkzException.conflict("username", "you cannot delete your own account");
        }
        audit.append(caller, u.tenantId().orElse(null), "DELETE", "user/" + username, null);
        changed();
        store.deleteUser(username);
        changed();
        db.inTransaction(s -> s.update("DELETE FROM ikz_password_reset WHERE username = ?", username));
    }

    @Override
    public boolean mustChangePassword(String username) {
        return db.inTransaction(s -> s.queryOne("SELECT username FROM ikz_password_reset WHERE username = ?",
                rs -> rs.getString(1), username)).isPresent();
    }

    @Override
    public void loginSucceeded(String username, String password) {
        try {
            if (store.needsRehash(username)) {
                store.putUser(username, password);
                LOG.info("password hash of '{}' replaced by the current scheme after a successful login", LogSafe.of(username));
            }
        } catch (RuntimeException e) {
            // a realm managed elsewhere, or the file cannot be written: the login itself stays valid
            LOG.warn("could not upgrade the password hash of '{}': {}", LogSafe.of(username), e.getMessage());
        }
    }

    /** The same on every node of one database (it is kept there, {@link UserGeneration}). */
    @Override
    public long generation() {
        return generation.current();
    }

    /**
     * Call on every change of a user's password, roles or existence (before and after the write):
     * cached logins of an older generation are void at once, on every node. Role grants call it too.
     */
    void changed() {
        generation.bump();
    }

    /** The grant rules on this service's realm (one store, one lock for users.properties), for the grant service. */
    RoleGrants grants() {
        return grants;
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
        return Optional.of(new UserAccount(username, c.tenantId(), c.roles(), c.participantId(), c.modules(), c.moduleRoles()));
    }
}
