package de.ikz.api.persistence;

/** A migration script failed or was changed after it was applied. Names owner and script. */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String owner;
    private final int version;

    public MigrationException(String owner, int version, String message, Throwable cause) {
        super(message, cause);
        this.owner = owner;
        this.version = version;
    }

    public String owner() {
        return owner;
    }

    public int version() {
        return version;
    }
}
