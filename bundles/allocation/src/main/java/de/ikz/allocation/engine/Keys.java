package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.SortedMap;

/** Evaluates keys at internal precision; not part of the API. */
final class Keys {

    private Keys() {
    }

    /**
     * Shares of {@code amount} with {@link Checks#INTERNAL_SCALE} decimals (or exact), sorted by
     * partner id. {@code amount} need not be whole cents here: nested keys receive fractions.
     */
    static SortedMap<String, BigDecimal> raw(Key key, BigDecimal amount) {
        if (key instanceof ByFigure k) {
            return k.raw(amount);
        } else if (key instanceof Equal k) {
            return k.raw(amount);
        } else if (key instanceof FixedPercent k) {
            return k.raw(amount);
        } else if (key instanceof FixedAmount k) {
            return k.raw(amount);
        } else if (key instanceof GrantTopUp k) {
            return k.raw(amount);
        } else if (key instanceof DeficitPercent k) {
            return k.raw(amount);
        } else if (key instanceof Weighted k) {
            return k.raw(amount);
        } else if (key instanceof Bounded k) {
            return k.raw(amount);
        }
        throw new IllegalStateException("unknown key type " + key.getClass());
    }

    /** Same as {@link #raw(Key, BigDecimal)}, errors reported under {@code prefix}. */
    static SortedMap<String, BigDecimal> raw(Key key, BigDecimal amount, String prefix) {
        try {
            return raw(key, amount);
        } catch (AllocationException e) {
            throw e.under(prefix);
        }
    }
}
