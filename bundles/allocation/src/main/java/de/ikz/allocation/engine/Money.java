package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Euro amounts: exact decimals, never floating point.
 *
 * <p>All money in this package is a {@link BigDecimal}. An <em>amount</em> (a total, a rounded
 * share, a fixed amount, a grant, a floor or cap, an advance) has exactly two decimals
 * ({@link #SCALE}); input with more significant decimals (e.g. {@code 10.005}) is rejected, never
 * silently rounded. Trailing zeros beyond the cent are accepted ({@code 10.500} is
 * {@code 10.50}). An <em>exact share</em> before rounding is shown with {@link #EXACT_SCALE}
 * decimals.
 */
public final class Money {

    /** Decimals of every euro amount: cents. */
    public static final int SCALE = 2;

    /** Decimals with which exact (unrounded) shares are reported. */
    public static final int EXACT_SCALE = 10;

    /** One cent, {@code 0.01}. */
    public static final BigDecimal CENT = new BigDecimal("0.01");

    /** Zero euros, {@code 0.00}. */
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /**
     * Parses a euro amount written with a decimal point, e.g. {@code "1000.00"} or {@code "-33.3"}.
     *
     * @throws AllocationException (field {@code "amount"}) if the text is not a number or has
     *                             more than two significant decimals
     */
    public static BigDecimal euros(String text) {
        if (text == null) {
            throw new AllocationException("amount", "missing");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new AllocationException("amount", "'" + text + "' is not a decimal number");
        }
        return requireCents("amount", value);
    }

    /**
     * Checks that {@code value} is a euro amount with at most two significant decimals and returns
     * it with exactly two decimals.
     *
     * @param field the field name reported on failure
     * @throws AllocationException if the value is missing or has fractions of a cent
     */
    public static BigDecimal requireCents(String field, BigDecimal value) {
        if (value == null) {
            throw new AllocationException(field, "missing");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new AllocationException(field, "amount " + value.toPlainString()
                    + " has fractions of a cent; at most " + SCALE + " decimals are allowed");
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
