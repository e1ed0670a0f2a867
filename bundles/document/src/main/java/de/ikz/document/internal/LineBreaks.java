package de.ikz.document.internal;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Where a line may end: after white space, and inside a long id after a '/' or a '-' that
 * follows a letter and precedes a letter or digit ({@code vormundschaft/} | {@code active-} |
 * {@code appointments}) — nowhere else, so a word or an id is never cut in the middle. A minus sign
 * ({@code -1.234,56}) and a hyphen between digits (a phone number) never end a line.
 *
 * <p>Written here because the renderer's default (the JDK's line iterator plus URL handling)
 * breaks before a '/' instead of after it.
 */
final class LineBreaks implements FSTextBreaker {

    private String text = "";
    private int pos;

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        pos = 0;
    }

    @Override
    public int next() {
        int n = text.length();
        if (pos >= n) {
            pos = n + 1;
            return -1; // BreakIterator.DONE
        }
        for (int i = pos; i < n; i++) {
            if (breaksAfter(i)) {
                pos = i + 1;
                return pos;
            }
        }
        pos = n;
        return n;
    }

    private boolean breaksAfter(int i) {
        char c = text.charAt(i);
        if (i + 1 >= text.length()) {
            return false; // the end is returned separately
        }
        char next = text.charAt(i + 1);
        if (isSpace(c)) {
            return !isSpace(next);
        }
        if (c == '/' || c == '-') {
            return i > 0 && Character.isLetter(text.charAt(i - 1)) && Character.isLetterOrDigit(next);
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u2009' || c == '\u2002' || c == '\u2003';
    }
}
