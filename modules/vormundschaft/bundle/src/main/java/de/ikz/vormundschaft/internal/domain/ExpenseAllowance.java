package de.ikz.vormundschaft.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.ikz.kit.text.GermanFormat;

/**
 * The yearly flat expense allowance of a volunteer guardian (Aufwandspauschale, BGB § 1878):
 * €425 per year; the claim lapses unless made within six months after the year ends, i.e. by
 * 30 June of the following year.
 */
public final class ExpenseAllowance {

    /** The yearly flat amount in euros. */
    public static final BigDecimal AMOUNT = new BigDecimal("425.00");

    private ExpenseAllowance() {
    }

    /** The last day a claim for {@code year} can be made: 30 June of the following year. */
    public static LocalDate claimDeadline(int year) {
        return LocalDate.of(year + 1, 6, 30);
    }

    /**
     * Checks that a claim for {@code year} made on {@code claimedOn} is in time (the deadline day
     * itself is in time).
     *
     * @throws PipelineException naming {@code claimedOn} if it is missing or after the deadline
     */
    public static void checkClaim(int year, LocalDate claimedOn) {
        if (claimedOn == null) {
            throw new PipelineException("claimedOn", "the date of the claim is missing");
        }
        LocalDate deadline = claimDeadline(year);
        if (claimedOn.isAfter(deadline)) {
            throw new PipelineException("claimedOn", "the claim for " + year + " lapsed on "
                    + GermanFormat.date(deadline) + " (six months after the year ended); claimed on "
                    + GermanFormat.date(claimedOn));
        }
    }
}
