package de.ikz.api.tenant;

import java.util.Optional;
import java.util.Set;

/** A user as listed by {@link UserService}; never carries the password. */
public record UserAccount(String username, Optional<String> tenantId, Set<PlatformRole> roles,
                          Optional<String> participantId, Set<String> modules) {
}
