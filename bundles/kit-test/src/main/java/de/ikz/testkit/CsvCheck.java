package de.ikz.testkit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV document back for tests, in either dialect of the document service: {@code CSV}
 * (',' and a decimal point, no byte order mark) and {@code CSV_DE} (';', decimal comma, UTF-8 byte
 * order mark). Every read asserts that each row is as wide as the header.
 */
public final class CsvCheck {

    /** A parsed table: the header and the rows (without the header). */
    public record Parsed(List<String> header, List<List<String>> rows, boolean german) {

        /** The values of the column with this header label. */
        public List<String> column(String label) {
            int i = header.indexOf(label);
            if (i < 0) {
                throw new AssertionError("no column '" + label + "' in " + header);
            }
            List<String> out = new ArrayList<>(rows.size());
            for (List<String> r : rows) {
                out.add(r.get(i));
            }
            return out;
        }

        /** The column parsed as numbers (a decimal comma read in the German dialect); an empty cell is null. */
        public List<BigDecimal> decimals(String label) {
            List<BigDecimal> out = new ArrayList<>();
            for (String v : column(label)) {
                if (v.isEmpty()) {
                    out.add(null);
                    continue;
                }
                String s = german ? v.replace(',', '.') : v;
                try {
                    out.add(new BigDecimal(s));
                } catch (NumberFormatException e) {
                    throw new AssertionError("column '" + label + "': '" + v + "' is not a number", e);
                }
            }
            return out;
        }
    }

    private CsvCheck() {
    }

    /** Parses {@code Format.CSV}: no byte order mark, ',' separated, CRLF line ends. */
    public static Parsed csv(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef) {
            throw new AssertionError("CSV must not start with a byte order mark");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), ',', false);
    }

    /** Parses {@code Format.CSV_DE}: UTF-8 byte order mark, ';' separated, CRLF line ends. */
    public static Parsed csvDe(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (!s.startsWith("\uFEFF")) {
            throw new AssertionError("CSV_DE must start with the UTF-8 byte order mark");
        }
        return parse(s.substring(1), ';', true);
    }

    private static Parsed parse(String text, char delimiter, boolean german) {
        if (!text.isEmpty() && !text.endsWith("\r\n")) {
            throw new AssertionError("CSV lines must end with CRLF");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord r : format.parse(new StringReader(text))) {
                List<String> values = r.toList();
                if (header == null) {
                    header = values;
                } else {
                    if (values.size() != header.size()) {
                        throw new AssertionError("CSV line " + r.getRecordNumber() + " has " + values.size()
                                + " values, the header " + header.size());
                    }
                    rows.add(values);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw new AssertionError("CSV without a header row");
        }
        return new Parsed(header, rows, german);
    }
}
