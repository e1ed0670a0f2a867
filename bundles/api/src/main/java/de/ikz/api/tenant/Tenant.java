package de.ikz.api.tenant;

import java.time.Instant;

/**
 * A hosted tenant: one district (Kreis) with its partners.
 *
 * @param id        stable id: lower case letters, digits and dashes, 2 to 40 characters
 * @param name      display name
 * @param createdAt when it was created
 */
public record Tenant(String id, String name, Instant createdAt) {
}
