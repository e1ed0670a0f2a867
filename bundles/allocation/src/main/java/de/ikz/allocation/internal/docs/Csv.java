package de.ikz.allocation.internal.docs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * CSV as German Excel opens it with a double click: UTF-8 with a byte-order mark (without it Excel
 * reads ANSI and garbles umlauts and €), {@code ';'} as separator (Excel's list separator in the
 * German locale, where {@code ','} is the decimal comma), CRLF line ends, fields quoted as in
 * RFC 4180 (a field with {@code ;}, {@code "}, CR or LF is put in double quotes, inner quotes are
 * doubled).
 *
 * <p>Written by hand: the platform has no CSV library and writing needs only this quoting rule,
 * which a library would not make shorter. Text fields that start with {@code = + - @}, tab or CR
 * get a leading apostrophe so that a spreadsheet does not run a name as a formula (CSV injection);
 * amounts and numbers are passed with {@link #raw} and keep their minus sign.
 */
final class Csv implements AutoCloseable {

    /** A field written as is (a formatted number); plain strings are treated as text. */
    record Raw(String text) {
    }

    private final Writer out;

    Csv(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write("\uFEFF");
    }

    static Raw raw(String formatted) {
        return new Raw(formatted);
    }

    /** One record; {@code null} is an empty field, a {@link Raw} is written without the text guard. */
    Csv row(Object... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(';');
            }
            Object f = fields[i];
            String s = f == null ? "" : f instanceof Raw r ? r.text() : guard(f.toString());
            sb.append(quote(s));
        }
        write(sb.append("\r\n").toString());
        return this;
    }

    /** An empty line between blocks. */
    Csv blank() {
        write("\r\n");
        return this;
    }

    static String quote(String s) {
        if (s.indexOf(';') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String guard(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes; the stream stays open, it belongs to the caller. */
    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
