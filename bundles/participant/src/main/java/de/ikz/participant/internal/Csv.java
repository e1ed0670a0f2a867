package de.ikz.participant.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.ikz.api.error.IkzException;

/**
 * The little CSV this bundle needs: text decoding, separator detection, quote-aware splitting of
 * one line, and the number formats of the two shapes of the Destatis files.
 * <p>
 * Written by hand instead of Commons CSV (which the mirror has): the files are line-based with
 * no field spanning lines, so splitting is twenty lines; the real work is the German number
 * formats, which no CSV library does; and a parser of our own reports exactly the line and
 * field at fault. Commons CSV would add a third-party bundle to the platform's feature for that.
 */
final class Csv {

    /** Largest accepted file: the whole register is about 1.8 MB. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern SPACE_GROUPS = Pattern.compile("[0-9]{1,3}( [0-9]{3})+([.,][0-9]+)?");
    private static final Pattern DOT_GROUPS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern POINT_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("([0-9]+|[0-9]{1,3}(\\.[0-9]{3})+)(,[0-9]+)?");

    /**
     * The two shapes met so far. {@link #COMMA}: a spreadsheet's re-save, comma-separated,
     * decimal point, thousands separated by spaces ({@code " 90 164"}). {@link #SEMICOLON}: the
     * official download, semicolon-separated, decimal comma, thousands by '.' or nothing.
     */
    enum Dialect {
        COMMA(','), SEMICOLON(';');

        final char separator;

        Dialect(char separator) {
            this.separator = separator;
        }
    }

    /** A line or field that cannot be read; the caller adds the line number. */
    static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;

        BadField(String reason) {
            super(reason, null, false, false);
        }
    }

    private Csv() {
    }

    /** Reads the whole stream (at most {@link #MAX_BYTES}). */
    static byte[] readAll(InputStream in) {
        if (in == null) {
            throw IkzException.invalid("csv", "no file content");
        }
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IkzException(IkzException.Kind.TOO_LARGE, "csv", "the file is larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw IkzException.invalid("csv", "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * The text of a file: UTF-8 (a byte-order mark is dropped); a file that is not valid UTF-8 is
     * read as Windows-1252, the encoding of CSV files saved by German office software.
     */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }

    /** The lines of a text (LF or CRLF), without line ends. */
    static List<String> lines(String text) {
        return text.lines().toList();
    }

    /** Semicolon if the line has more semicolons than commas outside quotes, else comma. */
    static Dialect detect(String line) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? Dialect.SEMICOLON : Dialect.COMMA;
    }

    /** Splits one line; fields may be quoted ("a, b"), a doubled quote inside is a quote. */
    static List<String> split(String line, char separator) throws BadField {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            field.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new BadField("field " + (fields.size() + 1) + " has an opening quote but no closing one");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && line.charAt(i) != separator) {
                    throw new BadField("field " + (fields.size() + 1) + " has text after its closing quote");
                }
            } else {
                while (i < n && line.charAt(i) != separator) {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++; // the separator
        }
    }

    /** True for a line of only separators and blanks (spreadsheets write such rows at the end). */
    static boolean blank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }

    /** A whole, non-negative number in the dialect's format; null for an empty field. */
    static Long whole(String text, Dialect dialect, String column) throws BadField {
        String t = stripGroupingSpaces(text);
        if (t.isEmpty()) {
            return null;
        }
        if (dialect == Dialect.SEMICOLON && DOT_GROUPS.matcher(t).matches()) {
            t = t.replace(".", "");
        }
        if (!DIGITS.matcher(t).matches() || t.length() > 15) {
            throw new BadField(column + " '" + text.strip() + "' is not a whole number");
        }
        return Long.parseLong(t);
    }

    /** A non-negative decimal in the dialect's format; null for an empty field. */
    static BigDecimal decimal(String text, Dialect dialect, String column) throws BadField {
        String t = stripGroupingSpaces(text);
        if (t.isEmpty()) {
            return null;
        }
        if (dialect == Dialect.COMMA) {
            if (!POINT_DECIMAL.matcher(t).matches() || t.length() > 20) {
                throw new BadField(column + " '" + text.strip() + "' is not a number with a decimal point (e.g. 53.02)");
            }
            return new BigDecimal(t);
        }
        if (!COMMA_DECIMAL.matcher(t).matches() || t.length() > 20) {
            throw new BadField(column + " '" + text.strip() + "' is not a number with a decimal comma (e.g. 1.053,02)");
        }
        return new BigDecimal(t.replace(".", "").replace(',', '.'));
    }

    /** A code of digits, left-padded with zeros to its length (spreadsheets drop leading zeros). */
    static String code(String text, int length, String column) throws BadField {
        String t = text.strip();
        if (!DIGITS.matcher(t).matches() || t.length() > length) {
            throw new BadField(column + " '" + t + "' is not a code of " + length + " digits");
        }
        return "0".repeat(length - t.length()) + t;
    }

    /**
     * The field without surrounding blanks and without spaces between groups of three digits
     * ("1 847 253"); a space anywhere else is left in, so the number is refused.
     */
    private static String stripGroupingSpaces(String text) {
        String t = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
        if (t.indexOf(' ') >= 0 && SPACE_GROUPS.matcher(t).matches()) {
            return t.replace(" ", "");
        }
        return t;
    }
}
