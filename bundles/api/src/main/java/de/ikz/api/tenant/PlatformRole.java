package de.ikz.api.tenant;

import java.util.Arrays;
import java.util.Optional;

/**
 * Platform roles and the JAAS role names that carry them. A user's tenant, participant and
 * module are JAAS roles too (prefixes below), so any JAAS realm (properties file, LDAP groups,
 * JDBC) can supply them.
 */
public enum PlatformRole {
    /** Runs the hosting platform: tenants, register data, all operations. */
    PLATFORM_ADMIN("ikz-platform-admin"),
    /** Administers one tenant: its users and agreements. */
    TENANT_ADMIN("ikz-tenant-admin"),
    /** Works in the coordination office of a module (see {@link #MODULE_PREFIX}). */
    COORDINATOR("ikz-coordinator"),
    /** Staff of one participant (see {@link #PARTICIPANT_PREFIX}). */
    PARTNER_STAFF("ikz-partner-staff"),
    /** Reads everything of its tenant, changes nothing. */
    AUDITOR("ikz-auditor");

    /** JAAS role naming the user's tenant: {@code ikz-tenant.<tenantId>}. */
    public static final String TENANT_PREFIX = "ikz-tenant.";
    /** JAAS role naming the participant a partner-staff user works for. */
    public static final String PARTICIPANT_PREFIX = "ikz-participant.";
    /** JAAS role naming a module a coordinator works in. */
    public static final String MODULE_PREFIX = "ikz-module.";
    /**
     * JAAS role carrying a module-specific role (one a module declares that is not a platform role):
     * {@code ikz-module-role.<moduleId>.<roleId>}, e.g. {@code ikz-module-role.fruehehilfen.professional}.
     * {@link Caller#moduleRoles()} holds the part after the prefix.
     *
     * @since 1.3
     */
    public static final String MODULE_ROLE_PREFIX = "ikz-module-role.";

    private final String jaasRole;

    PlatformRole(String jaasRole) {
        this.jaasRole = jaasRole;
    }

    public String jaasRole() {
        return jaasRole;
    }

    public static Optional<PlatformRole> fromJaasRole(String role) {
        return Arrays.stream(values()).filter(r -> r.jaasRole.equals(role)).findFirst();
    }

    /** Accepts "tenant-admin", "TENANT_ADMIN" or "ikz-tenant-admin". */
    public static Optional<PlatformRole> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String jaas = t.startsWith("ikz-") ? t : "ikz-" + t;
        return fromJaasRole(jaas);
    }

    /**
     * The roles named in a request or command, in their order; an unknown one is refused naming the
     * field (400 problem, console "Error in &lt;field&gt;").
     */
    public static java.util.Set<PlatformRole> parseAll(String field, java.util.Collection<String> texts) {
        java.util.Set<PlatformRole> roles = new java.util.LinkedHashSet<>();
        for (String t : texts == null ? java.util.List.<String>of() : texts) {
            roles.add(parse(t).orElseThrow(() -> de.ikz.api.error.IkzException.invalid(field, "unknown role '" + t
                    + "'; known: platform-admin, tenant-admin, coordinator, partner-staff, auditor")));
        }
        return roles;
    }

    /**
     * The JAAS role of a module-specific role: {@code moduleRoleJaasRole("fruehehilfen.professional")} is
     * {@code ikz-module-role.fruehehilfen.professional}.
     *
     * @param moduleRole "&lt;moduleId&gt;.&lt;roleId&gt;" (see {@link Caller#moduleRole})
     * @since 1.3
     */
    public static String moduleRoleJaasRole(String moduleRole) {
        return MODULE_ROLE_PREFIX + moduleRole;
    }

    /**
     * The module-specific role a JAAS role carries ("&lt;moduleId&gt;.&lt;roleId&gt;"), if it is one of the
     * form {@link #MODULE_ROLE_PREFIX}{@code <moduleId>.<roleId>} with both parts non-empty.
     *
     * @since 1.3
     */
    public static Optional<String> moduleRoleOf(String jaasRole) {
        if (jaasRole == null || !jaasRole.startsWith(MODULE_ROLE_PREFIX)) {
            return Optional.empty();
        }
        String rest = jaasRole.substring(MODULE_ROLE_PREFIX.length());
        int dot = rest.lastIndexOf('.');
        return dot > 0 && dot < rest.length() - 1 ? Optional.of(rest) : Optional.empty();
    }

    /** The short name used in JSON and on the console: "tenant-admin". */
    public String shortName() {
        return jaasRole.substring(4);
    }
}
