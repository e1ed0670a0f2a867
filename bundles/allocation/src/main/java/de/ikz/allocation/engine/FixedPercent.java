package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Fixed percentages: {@code share(p) = amount × percent(p) / 100}.
 *
 * <p>The percentages must not be negative and must sum to <em>exactly</em> 100 (e.g.
 * 33.33 + 33.33 + 33.33 is rejected; use {@link Equal} or {@link ByFigure} for thirds).
 *
 * @param percents percentage per partner id
 */
public record FixedPercent(Map<String, BigDecimal> percents) implements Key {

    /**
     * @throws AllocationException (field {@code percents…}) if there are no partners, a
     *                             percentage is missing or negative, or they do not sum to 100
     */
    public FixedPercent {
        percents = Checks.partnerMap("percents", percents, false);
        percents.forEach((id, p) -> Checks.nonNegative(Checks.entry("percents", id), p));
        BigDecimal sum = Checks.sum(percents.values());
        if (sum.compareTo(Checks.HUNDRED) != 0) {
            throw new AllocationException("percents",
                    "percentages sum to " + Checks.plain(sum) + ", must be exactly 100");
        }
    }

    @Override
    public Set<String> partners() {
        return percents.keySet();
    }

    @Override
    public BigDecimal keyFigure(String partnerId) {
        return percents.get(partnerId);
    }

    SortedMap<String, BigDecimal> raw(BigDecimal amount) {
        SortedMap<String, BigDecimal> shares = new TreeMap<>();
        percents.forEach((id, p) -> shares.put(id, Checks.percentOf(amount, p)));
        return shares;
    }
}
