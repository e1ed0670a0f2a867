package de.ikz.kinderschutz.internal.members;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A member institution of the network (never a person, never a family).
 *
 * @param id            the institution's id in the tenant
 * @param name          its name, e.g. "Jugendamt Stadt Eschweiler"
 * @param field         its field
 * @param participantId the core participant it is (a youth office or the health office), if it is one
 * @param joined        when it joined the network
 * @param left          when it left, if it did
 */
public record Institution(String id, String name, Field field, Optional<String> participantId, LocalDate joined,
                          Optional<LocalDate> left) {

    public Institution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(field, "field");
        participantId = participantId == null ? Optional.empty() : participantId;
        Objects.requireNonNull(joined, "joined");
        left = left == null ? Optional.empty() : left;
    }

    /** Whether it was a member on that day (joined on or before it, not left before it). */
    public boolean memberOn(LocalDate day) {
        return !joined.isAfter(day) && left.map(l -> !l.isBefore(day)).orElse(true);
    }
}
