package de.ikz.document.internal;

import java.util.List;

import de.ikz.api.document.Table;

/**
 * Column widths of a PDF table (fixed table layout, so a table of ten thousand rows is laid out in
 * one pass): shares by the columns' weights, but never narrower than the longest word of the
 * header, the widest number or date of the column, or a short code such as a Kassenzeichen — so a
 * header never runs into its neighbour and a value never wraps.
 */
final class ColumnWidths {

    /** Average width of a character of Liberation Sans at the table's 9 pt, bold, in mm (generous). */
    private static final double CHAR_MM = 1.8;
    /** Left and right padding of a cell, in mm. */
    private static final double PADDING_MM = 2.8;
    /** A text token up to this length (a code, a Kassenzeichen) is kept on one line. */
    private static final int CODE_CHARS = 16;

    private ColumnWidths() {
    }

    static double[] percent(Table t, double availableMm) {
        int n = t.columns().size();
        double[] min = new double[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            Table.Column c = t.columns().get(i);
            weight[i] = weight(c);
            int chars = longestWord(c.label());
            if (c.type() != Table.Type.TEXT) {
                for (List<Object> row : t.rows()) {
                    chars = Math.max(chars, Cells.pdf(c.type(), row.get(i)).length());
                }
                if (t.totals() != null) {
                    chars = Math.max(chars, Cells.pdf(c.type(), t.totals().get(i)).length());
                }
            } else {
                for (List<Object> row : t.rows()) {
                    Object v = row.get(i);
                    if (v != null) {
                        int w = longestWord(v.toString());
                        if (w <= CODE_CHARS) {
                            chars = Math.max(chars, w);
                        }
                    }
                }
            }
            min[i] = chars * CHAR_MM + PADDING_MM;
        }
        // shares by weight; a column below its minimum gets its minimum, the others share the rest
        double[] width = new double[n];
        boolean[] fixed = new boolean[n];
        for (int round = 0; round < n; round++) {
            double rest = availableMm;
            double weights = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    rest -= min[i];
                } else {
                    weights += weight[i];
                }
            }
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    width[i] = weights == 0 ? 0 : Math.max(0, rest) * weight[i] / weights;
                    if (width[i] < min[i]) {
                        fixed[i] = true;
                        changed = true;
                    }
                } else {
                    width[i] = min[i];
                }
            }
            if (!changed) {
                break;
            }
        }
        double sum = 0;
        for (double w : width) {
            sum += w;
        }
        double[] pct = new double[n];
        for (int i = 0; i < n; i++) {
            pct[i] = sum == 0 ? 100.0 / n : 100.0 * width[i] / sum;
        }
        return pct;
    }

    static int weight(Table.Column c) {
        if (c.weight() > 0) {
            return c.weight();
        }
        return switch (c.type()) {
            case TEXT, MONEY -> 3;
            case INTEGER, PERCENT, NUMBER, DATE -> 2;
        };
    }

    private static int longestWord(String s) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                run = 0;
            } else {
                best = Math.max(best, ++run);
            }
        }
        return best;
    }
}
