package de.ikz.vormundschaft.internal.shell;

import java.io.PrintStream;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.karaf.shell.support.table.ShellTable;

/** Formatting shared by the commands. */
final class Out {

    /** How a count suppressed for privacy (below 3) is shown. */
    static final String SUPPRESSED = "<3";

    private Out() {
    }

    static ShellTable table(String... columns) {
        ShellTable table = new ShellTable().emptyTableText("(none)");
        for (String c : columns) {
            table.column(c);
        }
        return table;
    }

    /** "-" for nothing, lists joined with ", ", booleans as yes/no. */
    static String text(Object value) {
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

    /** One row of a table of counts: a label, the counts, and the names of suppressed counts. */
    record CountRow(String label, Map<String, Integer> counts, List<String> suppressed) {
    }

    /**
     * A table of counts, one row per label and one column per count name (in the order met). A
     * suppressed count, or one the service left empty, shows as {@code <3}; a count a row lacks as "-".
     */
    static void counts(PrintStream out, String first, List<CountRow> rows) {
        Set<String> names = new LinkedHashSet<>();
        for (CountRow r : rows) {
            if (r.counts() != null) {
                names.addAll(r.counts().keySet());
            }
            if (r.suppressed() != null) {
                names.addAll(r.suppressed());
            }
        }
        ShellTable table = new ShellTable().emptyTableText("(none)");
        table.column(first);
        names.forEach(n -> table.column(n).alignRight());
        for (CountRow r : rows) {
            var row = table.addRow();
            row.addContent(r.label());
            for (String n : names) {
                row.addContent(cell(r, n));
            }
        }
        table.print(out);
    }

    private static String cell(CountRow r, String name) {
        boolean suppressed = r.suppressed() != null && r.suppressed().contains(name);
        if (suppressed || r.counts() != null && r.counts().containsKey(name) && r.counts().get(name) == null) {
            return SUPPRESSED;
        }
        Integer n = r.counts() == null ? null : r.counts().get(name);
        return n == null ? "-" : n.toString();
    }
}
