package de.ikz.document.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import de.ikz.api.document.Table;
import de.ikz.kit.text.GermanFormat;

/**
 * The values of a {@link Table}: checked against their column's type once, then printed for a
 * PDF (German formats through {@link GermanFormat}) or for CSV (plain numbers, ISO dates).
 */
final class Cells {

    private Cells() {
    }

    /**
     * Checks every row (and the totals row) of a table: same width as the header and each value of
     * its column's type.
     *
     * @throws IllegalArgumentException naming the table, row and column of the first wrong cell
     */
    static void check(Table table) {
        int width = table.columns().size();
        for (int r = 0; r < table.rows().size(); r++) {
            checkRow(table, table.rows().get(r), "row " + (r + 1), width);
        }
        if (table.totals() != null) {
            checkRow(table, table.totals(), "totals row", width);
        }
    }

    private static void checkRow(Table table, List<Object> row, String where, int width) {
        if (row == null || row.size() != width) {
            throw new IllegalArgumentException(name(table) + ", " + where + ": " + (row == null ? 0 : row.size())
                    + " values for " + width + " columns");
        }
        for (int c = 0; c < width; c++) {
            Table.Column column = table.columns().get(c);
            Object v = row.get(c);
            if (v != null && !fits(column.type(), v)) {
                throw new IllegalArgumentException(name(table) + ", " + where + ", column " + (c + 1) + " '" + column.label()
                        + "': a " + v.getClass().getSimpleName() + " is not a " + column.type() + " value");
            }
        }
    }

    private static String name(Table table) {
        return "Table" + (table.caption() == null ? "" : " '" + table.caption() + "'");
    }

    static boolean fits(Table.Type type, Object v) {
        return switch (type) {
            case TEXT -> v instanceof CharSequence;
            case INTEGER -> v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                    || v instanceof BigInteger
                    || v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0;
            case NUMBER, MONEY, PERCENT -> v instanceof Number n && finite(n);
            case DATE -> v instanceof LocalDate;
        };
    }

    private static boolean finite(Number n) {
        return !(n instanceof Double d && (d.isNaN() || d.isInfinite()))
                && !(n instanceof Float f && (f.isNaN() || f.isInfinite()));
    }

    static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (v instanceof Double || v instanceof Float) {
            return new BigDecimal(v.toString());
        }
        return BigDecimal.valueOf(((Number) v).longValue());
    }

    /** A checked value as printed in a PDF; null is "". */
    static String pdf(Table.Type type, Object v) {
        if (v == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> v.toString();
            case INTEGER, NUMBER -> GermanFormat.number(decimal(v));
            case MONEY -> GermanFormat.money(decimal(v));
            case PERCENT -> GermanFormat.percent(decimal(v));
            case DATE -> GermanFormat.date((LocalDate) v);
        };
    }

    /**
     * A checked value as written to CSV: numbers plain with a '.' (money with at least two decimals,
     * no grouping, no €), dates ISO; with {@code decimalComma} the '.' becomes ','.
     */
    static String csv(Table.Type type, Object v, boolean decimalComma) {
        if (v == null) {
            return "";
        }
        String s = switch (type) {
            case TEXT -> v.toString();
            case DATE -> v.toString();
            case INTEGER -> decimal(v).toBigIntegerExact().toString();
            case NUMBER, PERCENT -> plain(decimal(v), 0);
            case MONEY -> plain(decimal(v), 2);
        };
        return decimalComma && type != Table.Type.TEXT && type != Table.Type.DATE ? s.replace('.', ',') : s;
    }

    private static String plain(BigDecimal d, int minScale) {
        BigDecimal x = d.stripTrailingZeros();
        if (x.scale() < minScale) {
            x = x.setScale(minScale);
        }
        return x.toPlainString();
    }

    /** Whether a column's values are numbers (right-aligned in a PDF). */
    static boolean numeric(Table.Type type) {
        return type == Table.Type.INTEGER || type == Table.Type.NUMBER || type == Table.Type.MONEY || type == Table.Type.PERCENT;
    }
}
