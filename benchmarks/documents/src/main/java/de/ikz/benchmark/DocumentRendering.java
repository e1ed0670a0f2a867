package de.ikz.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.ikz.api.document.Block;
import de.ikz.api.document.DocumentInfo;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.Report;
import de.ikz.api.document.Table;
import de.ikz.document.internal.DocumentServiceImpl;

/**
 * Renders the nationwide allocation summary (one table of N rows × 7 columns, N = 11,004 municipalities by default)
 * with the document service to PDF/A and to CSV and CSV_DE, and prints for each the wall time, the output size and
 * the peak heap of the run (sum of the heap pools' peaks, reset before each run). Arguments: rows (11004), output
 * folder, pdf.taggedRowLimit (the service's default; 0 tags always). Not a test: figures go to docs/benchmarks.md.
 */
public final class DocumentRendering {

    private DocumentRendering() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 11_004;
        Path out = Path.of(args.length > 1 ? args[1] : "target/out");
        Files.createDirectories(out);
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : DocumentServiceImpl.DEFAULT_TAGGED_ROW_LIMIT;
        DocumentServiceImpl service = new DocumentServiceImpl(
                new de.ikz.api.document.Letterhead("Benchmark", null, null, null, null, null, null, null), limit);
        Report report = report(rows);

        // warm-up on a small document (fonts, CSS parser, classes), as in the running server
        service.render(report(50), DocumentService.Format.PDF);

        System.out.printf("rows=%d columns=7 taggedRowLimit=%d (%s) maxHeap=%d MiB java=%s cpus=%d%n", rows, limit,
                limit <= 0 || rows <= limit ? "PDF/A-2a tagged" : "PDF/A-2b untagged",
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        for (DocumentService.Format f : List.of(DocumentService.Format.CSV, DocumentService.Format.CSV_DE,
                DocumentService.Format.PDF)) {
            Path file = out.resolve("summary-" + f.name().toLowerCase() + "." + f.extension());
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            try (OutputStream o = Files.newOutputStream(file)) {
                service.write(report, f, o);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("%-6s wall %7d ms  size %8d KiB  peak heap %5d MiB%n", f, ms, Files.size(file) >> 10,
                    peakHeap() >> 20);
        }
    }

    static Report report(int rows) {
        List<List<Object>> data = new ArrayList<>(rows);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < rows; i++) {
            BigDecimal amount = BigDecimal.valueOf(1_000 + (i * 7919L) % 250_000, 2);
            total = total.add(amount);
            data.add(List.of("Gemeinde " + i + (i % 5 == 0 ? " an der Wurm, Stadt" : ""), String.format("%08d", 1_001_000 + i),
                    500 + (i * 31) % 600_000, new BigDecimal(i % 100).add(new BigDecimal("0.0123")), amount,
                    LocalDate.of(2025, 12, 31), "KZ-2027-" + String.format("%05d", i)));
        }
        Table t = new Table("Umlage je Gemeinde", List.of(Table.Column.text("Gemeinde", 4), Table.Column.text("AGS", 2),
                Table.Column.of("Einwohner", Table.Type.INTEGER), Table.Column.of("Anteil", Table.Type.PERCENT),
                Table.Column.money("Betrag"), Table.Column.of("Stichtag", Table.Type.DATE), Table.Column.text("Kassenzeichen", 2)),
                data, Arrays.asList("Summe", null, null, null, total, null, null));
        return new Report(new DocumentInfo("Umlage 2027 – alle Gemeinden", "Benchmark", Instant.parse("2027-01-15T09:00:00Z"), "de",
                "umlage-2027-alle"), null, "Umlage 2027 – alle Gemeinden", rows + " Gemeinden", true,
                List.of(Block.paragraph("Übersicht aller Anteile."), t), "Umlage 2027", t);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
