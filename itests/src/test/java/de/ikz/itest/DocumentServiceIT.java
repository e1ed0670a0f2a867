package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceReference;

import de.ikz.api.document.Block;
import de.ikz.api.document.DocumentInfo;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.Field;
import de.ikz.api.document.Letter;
import de.ikz.api.document.Letterhead;
import de.ikz.api.document.Table;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.PostalAddress;

/**
 * The document service in the running platform: openhtmltopdf, PDFBox, xmpbox, graphics2d and
 * Commons CSV wire in OSGi, and a letter comes out as a tagged PDF/A-2 with embedded fonts and its
 * CSV as one flat table. The PDF and CSV are also written to {@code target/documents-it/} (veraPDF
 * validation of that output: see docs/documents.md).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DocumentServiceIT extends ContainerSupport {

    @Test
    public void theServiceRendersALetterAsPdfAAndItsTableAsCsv() throws Exception {
        awaitHealthy();
        Await.until("the DocumentService", Duration.ofSeconds(60), () -> ctx.getServiceReference(DocumentService.class) != null);
        ServiceReference<DocumentService> ref = ctx.getServiceReference(DocumentService.class);
        DocumentService docs = ctx.getService(ref);
        try {
            Participant p = new Participant("it-doc", ParticipantKind.DISTRICT, "Kreis Heinsberg – Der Landrat", null, null, List.of(),
                    new PostalAddress(null, null, "Valkenburger Straße 45", "52525", "Heinsberg"), "Herr Beispiel", "02452 13-0",
                    "jugendamt@kreis-heinsberg.de", new BankAccount("Kreiskasse Heinsberg", "DE89370400440532013000", "COBADEFFXXX",
                            "Commerzbank"));
            Letterhead head = docs.letterhead(p);
            assertEquals("Kreis Heinsberg – Der Landrat", head.name());

            Table table = new Table("Zahlungen", List.of(Table.Column.text("Kassenzeichen", 2), Table.Column.money("Betrag"),
                    Table.Column.of("Fällig am", Table.Type.DATE)),
                    List.of(List.of("KZ-IT-0001", new BigDecimal("27692.31"), LocalDate.of(2027, 3, 31))),
                    java.util.Arrays.asList("Summe", new BigDecimal("27692.31"), null));
            Letter letter = new Letter(new DocumentInfo("Umlage 2027 – Mitteilung", "Kreis Heinsberg", Instant.parse("2027-01-15T09:00:00Z"),
                    "de", "umlage-it"), head,
                    new PostalAddress("Stadt Erkelenz", "Stadtkasse", "Johannismarkt 17", "41812", "Erkelenz"), LocalDate.of(2027, 1, 15),
                    List.of(new Field("Kassenzeichen", "KZ-IT-0001")), "Umlage 2027",
                    List.of(Block.paragraph("Sehr geehrte Damen und Herren,"), table), List.of(Letter.MACHINE_MADE), List.of(), table);

            byte[] pdf = docs.render(letter, DocumentService.Format.PDF);
            byte[] csv = docs.render(letter, DocumentService.Format.CSV);
            Path dir = Path.of(System.getProperty("ikz.itest.reportDir"), "documents-it");
            Files.createDirectories(dir);
            Files.write(dir.resolve("letter.pdf"), pdf);
            Files.write(dir.resolve("letter.csv"), csv);

            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text, text.contains("Stadt Erkelenz"));
                assertTrue(text, text.contains("KZ-IT-0001"));
                assertTrue(text, text.contains("27.692,31 €"));
                assertTrue(text, text.contains("IBAN: DE89 3704 0044 0532 0130 00"));
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue("font embedded: " + font.getName(), font.isEmbedded());
                    }
                }
                assertNotNull("tagged", doc.getDocumentCatalog().getStructureTreeRoot());
                assertTrue("marked", doc.getDocumentCatalog().getMarkInfo().isMarked());
                String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertTrue(xmp, xmp.contains("pdfaid:part") && xmp.contains("2"));
            }
            assertEquals("Kassenzeichen,Betrag,Fällig am\r\nKZ-IT-0001,27692.31,2027-03-31\r\n",
                    new String(csv, StandardCharsets.UTF_8));
        } finally {
            ctx.ungetService(ref);
        }
    }
}
