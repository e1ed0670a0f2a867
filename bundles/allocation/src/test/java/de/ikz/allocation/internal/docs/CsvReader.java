package de.ikz.allocation.internal.docs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A tiny RFC 4180 reader for ';'-separated, CRLF-terminated UTF-8 with BOM, as {@link Csv} writes. */
final class CsvReader {

    private CsvReader() {
    }

    /** Records as lists of fields; fails on a missing BOM, a bare LF or a broken quote. */
    static List<List<String>> read(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (!s.startsWith("\uFEFF")) {
            throw new IllegalStateException("no byte-order mark");
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ';') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '\n' || c == '\r') {
                throw new IllegalStateException("bare line break at " + i);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted || !field.isEmpty() || !record.isEmpty()) {
            throw new IllegalStateException("last record not terminated by CRLF");
        }
        return records;
    }

    /** The first record whose first field is {@code label}. */
    static List<String> row(List<List<String>> records, String label) {
        return records.stream().filter(r -> r.get(0).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
    }

    /** The second field of the row {@code label}. */
    static String value(List<List<String>> records, String label) {
        return row(records, label).get(1);
    }
}
