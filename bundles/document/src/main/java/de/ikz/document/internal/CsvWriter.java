package de.ikz.document.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import de.ikz.api.document.Table;

/**
 * A document's data table as one flat CSV table with Apache Commons CSV: one header row (the column
 * labels), one record per row, never the totals row; CRLF line ends, quoting only where needed.
 */
final class CsvWriter {

    /** ',' separated, decimal point, UTF-8 without byte order mark. */
    static final CSVFormat PLAIN = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    /** ';' separated, decimal comma; the writer adds the UTF-8 byte order mark that spreadsheets need. */
    static final CSVFormat GERMAN = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private CsvWriter() {
    }

    static void write(Table table, boolean german, OutputStream out) {
        Cells.check(table);
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (german) {
                w.write('\uFEFF');
            }
            CSVPrinter printer = new CSVPrinter(w, german ? GERMAN : PLAIN);
            List<String> header = new ArrayList<>(table.columns().size());
            for (Table.Column c : table.columns()) {
                header.add(c.label());
            }
            printer.printRecord(header);
            List<String> record = new ArrayList<>(header.size());
            for (List<Object> row : table.rows()) {
                record.clear();
                for (int i = 0; i < header.size(); i++) {
                    record.add(Cells.csv(table.columns().get(i).type(), row.get(i), german));
                }
                printer.printRecord(record);
            }
            printer.flush(); // not closed: the caller's stream stays open
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
