package de.ikz.kit.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * German number and date formats, written once for documents, reports and refusals that staff
 * read: {@code 1.234,56 €}, {@code -1.234,56 €}, {@code 31.12.2025}, {@code 31.12.2025 14:03},
 * {@code 12,5 %}. (Dates that a program reads or that a user types stay ISO, 2025-12-31.)
 *
 * <p>Written by hand instead of {@code NumberFormat.getCurrencyInstance(Locale.GERMANY)}: the JDK's
 * locale data (CLDR) puts a non-breaking space before the € sign and its rounding would silently
 * cut decimals; here the output is the same on every JDK and a decimal is never rounded (money
 * keeps any significant decimal beyond the cent, exact shares keep all their decimals).
 * Times are shown in {@code Europe/Berlin}.
 */
public final class GermanFormat {

    /** Zone of times shown to staff. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** {@code 31.12.2025}; parses strictly (no 31.02.). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** {@code 31.12.2025 14:03} in {@link #ZONE}. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm").withZone(ZONE);

    private GermanFormat() {
    }

    /** {@code 1234.5} → {@code "1.234,50 €"}; at least two decimals, more only if significant; null → "". */
    public static String money(BigDecimal v) {
        return v == null ? "" : decimal(v, 2, true) + " €";
    }

    /** An exact (unrounded) share with all its decimals: {@code 33.3333333333} → {@code "33,3333333333 €"}. */
    public static String exactMoney(BigDecimal v) {
        return v == null ? "" : decimal(v, 2, false) + " €";
    }

    /** {@code 556631} → {@code "556.631"}, {@code 12.50} → {@code "12,5"}; null → "". */
    public static String number(BigDecimal v) {
        return v == null ? "" : decimal(v, 0, true);
    }

    /** {@code 12.5} → {@code "12,5 %"}; null → "". */
    public static String percent(BigDecimal v) {
        return v == null ? "" : decimal(v, 0, true) + " %";
    }

    /** {@code 2025-12-31} → {@code "31.12.2025"}; null → "". */
    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /**
     * An IBAN as printed on letters and lists, in groups of four: {@code DE52 0000 0000 0012 3456 78}; spaces in the
     * input are dropped, letters upper-cased; null → "".
     */
    public static String iban(String iban) {
        if (iban == null) {
            return "";
        }
        String s = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length() + s.length() / 4);
        for (int i = 0; i < s.length(); i += 4) {
            sb.append(i == 0 ? "" : " ").append(s, i, Math.min(s.length(), i + 4));
        }
        return sb.toString();
    }

    /** An instant as {@code "31.12.2025 14:03"} in {@link #ZONE}; null → "". */
    public static String dateTime(Instant t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /**
     * German decimal: '.' groups thousands, ',' separates decimals, '-' for negatives.
     *
     * @param minScale decimals shown at least
     * @param strip    drop trailing zeros beyond {@code minScale}; otherwise keep the scale of {@code v}
     */
    public static String decimal(BigDecimal v, int minScale, boolean strip) {
        BigDecimal x = strip ? v.stripTrailingZeros() : v;
        if (x.scale() < minScale) {
            x = x.setScale(minScale);
        }
        String plain = x.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder(plain.length() + whole.length() / 3 + 2);
        if (x.signum() < 0) {
            sb.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(whole.charAt(i));
        }
        if (dot >= 0) {
            sb.append(',').append(plain, dot + 1, plain.length());
        }
        return sb.toString();
    }
}
