package de.ikz.kinderschutz.internal.training;

import java.time.Instant;
import java.util.List;

/**
 * A professional's registration for a course (work name and work e-mail only).
 *
 * @param waitingPosition 1-based place on the waiting list, 0 unless waiting
 * @param present         the course dates (positions) the person was present at
 */
public record Registration(String id, String courseId, String institutionId, String personName, String workEmail, State state,
                           int waitingPosition, Instant registeredAt, List<Integer> present) {

    public enum State {
        REGISTERED("angemeldet"), WAITING("Warteliste"), CANCELLED("abgemeldet");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
