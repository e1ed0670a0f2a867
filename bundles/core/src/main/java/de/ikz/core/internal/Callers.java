package de.ikz.core.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

/** Maps JAAS role names to a {@link Caller}; the only place that knows the naming rules. */
final class Callers {

    private Callers() {
    }

    static Caller fromRoles(String user, Set<String> jaasRoles, String address) {
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        Optional<String> tenant = Optional.empty();
        Optional<String> participant = Optional.empty();
        Set<String> modules = new LinkedHashSet<>();
        for (String r : jaasRoles) {
            PlatformRole.fromJaasRole(r).ifPresent(roles::add);
            if (r.startsWith(PlatformRole.TENANT_PREFIX)) {
                tenant = Optional.of(r.substring(PlatformRole.TENANT_PREFIX.length()));
            } else if (r.startsWith(PlatformRole.PARTICIPANT_PREFIX)) {
                participant = Optional.of(r.substring(PlatformRole.PARTICIPANT_PREFIX.length()));
            } else if (r.startsWith(PlatformRole.MODULE_PREFIX)) {
                modules.add(r.substring(PlatformRole.MODULE_PREFIX.length()));
            }
        }
        return new Caller(user, roles, tenant, participant, modules, address);
    }
}
