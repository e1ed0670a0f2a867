package de.ikz.allocation.internal.docs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * German number and date formats for documents: {@code 1.234,56 €}, {@code -1.234,56 €},
 * {@code 31.12.2025}, {@code 12,5 %}. The formats are the kit's ({@link de.ikz.kit.text.GermanFormat},
 * written once for the core and every module); this class keeps the short name the document
 * templates call.
 */
public final class GermanFormat {

    /** Zone of times in documents. */
    public static final ZoneId ZONE = de.ikz.kit.text.GermanFormat.ZONE;

    private GermanFormat() {
    }

    /** {@code 1234.5} → {@code "1.234,50 €"}; at least two decimals, more only if significant; null → "". */
    public static String money(BigDecimal v) {
        return de.ikz.kit.text.GermanFormat.money(v);
    }

    /** An exact (unrounded) share with all its decimals: {@code 33.3333333333} → {@code "33,3333333333 €"}. */
    public static String exactMoney(BigDecimal v) {
        return de.ikz.kit.text.GermanFormat.exactMoney(v);
    }

    /** {@code 556631} → {@code "556.631"}, {@code 12.50} → {@code "12,5"}; null → "". */
    public static String number(BigDecimal v) {
        return de.ikz.kit.text.GermanFormat.number(v);
    }

    /** {@code 12.5} → {@code "12,5 %"}; null → "". */
    public static String percent(BigDecimal v) {
        return de.ikz.kit.text.GermanFormat.percent(v);
    }

    /** {@code 2025-12-31} → {@code "31.12.2025"}; null → "". */
    public static String date(LocalDate d) {
        return de.ikz.kit.text.GermanFormat.date(d);
    }

    /** An instant as {@code "31.12.2025 14:03"} in {@link #ZONE}; null → "". */
    public static String dateTime(Instant t) {
        return de.ikz.kit.text.GermanFormat.dateTime(t);
    }

    /** German decimal ({@link de.ikz.kit.text.GermanFormat#decimal}). */
    static String decimal(BigDecimal v, int minScale, boolean strip) {
        return de.ikz.kit.text.GermanFormat.decimal(v, minScale, strip);
    }
}
