package de.ikz.fruehehilfen.internal.families;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A family of the family-midwife service as a pseudonymised case: no name, no address, only the
 * pseudonym and what the reports need. The identity lives apart ({@link Identity}, sealed at rest)
 * and is shown only to those {@link FamilyAccess#seesIdentity} lets through.
 *
 * @param id             the case id (e.g. {@code F-7KQ2MX})
 * @param pseudonym      what staff outside the case read, e.g. {@code FH-2026-0007}
 * @param ags            municipality of residence (8-digit AGS, checked against the register)
 * @param ownerId        the owning youth office: the tenant's participant whose jurisdiction covers the AGS
 * @param openedOn       the day the case opened (no contact before it)
 * @param referredBy     who referred the family
 * @param closedOn       the day the case closed (no contact after it), if closed
 * @param closingReason  why it closed, if closed
 * @param staffId        the staff member currently assigned (for a closed case: the one assigned when it closed), if any
 */
public record Family(String id, String pseudonym, String ags, String ownerId, LocalDate openedOn, Referral referredBy,
                     Optional<LocalDate> closedOn, Optional<ClosingReason> closingReason, Optional<String> staffId) {

    /** Is the case open on the day (opened on or before it, not closed before it)? */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(openedOn) && closedOn.map(c -> !day.isAfter(c)).orElse(true);
    }

    public boolean closed() {
        return closedOn.isPresent();
    }

    /** Access-log record name of the case. */
    public String record() {
        return FamilyAccess.RECORD_FAMILY + id;
    }
}
