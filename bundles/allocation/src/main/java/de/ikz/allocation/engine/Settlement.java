package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A final settlement (Schlussabrechnung) of one year.
 *
 * <p>Invariants: the final shares add up exactly to {@link #netAmount()}; the balances add up to
 * {@code netAmount − total credits in kind − total advances paid}.
 *
 * @param actualCost     the actual cost of the year
 * @param grantsReceived the grants received for the year
 * @param netAmount      {@code actualCost − grantsReceived}, the amount split among the partners
 *                       (negative if the grants exceed the cost)
 * @param allocation     the split of the net amount (key, rounding rule, exact and rounded shares)
 * @param lines          one line per partner, sorted by partner id
 */
public record Settlement(BigDecimal actualCost, BigDecimal grantsReceived, BigDecimal netAmount,
                         Allocation allocation, List<SettlementLine> lines) {

    /** Copies {@code lines} into an unmodifiable list. */
    public Settlement {
        lines = List.copyOf(lines);
    }

    /**
     * @param partnerId a partner of this settlement
     * @return the partner's line
     * @throws AllocationException (field {@code partnerId}) for an unknown partner
     */
    public SettlementLine line(String partnerId) {
        return lines.stream().filter(l -> l.partnerId().equals(partnerId)).findFirst()
                .orElseThrow(() -> new AllocationException("partnerId",
                        "'" + partnerId + "' is not a partner of this settlement"));
    }

    /** @return the sum of all advances paid */
    public BigDecimal totalAdvancesPaid() {
        return Checks.sum(lines.stream().map(SettlementLine::advancesPaid).toList()).setScale(Money.SCALE);
    }

    /** @return the sum of all balances (positive: more back-payments than refunds) */
    public BigDecimal totalBalance() {
        return Checks.sum(lines.stream().map(SettlementLine::balance).toList()).setScale(Money.SCALE);
    }
}
