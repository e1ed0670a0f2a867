package de.ikz.vormundschaft.internal.domain;

/**
 * A refused step or invalid input in the volunteer-guardianship domain, naming the field at fault
 * and a reason a coordinator understands. Unchecked; the service layer (not written yet) will turn
 * it into the platform's {@code IkzException}.
 */
public final class PipelineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public PipelineException(String field, String reason) {
        super("Error in " + field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
