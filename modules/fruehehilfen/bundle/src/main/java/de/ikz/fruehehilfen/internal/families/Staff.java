package de.ikz.fruehehilfen.internal.families;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A staff member of the service (work contact only: no private data).
 *
 * @param id             staff id (e.g. {@code S-4TQ9ZX})
 * @param kind           family midwife, FGKiKP or coordination
 * @param name           name as colleagues use it at work
 * @param nzfhCompleted  has completed the NZFH competence profile
 * @param nzfhOn         when, if completed
 * @param hoursPerWeek   contracted hours per week (0.00 to 48.00)
 * @param activeFrom     works in the service from
 * @param activeTo       until, if the contract ended
 * @param username       the login of a professional, linking her account to this record
 */
public record Staff(String id, StaffKind kind, String name, boolean nzfhCompleted, Optional<LocalDate> nzfhOn,
                    BigDecimal hoursPerWeek, LocalDate activeFrom, Optional<LocalDate> activeTo, Optional<String> username) {

    /** The same staff member under another id (a new record's id is drawn in the transaction that inserts it). */
    public Staff withId(String newId) {
        return new Staff(newId, kind, name, nzfhCompleted, nzfhOn, hoursPerWeek, activeFrom, activeTo, username);
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && activeTo.map(t -> !day.isAfter(t)).orElse(true);
    }
}
