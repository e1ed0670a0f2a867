package de.ikz.api.tenant;

import java.util.Optional;
import java.util.Set;

/**
 * The authenticated caller of a request or console command. It is built from the JAAS subject
 * only, never from request data, so the tenant cannot be forged.
 *
 * @param user          login name
 * @param roles         platform roles held
 * @param tenantId      the user's tenant; empty for a platform admin without a tenant
 * @param participantId the participant a partner-staff user works for, if any
 * @param modules       modules a coordinator works in
 * @param address       where the call came from (remote address, "console", ...)
 * @param moduleRoles   module-specific roles held, each "&lt;moduleId&gt;.&lt;roleId&gt;" (e.g.
 *                      "fruehehilfen.professional"), from the JAAS roles
 *                      {@link PlatformRole#MODULE_ROLE_PREFIX}{@code <moduleId>.<roleId>}; what holding
 *                      one means is {@code de.ikz.api.module.ModuleRoles#holds} (since 1.3)
 */
public record Caller(String user, Set<PlatformRole> roles, Optional<String> tenantId,
                     Optional<String> participantId, Set<String> modules, String address, Set<String> moduleRoles) {

    public Caller {
        roles = Set.copyOf(roles);
        modules = Set.copyOf(modules);
        moduleRoles = moduleRoles == null ? Set.of() : Set.copyOf(moduleRoles);
    }

    /** A caller without module-specific roles (the form of API 1.2). */
    public Caller(String user, Set<PlatformRole> roles, Optional<String> tenantId, Optional<String> participantId,
                  Set<String> modules, String address) {
        this(user, roles, tenantId, participantId, modules, address, Set.of());
    }

    /**
     * The entry of {@link #moduleRoles()} for a role of a module: {@code moduleRole("fruehehilfen", "professional")}
     * is "fruehehilfen.professional".
     *
     * @since 1.3
     */
    public static String moduleRole(String moduleId, String roleId) {
        return moduleId + "." + roleId;
    }

    /**
     * Whether the caller carries this module-specific role (the JAAS role
     * {@code ikz-module-role.<module>.<role>}). This is the bare fact; whether it counts (never for a
     * platform admin, only with a tenant) is {@code de.ikz.api.module.ModuleRoles#holds}.
     *
     * @since 1.3
     */
    public boolean hasModuleRole(String module, String role) {
        return module != null && role != null && moduleRoles.contains(moduleRole(module, role));
    }

    /**
     * The same caller coming from another address (a remembered login used by a new request).
     *
     * @since 1.3
     */
    public Caller withAddress(String address) {
        return new Caller(user, roles, tenantId, participantId, modules, address, moduleRoles);
    }

    public boolean has(PlatformRole role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return has(PlatformRole.PLATFORM_ADMIN);
    }

    /**
     * Throws NOT_FOUND unless the caller may read data of the tenant (its own tenant, or any for a
     * platform admin): another tenant's data looks exactly like data that does not exist.
     */
    public void requireReadable(String tenantId) {
        if (tenantId == null || !(isPlatformAdmin() || tenantId.equals(this.tenantId.orElse(null)))) {
            throw de.ikz.api.error.IkzException.notFound("tenant", String.valueOf(tenantId));
        }
    }

    /** Throws unless the caller administers the tenant (its tenant admin, or a platform admin). */
    public void requireAdmin(String tenantId) {
        requireReadable(tenantId);
        if (!isPlatformAdmin() && !has(PlatformRole.TENANT_ADMIN)) {
            throw de.ikz.api.error.IkzException.forbidden("only a tenant admin of '" + tenantId + "' may change this");
        }
    }

    /**
     * The tenant a request works in: the caller's own; a platform admin (who has none) names it.
     *
     * @param requested the tenant a platform admin asked for (ignored for everybody else unless it differs: then NOT_FOUND)
     */
    public String tenantFor(String requested) {
        if (tenantId.isPresent()) {
            if (requested != null && !requested.equals(tenantId.get())) {
                throw de.ikz.api.error.IkzException.notFound("tenant", requested);
            }
            return tenantId.get();
        }
        if (requested == null || requested.isBlank()) {
            throw de.ikz.api.error.IkzException.invalid("tenant", "a platform admin names the tenant (parameter 'tenant')");
        }
        return requested;
    }

    /**
     * The caller a JAAS login with these roles makes (the platform's one naming rule): platform roles
     * ({@link PlatformRole#jaasRole()}), {@link PlatformRole#TENANT_PREFIX}, {@link PlatformRole#PARTICIPANT_PREFIX},
     * {@link PlatformRole#MODULE_PREFIX} and {@link PlatformRole#MODULE_ROLE_PREFIX}; other roles (Karaf's own,
     * groups) are ignored.
     *
     * @since 1.3
     */
    public static Caller fromJaasRoles(String user, java.util.Collection<String> jaasRoles, String address) {
        Set<PlatformRole> roles = java.util.EnumSet.noneOf(PlatformRole.class);
        Optional<String> tenant = Optional.empty();
        Optional<String> participant = Optional.empty();
        Set<String> modules = new java.util.LinkedHashSet<>();
        Set<String> moduleRoles = new java.util.LinkedHashSet<>();
        for (String r : jaasRoles) {
            if (r == null) {
                continue;
            }
            PlatformRole.fromJaasRole(r).ifPresent(roles::add);
            if (r.startsWith(PlatformRole.TENANT_PREFIX)) {
                tenant = Optional.of(r.substring(PlatformRole.TENANT_PREFIX.length()));
            } else if (r.startsWith(PlatformRole.PARTICIPANT_PREFIX)) {
                participant = Optional.of(r.substring(PlatformRole.PARTICIPANT_PREFIX.length()));
            } else if (r.startsWith(PlatformRole.MODULE_PREFIX)) {
                modules.add(r.substring(PlatformRole.MODULE_PREFIX.length()));
            } else {
                PlatformRole.moduleRoleOf(r).ifPresent(moduleRoles::add);
            }
        }
        return new Caller(user, roles, tenant, participant, modules, address, moduleRoles);
    }

    /**
     * The JAAS roles a login of this caller carries (the inverse of {@link #fromJaasRoles}), in the
     * order platform roles, tenant, participant, modules, module roles.
     *
     * @since 1.3
     */
    public java.util.List<String> jaasRoles() {
        java.util.List<String> all = new java.util.ArrayList<>();
        java.util.Arrays.stream(PlatformRole.values()).filter(roles::contains).forEach(r -> all.add(r.jaasRole()));
        tenantId.ifPresent(t -> all.add(PlatformRole.TENANT_PREFIX + t));
        participantId.ifPresent(p -> all.add(PlatformRole.PARTICIPANT_PREFIX + p));
        new java.util.TreeSet<>(modules).forEach(m -> all.add(PlatformRole.MODULE_PREFIX + m));
        new java.util.TreeSet<>(moduleRoles).forEach(m -> all.add(PlatformRole.moduleRoleJaasRole(m)));
        return all;
    }

    /**
     * The caller of a request served without login (a public page or operation): user {@code "anonym"},
     * no roles, no tenant, so every service refuses it everything that needs a role.
     *
     * @param address the client's address
     * @since 1.4
     */
    public static Caller anonymous(String address) {
        return new Caller(ANONYMOUS, Set.of(), Optional.empty(), Optional.empty(), Set.of(), address);
    }

    /** The user name of {@link #anonymous}; it stands for nobody: the caller holds no role whatever the name. */
    public static final String ANONYMOUS = "anonym";

    /** A platform-internal caller, for work the platform does on its own (migrations, bootstrap). */
    public static Caller system(String what) {
        return new Caller("system", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(),
                Set.of(), what);
    }
}
