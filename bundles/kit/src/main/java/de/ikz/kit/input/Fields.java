package de.ikz.kit.input;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import de.ikz.api.error.IkzException;

/**
 * The input checks every module and the core's REST and console code need, written once: texts
 * (trimmed, bounded, no control characters), names of enum values (with a refusal that lists the
 * allowed ones), dates relative to today, lists of short texts, and the municipality key (AGS).
 * Numbers, money, years and the platform's date range are not here: they are bounded by
 * {@link de.ikz.api.input.Input} and {@link de.ikz.api.input.Amount} in the API, which every
 * bundle shares at runtime.
 *
 * <p>Every refusal is {@link IkzException} INVALID naming the field, so REST answers a problem
 * document with {@code field} and the console prints {@code Error in <field>: <reason>}.
 * Hand-written: each rule is a comparison or two, and the point is the one wording of each
 * refusal across REST, console and services, which no validation library gives without a
 * message catalogue of its own.
 */
public final class Fields {

    /** Separator of a stored list ({@link #join}); refused inside list entries. */
    public static final char LIST_SEPARATOR = '|';

    private Fields() {
    }

    // ------------------------------------------------------------------ text

    /**
     * A trimmed text of at most {@code max} characters, or null if blank and not required. Control
     * characters are refused, except tab, line feed and carriage return (a note may have lines):
     * a NUL or an escape sequence has no business in a name, and would reach logs and terminals.
     */
    public static String text(String field, String value, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw IkzException.invalid(field, field + " is required");
            }
            return null;
        }
        if (v.length() > max) {
            throw IkzException.invalid(field, field + " is longer than " + max + " characters");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw IkzException.invalid(field, field + " contains a control character (U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + ")");
            }
        }
        return v;
    }

    /** {@link #text} on one line: line breaks and tabs are refused as well (names, ids, file numbers). */
    public static String line(String field, String value, int max, boolean required) {
        String v = text(field, value, max, required);
        if (v != null && (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\t') >= 0)) {
            throw IkzException.invalid(field, field + " must be one line (no line break or tab)");
        }
        return v;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }

    // ------------------------------------------------------------------ names of enum values

    /**
     * An enum value by name: trimmed, case ignored, {@code -} read as {@code _} ("proposed-to-court").
     * Blank gives {@code dflt}; blank without a default is refused as required. The refusal lists
     * the allowed names.
     */
    public static <E extends Enum<E>> E choice(String field, String value, Class<E> type, E dflt) {
        if (value == null || value.isBlank()) {
            if (dflt == null) {
                throw required(field, EnumSet.allOf(type));
            }
            return dflt;
        }
        return choice(field, value, EnumSet.allOf(type));
    }

    /** An enum value by name out of {@code allowed} (rules of {@link #choice(String, String, Class, Enum)}); blank gives null. */
    public static <E extends Enum<E>> E choice(String field, String value, Set<E> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = key(value);
        return allowed.stream().filter(e -> e.name().equals(wanted)).findFirst()
                .orElseThrow(() -> IkzException.invalid(field,
                        field + " must be one of " + names(allowed) + ", got '" + shorten(value) + "'"));
    }

    /** {@link #choice(String, String, Set)} for a value that must be given. */
    public static <E extends Enum<E>> E requiredChoice(String field, String value, Set<E> allowed) {
        if (value == null || value.isBlank()) {
            throw required(field, allowed);
        }
        return choice(field, value, allowed);
    }

    /** The names of {@code values} in declaration order, joined with ", " (for help texts and refusals). */
    public static <E extends Enum<E>> String names(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The names of all values of {@code type}, joined with ", ". */
    public static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> IkzException required(String field, Set<E> allowed) {
        return IkzException.invalid(field, field + " is required: one of " + names(allowed));
    }

    private static String key(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    // ------------------------------------------------------------------ dates relative to today

    /** A date that is not after {@code today}; null means today. */
    public static LocalDate notFuture(String field, LocalDate value, LocalDate today) {
        LocalDate d = value == null ? today : value;
        if (d.isAfter(today)) {
            throw IkzException.invalid(field, field + " " + d + " is in the future (today is " + today + ")");
        }
        return d;
    }

    /** A date that is not before {@code earliest}, which is called {@code what} in the refusal ("the appointment"). */
    public static LocalDate notBefore(String field, LocalDate value, LocalDate earliest, String what) {
        if (value.isBefore(earliest)) {
            throw IkzException.invalid(field, field + " " + value + " is before " + what + " (" + earliest + ")");
        }
        return value;
    }

    // ------------------------------------------------------------------ lists

    /** Distinct trimmed entries ({@link #text} each, required), none containing {@link #LIST_SEPARATOR}; null is empty. */
    public static List<String> list(String field, List<String> values, int maxEach) {
        if (values == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String t = text(field, v, maxEach, true);
            if (t.indexOf(LIST_SEPARATOR) >= 0) {
                throw IkzException.invalid(field, field + " entries must not contain '" + LIST_SEPARATOR + "'");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    /** A checked list ({@link #list}) as one column value. */
    public static String join(List<String> values) {
        return String.join(String.valueOf(LIST_SEPARATOR), values);
    }

    /** The list of a column value written by {@link #join}; null or empty is the empty list. */
    public static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\\" + LIST_SEPARATOR));
    }

    // ------------------------------------------------------------------ keys

    /** The official municipality key (Amtlicher Gemeindeschlüssel): exactly eight digits; null if blank and not required. */
    public static String ags(String field, String value, boolean required) {
        String v = text(field, value, 8, required);
        if (v != null && !v.matches("\\d{8}")) {
            throw IkzException.invalid(field, field + " must be an 8-digit municipality key (AGS), not " + v);
        }
        return v;
    }

    /** At most 40 characters of what was received, for a refusal: never echo a megabyte back. */
    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
