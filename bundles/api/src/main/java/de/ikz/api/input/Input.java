package de.ikz.api.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import de.ikz.api.error.IkzException;

/**
 * The platform's bounds for decimals, years, dates, percentages and counts, each with the parser
 * for its text form. Every refusal is {@link IkzException} INVALID naming the field. Money has its
 * own type, {@link Amount}. Hand-written: the rules are a few comparisons, and the point is that
 * they are checked before a value reaches any arithmetic or the database.
 */
public final class Input {

    /** Longest decimal text looked at; longer text is refused before it is parsed. */
    public static final int MAX_DECIMAL_TEXT = 40;

    /** Most digits before the decimal point of any decimal (10^18: beyond any figure or amount). */
    public static final int MAX_INTEGER_DIGITS = 18;

    /** Most digits after the decimal point of any decimal. */
    public static final int MAX_FRACTION_DIGITS = 10;

    /** First fiscal year accepted. */
    public static final int MIN_YEAR = 1990;

    /** Last fiscal year accepted (a 2031 budget is fine, 99999 is not). */
    public static final int MAX_YEAR = 2100;

    /** Earliest date accepted anywhere (birth dates of older volunteers, old agreements). */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

    /** Latest date accepted anywhere (agreement ends, reference dates, deadlines). */
    public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

    /** Most decimals of a percentage (33.3333 %). */
    public static final int PERCENT_SCALE = 4;

    /** Largest key figure (population, cases, area in km²): 10^15. */
    public static final BigDecimal MAX_FIGURE = BigDecimal.TEN.pow(15);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Input() {
    }

    // ------------------------------------------------------------------ decimals

    /**
     * Parses a plain decimal string: optional {@code -}, 1 to {@value #MAX_INTEGER_DIGITS} digits,
     * optionally a point and 1 to {@value #MAX_FRACTION_DIGITS} digits. No exponent, no {@code +},
     * no spaces, no grouping.
     */
    public static BigDecimal decimal(String field, String text) {
        if (text == null || text.isEmpty()) {
            throw IkzException.invalid(field, field + " is required: a decimal like \"1234.5\"");
        }
        return plainDecimal(field, text, "a decimal like \"1234.5\"");
    }

    /** Checks a decimal that arrived as a {@link BigDecimal} against the bounds of {@link #decimal(String, String)}. */
    public static BigDecimal decimal(String field, BigDecimal value) {
        if (value == null) {
            throw IkzException.invalid(field, field + " is required");
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw IkzException.invalid(field, field + " has more than " + MAX_INTEGER_DIGITS + " digits before the point");
        }
        if (value.scale() > MAX_FRACTION_DIGITS && value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            throw IkzException.invalid(field, field + " has more than " + MAX_FRACTION_DIGITS + " decimals");
        }
        return value;
    }

    /**
     * A number as a person types it into a form, made plain for {@link #decimal(String, String)} and
     * {@link Amount#parse}: German "1.234,56" and "1234,56", grouped "1 234,56", plain "1234.56" (what a
     * browser's number field sends), and "1.500" or "1.234.567" (German thousands, no decimals); a euro
     * sign and spaces are dropped. With a comma the points group thousands and the comma is the decimal
     * mark; without one, points are thousands only where every group after the first has three digits
     * ("1.500" is 1500, "12.50" is 12.5). What is left is checked by the plain parser: "1,234.56" (points
     * after a comma) comes out with five decimals and is refused, never read as another number. Null
     * stays null.
     */
    public static String typed(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("€", "");
        if (t.indexOf(',') >= 0) {
            return t.replace(".", "").replace(',', '.');
        }
        if (t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            return t.replace(".", "");
        }
        return t;
    }

    static BigDecimal plainDecimal(String field, String text, String example) {
        if (text.length() > MAX_DECIMAL_TEXT) {
            throw IkzException.invalid(field, field + " is too long for a number (at most " + MAX_DECIMAL_TEXT
                    + " characters): " + example);
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        int intDigits = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = -1;
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            fracDigits = 0;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (i != text.length() || intDigits == 0 || fracDigits == 0) {
            throw IkzException.invalid(field, field + " must be " + example
                    + " (digits, an optional '-' and '.', no exponent), got '" + shorten(text) + "'");
        }
        if (intDigits > MAX_INTEGER_DIGITS) {
            throw IkzException.invalid(field, field + " has more than " + MAX_INTEGER_DIGITS + " digits before the point");
        }
        if (fracDigits > MAX_FRACTION_DIGITS) {
            throw IkzException.invalid(field, field + " has more than " + MAX_FRACTION_DIGITS + " decimals");
        }
        return new BigDecimal(text);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ------------------------------------------------------------------ percentages and figures

    /** A percentage from 0 to 100 with at most {@value #PERCENT_SCALE} decimals. */
    public static BigDecimal percent(String field, BigDecimal value) {
        decimal(field, value);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw IkzException.invalid(field, field + " must be a percentage from 0 to 100, got " + value.toPlainString());
        }
        if (value.scale() > PERCENT_SCALE && value.stripTrailingZeros().scale() > PERCENT_SCALE) {
            throw IkzException.invalid(field, field + " has more than " + PERCENT_SCALE + " decimals");
        }
        return value;
    }

    /** A key figure (population, a count of cases, an area): from 0 to {@link #MAX_FIGURE}. */
    public static BigDecimal figure(String field, BigDecimal value) {
        decimal(field, value);
        if (value.signum() < 0 || value.compareTo(MAX_FIGURE) > 0) {
            throw IkzException.invalid(field, field + " must be from 0 to " + MAX_FIGURE.toPlainString()
                    + ", got " + value.toPlainString());
        }
        return value;
    }

    // ------------------------------------------------------------------ years and dates

    /** A fiscal year from {@value #MIN_YEAR} to {@value #MAX_YEAR}. */
    public static int year(String field, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw IkzException.invalid(field, field + " must be a year from " + MIN_YEAR + " to " + MAX_YEAR + ", got " + year);
        }
        return year;
    }

    /** {@link #year(String, int)} for a value that may be missing: null is refused as required. */
    public static int year(String field, Integer year) {
        if (year == null) {
            throw IkzException.invalid(field, field + " is required: a year like 2026");
        }
        return year(field, year.intValue());
    }

    /** A fiscal year written as text, e.g. {@code "2026"}. */
    public static int year(String field, String text) {
        if (text == null || text.isBlank()) {
            throw IkzException.invalid(field, field + " is required: a year like 2026");
        }
        String t = text.strip();
        if (t.length() > 4 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw IkzException.invalid(field, field + " must be a year from " + MIN_YEAR + " to " + MAX_YEAR
                    + ", got '" + shorten(text) + "'");
        }
        return year(field, Integer.parseInt(t));
    }

    /** A date from {@link #MIN_DATE} to {@link #MAX_DATE}. */
    public static LocalDate date(String field, LocalDate date) {
        if (date == null) {
            throw IkzException.invalid(field, field + " is required: a date like 2026-01-31");
        }
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw IkzException.invalid(field, field + " must be a date from " + MIN_DATE + " to " + MAX_DATE + ", got " + date);
        }
        return date;
    }

    /** {@link #date(String, LocalDate)} for a value that may be absent: null stays null. */
    public static LocalDate optionalDate(String field, LocalDate date) {
        return date == null ? null : date(field, date);
    }

    /** An ISO date written as text ({@code 2026-01-31}), within the bounds. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw IkzException.invalid(field, field + " is required: a date like 2026-01-31");
        }
        String t = text.strip();
        // an ISO date of a year within the bounds has exactly ten characters; anything longer (+99999-01-01) is out
        if (t.length() != 10) {
            throw IkzException.invalid(field, field + " must be a date like 2026-01-31 from " + MIN_DATE + " to " + MAX_DATE
                    + ", got '" + shorten(text) + "'");
        }
        try {
            return date(field, LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw IkzException.invalid(field, field + " must be a date like 2026-01-31, got '" + shorten(text) + "'");
        }
    }

    // ------------------------------------------------------------------ counts

    /** A count from 0 to {@code max}. */
    public static long count(String field, long n, long max) {
        if (n < 0 || n > max) {
            throw IkzException.invalid(field, field + " must be a whole number from 0 to " + max + ", got " + n);
        }
        return n;
    }

    /** A count written as text, from 0 to {@code max}. */
    public static int count(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw IkzException.invalid(field, field + " is required: a whole number from 0 to " + max);
        }
        String t = text.strip();
        if (t.length() > 10 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw IkzException.invalid(field, field + " must be a whole number from 0 to " + max + ", got '" + shorten(text) + "'");
        }
        return (int) count(field, Long.parseLong(t), max);
    }

    /** At most 40 characters of what was received, for a message: never echo a megabyte back. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
