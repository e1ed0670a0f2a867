package de.ikz.kit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small-count rule of every report that crosses partners: a count below the threshold
 * (default {@value #DEFAULT_MIN}: 0, 1 or 2) is not shown, so no single child, volunteer or family
 * of another office can be singled out. The count is null in the result and its name is listed
 * in {@link Shown#suppressed()}, so a client can tell "suppressed" from "not counted"; the console
 * shows it as {@code <3}. A partner sees its own figures in full ({@code full}).
 *
 * <p>The rule hides zeros too: showing 0 while hiding 1 and 2 would tell which is which.
 */
public final class SmallCounts {

    /** The threshold the platform's reports use: counts below 3 are suppressed. */
    public static final int DEFAULT_MIN = 3;

    private static final SmallCounts DEFAULT = new SmallCounts(DEFAULT_MIN);

    private final int min;

    private SmallCounts(int min) {
        if (min < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, got " + min);
        }
        this.min = min;
    }

    /** The platform's rule: counts below {@value #DEFAULT_MIN} suppressed. */
    public static SmallCounts standard() {
        return DEFAULT;
    }

    /** A rule with another threshold (at least 1). */
    public static SmallCounts below(int min) {
        return min == DEFAULT_MIN ? DEFAULT : new SmallCounts(min);
    }

    /** The threshold: counts below it are suppressed. */
    public int min() {
        return min;
    }

    /**
     * Counts as shown in a report: in the order of {@code keys} (a key without a value counts 0),
     * each one below the threshold null and named in {@code suppressed}, unless {@code full}.
     */
    public Shown shown(List<String> keys, Map<String, Integer> values, boolean full) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> suppressed = new ArrayList<>();
        for (String key : keys) {
            int v = values.getOrDefault(key, 0);
            boolean hide = !full && v < min;
            counts.put(key, hide ? null : v);
            if (hide) {
                suppressed.add(key);
            }
        }
        return new Shown(counts, suppressed, min);
    }

    /**
     * A report's counts after the rule: {@code counts} in report order, null where suppressed;
     * {@code suppressed} the names of the hidden ones. (The counts map allows null values; it is
     * a copy the caller may keep.)
     */
    public record Shown(Map<String, Integer> counts, List<String> suppressed, int min) {

        public Shown {
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
            suppressed = List.copyOf(suppressed);
        }

        /** How a count shows in a table: the number, {@code <3} if suppressed, "-" if the report has no such count. */
        public String cell(String key) {
            if (suppressed.contains(key) || counts.containsKey(key) && counts.get(key) == null) {
                return "<" + min;
            }
            Integer n = counts.get(key);
            return n == null ? "-" : n.toString();
        }
    }
}
