package de.ikz.fruehehilfen.internal.families;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One period in which a staff member looked after a family; the current one has no end.
 *
 * @param id       assignment id
 * @param familyId the case
 * @param staffId  the staff member
 * @param from     first day
 * @param to       last day, if it ended
 */
public record Assignment(String id, String familyId, String staffId, LocalDate from, Optional<LocalDate> to) {
}
