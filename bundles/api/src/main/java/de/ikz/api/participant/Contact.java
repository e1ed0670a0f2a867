package de.ikz.api.participant;

/**
 * A contact of a participant (office or person in a role). Staff contact data, not social data.
 *
 * @param role    e.g. "Koordination", "Kämmerei"
 * @param person  name of the person, may be null for an office address
 */
public record Contact(String role, String person, String office, String phone, String email, String address) {
}
