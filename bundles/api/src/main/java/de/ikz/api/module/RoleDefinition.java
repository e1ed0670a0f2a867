package de.ikz.api.module;

import java.util.Objects;

/**
 * A role a module defines. The JAAS role name a user must hold is {@link #jaasRole()}.
 *
 * @param id          stable id, unique within the module (e.g. "coordinator")
 * @param description what the role may do
 */
public record RoleDefinition(String id, String description) {
    public RoleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
    }
}
