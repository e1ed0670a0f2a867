package de.ikz.api.tenant;

import java.util.Optional;
import java.util.Set;

/**
 * A user as listed by {@link UserService}; never carries the password.
 *
 * @param moduleRoles module-specific roles held (confirmed), each "&lt;moduleId&gt;.&lt;roleId&gt;" as in
 *                    {@link Caller#moduleRoles()} (since 1.3)
 */
public record UserAccount(String username, Optional<String> tenantId, Set<PlatformRole> roles,
                          Optional<String> participantId, Set<String> modules, Set<String> moduleRoles) {

    public UserAccount {
        moduleRoles = moduleRoles == null ? Set.of() : Set.copyOf(moduleRoles);
    }

    /** An account without module-specific roles (the form of API 1.2). */
    public UserAccount(String username, Optional<String> tenantId, Set<PlatformRole> roles, Optional<String> participantId,
                       Set<String> modules) {
        this(username, tenantId, roles, participantId, modules, Set.of());
    }
}
