package de.ikz.api.error;

/**
 * The one exception type the services throw for a request that cannot be served. The REST layer
 * turns it into an RFC 9457 problem (status, title, detail, field) and the console into a
 * message naming the field. Nothing has been changed when it is thrown.
 */
public class IkzException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Kinds of failure, each with its HTTP status. */
    public enum Kind {
        INVALID(400, "Invalid input"),
        UNAUTHENTICATED(401, "Authentication required"),
        FORBIDDEN(403, "Forbidden"),
        NOT_FOUND(404, "Not found"),
        CONFLICT(409, "Conflict"),
        TOO_LARGE(413, "Request body too large"),
        UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
        UNAVAILABLE(503, "Service unavailable");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;
    private final String field;

    public IkzException(Kind kind, String field, String detail) {
        super(detail);
        this.kind = kind;
        this.field = field;
    }

    public IkzException(Kind kind, String detail) {
        this(kind, null, detail);
    }

    public Kind kind() {
        return kind;
    }

    /** The input field at fault, or null. */
    public String field() {
        return field;
    }

    public static IkzException invalid(String field, String detail) {
        return new IkzException(Kind.INVALID, field, detail);
    }

    public static IkzException notFound(String what, String id) {
        return new IkzException(Kind.NOT_FOUND, what + " '" + id + "' not found");
    }

    public static IkzException forbidden(String detail) {
        return new IkzException(Kind.FORBIDDEN, detail);
    }

    public static IkzException conflict(String field, String detail) {
        return new IkzException(Kind.CONFLICT, field, detail);
    }
}
