package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fixed euro amounts per partner, optionally with a key for the rest.
 *
 * <p>Rule: {@code share(p) = fixed(p) + restShare(p)}, where the rest
 * {@code amount − sum of fixed amounts} is split by the {@code rest} key (a partner may have a
 * fixed amount, take part in the rest, or both). Without a rest key the fixed amounts must sum
 * exactly to the amount.
 *
 * <p>Fixed amounts are whole cents and carry the sign of the amount: for a positive amount they
 * must not be negative, for a refund (negative amount) they must not be positive, for a zero
 * amount they must be zero. With a rest key they must not exceed the amount (in absolute value).
 *
 * @param amounts fixed amount per partner id, at least one partner
 * @param rest    key for what remains after the fixed amounts, or {@code null}
 */
public record FixedAmount(Map<String, BigDecimal> amounts, Key rest) implements Key {

    /**
     * @throws AllocationException (field {@code amounts…}) if there are no partners or an amount
     *                             is missing or has fractions of a cent
     */
    public FixedAmount {
        SortedMap<String, BigDecimal> copy = new TreeMap<>();
        Checks.partnerMap("amounts", amounts, false).forEach((id, a) ->
                copy.put(id, Money.requireCents(Checks.entry("amounts", id), a)));
        amounts = Collections.unmodifiableSortedMap(copy);
    }

    /** Fixed amounts that must sum exactly to the amount allocated. */
    public FixedAmount(Map<String, BigDecimal> amounts) {
        this(amounts, null);
    }

    /** @return the sum of the fixed amounts */
    public BigDecimal fixedTotal() {
        return Checks.sum(amounts.values()).setScale(Money.SCALE);
    }

    @Override
    public Set<String> partners() {
        Set<String> partners = new TreeSet<>(amounts.keySet());
        if (rest != null) {
            partners.addAll(rest.partners());
        }
        return Collections.unmodifiableSet(partners);
    }

    /** @return the fixed amount, or {@code null} for a partner that only takes part in the rest */
    @Override
    public BigDecimal keyFigure(String partnerId) {
        return amounts.get(partnerId);
    }

    SortedMap<String, BigDecimal> raw(BigDecimal amount) {
        int sign = amount.signum();
        amounts.forEach((id, a) -> {
            if (sign == 0 ? a.signum() != 0 : a.signum() == -sign) {
                throw new AllocationException(Checks.entry("amounts", id), "fixed amount "
                        + a.toPlainString() + " must " + (sign == 0 ? "be 0.00 when" : "have the sign of")
                        + " the amount " + amount.toPlainString());
            }
        });
        BigDecimal fixedTotal = fixedTotal();
        SortedMap<String, BigDecimal> shares = new TreeMap<>(amounts);
        if (rest == null) {
            if (fixedTotal.compareTo(amount) != 0) {
                throw new AllocationException("amounts", "fixed amounts sum to "
                        + fixedTotal.toPlainString() + " but the amount is " + amount.toPlainString()
                        + "; correct them or add a key for the rest");
            }
            return shares;
        }
        BigDecimal remainder = amount.subtract(fixedTotal);
        if (remainder.signum() == -sign && remainder.signum() != 0) {
            throw new AllocationException("amounts", "fixed amounts sum to "
                    + fixedTotal.toPlainString() + " and exceed the amount " + amount.toPlainString());
        }
        Keys.raw(rest, remainder, "rest").forEach((id, s) -> shares.merge(id, s, BigDecimal::add));
        return shares;
    }
}
