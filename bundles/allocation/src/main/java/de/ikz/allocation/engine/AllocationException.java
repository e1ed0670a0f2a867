package de.ikz.allocation.engine;

import java.util.Objects;

/**
 * Invalid input to the allocation engine.
 *
 * <p>Every rejection names the {@linkplain #field() field at fault} and a human-readable
 * {@linkplain #reason() reason}, so that a form or an import can point at the exact entry.
 * Field names follow the parameter and record component names of this package; an entry of a
 * per-partner map is written {@code figures[KR-HS]}, an element of a list {@code components[1]},
 * and a field inside a nested key is prefixed with the path to it, e.g.
 * {@code components[1].figures[KR-HS]} or {@code rest.percents}.
 *
 * <p>Unchecked: invalid input is a caller error, not a recoverable condition.
 */
public final class AllocationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /**
     * @param field  the field at fault, e.g. {@code "percents"} or {@code "figures[KR-HS]"}
     * @param reason why the value is rejected, in plain words
     */
    public AllocationException(String field, String reason) {
        super(field + ": " + reason);
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the field at fault, e.g. {@code "figures[KR-HS]"} */
    public String field() {
        return field;
    }

    /** @return why the value was rejected */
    public String reason() {
        return reason;
    }

    /** @return the same error with its field placed under {@code prefix}, for nested keys */
    AllocationException under(String prefix) {
        AllocationException nested = new AllocationException(prefix + "." + field, reason);
        nested.setStackTrace(getStackTrace());
        return nested;
    }
}
