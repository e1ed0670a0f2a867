package de.ikz.kinderschutz.internal.members;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A professional in a role at a member institution: work contact only (no private address, no date of
 * birth — the schema has no place for them).
 *
 * @param specialist     an "insoweit erfahrene Fachkraft" (§ 8a/8b SGB VIII, § 4 KKG)
 * @param secrecyContact the youth office's contact person for professionals bound to secrecy (§ 4 KKG)
 * @param username       the login of a member contact, if the person has one
 */
public record Person(String id, String institutionId, String name, String functionTitle, String workPhone, String workEmail,
                     Optional<String> username, boolean specialist, Optional<LocalDate> specialistSince,
                     boolean secrecyContact, LocalDate from, Optional<LocalDate> until) {

    /** Whether the person is in the role on that day. */
    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && until.map(u -> !u.isBefore(day)).orElse(true);
    }
}
