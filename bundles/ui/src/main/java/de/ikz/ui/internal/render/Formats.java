package de.ikz.ui.internal.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import de.ikz.api.ui.Value;
import de.ikz.kit.text.GermanFormat;

/**
 * How typed values read on screen. German (de-DE), the only UI language so far: {@code 1.234,56 €},
 * {@code 31.12.2026}, {@code 12,5 %}, moments in Europe/Berlin as {@code 31.12.2026, 14:05}. Numbers are
 * rounded half up to the decimals the value asks for (money to the cent); the digits are grouped by the
 * kit's {@link GermanFormat#decimal}, which is the same on every JDK (no CLDR non-breaking spaces). A
 * second language adds a branch on {@code locale} here.
 */
final class Formats {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.GERMANY);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu, HH:mm", Locale.GERMANY)
            .withZone(GermanFormat.ZONE);

    private Formats() {
    }

    /** The text of a value; "" for a null value or a value holding null. */
    static String text(Value v, Locale locale) {
        if (v == null) {
            return "";
        }
        if (v instanceof Value.Text t) {
            return nz(t.text());
        }
        if (v instanceof Value.Count c) {
            return c.count() == null ? "" : GermanFormat.decimal(BigDecimal.valueOf(c.count()), 0, false);
        }
        if (v instanceof Value.Number n) {
            return n.number() == null ? "" : fixed(n.number(), n.decimals());
        }
        if (v instanceof Value.Money m) {
            return m.amount() == null ? "" : fixed(m.amount(), 2) + " €";
        }
        if (v instanceof Value.Percent p) {
            return p.percent() == null ? "" : fixed(p.percent(), p.decimals()) + " %";
        }
        if (v instanceof Value.Date d) {
            return d.date() == null ? "" : DATE.format(d.date());
        }
        if (v instanceof Value.Time t) {
            return t.instant() == null ? "" : TIME.format(t.instant());
        }
        if (v instanceof Value.LinkTo l) {
            return nz(l.text());
        }
        if (v instanceof Value.Badge b) {
            return nz(b.text());
        }
        throw new IllegalArgumentException("unknown value " + v.getClass());
    }

    /** Counts, numbers, money and percentages are right-aligned. */
    static boolean numeric(Value v) {
        return v instanceof Value.Count || v instanceof Value.Number || v instanceof Value.Money
                || v instanceof Value.Percent;
    }

    static String fixed(BigDecimal v, int decimals) {
        int scale = Math.max(0, Math.min(decimals, 10));
        return GermanFormat.decimal(v.setScale(scale, RoundingMode.HALF_UP), scale, false);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
