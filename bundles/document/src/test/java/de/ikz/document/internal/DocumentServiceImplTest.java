package de.ikz.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.ikz.api.document.Block;
import de.ikz.api.document.Certificate;
import de.ikz.api.document.Document;
import de.ikz.api.document.DocumentInfo;
import de.ikz.api.document.DocumentService.Format;
import de.ikz.api.document.Letter;
import de.ikz.api.document.Letterhead;
import de.ikz.api.document.Report;
import de.ikz.api.document.Table;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.PostalAddress;
import de.ikz.testkit.CsvCheck;
import de.ikz.testkit.PdfCheck;

/** Every document type rendered and checked as a treasury, an auditor and a screen reader would. */
class DocumentServiceImplTest {

    private final DocumentServiceImpl service = new DocumentServiceImpl();

    // ------------------------------------------------------------------------------------------ PDF/A

    @Test
    void aLetterIsPdfA2aTaggedWithEmbeddedFonts() {
        byte[] pdf = service.render(Samples.letter(0), Format.PDF);
        assertThat(PdfCheck.assertPdfA(pdf)).isEqualTo("2a");
        assertThat(PdfCheck.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(PdfCheck.tagged(pdf)).isTrue();
    }

    @Test
    void everyDocumentTypePassesTheMachineChecksOfPdfUa1() {
        for (Document d : List.of(Samples.letter(0), Samples.report(30, false), Samples.certificate(), certificateSigned())) {
            PdfCheck.assertPdfUa(service.render(d, Format.PDF));
        }
    }

    @Test
    void aReportAndACertificateAreValidPdfA2aToo() {
        for (Document d : List.of(Samples.report(40, false), Samples.report(40, true), Samples.certificate(),
                certificateSigned())) {
            byte[] pdf = service.render(d, Format.PDF);
            assertThat(PdfCheck.assertPdfA(pdf)).as(d.info().title()).isEqualTo("2a");
            assertThat(PdfCheck.fontsNotEmbedded(pdf)).isEmpty();
            assertThat(PdfCheck.tagged(pdf)).isTrue();
        }
    }

    @Test
    void aDocumentWithMoreTableRowsThanTheLimitIsPdfA2bWithoutTags() {
        DocumentServiceImpl limited = new DocumentServiceImpl(new Letterhead("IKZ", null, null, null, null, null, null, null), 20);
        byte[] big = limited.render(Samples.report(21, false), Format.PDF);
        assertThat(PdfCheck.assertPdfA(big)).isEqualTo("2b");
        assertThat(PdfCheck.tagged(big)).isFalse();
        assertThat(PdfCheck.fontsNotEmbedded(big)).isEmpty();
        assertThat(PdfCheck.text(big)).contains("Gemeinde 20", "Summe");
        byte[] small = limited.render(Samples.report(20, false), Format.PDF);
        assertThat(PdfCheck.assertPdfA(small)).isEqualTo("2a");
        assertThat(PdfCheck.tagged(small)).isTrue();
        // the default service tags the everyday documents
        assertThat(DocumentServiceImpl.DEFAULT_TAGGED_ROW_LIMIT).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void theLetterCarriesEverythingATreasuryBooksAgainst() {
        String text = PdfCheck.text(service.render(Samples.letter(0), Format.PDF));
        assertThat(text)
                // sender, return address, footer
                .contains("StädteRegion Aachen – Der Städteregionsrat", "Amt für Kinder, Jugend und Familie",
                        "Zollernstraße 10", "52070 Aachen", "Telefon: 0241 5198-2345")
                // recipient in the window
                .contains("Stadt Alsdorf\nAmt 20 – Stadtkasse\nHubertusstraße 17\n52477 Alsdorf")
                // information block
                .contains("Aktenzeichen 51.2-IKZ-2025/01", "Kassenzeichen KZ-2027-0001", "Ansprechperson Frau Jansen",
                        "Datum 15.01.2027")
                .contains("Umlage 2027 – Mitteilung über den Umlageanteil")
                // amounts and dates in German form
                .contains("27.692,31 €", "1.234.567,80 €", "31.03.2027", "30.06.2027", "31,25 %", "46.000")
                // bank details, IBAN in groups of four
                .contains("Bankverbindung: Städteregionskasse Aachen", "IBAN: DE89 3704 0044 0532 0130 00", "BIC: COBADEFFXXX")
                .contains(Letter.MACHINE_MADE)
                .contains("Anlage\nExakte Anteile");
    }

    @Test
    void theRecipientSitsInTheWindowFieldOfFormB() throws IOException {
        byte[] pdf = service.render(Samples.letter(0), Format.PDF);
        float[] at = position(pdf, "Hubertusstraße");
        float mm = 72f / 25.4f;
        // address zone of DIN 5008 form B: 45 + 17.7 to 90 mm from the top, text from 25 mm from the left edge
        assertThat(at[0] / mm).isBetween(24f, 27f);
        assertThat(at[1] / mm).isBetween(62.7f, 90f);
        float[] date = position(pdf, "15.01.2027");
        assertThat(date[0] / mm).isGreaterThanOrEqualTo(125f);
        assertThat(date[1] / mm).isBetween(50f, 98f);
    }

    @Test
    void aLetterOfOnePageHasNoPageNumberAndOneOfTwoSaysSeite2Von2() {
        Letter one = withoutAppendix(Samples.letter(0));
        byte[] single = service.render(one, Format.PDF);
        assertThat(PdfCheck.pages(single)).isEqualTo(1);
        assertThat(PdfCheck.text(single)).doesNotContain("Seite");

        byte[] two = service.render(Samples.letter(0), Format.PDF); // the appendix starts page 2
        assertThat(PdfCheck.pages(two)).isEqualTo(2);
        assertThat(PdfCheck.text(two, 1)).contains("Seite 1 von 2");
        assertThat(PdfCheck.text(two, 2)).contains("Seite 2 von 2", "Anlage\nExakte Anteile").doesNotContain("Sehr geehrte");
        // the footer with the bank details is on every page
        assertThat(PdfCheck.text(two, 2)).contains("IBAN: DE89 3704 0044 0532 0130 00");
    }

    @Test
    void aReportRepeatsTheTableHeaderAndTheFooterOnEveryPageAndHasNoEmptyPage() {
        byte[] pdf = service.render(Samples.report(120, false), Format.PDF);
        int pages = PdfCheck.pages(pdf);
        assertThat(pages).isGreaterThan(2);
        for (int p = 1; p <= pages; p++) {
            String text = PdfCheck.text(pdf, p);
            assertThat(text).as("page " + p).contains("Gemeinde AGS Einwohner Anteil Betrag Stichtag Quelle",
                    "Umlage 2027 · Lauf 2", "Seite " + p + " von " + pages);
            assertThat(text.replaceAll("Seite \\d+ von \\d+|Umlage 2027 · Lauf 2|Gemeinde AGS.*Quelle", "").strip())
                    .as("page " + p + " has content").isNotEmpty();
        }
        // the totals row once, at the end, never split from its values
        assertThat(PdfCheck.text(pdf, pages)).contains("Summe 180.000,00 €");
        assertThat(PdfCheck.text(pdf)).containsOnlyOnce("Summe");
    }

    @Test
    void aReportThatFillsAPageToTheBottomGetsNoEmptyPage() {
        // one more line each time: some count fills page 1 so that only the last block's bottom margin is left
        Table last = new Table(null, List.of(Table.Column.text("Links", 1)), List.of(List.of("keine")), null);
        for (int n = 40; n <= 60; n++) {
            List<Block> body = new ArrayList<>();
            body.add(Block.fields(java.util.stream.IntStream.rangeClosed(1, n)
                    .mapToObj(i -> new de.ikz.api.document.Field("Zeile " + i, "Wert")).toList()));
            body.add(last);
            Report r = new Report(Samples.report(1, false).info(), null, "Titel", null, false, body, "Fußzeile", null);
            byte[] pdf = service.render(r, Format.PDF);
            for (int p = 1; p <= PdfCheck.pages(pdf); p++) {
                String page = PdfCheck.text(pdf, p).replaceAll("Fußzeile|Seite \\d+ von \\d+", "").strip();
                assertThat(page).as("%d field lines: page %d of %d has content", n, p, PdfCheck.pages(pdf)).isNotEmpty();
            }
        }
    }

    @Test
    void aTableRowIsNeverSplitAcrossPages() {
        byte[] pdf = service.render(Samples.report(120, false), Format.PDF);
        for (int p = 1; p <= PdfCheck.pages(pdf); p++) {
            String text = PdfCheck.text(pdf, p);
            // each row ends with the id's last part: a page never ends in the middle of a row
            int rowsStarted = count(text, Pattern.compile("Gemeinde\\s+\\d+\\s"));
            int rowsEnded = count(text, Pattern.compile("reference-\\s*2027"));
            assertThat(rowsEnded).as("page " + p).isEqualTo(rowsStarted);
        }
    }

    @Test
    void aLandscapeReportIsA4Landscape() throws IOException {
        try (PDDocument doc = Loader.loadPDF(service.render(Samples.report(5, true), Format.PDF))) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void aCertificateIsOnePageWithPlaceDateAndTheMachineLineOrASignatureLine() {
        byte[] machine = service.render(Samples.certificate(), Format.PDF);
        assertThat(PdfCheck.pages(machine)).isEqualTo(1);
        assertThat(PdfCheck.text(machine)).contains("Teilnahmebescheinigung", "Maria Musterfrau", "Aachen, 12.03.2027",
                "Umfang 12 Unterrichtsstunden", Letter.MACHINE_MADE);
        byte[] signed = service.render(certificateSigned(), Format.PDF);
        assertThat(PdfCheck.text(signed)).contains("Dr. Erika Beispiel\nLeiterin des Jugendamts").doesNotContain(Letter.MACHINE_MADE);
    }

    @Test
    void longIdsAreBrokenOnlyAfterSlashOrHyphenNeverMidWord() {
        String text = PdfCheck.text(service.render(Samples.report(6, false), Format.PDF))
                + PdfCheck.text(service.render(Samples.letter(0), Format.PDF));
        StringBuilder re = new StringBuilder();
        for (char c : Samples.LONG_ID.toCharArray()) {
            re.append(Pattern.quote(String.valueOf(c)));
            if (c == '/' || c == '-') {
                re.append("(?:\\r?\\n)?");
            }
        }
        int whole = count(text, Pattern.compile(re.toString()));
        assertThat(whole).isEqualTo(7); // six table rows and the letter's paragraph
        // and the narrow column really wrapped it (so the check above is not vacuous)
        assertThat(count(text, Pattern.compile(Pattern.quote(Samples.LONG_ID)))).isLessThan(7);
        // no word of the id was cut: every line break inside it follows '/' or '-'
        assertThat(text).doesNotContainPattern("appoin\\s*\\n\\s*tments");
    }

    @Test
    void theMetadataHasTitleAuthorLanguageAndTheDocumentsOwnCreationDate() throws IOException {
        try (PDDocument doc = Loader.loadPDF(service.render(Samples.letter(0), Format.PDF))) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Umlage 2027 – Mitteilung an Stadt Alsdorf");
            assertThat(info.getAuthor()).isEqualTo("StädteRegion Aachen");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Samples.CREATED);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("2027-01-15T10:30:00+01:00", "Umlage 2027 – Mitteilung an Stadt Alsdorf", "StädteRegion Aachen");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(doc.getDocumentCatalog().getOutputIntents().get(0).getOutputConditionIdentifier()).contains("sRGB");
        }
    }

    @Test
    void theSameDocumentGivesTheSameText() {
        assertThat(PdfCheck.text(service.render(Samples.letter(3), Format.PDF)))
                .isEqualTo(PdfCheck.text(service.render(Samples.letter(3), Format.PDF)));
    }

    // -------------------------------------------------------------------------------------- security

    @Test
    void markupInTextStaysTextAndNothingIsFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x.png";
            String hostile = "<img src=\"" + url + "\"/> & <b>fett</b> <link rel=\"stylesheet\" href=\"" + url + "\"/>";
            Report r = new Report(new DocumentInfo("Test <b>", "A & B", Samples.CREATED, "de", "t"), null, hostile, hostile, false,
                    List.of(Block.paragraph(hostile), Block.heading(hostile), new Block.Note(hostile, true)), hostile, null);
            byte[] pdf = service.render(r, Format.PDF);
            assertThat(PdfCheck.text(pdf)).contains("<img src=\"" + url + "\"/> & <b>fett</b>");
            PdfCheck.assertPdfA(pdf);
            assertNoConnection(server);
        }
    }

    @Test
    void theRendererItselfLoadsNoExternalResource() throws IOException {
        // below the DOM's escaping: even an <img> and a stylesheet link element in the XHTML are not fetched
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
            Xhtml x = new Xhtml("de", "t");
            x.style("* { font-family: 'Liberation Sans'; }");
            var link = x.el(x.head, "link");
            link.setAttribute("rel", "stylesheet");
            link.setAttribute("href", url + ".css");
            var img = x.el(x.body, "img");
            img.setAttribute("src", url + ".png");
            img.setAttribute("alt", "x");
            x.el(x.body, "p", null, "Text");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfWriter.write(x, Samples.CREATED, out);
            assertThat(PdfCheck.text(out.toByteArray())).contains("Text");
            assertNoConnection(server);
        }
    }

    private static void assertNoConnection(ServerSocket server) throws IOException {
        // a connection attempt would already wait in the backlog: accept returns it at once
        server.setSoTimeout(1);
        assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
    }

    // ------------------------------------------------------------------------------------------- CSV

    @Test
    void csvIsOneFlatTableWithPlainNumbersIsoDatesAndNoTotalsRow() {
        byte[] csv = service.render(Samples.letter(0), Format.CSV);
        String s = new String(csv, StandardCharsets.UTF_8);
        assertThat(s).isEqualTo("Partner,Kassenzeichen,Einwohner,Anteil,Betrag,Fällig am\r\n"
                + "Stadt Alsdorf,KZ-2027-0001,46000,31.25,27692.31,2027-03-31\r\n"
                + "Stadt Baesweiler,KZ-2027-0002,27000,18.5,1234567.80,2027-06-30\r\n");
        CsvCheck.Parsed t = CsvCheck.csv(csv);
        assertThat(t.decimals("Betrag")).containsExactly(new BigDecimal("27692.31"), new BigDecimal("1234567.80"));
        assertThat(t.column("Fällig am").stream().map(LocalDate::parse)).containsExactly(LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 6, 30));
        assertThat(t.column("Partner")).doesNotContain("Summe");
    }

    @Test
    void csvDeHasSemicolonsDecimalCommaAndAByteOrderMark() {
        byte[] csv = service.render(Samples.letter(0), Format.CSV_DE);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFPartner;Kassenzeichen;Einwohner;Anteil;Betrag;Fällig am\r\n"
                + "Stadt Alsdorf;KZ-2027-0001;46000;31,25;27692,31;2027-03-31\r\n"
                + "Stadt Baesweiler;KZ-2027-0002;27000;18,5;1234567,80;2027-06-30\r\n");
        CsvCheck.Parsed t = CsvCheck.csvDe(csv);
        assertThat(t.decimals("Betrag")).containsExactly(new BigDecimal("27692.31"), new BigDecimal("1234567.80"));
    }

    @Test
    void csvQuotesTextWithSeparatorsQuotesAndLineBreaks() {
        Table t = new Table(null, List.of(Table.Column.text("Name", 1), Table.Column.money("Betrag")),
                List.of(List.of("Kreis \"Nord\", Amt; 2\nZeile", new BigDecimal("1.5"))), null);
        Report r = new Report(Samples.report(1, false).info(), null, "T", null, false, List.of(t), null, t);
        CsvCheck.Parsed plain = CsvCheck.csv(service.render(r, Format.CSV));
        assertThat(plain.column("Name")).containsExactly("Kreis \"Nord\", Amt; 2\nZeile");
        assertThat(plain.column("Betrag")).containsExactly("1.50");
        CsvCheck.Parsed de = CsvCheck.csvDe(service.render(r, Format.CSV_DE));
        assertThat(de.column("Name")).containsExactly("Kreis \"Nord\", Amt; 2\nZeile");
        assertThat(de.column("Betrag")).containsExactly("1,50");
    }

    @Test
    void csvOfADocumentWithoutDataIsRefusedNamingTheFormat() {
        for (Format f : List.of(Format.CSV, Format.CSV_DE)) {
            assertThatThrownBy(() -> service.render(Samples.certificate(), f)).isInstanceOfSatisfying(IkzException.class, e -> {
                assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
                assertThat(e.field()).isEqualTo("format");
            });
        }
    }

    @Test
    void aCellOfTheWrongTypeIsAClearErrorInPdfAndCsv() {
        Table t = new Table("Zahlungen", List.of(Table.Column.text("Partner", 1), Table.Column.money("Betrag")),
                List.of(List.of("A", new BigDecimal("1")), List.of("B", "12,50 €")), null);
        Report r = new Report(Samples.report(1, false).info(), null, "T", null, false, List.of(t), null, t);
        for (Format f : Format.values()) {
            assertThatThrownBy(() -> service.render(r, f)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 2").hasMessageContaining("column 2 'Betrag'").hasMessageContaining("Zahlungen");
        }
        Table narrow = new Table(null, List.of(Table.Column.text("Partner", 1), Table.Column.money("Betrag")),
                List.of(List.of("A")), null);
        Report r2 = new Report(Samples.report(1, false).info(), null, "T", null, false, List.of(), null, narrow);
        assertThatThrownBy(() -> service.render(r2, Format.CSV)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1: 1 values for 2 columns");
    }

    // -------------------------------------------------------------------------------------- letterhead

    @Test
    void theLetterheadTakesTheParticipantsFieldsAndTheHostsForWhatItLacks(@TempDir Path dir) throws IOException {
        Path logo = dir.resolve("logo.png");
        Files.write(logo, png());
        DocumentServiceImpl configured = new DocumentServiceImpl(DocumentServiceImpl.hostOf(config(logo.toString())));
        Participant full = new Participant("ja-x", ParticipantKind.DISTRICT, "Kreis Heinsberg", null, null, List.of(),
                new PostalAddress(null, null, "Valkenburger Straße 45", "52525", "Heinsberg"), "Herr A", "02452 13-0", "a@kreis.de",
                new BankAccount("Kreiskasse Heinsberg", "DE02370502990000684712", null, "Kreissparkasse"));
        Letterhead h = configured.letterhead(full);
        assertThat(h.name()).isEqualTo("Kreis Heinsberg");
        assertThat(h.address().city()).isEqualTo("Heinsberg");
        assertThat(h.contactPerson()).isEqualTo("Herr A");
        assertThat(h.bank().holder()).isEqualTo("Kreiskasse Heinsberg");
        assertThat(h.logo()).isEqualTo(png());

        Participant bare = new Participant("ja-y", ParticipantKind.DISTRICT, "Stadt Y", null, null, List.of());
        Letterhead d = configured.letterhead(bare);
        assertThat(d.name()).isEqualTo("Stadt Y");
        assertThat(d.address().street()).isEqualTo("Dennewartstraße 25");
        assertThat(d.contactPerson()).isEqualTo("Servicedesk");
        assertThat(d.phone()).isEqualTo("0241 123-0");
        assertThat(d.email()).isEqualTo("ikz@example.org");
        assertThat(d.bank().iban()).isEqualTo("DE89370400440532013000");

        // the logo is printed and the PDF stays PDF/A
        Letter withLogo = new Letter(Samples.letter(0).info(), h, Samples.letter(0).recipient(), LocalDate.of(2027, 1, 15), List.of(),
                "Betreff", List.of(Block.paragraph("Text")), List.of(), List.of(), null);
        byte[] pdf = configured.render(withLogo, Format.PDF);
        PdfCheck.assertPdfA(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int images = 0;
            for (var name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().isImageXObject(name)) {
                    images++;
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void aMissingTooLargeOrForeignLogoFileMeansNoLogo(@TempDir Path dir) throws IOException {
        assertThat(DocumentServiceImpl.hostOf(config(dir.resolve("missing.png").toString())).logo()).isNull();
        Path big = dir.resolve("big.png");
        byte[] bytes = Arrays.copyOf(png(), 1024 * 1024 + 1);
        Files.write(big, bytes);
        assertThat(DocumentServiceImpl.hostOf(config(big.toString())).logo()).isNull();
        Path text = dir.resolve("logo.png");
        Files.writeString(text, "<svg/> not an image at all");
        assertThat(DocumentServiceImpl.hostOf(config(text.toString())).logo()).isNull();
        assertThat(DocumentServiceImpl.hostOf(config("")).logo()).isNull();
    }

    // ---------------------------------------------------------------------------------------- helpers

    private static Certificate certificateSigned() {
        Certificate c = Samples.certificate();
        return new Certificate(c.info(), c.issuer(), c.title(), c.holder(), c.statement(), c.details(), c.place(), c.date(),
                "Dr. Erika Beispiel", "Leiterin des Jugendamts", null);
    }

    private static Letter withoutAppendix(Letter l) {
        return new Letter(l.info(), l.sender(), l.recipient(), l.date(), l.references(), l.subject(), l.body(), l.closing(),
                List.of(), l.data());
    }

    private static int count(String text, Pattern p) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** x and y (from the top) in points of the first glyph of the first occurrence of a word on page 1. */
    private static float[] position(byte[] pdf, String word) throws IOException {
        List<float[]> found = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                int i = text.indexOf(word);
                if (i >= 0 && found.isEmpty()) {
                    TextPosition t = positions.get(i);
                    found.add(new float[] {t.getXDirAdj(), t.getYDirAdj()});
                }
                super.writeString(text, positions);
            }
        };
        s.setStartPage(1);
        s.setEndPage(1);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            s.getText(doc);
        }
        assertThat(found).as(word).isNotEmpty();
        return found.get(0);
    }

    static byte[] png() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(0, 0, 40, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static DocumentServiceImpl.Config config(String logo) {
        return new DocumentServiceImpl.Config() {
            @Override public Class<? extends java.lang.annotation.Annotation> annotationType() { return DocumentServiceImpl.Config.class; }
            @Override public String host_name() { return "Regio IT"; }
            @Override public String host_unit() { return "IKZ-Plattform"; }
            @Override public String host_street() { return "Dennewartstraße 25"; }
            @Override public String host_postalCode() { return "52068"; }
            @Override public String host_city() { return "Aachen"; }
            @Override public String host_contactPerson() { return "Servicedesk"; }
            @Override public String host_phone() { return "0241 123-0"; }
            @Override public String host_email() { return "ikz@example.org"; }
            @Override public String host_bank_holder() { return "Regio IT"; }
            @Override public String host_bank_iban() { return "DE89 3704 0044 0532 0130 00"; }
            @Override public String host_bank_bic() { return "COBADEFFXXX"; }
            @Override public String host_bank_name() { return "Commerzbank"; }
            @Override public String logo() { return logo; }
            @Override public int pdf_taggedRowLimit() { return DocumentServiceImpl.DEFAULT_TAGGED_ROW_LIMIT; }
        };
    }
}
