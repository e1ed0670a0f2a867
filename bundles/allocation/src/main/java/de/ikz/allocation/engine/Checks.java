package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Validation and arithmetic helpers shared by the keys; not part of the API. */
final class Checks {

    /** Decimals kept by internal divisions, well beyond {@link Money#EXACT_SCALE}. */
    static final int INTERNAL_SCALE = 20;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    static BigDecimal div(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, INTERNAL_SCALE, RoundingMode.HALF_EVEN);
    }

    /** {@code value × percent / 100}, exact. */
    static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return value.multiply(percent).movePointLeft(2);
    }

    static BigDecimal exact(BigDecimal value) {
        return value.setScale(Money.EXACT_SCALE, RoundingMode.HALF_EVEN);
    }

    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new AllocationException(field, "missing");
        }
        return value;
    }

    /** A partner id must be present, not blank, and carry no leading or trailing whitespace. */
    static String partnerId(String field, String id) {
        if (id == null) {
            throw new AllocationException(field, "partner id missing");
        }
        if (id.isBlank()) {
            throw new AllocationException(field, "partner id must not be blank");
        }
        if (!id.equals(id.strip())) {
            throw new AllocationException(field,
                    "partner id '" + id + "' has leading or trailing whitespace");
        }
        return id;
    }

    /**
     * Copies a per-partner map into an unmodifiable map sorted by partner id, checking the ids and
     * that every partner has a value.
     */
    static SortedMap<String, BigDecimal> partnerMap(String field, Map<String, BigDecimal> input,
                                                    boolean mayBeEmpty) {
        if (input == null) {
            if (mayBeEmpty) {
                return Collections.emptySortedMap();
            }
            throw new AllocationException(field, "missing");
        }
        TreeMap<String, BigDecimal> copy = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> e : input.entrySet()) {
            String id = partnerId(field, e.getKey());
            if (e.getValue() == null) {
                throw new AllocationException(entry(field, id),
                        "value missing for partner (enter 0 explicitly if it has none)");
            }
            copy.put(id, e.getValue());
        }
        if (copy.isEmpty() && !mayBeEmpty) {
            throw new AllocationException(field, "no partners");
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    static String entry(String field, String partnerId) {
        return field + "[" + partnerId + "]";
    }

    static BigDecimal nonNegative(String field, BigDecimal value) {
        notNull(field, value);
        if (value.signum() < 0) {
            throw new AllocationException(field,
                    "must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    static BigDecimal sum(Iterable<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        return sum;
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
