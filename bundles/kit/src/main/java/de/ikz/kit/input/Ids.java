package de.ikz.kit.input;

import java.security.SecureRandom;
import java.util.function.Supplier;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.TenantSession;

/**
 * Ids of records a module creates ({@code K-7F3Q2M}) and the check of an id that comes in.
 * Random rather than counted, so an id tells nothing about how many records a tenant has;
 * 32 characters without the look-alikes 0/O and 1/I, so an id read out on the phone is typed
 * right. Hand-written: a few lines over {@link SecureRandom}.
 * <p>
 * A record's id comes from {@link #unused}: about a billion ids are few enough that a tenant's
 * table repeats one by chance (at 100,000 rows, one new id in 10,000 is taken already; a demo year
 * of 900 contacts repeats one in about 2,600 loads), and the insert would then fail on the primary
 * key. {@link #unused} looks the id up in the table first and draws again.
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
     * A fresh id {@code <prefix>-XXXXXX} that no row of the tenant's {@code table} has yet, drawn again while
     * one has: call it in the transaction that inserts the row. {@code table} is the module's own table name,
     * never input; it needs the columns {@code tenant_id} and {@code id}.
     */
    public static String unused(TenantSession ts, String table, String prefix) {
        return unused(ts, table, () -> newId(prefix));
    }

    /** {@link #unused(TenantSession, String, String)} with the ids drawn by {@code draw} (tests). */
    public static String unused(TenantSession ts, String table, Supplier<String> draw) {
        for (int i = 0; i < DRAWS; i++) {
            String id = draw.get();
            if (ts.query("SELECT id FROM " + table + " WHERE tenant_id = :tenant AND id = ?", rs -> rs.getString(1), id)
                    .isEmpty()) {
                return id;
            }
        }
        // 20 taken ids in a row: the table is nearly full of this prefix's ids, or the draw is broken
        throw new IllegalStateException("no unused id in " + table + " after " + DRAWS + " draws");
    }

    /** Draws before {@link #unused} gives up. */
    static final int DRAWS = 20;

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
