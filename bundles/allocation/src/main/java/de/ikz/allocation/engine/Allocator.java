package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Splits an amount among partners by a {@link Key} and rounds the shares to the cent with a
 * {@link RoundingRule}, so that they add up exactly to the amount.
 *
 * <p>Steps: (1) the key computes exact shares ({@link Key#exactShares}); (2) the rounding rule
 * turns them into cent amounts ({@link RoundingRule#round}); (3) contributions in kind, if any,
 * are credited: the partner's share stays as computed, the credit is shown separately and its
 * payable amount is reduced by it. A credit does not change any other partner's share.
 */
public final class Allocator {

    private Allocator() {
    }

    /** Splits {@code amount} by {@code key} with {@link RoundingRule#LARGEST_REMAINDER}. */
    public static Allocation allocate(BigDecimal amount, Key key) {
        return allocate(amount, key, RoundingRule.LARGEST_REMAINDER, Map.of());
    }

    /** Splits {@code amount} by {@code key} with the given rounding rule, without credits in kind. */
    public static Allocation allocate(BigDecimal amount, Key key, RoundingRule rule) {
        return allocate(amount, key, rule, Map.of());
    }

    /**
     * Splits {@code amount} by {@code key}, rounds with {@code rule} and credits contributions in
     * kind.
     *
     * @param amount        the amount to split, whole cents; negative for a refund
     * @param key           the allocation key
     * @param rule          the rounding rule
     * @param creditsInKind value of the contribution in kind per partner id (typically only the
     *                      host: rooms, staff overhead); whole cents, not negative, not more than
     *                      the partner's rounded share; may be empty
     * @return the allocation, one line per partner of the key
     * @throws AllocationException on invalid input
     */
    public static Allocation allocate(BigDecimal amount, Key key, RoundingRule rule,
                                      Map<String, BigDecimal> creditsInKind) {
        BigDecimal total = Money.requireCents("amount", amount);
        Checks.notNull("key", key);
        Checks.notNull("rule", rule);
        SortedMap<String, BigDecimal> credits = Checks.partnerMap("creditsInKind", creditsInKind, true);
        Map<String, BigDecimal> exact = key.exactShares(total);
        SortedMap<String, BigDecimal> rounded = rule.round(total, exact);
        credits.forEach((id, c) -> {
            if (!rounded.containsKey(id)) {
                throw new AllocationException(Checks.entry("creditsInKind", id),
                        "'" + id + "' is not a partner of the key");
            }
        });
        List<PartnerShare> lines = new ArrayList<>();
        rounded.forEach((id, share) -> {
            String field = Checks.entry("creditsInKind", id);
            BigDecimal credit = credits.containsKey(id)
                    ? Checks.nonNegative(field, Money.requireCents(field, credits.get(id)))
                    : Money.ZERO;
            if (credit.compareTo(share.max(Money.ZERO)) > 0) {
                throw new AllocationException(field, "credit in kind " + credit.toPlainString()
                        + " exceeds the partner's share " + share.toPlainString());
            }
            lines.add(new PartnerShare(id, key.keyFigure(id), exact.get(id), share, credit,
                    share.subtract(credit)));
        });
        return new Allocation(total, key, rule, lines);
    }

    /**
     * Allocates the pooled amount of a {@link GrantTopUp} key, so that every partner's share is
     * its contribution (grant plus top-up) to the cent. The pooled amount is the exact sum of the
     * contributions rounded half-up to the cent; the shares are rounded with {@code rule}.
     *
     * <p>Kreis Heinsberg, grant 104,178.00 €, 20 %: {@link GrantTopUp.Reading#ON_TOP} allocates
     * 125,013.60 €, {@link GrantTopUp.Reading#SHARE_OF_TOTAL} 130,222.50 €.
     */
    public static Allocation allocatePooled(GrantTopUp key, RoundingRule rule) {
        Checks.notNull("key", key);
        return allocate(key.pooledAmount().setScale(Money.SCALE, RoundingMode.HALF_UP), key, rule);
    }
}
