package de.ikz.persistence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one mechanism that keeps SQL inside its tenant. It reads a statement (skipping string
 * literals, quoted identifiers and comments), finds the tenant tables it names and the
 * {@code :tenant} markers it holds, and rewrites the markers into positional parameters.
 * <p>
 * Written by hand: no SQL parser that works in OSGi understands both Derby and PostgreSQL, and
 * the rule only needs a tokenizer.
 */
final class SqlGuard {

    static final String MARKER = ":tenant";

    /** A statement ready to prepare: SQL with only {@code ?} and where the markers were. */
    record Prepared(String sql, List<Integer> markerPositions, int tenantTableRefs, int placeholders) {
    }

    private SqlGuard() {
    }

    static Prepared prepare(String sql, Set<String> tenantTables) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Integer> markers = new ArrayList<>();
        int placeholders = 0;
        int tableRefs = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n) {
                    if (sql.charAt(end) == c) {
                        if (end + 1 < n && sql.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                out.append(sql, i, Math.min(end + 1, n));
                i = end + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(sql, i, end);
                i = end;
            } else if (c == '?') {
                placeholders++;
                out.append('?');
                i++;
            } else if (c == ':' && sql.regionMatches(true, i, MARKER, 0, MARKER.length())
                    && (i + MARKER.length() == n || !isIdentPart(sql.charAt(i + MARKER.length())))) {
                placeholders++;
                markers.add(placeholders);
                out.append('?');
                i += MARKER.length();
            } else if (isIdentStart(c)) {
                int end = i + 1;
                while (end < n && isIdentPart(sql.charAt(end))) {
                    end++;
                }
                String word = sql.substring(i, end);
                if (tenantTables.contains(word.toUpperCase(Locale.ROOT))) {
                    tableRefs++;
                }
                out.append(word);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Prepared(out.toString(), List.copyOf(markers), tableRefs, placeholders);
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Checks a statement for the platform session: no tenant table, no marker. */
    static Prepared forPlatform(String sql, Set<String> tenantTables) {
        Prepared p = prepare(sql, tenantTables);
        if (p.tenantTableRefs() > 0) {
            throw new TenancyViolation("statement names a tenant table; use Session.tenant(id): " + sql);
        }
        if (!p.markerPositions().isEmpty()) {
            throw new TenancyViolation("the :tenant marker is only allowed in a tenant session: " + sql);
        }
        return p;
    }

    /** Checks a statement for a tenant session: one marker at least, and one per tenant table. */
    static Prepared forTenant(String sql, Set<String> tenantTables) {
        Prepared p = prepare(sql, tenantTables);
        if (p.markerPositions().isEmpty()) {
            throw new TenancyViolation("tenant statement without the :tenant marker: " + sql);
        }
        if (p.markerPositions().size() < p.tenantTableRefs()) {
            throw new TenancyViolation("statement names " + p.tenantTableRefs() + " tenant tables but has only "
                    + p.markerPositions().size() + " :tenant markers: " + sql);
        }
        return p;
    }

    /** A statement that could cross a tenant boundary; a programming error, never user input. */
    static final class TenancyViolation extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        TenancyViolation(String message) {
            super(message);
        }
    }
}
