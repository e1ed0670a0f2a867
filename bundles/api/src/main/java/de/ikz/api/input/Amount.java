package de.ikz.api.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import de.ikz.api.error.IkzException;

/**
 * A euro amount that has passed the platform's bounds: a {@link BigDecimal} with exactly two
 * decimals and an absolute value of at most {@link #MAX} (10<sup>12</sup> €, far above any
 * youth-welfare budget and small enough that every computation on it stays cheap).
 *
 * <p>Text is accepted only as a plain decimal string: an optional {@code -} (where the field allows
 * a sign), digits, and at most two decimals after a point, e.g. {@code "98000.00"} or
 * {@code "-33.3"}. No exponent ({@code 1e3}), no {@code +}, no grouping, no spaces: what a
 * person or a program would write for money, nothing a parser could blow up. Trailing zeros beyond
 * the cent are accepted ({@code "10.500"} is 10.50); fractions of a cent are refused, never rounded.
 *
 * <p>Hand-written rather than a money library (JSR 354 / Moneta): the platform has one currency,
 * needs only parsing and bounds, and Moneta's OSGi packaging would add a service loader for that.
 */
public final class Amount implements Comparable<Amount> {

    /** Decimals of every amount: cents. */
    public static final int SCALE = 2;

    /** The largest absolute amount accepted: 1,000,000,000,000.00 € (10^12). */
    public static final BigDecimal MAX = BigDecimal.TEN.pow(12).setScale(SCALE);

    /** Zero euros, {@code 0.00}. */
    public static final Amount ZERO = new Amount(BigDecimal.ZERO.setScale(SCALE));

    /** Which signs a field allows. */
    public enum Sign {
        /** More than zero (a price, a budget that must be funded). */
        POSITIVE,
        /** Zero or more (budgets, costs, grants, floors, caps, advances). */
        NON_NEGATIVE,
        /** Any sign (a refund split, a difference). */
        ANY
    }

    private final BigDecimal value;

    private Amount(BigDecimal value) {
        this.value = value;
    }

    /**
     * Parses a plain decimal string into a bounded amount.
     *
     * @param field the field named in a refusal, e.g. {@code "budget"} or {@code "partners[2].value"}
     * @param text  the text as received; null or blank is refused as missing
     * @param sign  the signs the field allows
     * @throws IkzException INVALID naming {@code field}
     */
    public static Amount parse(String field, String text, Sign sign) {
        if (text == null || text.isEmpty()) {
            throw IkzException.invalid(field, field + " is required: an amount like \"1234.56\"");
        }
        return of(field, Input.plainDecimal(field, text, "an amount like \"1234.56\""), sign);
    }

    /**
     * An amount as a person types it into a form ({@link Input#typed}: "1.234,56", "1234.56", "1.500" =
     * 1500, "98 000 €"), bounded as {@link #parse}. One rule for every screen: a clerk's "1.500" is never
     * 1.50 and a pasted "12.50" never 1250.
     *
     * @throws IkzException INVALID naming {@code field}
     */
    public static Amount typed(String field, String text, Sign sign) {
        return parse(field, Input.typed(text), sign);
    }

    /**
     * Checks a value that arrived already as a {@link BigDecimal} (from JSON mapping, from another
     * service) against the same bounds as {@link #parse}.
     *
     * @throws IkzException INVALID naming {@code field}
     */
    public static Amount of(String field, BigDecimal value, Sign sign) {
        Objects.requireNonNull(sign, "sign");
        if (value == null) {
            throw IkzException.invalid(field, field + " is required: an amount like \"1234.56\"");
        }
        // bounds first: comparing is cheap for any value, setScale on 1E+200000 is not
        if (value.abs().compareTo(MAX) > 0) {
            throw IkzException.invalid(field, field + " must be at most " + MAX.toPlainString() + " in absolute value");
        }
        if (value.scale() > SCALE && value.stripTrailingZeros().scale() > SCALE) {
            throw IkzException.invalid(field, field + " has fractions of a cent; at most " + SCALE + " decimals are allowed");
        }
        switch (sign) {
            case POSITIVE -> {
                if (value.signum() <= 0) {
                    throw IkzException.invalid(field, field + " must be more than 0");
                }
            }
            case NON_NEGATIVE -> {
                if (value.signum() < 0) {
                    throw IkzException.invalid(field, field + " must not be negative");
                }
            }
            case ANY -> {
                // a refund or a difference may be negative
            }
        }
        return new Amount(value.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    /** {@link #of} for a value that may be absent: null stays null. */
    public static BigDecimal optional(String field, BigDecimal value, Sign sign) {
        return value == null ? null : of(field, value, sign).value();
    }

    /**
     * {@link #of} for every value of a map keyed by partner (or another id), each named
     * {@code field[key]}; null stays null. The order is kept.
     */
    public static Map<String, BigDecimal> each(String field, Map<String, BigDecimal> values, Sign sign) {
        if (values == null) {
            return null;
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, of(field + "[" + k + "]", v, sign).value()));
        return out;
    }

    /** The amount with exactly two decimals. */
    public BigDecimal value() {
        return value;
    }

    public int signum() {
        return value.signum();
    }

    @Override
    public int compareTo(Amount o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && value.equals(a.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The plain string with two decimals, e.g. {@code 1234.50}. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
