package de.ikz.kit.input;

import java.security.SecureRandom;

import de.ikz.api.error.IkzException;

/**
 * Ids of records a module creates ({@code K-7F3Q2M}) and the check of an id that comes in.
 * Random rather than counted, so an id tells nothing about how many records a tenant has;
 * 32 characters without the look-alikes 0/O and 1/I, so an id read out on the phone is typed
 * right. Hand-written: a few lines over {@link SecureRandom}.
 */
public final class Ids {

    /** The characters of a generated id: no 0, O, 1 or I. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Random places of a generated id: 32^6, about a billion. */
    public static final int LENGTH = 6;

    /** Longest id accepted from outside. */
    public static final int MAX_LENGTH = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A fresh id {@code <prefix>-XXXXXX}, e.g. {@code newId("K")} gives "K-7F3Q2M". */
    public static String newId(String prefix) {
        StringBuilder b = new StringBuilder(prefix.length() + 1 + LENGTH).append(prefix).append('-');
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * An id that comes in (path, body, option): 1 to {@value #MAX_LENGTH} letters, digits, '.', '_'
     * or '-', trimmed. Anything else cannot name a record and is refused before it is looked up.
     */
    public static String id(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw IkzException.invalid(field, field + " is required");
        }
        if (v.length() > MAX_LENGTH || !v.chars().allMatch(Ids::idChar)) {
            throw IkzException.invalid(field, field + " must be an id of at most " + MAX_LENGTH
                    + " letters, digits, '.', '_' or '-', got '" + Fields.shorten(v) + "'");
        }
        return v;
    }

    private static boolean idChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }
}
