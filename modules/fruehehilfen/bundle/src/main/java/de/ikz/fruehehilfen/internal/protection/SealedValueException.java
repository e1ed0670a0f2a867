package de.ikz.fruehehilfen.internal.protection;

/**
 * A stored value does not open: not sealed text, sealed with a key the key file no longer holds,
 * altered, or sealed for another tenant. The message names which, never the value. A reader logs it
 * (ERROR, with the record's id) and leaves the record out.
 */
public final class SealedValueException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SealedValueException(String message) {
        super(message);
    }
}
