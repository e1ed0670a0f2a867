package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A fixed percentage of the remaining deficit per partner; whatever the percentages leave open
 * is borne by one partner (typically the host or the district as guarantor).
 *
 * <p>The amount allocated is the remaining deficit (costs less revenues, grants and fixed
 * contributions). Rule: {@code share(p) = deficit × percent(p) / 100}; the
 * {@code residualBearer} additionally carries {@code deficit × (100 − sum of percents) / 100}.
 * A surplus (negative deficit) is split the same way.
 *
 * <p>Percentages must not be negative and must sum to at most 100; without a residual bearer
 * they must sum to exactly 100. The bearer may, but need not, have a percentage of its own.
 *
 * @param percents       percentage of the deficit per partner id
 * @param residualBearer the partner carrying the rest up to 100 %, or {@code null}
 */
public record DeficitPercent(Map<String, BigDecimal> percents, String residualBearer) implements Key {

    /**
     * @throws AllocationException (field {@code percents…} or {@code residualBearer}) on
     *                             invalid input
     */
    public DeficitPercent {
        percents = Checks.partnerMap("percents", percents, false);
        percents.forEach((id, p) -> Checks.nonNegative(Checks.entry("percents", id), p));
        if (residualBearer != null) {
            Checks.partnerId("residualBearer", residualBearer);
        }
        BigDecimal sum = Checks.sum(percents.values());
        if (residualBearer == null && sum.compareTo(Checks.HUNDRED) != 0) {
            throw new AllocationException("percents", "percentages sum to " + Checks.plain(sum)
                    + ", must be exactly 100 when no residual bearer is named");
        }
        if (sum.compareTo(Checks.HUNDRED) > 0) {
            throw new AllocationException("percents",
                    "percentages sum to " + Checks.plain(sum) + ", must not exceed 100");
        }
    }

    /** Percentages that sum to exactly 100, no residual bearer. */
    public DeficitPercent(Map<String, BigDecimal> percents) {
        this(percents, null);
    }

    /** @return the percentage carried by the residual bearer beyond its own, {@code 100 − sum} */
    public BigDecimal residualPercent() {
        return Checks.HUNDRED.subtract(Checks.sum(percents.values()));
    }

    @Override
    public Set<String> partners() {
        Set<String> partners = new TreeSet<>(percents.keySet());
        if (residualBearer != null) {
            partners.add(residualBearer);
        }
        return Collections.unmodifiableSet(partners);
    }

    /** @return the partner's effective percentage (for the bearer including the residual) */
    @Override
    public BigDecimal keyFigure(String partnerId) {
        BigDecimal own = percents.get(partnerId);
        if (partnerId != null && partnerId.equals(residualBearer)) {
            return own == null ? residualPercent() : own.add(residualPercent());
        }
        return own;
    }

    SortedMap<String, BigDecimal> raw(BigDecimal amount) {
        SortedMap<String, BigDecimal> shares = new TreeMap<>();
        percents.forEach((id, p) -> shares.put(id, Checks.percentOf(amount, p)));
        if (residualBearer != null) {
            shares.merge(residualBearer, Checks.percentOf(amount, residualPercent()), BigDecimal::add);
        }
        return shares;
    }
}
