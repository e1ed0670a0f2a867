package de.ikz.core.internal;

import java.util.Set;

import de.ikz.api.tenant.Caller;

/** Maps JAAS role names to a {@link Caller} by the API's one naming rule ({@link Caller#fromJaasRoles}). */
final class Callers {

    private Callers() {
    }

    static Caller fromRoles(String user, Set<String> jaasRoles, String address) {
        return Caller.fromJaasRoles(user, jaasRoles, address);
    }
}
