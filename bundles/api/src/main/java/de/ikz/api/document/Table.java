package de.ikz.api.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A table: columns with a type, rows of values, an optional totals row. In a PDF its header repeats
 * on every page and values are printed in German formats (1.234,56 €; 31.12.2027); in CSV it is
 * the one flat table (header row, values as numbers with a dot or comma and ISO dates, never the
 * totals row).
 *
 * <p>Value per column type: TEXT a String; INTEGER any integral Number; NUMBER, MONEY (euros, two
 * decimals) and PERCENT (0–100) a {@link BigDecimal} or other Number; DATE a {@link LocalDate}.
 * null is an empty cell. A value of another type is a programming error (IllegalArgumentException).
 *
 * @param caption a heading printed above the table (also its accessible caption), or null
 * @param columns the columns
 * @param rows    the rows, each with one value per column
 * @param totals  the totals row (same width; TEXT cells as labels), or null
 */
public record Table(String caption, List<Column> columns, List<List<Object>> rows, List<Object> totals) implements Block {

    public Table {
        columns = List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
        if (totals != null) {
            totals = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(totals));
        }
    }

    /** The kind of a column's values. */
    public enum Type { TEXT, INTEGER, NUMBER, MONEY, PERCENT, DATE }

    /**
     * A column.
     *
     * @param label  header (German, as printed; also the CSV header)
     * @param type   value type
     * @param weight relative width in the PDF (1 = narrow, 3 = wide); 0 = by type
     */
    public record Column(String label, Type type, int weight) {
        public static Column text(String label, int weight) {
            return new Column(label, Type.TEXT, weight);
        }

        public static Column money(String label) {
            return new Column(label, Type.MONEY, 0);
        }

        public static Column of(String label, Type type) {
            return new Column(label, type, 0);
        }
    }
}
