package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of splitting an amount: one {@link PartnerShare} per partner, sorted by partner id.
 *
 * <p>Invariants: the rounded {@link PartnerShare#amount() amounts} add up exactly to
 * {@link #total()}; for every partner {@code payable = amount − creditInKind}.
 *
 * @param total  the amount split, two decimals
 * @param key    the key used, with all its figures, for retracing the split
 * @param rule   the rounding rule used
 * @param shares one line per partner, sorted by partner id
 */
public record Allocation(BigDecimal total, Key key, RoundingRule rule, List<PartnerShare> shares) {

    /** Copies {@code shares} into an unmodifiable list. */
    public Allocation {
        shares = List.copyOf(shares);
    }

    /**
     * @param partnerId a partner of this allocation
     * @return the partner's line
     * @throws AllocationException (field {@code partnerId}) for an unknown partner
     */
    public PartnerShare share(String partnerId) {
        return shares.stream().filter(s -> s.partnerId().equals(partnerId)).findFirst()
                .orElseThrow(() -> new AllocationException("partnerId",
                        "'" + partnerId + "' is not a partner of this allocation"));
    }

    /** @return the sum of all credits in kind */
    public BigDecimal totalCreditInKind() {
        return Checks.sum(shares.stream().map(PartnerShare::creditInKind).toList()).setScale(Money.SCALE);
    }

    /** @return the sum of all payable amounts, {@code total − totalCreditInKind} */
    public BigDecimal totalPayable() {
        return Checks.sum(shares.stream().map(PartnerShare::payable).toList()).setScale(Money.SCALE);
    }
}
