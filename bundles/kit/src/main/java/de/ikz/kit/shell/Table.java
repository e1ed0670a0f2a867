package de.ikz.kit.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.apache.karaf.shell.support.table.Col;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * A console table that fits {@link #WIDTH} (80) columns. Karaf's {@link ShellTable} draws it; this
 * class only decides the widths, which ShellTable leaves to the terminal:
 * <ul>
 * <li>a table that fits is printed as it is;</li>
 * <li>otherwise the widest cells are cut with an ellipsis ({@code …}), never the first column (the
 * row's id) and never a column below its header or {@link #MIN} characters;</li>
 * <li>a table that does not fit even then (a wide report) is printed as one block per row,
 * {@code <first header>: <first cell>} followed by indented {@code label: value} lines, wrapped at
 * spaces to the width.</li>
 * </ul>
 * Headers are words as an operator or staff member reads them ("Re-check due", "Kinder
 * vorgeschlagen"), never camelCase keys: {@link #label(String)} turns a key into one. Cells go
 * through {@link #text(Object)}: "-" for nothing, lists joined with ", ", booleans yes/no.
 */
public final class Table {

    /** The width every table fits. */
    public static final int WIDTH = 80;

    /** Narrowest a cut column gets (unless its header is wider). */
    public static final int MIN = 8;

    /** What an empty table prints. */
    public static final String EMPTY = "(none)";

    private static final String ELLIPSIS = "\u2026";
    private static final int SEPARATOR = 3;
    private static final String INDENT = "  ";

    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> headers) {
        this.headers = headers;
        this.right = new boolean[headers.size()];
    }

    public static Table of(String... headers) {
        if (headers.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        return new Table(List.of(headers));
    }

    /** Aligns these columns (0-based) to the right, e.g. counts and amounts. */
    public Table alignRight(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    /** Adds a row; each cell through {@link #text(Object)}; missing cells are "-". */
    public Table row(Object... cells) {
        if (cells.length > headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> r = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            r.add(oneLine(text(i < cells.length ? cells[i] : null)));
        }
        rows.add(r);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public void print(PrintStream out) {
        int[] widths = widths();
        if (widths == null) {
            printBlocks(out);
            return;
        }
        ShellTable table = new ShellTable().emptyTableText(EMPTY);
        for (int i = 0; i < headers.size(); i++) {
            Col col = table.column(headers.get(i));
            if (right[i]) {
                col.alignRight();
            }
        }
        for (List<String> r : rows) {
            var row = table.addRow();
            for (int i = 0; i < r.size(); i++) {
                row.addContent(cut(r.get(i), widths[i]));
            }
        }
        table.print(out);
    }

    /** The column widths that fit, or null when only blocks fit. */
    int[] widths() {
        int n = headers.size();
        int[] natural = new int[n];
        int[] min = new int[n];
        for (int i = 0; i < n; i++) {
            natural[i] = headers.get(i).length();
            for (List<String> r : rows) {
                natural[i] = Math.max(natural[i], r.get(i).length());
            }
            min[i] = i == 0 ? natural[i] : Math.min(natural[i], Math.max(headers.get(i).length(), MIN));
        }
        if (total(min) > WIDTH) {
            return null;
        }
        int[] w = natural.clone();
        while (total(w) > WIDTH) {
            int widest = -1;
            for (int i = 1; i < n; i++) {
                if (w[i] > min[i] && (widest < 0 || w[i] > w[widest])) {
                    widest = i;
                }
            }
            w[widest]--;
        }
        return w;
    }

    private static int total(int[] widths) {
        return Arrays.stream(widths).sum() + SEPARATOR * (widths.length - 1);
    }

    private void printBlocks(PrintStream out) {
        if (rows.isEmpty()) {
            out.println(EMPTY);
            return;
        }
        int labelWidth = 0;
        for (int i = 1; i < headers.size(); i++) {
            labelWidth = Math.max(labelWidth, headers.get(i).length());
        }
        boolean first = true;
        for (List<String> r : rows) {
            if (!first) {
                out.println();
            }
            first = false;
            wrap(out, "", headers.get(0) + ": ", r.get(0));
            for (int i = 1; i < headers.size(); i++) {
                String label = headers.get(i) + ":";
                wrap(out, INDENT, label + " ".repeat(Math.max(1, labelWidth + 2 - label.length())), r.get(i));
            }
        }
    }

    /** Prints {@code indent + label + value}, continuing a long value on lines indented to the value's column. */
    private static void wrap(PrintStream out, String indent, String label, String value) {
        String lead = indent + label;
        int room = Math.max(MIN, WIDTH - lead.length());
        String rest = value;
        String prefix = lead;
        do {
            String part;
            if (rest.length() <= room) {
                part = rest;
                rest = "";
            } else {
                int cut = rest.lastIndexOf(' ', room);
                if (cut <= 0) {
                    cut = room;
                }
                part = rest.substring(0, cut);
                rest = rest.substring(cut).stripLeading();
            }
            out.println((prefix + part).stripTrailing());
            prefix = " ".repeat(lead.length());
        } while (!rest.isEmpty());
    }

    static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + ELLIPSIS;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** "-" for nothing, lists joined with ", ", booleans as yes/no; everything else its text. */
    public static String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "-" : String.join(", ", c.stream().map(String::valueOf).toList());
        }
        String s = value.toString();
        return s.isBlank() ? "-" : s;
    }

    /**
     * A header from a key: {@code "childrenProposed"}, {@code "PROPOSED_TO_COURT"} or
     * {@code "re-check-due"} become "Children proposed", "Proposed to court", "Re check due".
     */
    public static String label(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').trim()
                .replaceAll(" +", " ");
        if (spaced.isEmpty()) {
            return spaced;
        }
        String lower = spaced.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
