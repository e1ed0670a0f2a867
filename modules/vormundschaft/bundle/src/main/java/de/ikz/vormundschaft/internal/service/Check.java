package de.ikz.vormundschaft.internal.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import de.ikz.api.error.IkzException;
import de.ikz.kit.input.Fields;
import de.ikz.kit.input.Ids;
import de.ikz.vormundschaft.internal.domain.PipelineException;

/**
 * The module's services check input through the kit ({@link Fields}, {@link Ids}); this class
 * keeps the short names the services call, plus the module's own rule: how a refusal of the
 * pipeline ({@link PipelineException}) becomes the platform's exception. Each refusal names the
 * field.
 */
final class Check {

    private Check() {
    }

    /** A trimmed text without control characters, or null if blank and not required ({@link Fields#text}). */
    static String text(String field, String value, int max, boolean required) {
        return Fields.text(field, value, max, required);
    }

    /** A date that is not after today; null means today. */
    static LocalDate notFuture(String field, LocalDate value, LocalDate today) {
        return Fields.notFuture(field, value, today);
    }

    static LocalDate notBefore(String field, LocalDate value, LocalDate earliest, String what) {
        return Fields.notBefore(field, value, earliest, what);
    }

    /** A value of {@code type} by name; blank gives {@code dflt}, or is refused as required if there is none. */
    static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, E dflt) {
        return Fields.choice(field, value, type, dflt);
    }

    /** Distinct trimmed entries, none blank, none containing the storage separator. */
    static List<String> list(String field, List<String> values, int maxEach) {
        return Fields.list(field, values, maxEach);
    }

    static String join(List<String> values) {
        return Fields.join(values);
    }

    static List<String> split(String stored) {
        return Fields.split(stored);
    }

    static String ags(String field, String value, boolean required) {
        return Fields.ags(field, value, required);
    }

    /** A domain refusal as the platform's exception; moves refused by the state are conflicts. */
    static IkzException refused(PipelineException e, boolean conflict) {
        return conflict ? IkzException.conflict(e.field(), e.reason()) : IkzException.invalid(e.field(), e.reason());
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
