package de.ikz.vormundschaft.internal.service;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.ikz.api.error.IkzException;
import de.ikz.vormundschaft.internal.domain.PipelineException;

/** Input checks and small conversions shared by the module's services; each refusal names the field. */
final class Check {

    static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final char[] ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Check() {
    }

    /** A trimmed text, or null if blank and not required. */
    static String text(String field, String value, int max, boolean required) {
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
        return v;
    }

    /** A date that is not after today; null means today. */
    static LocalDate notFuture(String field, LocalDate value, LocalDate today) {
        LocalDate d = value == null ? today : value;
        if (d.isAfter(today)) {
            throw IkzException.invalid(field, field + " " + d + " is in the future (today is " + today + ")");
        }
        return d;
    }

    static LocalDate notBefore(String field, LocalDate value, LocalDate earliest, String what) {
        if (value.isBefore(earliest)) {
            throw IkzException.invalid(field, field + " " + value + " is before " + what + " (" + earliest + ")");
        }
        return value;
    }

    static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, E dflt) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (dflt == null) {
                throw IkzException.invalid(field, field + " is required: one of " + Arrays.toString(type.getEnumConstants()));
            }
            return dflt;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw IkzException.invalid(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + v);
        }
    }

    /** Distinct trimmed entries, none blank, none containing the storage separator. */
    static List<String> list(String field, List<String> values, int maxEach) {
        if (values == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String t = text(field, v, maxEach, true);
            if (t.indexOf('|') >= 0) {
                throw IkzException.invalid(field, field + " entries must not contain '|'");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    static String join(List<String> values) {
        return String.join("|", values);
    }

    static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\\|"));
    }

    static String ags(String field, String value, boolean required) {
        String v = text(field, value, 8, required);
        if (v != null && !v.matches("\\d{8}")) {
            throw IkzException.invalid(field, field + " must be an 8-digit municipality key (AGS), not " + v);
        }
        return v;
    }

    /** A domain refusal as the platform's exception; moves refused by the state are conflicts. */
    static IkzException refused(PipelineException e, boolean conflict) {
        return conflict ? IkzException.conflict(e.field(), e.reason()) : IkzException.invalid(e.field(), e.reason());
    }

    /** A fresh id like "K-7F3Q2M": 32 unambiguous characters, 6 places (about a billion). */
    static String newId(String prefix) {
        StringBuilder b = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 6; i++) {
            b.append(ID_CHARS[RANDOM.nextInt(ID_CHARS.length)]);
        }
        return b.toString();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }
}
