package de.ikz.document.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import de.ikz.api.document.DocumentService.Format;

/** Writes sample PDFs and CSVs to target/samples to look at (not a test): run with exec or from the IDE. */
public final class SampleOutput {

    private SampleOutput() {
    }

    public static void main(String[] args) throws Exception {
        DocumentServiceImpl s = new DocumentServiceImpl();
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("letter.pdf"), s.render(Samples.letter(0), Format.PDF));
        Files.write(dir.resolve("letter-long.pdf"), s.render(Samples.letter(14), Format.PDF));
        Files.write(dir.resolve("report.pdf"), s.render(Samples.report(60, false), Format.PDF));
        Files.write(dir.resolve("report-landscape.pdf"), s.render(Samples.report(30, true), Format.PDF));
        Files.write(dir.resolve("certificate.pdf"), s.render(Samples.certificate(), Format.PDF));
        Files.write(dir.resolve("letter.csv"), s.render(Samples.letter(0), Format.CSV));
        Files.write(dir.resolve("letter-de.csv"), s.render(Samples.letter(0), Format.CSV_DE));
    }
}
