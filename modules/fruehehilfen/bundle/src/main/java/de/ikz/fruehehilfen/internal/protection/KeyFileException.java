package de.ikz.fruehehilfen.internal.protection;

/** The key file cannot be used (missing where data needs it, unreadable, damaged): the module does not start. */
public final class KeyFileException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public KeyFileException(String message) {
        super(message);
    }

    public KeyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
