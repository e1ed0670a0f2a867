package de.ikz.api.module;

import java.util.Objects;

/**
 * A role a module defines. An id that is the short name of a platform role ({@code coordinator},
 * {@code partner-staff}, {@code auditor}, see {@code de.ikz.api.tenant.PlatformRole#shortName()})
 * describes what that platform role may do in the module.
 *
 * @param id          stable id, unique within the module (e.g. "coordinator")
 * @param description what the role may do
 * @param caseAccess  whether the role reads case data (children's identities, court files, health
 *                    data): the platform then grants it only when a second admin confirms the grant
 *                    (four-eyes, see {@code de.ikz.api.tenant.RoleGrantService})
 * @since 1.1
 */
public record RoleDefinition(String id, String description, boolean caseAccess) {
    public RoleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
    }

    /** A role without case access (the form of API 1.0). */
    public RoleDefinition(String id, String description) {
        this(id, description, false);
    }
}
