package de.ikz.kinderschutz.internal.members;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An agreement the network (its youth office) signed with a member institution.
 *
 * @param validUntil  end of validity; empty: open-ended
 * @param renewalDue  the day from which it is shown as due for renewal (valid until minus the notice period)
 */
public record NetworkAgreement(String id, String institutionId, AgreementKind kind, String title, LocalDate signedOn,
                               Optional<LocalDate> validUntil, Optional<LocalDate> renewalDue) {

    /** Due for renewal on that day (inside the notice period or expired). */
    public boolean dueOn(LocalDate day) {
        return renewalDue.map(d -> !d.isAfter(day)).orElse(false);
    }
}
