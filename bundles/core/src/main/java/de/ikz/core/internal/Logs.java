package de.ikz.core.internal;

/** Makes text from outside safe for one log line. */
final class Logs {

    private Logs() {
    }

    /** The text with CR, LF and other control characters replaced by '?', cut at 100 characters. */
    static String safe(String text) {
        if (text == null) {
            return "-";
        }
        String cut = text.length() > 100 ? text.substring(0, 100) + "..." : text;
        StringBuilder sb = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? '?' : c));
        return sb.toString();
    }
}
