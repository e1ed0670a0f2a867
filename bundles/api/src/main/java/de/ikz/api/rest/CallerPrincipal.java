package de.ikz.api.rest;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;

/**
 * The principal the platform's authentication filter puts into the JAX-RS
 * {@link SecurityContext}. Resources get the caller with
 * {@code CallerPrincipal.caller(securityContext)} from an injected {@code @Context SecurityContext}.
 */
public record CallerPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.user();
    }

    /** The authenticated caller of the request; 401 if there is none (never for a protected resource). */
    public static Caller caller(SecurityContext sc) {
        if (sc != null && sc.getUserPrincipal() instanceof CallerPrincipal p) {
            return p.caller();
        }
        throw new IkzException(IkzException.Kind.UNAUTHENTICATED, "authentication required");
    }
}
