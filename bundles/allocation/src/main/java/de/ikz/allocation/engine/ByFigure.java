package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Split in proportion to a figure per partner (population, population under 18, case counts,
 * specialist hours, …).
 *
 * <p>Rule: {@code share(p) = amount × figure(p) / sum of all figures}.
 *
 * <p>Every partner must have a figure (enter {@code 0} explicitly for a partner that has none);
 * figures must not be negative; their total must be greater than zero. Figures may have decimals
 * (e.g. hours). Multiplying every figure by the same positive factor does not change any share.
 *
 * @param basis   what the figures are and where they come from, kept for the auditors, e.g.
 *                {@code "Einwohner 31.12.2023; IT.NRW"}; may be {@code null}
 * @param figures figure per partner id
 */
public record ByFigure(String basis, Map<String, BigDecimal> figures) implements Key {

    /**
     * @throws AllocationException (field {@code figures…}) if there are no partners, a partner
     *                             has no figure or a negative one, or all figures are zero
     */
    public ByFigure {
        figures = Checks.partnerMap("figures", figures, false);
        figures.forEach((id, f) -> Checks.nonNegative(Checks.entry("figures", id), f));
        if (Checks.sum(figures.values()).signum() == 0) {
            throw new AllocationException("figures",
                    "the total of all figures is zero; there is nothing to split by");
        }
    }

    /** A key by figure without a recorded basis. */
    public ByFigure(Map<String, BigDecimal> figures) {
        this(null, figures);
    }

    /** @return the sum of all figures, the denominator of every share */
    public BigDecimal totalFigure() {
        return Checks.sum(figures.values());
    }

    @Override
    public Set<String> partners() {
        return figures.keySet();
    }

    @Override
    public BigDecimal keyFigure(String partnerId) {
        return figures.get(partnerId);
    }

    SortedMap<String, BigDecimal> raw(BigDecimal amount) {
        BigDecimal total = totalFigure();
        SortedMap<String, BigDecimal> shares = new TreeMap<>();
        figures.forEach((id, f) -> shares.put(id, Checks.div(amount.multiply(f), total)));
        return shares;
    }
}
