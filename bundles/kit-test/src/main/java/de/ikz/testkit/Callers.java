package de.ikz.testkit;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

/**
 * Callers of every platform role for tests of resources, services and commands, and the
 * {@link SecurityContext} the platform's authentication filter would set for one: a resource
 * test calls {@code resource.list(Callers.context(Callers.coordinator(Callers.TENANT, "mymodule")), …)}.
 * All come from {@link #ADDRESS} (loopback). User names are fixed per role, so a test can assert
 * who a service was called as.
 */
public final class Callers {

    /** The tenant of the callers that have one. */
    public static final String TENANT = "kreis-a";

    /** Where every test caller comes from. */
    public static final String ADDRESS = "127.0.0.1";

    private Callers() {
    }

    /** A platform admin ("root"): no tenant, names one with {@code ?tenant=} or {@code --tenant}. */
    public static Caller platformAdmin() {
        return new Caller("root", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(), Set.of(), ADDRESS);
    }

    /** The tenant admin ("tina") of {@code tenant}. */
    public static Caller tenantAdmin(String tenant) {
        return new Caller("tina", Set.of(PlatformRole.TENANT_ADMIN), Optional.of(tenant), Optional.empty(), Set.of(), ADDRESS);
    }

    /** A coordinator ("carla") of {@code tenant} who works in {@code modules}. */
    public static Caller coordinator(String tenant, String... modules) {
        return new Caller("carla", Set.of(PlatformRole.COORDINATOR), Optional.of(tenant), Optional.empty(),
                Set.copyOf(Arrays.asList(modules)), ADDRESS);
    }

    /** Staff ("paul") of participant {@code participant} in {@code tenant}, working in {@code modules}. */
    public static Caller partnerStaff(String tenant, String participant, String... modules) {
        return new Caller("paul", Set.of(PlatformRole.PARTNER_STAFF), Optional.of(tenant), Optional.of(participant),
                Set.copyOf(Arrays.asList(modules)), ADDRESS);
    }

    /** An auditor ("anna") of {@code tenant}: reads everything of it, changes nothing. */
    public static Caller auditor(String tenant, String... modules) {
        return new Caller("anna", Set.of(PlatformRole.AUDITOR), Optional.of(tenant), Optional.empty(),
                Set.copyOf(Arrays.asList(modules)), ADDRESS);
    }

    /** A caller with exactly these roles, for the cases the named ones do not cover. */
    public static Caller of(String user, Set<PlatformRole> roles, String tenant, String participant, Set<String> modules) {
        return new Caller(user, roles, Optional.ofNullable(tenant), Optional.ofNullable(participant), modules, ADDRESS);
    }

    /**
     * A user of {@code tenant} who holds only module-specific roles of one module (no platform role), e.g.
     * {@code Callers.moduleRole(Callers.TENANT, "hanna", "fruehehilfen", "professional")}: the caller a login with
     * the JAAS roles {@code ikz-tenant.<tenant>} and {@code ikz-module-role.<module>.<role>} makes.
     */
    public static Caller moduleRole(String tenant, String user, String module, String... roleIds) {
        Set<String> held = new java.util.LinkedHashSet<>();
        for (String r : roleIds) {
            held.add(Caller.moduleRole(module, r));
        }
        return new Caller(user, Set.of(), Optional.of(tenant), Optional.empty(), Set.of(), ADDRESS, held);
    }

    /**
     * The caller with these module-specific roles added, each "&lt;module&gt;.&lt;role&gt;" (e.g. a coordinator who is
     * also {@code "fruehehilfen.professional"}).
     */
    public static Caller withModuleRoles(Caller caller, String... moduleRoles) {
        Set<String> held = new java.util.LinkedHashSet<>(caller.moduleRoles());
        held.addAll(Arrays.asList(moduleRoles));
        return new Caller(caller.user(), caller.roles(), caller.tenantId(), caller.participantId(), caller.modules(),
                caller.address(), held);
    }

    /** The security context of a request by {@code caller}, as the platform's authentication filter sets it (basic auth). */
    public static SecurityContext context(Caller caller) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return new CallerPrincipal(caller);
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.jaasRoles().contains(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return SecurityContext.BASIC_AUTH;
            }

            @Override
            public String toString() {
                return "context of " + caller.user();
            }
        };
    }
}
