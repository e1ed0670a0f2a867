package de.ikz.api.log;

/**
 * Makes text that came from outside (user names, ids from a request) safe for one log line:
 * control characters (CR, LF, TAB, ESC, ...) and the Unicode line and paragraph separators become
 * {@code ?}, so nobody can forge a second log line or hide one with terminal escapes, and the text
 * is cut to a sane length. Hand-written: two rules, no library needed.
 */
public final class LogSafe {

    /** Longest text a log line carries from one value. */
    public static final int MAX_LENGTH = 64;

    private LogSafe() {
    }

    /** The value with every control or line-separating character replaced by {@code ?}; {@code null} stays "null". */
    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        int n = Math.min(value.length(), MAX_LENGTH);
        StringBuilder sb = new StringBuilder(n + 1);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
                    || Character.getType(c) == Character.FORMAT;
            sb.append(unsafe ? '?' : c);
        }
        if (value.length() > MAX_LENGTH) {
            sb.append('…');
        }
        return sb.toString();
    }
}
