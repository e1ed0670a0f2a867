package de.ikz.vormundschaft.internal.domain;

import java.util.Objects;

/** An allowed move of a volunteer from one pipeline stage to another. */
public record Transition(VolunteerStage from, VolunteerStage to) {
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
