package de.ikz.vormundschaft.internal.rest;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

/** Callers of the resource tests and the security context the platform's authentication filter would set. */
final class Callers {

    static final String TENANT = "kreis-a";

    /** A coordinator of the module in tenant {@link #TENANT}. */
    static final Caller COORDINATOR = new Caller("carla", Set.of(PlatformRole.COORDINATOR), Optional.of(TENANT),
            Optional.empty(), Set.of("vormundschaft"), "127.0.0.1");

    /** A platform admin: has no tenant and names one with ?tenant=. */
    static final Caller PLATFORM_ADMIN = new Caller("root", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(),
            Optional.empty(), Set.of(), "127.0.0.1");

    private Callers() {
    }

    static SecurityContext as(Caller caller) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return new CallerPrincipal(caller);
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return SecurityContext.BASIC_AUTH;
            }
        };
    }

    static SecurityContext coordinator() {
        return as(COORDINATOR);
    }

    static SecurityContext platformAdmin() {
        return as(PLATFORM_ADMIN);
    }
}
