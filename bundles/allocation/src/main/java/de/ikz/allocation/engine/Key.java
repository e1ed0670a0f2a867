package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An allocation key (Umlageschlüssel): the rule by which an amount is split among partners.
 *
 * <p>A key computes <em>exact</em> shares, before any rounding to the cent; the
 * {@link RoundingRule} then turns them into cent amounts that add up exactly to the amount.
 * Partners are identified by a partner id (a {@link String}, compared exactly and
 * case-sensitively; blank ids and ids with leading or trailing spaces are rejected).
 *
 * <p>The keys:
 * <ul>
 *   <li>{@link ByFigure} – proportional to a figure per partner (population, case counts, hours);</li>
 *   <li>{@link Equal} – equal shares;</li>
 *   <li>{@link FixedPercent} – fixed percentages that sum to exactly 100;</li>
 *   <li>{@link FixedAmount} – fixed euro amounts, optionally with a key for the rest;</li>
 *   <li>{@link GrantTopUp} – each partner's own grant plus a top-up percentage;</li>
 *   <li>{@link DeficitPercent} – a fixed percentage of the remaining deficit per partner, the
 *       rest borne by one partner;</li>
 *   <li>{@link Weighted} – a weighted mixture of other keys (e.g. 50 % population, 50 % cases);</li>
 *   <li>{@link Bounded} – floors and caps per partner on top of another key.</li>
 * </ul>
 * A host's contribution in kind is not a key: it does not change anybody's share and is passed
 * to {@link Allocator#allocate(BigDecimal, Key, RoundingRule, Map)} instead.
 *
 * <p>Every key is an immutable record. Its inputs are validated when it is created; checks that
 * depend on the amount (e.g. fixed amounts against the total) are made by
 * {@link #exactShares(BigDecimal)}. Every share has the sign of the amount (or is zero): a
 * negative amount (a refund) is split exactly like the positive one and negated.
 */
public sealed interface Key
        permits ByFigure, Equal, FixedPercent, FixedAmount, GrantTopUp, DeficitPercent, Weighted, Bounded {

    /** @return the ids of all partners that receive a share, sorted */
    Set<String> partners();

    /**
     * The figure this key uses for a partner, for the printed allocation: the population or case
     * count for {@link ByFigure}, the percentage for {@link FixedPercent} and
     * {@link DeficitPercent}, the fixed amount for {@link FixedAmount}, the grant for
     * {@link GrantTopUp}; {@code null} where a key has no single figure ({@link Equal},
     * {@link Weighted}).
     *
     * @param partnerId a partner of this key
     * @return the figure as entered, or {@code null}
     */
    BigDecimal keyFigure(String partnerId);

    /**
     * Splits {@code amount} exactly, without rounding to the cent.
     *
     * <p>The result holds one entry per {@linkplain #partners() partner}, sorted by partner id,
     * each with {@value Money#EXACT_SCALE} decimals (internal divisions keep 20 decimals, the
     * result is rounded half-even to 10). The entries add up to {@code amount} up to the rounding
     * of the last decimal of each entry.
     *
     * @param amount the euro amount to split (at most two decimals; negative for a refund)
     * @return exact share per partner id
     * @throws AllocationException if the amount is invalid or does not fit the key
     */
    default Map<String, BigDecimal> exactShares(BigDecimal amount) {
        BigDecimal cents = Money.requireCents("amount", amount);
        SortedMap<String, BigDecimal> result = new TreeMap<>();
        Keys.raw(this, cents).forEach((id, share) -> result.put(id, Checks.exact(share)));
        return Collections.unmodifiableSortedMap(result);
    }
}
