package de.ikz.core.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.log.LogSafe;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.module.RoleDefinition;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.RoleGrant;


/**
 * The four-eyes rule for case access, as plain logic over the realm ({@link UserStore}),
 * the database and the access log; {@link RoleGrantServiceImpl} publishes it, and
 * {@link UserServiceImpl#create} hands the case-access roles of a new user to {@link #pendingOnCreate}.
 *
 * <p>Which JAAS roles grant case access: {@code ikz-partner-staff}, {@code ikz-coordinator}, every
 * {@code ikz-participant.*} and {@code ikz-module.*} binding (they decide <em>whose</em> cases a
 * user reads), the platform role of every {@link RoleDefinition} a live module declares with
 * {@code caseAccess}, and every module-specific role ({@code ikz-module-role.<module>.<role>}) a live
 * module declares with {@code caseAccess} (one that no live module declares counts as case access:
 * the safe side). Such a role is added to the realm only by {@link #confirm}: by a tenant admin
 * of the user's tenant who holds no platform-admin role, did not request the grant and is not its
 * user. A platform admin may request and reject, never confirm, and never holds case access.
 */
final class RoleGrants {

    static final String TABLE = "ikz_role_grant";
    private static final String COLUMNS = "id, username, granted_roles, grant_state, requested_by, requested_ms, request_reason, "
            + "decided_by, decided_ms, decision_note";
    private static final char[] ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserStore store;
    private final AuditLog audit;
    private final Database db;
    /** Short names of platform roles that live modules declare as case access. */
    private final Supplier<Set<String>> declared;
    /** Module-specific roles live modules declare: "&lt;module&gt;.&lt;role&gt;" to whether it is case access. */
    private final Supplier<Map<String, Boolean>> moduleRoles;
    /** Tells the user service, in the transaction, that a user's roles changed (cached logins are void on every node). */
    private final java.util.function.Consumer<de.ikz.api.persistence.Session> changed;

    RoleGrants(UserStore store, AuditLog audit, Database db, Supplier<Set<String>> declared,
               java.util.function.Consumer<de.ikz.api.persistence.Session> changed) {
        this(store, audit, db, declared, Map::of, changed);
    }

    RoleGrants(UserStore store, AuditLog audit, Database db, Supplier<Set<String>> declared,
               Supplier<Map<String, Boolean>> moduleRoles, java.util.function.Consumer<de.ikz.api.persistence.Session> changed) {
        this.store = store;
        this.audit = audit;
        this.db = db;
        this.declared = declared;
        this.moduleRoles = moduleRoles;
        this.changed = changed;
    }

    // ------------------------------------------------------------------ which roles

    boolean isCaseAccess(String jaasRole) {
        if (jaasRole == null) {
            return false;
        }
        if (jaasRole.equals(PlatformRole.PARTNER_STAFF.jaasRole()) || jaasRole.equals(PlatformRole.COORDINATOR.jaasRole())
                || jaasRole.startsWith(PlatformRole.PARTICIPANT_PREFIX) || jaasRole.startsWith(PlatformRole.MODULE_PREFIX)) {
            return true;
        }
        if (jaasRole.startsWith(PlatformRole.MODULE_ROLE_PREFIX)) {
            return PlatformRole.moduleRoleOf(jaasRole).map(r -> moduleRoles.get().getOrDefault(r, true)).orElse(true);
        }
        return PlatformRole.fromJaasRole(jaasRole).filter(r -> r != PlatformRole.PLATFORM_ADMIN && r != PlatformRole.TENANT_ADMIN)
                .map(r -> declared.get().contains(r.shortName())).orElse(false);
    }

    /** The JAAS roles of a user as the platform writes them, in the order {@link UserServiceImpl} adds them. */
    static List<String> jaasRoles(Set<PlatformRole> roles, Optional<String> tenantId, Optional<String> participantId,
                                  Set<String> modules, Set<String> moduleRoles) {
        return new Caller("", roles, tenantId, participantId, modules, "", moduleRoles).jaasRoles();
    }

    /**
     * The module-specific roles named in a request ("&lt;module&gt;.&lt;role&gt;"), checked: each must be a role a
     * live module declares that is not a platform role (INVALID naming {@code moduleRoles} otherwise).
     */
    Set<String> checkModuleRoles(Set<String> asked) {
        if (asked == null || asked.isEmpty()) {
            return Set.of();
        }
        Map<String, Boolean> live = moduleRoles.get();
        Set<String> ok = new TreeSet<>();
        for (String r : asked) {
            String t = r == null ? "" : r.strip();
            if (!live.containsKey(t)) {
                throw IkzException.invalid("moduleRoles", "'" + LogSafe.of(t) + "' is not a role a live module declares"
                        + " (form <module>.<role>; declared now: " + (live.isEmpty() ? "none" : String.join(", ", live.keySet()))
                        + ")");
            }
            ok.add(t);
        }
        return ok;
    }

    // ------------------------------------------------------------------ the hook in user creation

    /**
     * Called by {@link UserServiceImpl#create} after its checks and before the user is written: records
     * the new user's case-access roles as one pending grant and returns the JAAS roles to add now (all
     * others). Refuses case access for a platform admin before anything is written.
     */
    List<String> pendingOnCreate(Caller caller, String username, Optional<String> tenantId, Set<PlatformRole> roles,
                                 Optional<String> participantId, Set<String> modules, Set<String> moduleRoles) {
        List<String> all = jaasRoles(roles, tenantId, participantId, modules, moduleRoles);
        List<String> pending = all.stream().filter(this::isCaseAccess).toList();
        if (!pending.isEmpty() && (roles.contains(PlatformRole.PLATFORM_ADMIN) || tenantId.isEmpty())) {
            throw IkzException.invalid("roles", "a platform admin cannot hold case access (" + String.join(", ", pending) + ")");
        }
        if (tenantId.isEmpty()) {
            return all;
        }
        String tenant = tenantId.get();
        db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenant);
            // grants left over from an earlier account of the same name never reach the new one
            for (RoleGrant old : ts.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE tenant_id = :tenant AND username = ? "
                    + "AND grant_state = 'PENDING'", rs -> map(tenant, rs), username)) {
                decide(ts, old, RoleGrant.State.REJECTED, "system", "the account was created anew");
                audit.append(s, caller, tenant, "GRANT_REJECT", "user/" + username, "grant " + old.id() + " void: account created anew");
            }
            if (!pending.isEmpty()) {
                RoleGrant g = insert(ts, caller, username, pending, "new account");
                audit.append(s, caller, tenant, "GRANT_REQUEST", "user/" + username,
                        "grant " + g.id() + " of " + String.join(" ", pending) + " (new account), waiting for a second admin");
            }
            return null;
        });
        return all.stream().filter(r -> !pending.contains(r)).toList();
    }

    /** The platform roles that live modules declare as case access (short names), as the registry knows them now. */
    static Supplier<Set<String>> declaredBy(ModuleRegistry modules) {
        return () -> modules.modules().stream().flatMap(m -> m.roles().stream()).filter(RoleDefinition::caseAccess)
                .map(RoleDefinition::id).filter(id -> !ModuleRoles.moduleSpecific(id)).collect(Collectors.toSet());
    }

    /**
     * The module-specific roles live modules declare ({@link ModuleRoles#moduleSpecific}), as the registry knows them
     * now: "&lt;module&gt;.&lt;role&gt;" to whether the role is case access.
     */
    static Supplier<Map<String, Boolean>> moduleRolesOf(ModuleRegistry modules) {
        return () -> {
            Map<String, Boolean> all = new TreeMap<>();
            for (ModuleInfo m : modules.modules()) {
                for (RoleDefinition r : m.roles()) {
                    if (ModuleRoles.moduleSpecific(r.id())) {
                        all.put(Caller.moduleRole(m.id(), r.id()), r.caseAccess());
                    }
                }
            }
            return all;
        };
    }

    // ------------------------------------------------------------------ the service

    RoleGrant request(Caller caller, String username, Set<PlatformRole> roles, Optional<String> participantId,
                      Set<String> modules, Set<String> moduleRoles, String reason) {
        Checks.username(username);
        String why = optionalText("reason", reason);
        Caller user = existing(caller, username);
        String tenant = user.tenantId().orElseThrow(() -> IkzException.invalid("username",
                "a platform admin cannot hold case access"));
        Checks.adminOf(caller, tenant);
        if (user.isPlatformAdmin()) {
            throw IkzException.invalid("username", "a platform admin cannot hold case access");
        }
        Set<PlatformRole> asked = roles == null ? Set.of() : roles;
        participantId.ifPresent(p -> Checks.id("participant", p));
        for (String m : modules) {
            Checks.id("modules", m);
        }
        Set<String> askedModuleRoles = checkModuleRoles(moduleRoles);
        if (asked.isEmpty() && participantId.isEmpty() && modules.isEmpty() && askedModuleRoles.isEmpty()) {
            throw IkzException.invalid("roles", "name at least one case-access role, participant, module or module role");
        }
        if (asked.contains(PlatformRole.PARTNER_STAFF) && participantId.isEmpty() && user.participantId().isEmpty()) {
            throw IkzException.invalid("participant", "partner staff must name the participant they work for");
        }
        if (participantId.isPresent() && user.participantId().filter(p -> !p.equals(participantId.get())).isPresent()) {
            throw IkzException.conflict("participant", "user '" + username + "' works for participant '"
                    + user.participantId().get() + "' already");
        }
        if (asked.contains(PlatformRole.COORDINATOR) && modules.isEmpty() && user.modules().isEmpty()) {
            throw IkzException.invalid("modules", "a coordinator must name at least one module");
        }
        List<String> wanted = jaasRoles(asked, Optional.empty(), participantId, modules, askedModuleRoles);
        for (String r : wanted) {
            if (!isCaseAccess(r)) {
                throw IkzException.invalid(r.startsWith(PlatformRole.MODULE_ROLE_PREFIX) ? "moduleRoles" : "roles",
                        "'" + r + "' does not grant case access: it needs no confirmation (set it when creating the user)");
            }
        }
        Set<String> held = store.roles(username);
        List<String> missing = wanted.stream().filter(r -> !held.contains(r)).toList();
        if (missing.isEmpty()) {
            throw IkzException.conflict("roles", "user '" + username + "' holds " + String.join(", ", wanted) + " already");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenant);
            RoleGrant g = insert(ts, caller, username, missing, why);
            audit.append(s, caller, tenant, "GRANT_REQUEST", "user/" + username,
                    "grant " + g.id() + " of " + String.join(" ", missing) + ", waiting for a second admin");
            return g;
        });
    }

    RoleGrant confirm(Caller caller, String tenantId, String id, String note) {
        String why = optionalText("note", note);
        String tenant = caller.tenantFor(tenantId);
        RoleGrant g = visibleOne(caller, tenant, id).orElseThrow(() -> IkzException.notFound("grant", id));
        if (caller.isPlatformAdmin() || !caller.has(PlatformRole.TENANT_ADMIN) || !caller.tenantId().equals(Optional.of(tenant))) {
            throw IkzException.forbidden("a grant of case access is confirmed by a tenant admin of '" + tenant
                    + "' (never by a platform admin)");
        }
        if (caller.user().equals(g.requestedBy())) {
            throw IkzException.forbidden("four-eyes: the admin who requested grant " + id + " cannot confirm it; a second admin must");
        }
        if (caller.user().equals(g.username())) {
            throw IkzException.forbidden("four-eyes: nobody confirms a grant of case access for themselves");
        }
        requirePending(g);
        Caller user = store.exists(g.username()) ? Callers.fromRoles(g.username(), store.roles(g.username()), "") : null;
        if (user == null || !user.tenantId().equals(Optional.of(tenant))) {
            throw IkzException.conflict("username", "user '" + g.username() + "' no longer exists in tenant '" + tenant
                    + "'; reject the grant");
        }
        if (user.isPlatformAdmin()) {
            throw IkzException.conflict("username", "a platform admin cannot hold case access; reject the grant");
        }
        // a user works for one participant: a grant naming another one than the user holds by now is void
        for (String r : g.roles()) {
            if (r.startsWith(PlatformRole.PARTICIPANT_PREFIX) && user.participantId()
                    .filter(p -> !r.equals(PlatformRole.PARTICIPANT_PREFIX + p)).isPresent()) {
                throw IkzException.conflict("participant", "user '" + g.username() + "' works for participant '"
                        + user.participantId().get() + "' by now; reject the grant");
            }
        }
        Set<String> held = store.roles(g.username());
        RoleGrant done = db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenant);
            RoleGrant d = decide(ts, g, RoleGrant.State.CONFIRMED, caller.user(), why);
            audit.append(s, caller, tenant, "GRANT_CONFIRM", "user/" + g.username(), "grant " + id + " of "
                    + String.join(" ", g.roles()) + " requested by " + g.requestedBy() + " confirmed");
            // the roles are added last, inside the transaction (users in the database: with it; another realm: if it
            // fails, the grant stays pending)
            changed.accept(s);
            for (String r : g.roles()) {
                if (!held.contains(r)) {
                    store.addRole(s, g.username(), r);
                }
            }
            changed.accept(s);
            return d;
        });
        return done;
    }

    RoleGrant reject(Caller caller, String tenantId, String id, String note) {
        String why = optionalText("note", note);
        String tenant = caller.tenantFor(tenantId);
        RoleGrant g = visibleOne(caller, tenant, id).orElseThrow(() -> IkzException.notFound("grant", id));
        boolean admin = caller.isPlatformAdmin() || (caller.has(PlatformRole.TENANT_ADMIN) && caller.tenantId().equals(Optional.of(tenant)));
        if (!admin && !caller.user().equals(g.requestedBy())) {
            throw IkzException.forbidden("a grant is rejected by an admin of '" + tenant + "' or withdrawn by its requester");
        }
        requirePending(g);
        return db.inTransaction(s -> {
            RoleGrant d = decide(s.tenant(tenant), g, RoleGrant.State.REJECTED, caller.user(), why);
            audit.append(s, caller, tenant, "GRANT_REJECT", "user/" + g.username(), "grant " + id + " of "
                    + String.join(" ", g.roles()) + " rejected");
            return d;
        });
    }

    List<RoleGrant> list(Caller caller, String tenantId, Optional<String> username, Optional<RoleGrant.State> state) {
        if (caller.tenantId().isEmpty() && !caller.isPlatformAdmin()) {
            return List.of();
        }
        String tenant = caller.tenantFor(tenantId);
        boolean all = seesAll(caller, tenant);
        Optional<String> who = all ? username : Optional.of(caller.user());
        if (!all && username.isPresent() && !username.get().equals(caller.user())) {
            return List.of();
        }
        return db.inTransaction(s -> {
            StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE tenant_id = :tenant");
            List<Object> params = new ArrayList<>();
            who.ifPresent(u -> {
                sql.append(" AND username = ?");
                params.add(u);
            });
            state.ifPresent(st -> {
                sql.append(" AND grant_state = ?");
                params.add(st.name());
            });
            sql.append(" ORDER BY requested_ms DESC, id FETCH FIRST 1000 ROWS ONLY");
            List<RoleGrant> found = s.tenant(tenant).query(sql.toString(), rs -> map(tenant, rs), params.toArray());
            if (all) {
                audit.append(s, caller, tenant, "READ", "grants" + who.map(u -> "/user/" + u).orElse(""),
                        found.size() + " grants listed");
            }
            return found;
        });
    }

    Optional<RoleGrant> find(Caller caller, String tenantId, String id) {
        if (caller.tenantId().isEmpty() && !caller.isPlatformAdmin()) {
            return Optional.empty();
        }
        String tenant = caller.tenantFor(tenantId);
        Optional<RoleGrant> g = visibleOne(caller, tenant, id);
        // a grant names another person's account and roles: reading it is logged (one's own grant is not)
        g.filter(x -> !caller.user().equals(x.username()))
                .ifPresent(x -> audit.append(caller, tenant, "READ", "grant/" + x.id(), "grant of user/" + x.username()));
        return g;
    }

    // ------------------------------------------------------------------ helpers

    private Optional<RoleGrant> visibleOne(Caller caller, String tenant, String id) {
        if (id == null || id.length() > 20) {
            return Optional.empty();
        }
        Optional<RoleGrant> g = db.inTransaction(s -> s.tenant(tenant).queryOne("SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE tenant_id = :tenant AND id = ?", rs -> map(tenant, rs), id));
        return g.filter(x -> seesAll(caller, tenant) || caller.user().equals(x.username()) || caller.user().equals(x.requestedBy()));
    }

    /** Admins and auditors of the tenant (and platform admins) see all its grants. */
    private static boolean seesAll(Caller caller, String tenant) {
        return caller.isPlatformAdmin() || (caller.tenantId().equals(Optional.of(tenant))
                && (caller.has(PlatformRole.TENANT_ADMIN) || caller.has(PlatformRole.AUDITOR)));
    }

    /** The user as the realm knows it, if the caller may manage it; NOT_FOUND otherwise (also for another tenant's user). */
    private Caller existing(Caller caller, String username) {
        if (!store.exists(username)) {
            throw IkzException.notFound("user", username);
        }
        Caller user = Callers.fromRoles(username, store.roles(username), "");
        if (!caller.isPlatformAdmin() && (user.tenantId().isEmpty() || !user.tenantId().equals(caller.tenantId()))) {
            throw IkzException.notFound("user", username);
        }
        return user;
    }

    private static void requirePending(RoleGrant g) {
        if (g.state() != RoleGrant.State.PENDING) {
            throw IkzException.conflict("state", "grant " + g.id() + " is " + g.state().name().toLowerCase(java.util.Locale.ROOT)
                    + " already");
        }
    }

    private static RoleGrant insert(TenantSession ts, Caller caller, String username, List<String> roles, String reason) {
        String id = freshId(ts);
        long now = System.currentTimeMillis();
        List<String> sorted = roles.stream().sorted().toList();
        ts.update("INSERT INTO " + TABLE + " (tenant_id, id, username, granted_roles, grant_state, requested_by, requested_ms, "
                + "request_reason) VALUES (:tenant, ?, ?, ?, 'PENDING', ?, ?, ?)", id, username, String.join(" ", sorted),
                caller.user(), now, reason);
        return new RoleGrant(id, ts.tenantId(), username, sorted, RoleGrant.State.PENDING, caller.user(), Instant.ofEpochMilli(now),
                Optional.ofNullable(reason), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Moves a pending grant to its decision; a concurrent decision makes this one a CONFLICT. */
    private static RoleGrant decide(TenantSession ts, RoleGrant g, RoleGrant.State to, String by, String note) {
        long now = System.currentTimeMillis();
        int n = ts.update("UPDATE " + TABLE + " SET grant_state = ?, decided_by = ?, decided_ms = ?, decision_note = ? "
                + "WHERE tenant_id = :tenant AND id = ? AND grant_state = 'PENDING'", to.name(), by, now, note, g.id());
        if (n != 1) {
            throw IkzException.conflict("state", "grant " + g.id() + " was decided meanwhile");
        }
        return new RoleGrant(g.id(), g.tenantId(), g.username(), g.roles(), to, g.requestedBy(), g.requestedAt(), g.reason(),
                Optional.of(by), Optional.of(Instant.ofEpochMilli(now)), Optional.ofNullable(note));
    }

    private static String freshId(TenantSession ts) {
        for (int i = 0; i < 20; i++) {
            char[] c = new char[9];
            c[0] = 'G';
            for (int k = 1; k < c.length; k++) {
                c[k] = ID_CHARS[RANDOM.nextInt(ID_CHARS.length)];
            }
            String id = new String(c);
            if (ts.query("SELECT id FROM " + TABLE + " WHERE tenant_id = :tenant AND id = ?", rs -> rs.getString(1), id).isEmpty()) {
                return id;
            }
        }
        throw new IllegalStateException("no free grant id");
    }

    private static String optionalText(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 500) {
            throw IkzException.invalid(field, field + " is longer than 500 characters");
        }
        if (value.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n')) {
            throw IkzException.invalid(field, field + " must not contain control characters");
        }
        return value.strip();
    }

    private static RoleGrant map(String tenant, ResultSet rs) throws SQLException {
        long decided = rs.getLong("decided_ms");
        boolean hasDecision = !rs.wasNull();
        return new RoleGrant(rs.getString("id"), tenant, rs.getString("username"),
                Arrays.stream(rs.getString("granted_roles").split(" ")).filter(r -> !r.isEmpty()).toList(),
                RoleGrant.State.valueOf(rs.getString("grant_state")), rs.getString("requested_by"),
                Instant.ofEpochMilli(rs.getLong("requested_ms")), Optional.ofNullable(rs.getString("request_reason")),
                Optional.ofNullable(rs.getString("decided_by")), hasDecision ? Optional.of(Instant.ofEpochMilli(decided)) : Optional.empty(),
                Optional.ofNullable(rs.getString("decision_note")));
    }
}
