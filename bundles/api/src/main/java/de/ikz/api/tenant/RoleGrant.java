package de.ikz.api.tenant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A request to give a user case access (four-eyes): it takes effect only when a second, different
 * admin confirms it. See {@link RoleGrantService}.
 *
 * @param id          stable id, e.g. "G7K2M9QX"
 * @param tenantId    the tenant of the user
 * @param username    who is to get the roles
 * @param roles       the JAAS roles the grant adds on confirmation (e.g. {@code ikz-partner-staff},
 *                    {@code ikz-participant.ja-a}, {@code ikz-module.vormundschaft}), sorted
 * @param state       pending, confirmed or rejected
 * @param requestedBy who asked for it
 * @param requestedAt when
 * @param reason      why it was requested (may be empty)
 * @param decidedBy   who confirmed or rejected it
 * @param decidedAt   when
 * @param note        the decider's note (may be empty)
 * @since 1.1
 */
public record RoleGrant(String id, String tenantId, String username, List<String> roles, State state,
                        String requestedBy, Instant requestedAt, Optional<String> reason,
                        Optional<String> decidedBy, Optional<Instant> decidedAt, Optional<String> note) {

    public RoleGrant {
        roles = List.copyOf(roles);
    }

    /** Where a grant stands. */
    public enum State {
        /** Waiting for a second admin; the roles are not held yet. */
        PENDING,
        /** Confirmed by a second admin; the roles were added. */
        CONFIRMED,
        /** Rejected or withdrawn; the roles were never added. */
        REJECTED;

        /** A state named in a request ("pending", " CONFIRMED "); absent or blank: none; anything else is refused naming the field. */
        public static Optional<State> parse(String field, String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(valueOf(text.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw de.ikz.api.error.IkzException.invalid(field, field + " must be PENDING, CONFIRMED or REJECTED");
            }
        }
    }

    /** What the user is told about this grant, in German and English. */
    public String message() {
        String what = String.join(", ", roles);
        return switch (state) {
            case PENDING -> "Ihr Zugang zu Falldaten (" + what + ") wartet auf die Bestätigung durch eine zweite Administratorin"
                    + " oder einen zweiten Administrator. / Your case access (" + what + ") is waiting for confirmation by a"
                    + " second administrator.";
            case CONFIRMED -> "Ihr Zugang zu Falldaten (" + what + ") wurde bestätigt. / Your case access (" + what
                    + ") was confirmed.";
            case REJECTED -> "Ihr Zugang zu Falldaten (" + what + ") wurde abgelehnt. / Your case access (" + what
                    + ") was rejected.";
        };
    }
}
