package de.ikz.allocation.internal.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.DocumentService.Format;
import de.ikz.document.internal.DocumentServiceImpl;
import de.ikz.kit.text.GermanFormat;
import de.ikz.testkit.CsvCheck;
import de.ikz.testkit.PdfCheck;

import org.junit.jupiter.api.Test;

/** The run documents rendered by the platform's real document service, read back as a treasury would. */
class RunDocumentsRenderTest {

    private static final DocumentService DOCUMENTS = new DocumentServiceImpl();
    private static final AllocationRun BUDGET = Runs.stored(Runs.budget(), 7);

    @Test
    void theNoticeIsAValidPdfAWithEverythingATreasuryBooksBy() throws Exception {
        byte[] pdf = DOCUMENTS.render(RunDocuments.notice(Contexts.of(BUDGET), "eschweiler"), Format.PDF);
        PdfCheck.assertPdfA(pdf);
        assertThat(PdfCheck.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(PdfCheck.tagged(pdf)).isTrue();
        String text = PdfCheck.text(pdf).replace('\u00a0', ' ');
        AllocationRun.Share share = RunDocumentsTest.share(BUDGET, "eschweiler");
        assertThat(text).contains("StädteRegion Aachen – Die Städteregionsrätin", "Zollernstraße 10", "Stadt Eschweiler",
                "Kämmerei", share.cashReference(), Contexts.FILE_REFERENCE, "03.11.2025",
                GermanFormat.money(share.amount()), "15.02.2026", "15.11.2026", "DE02 3705 0299 0000 6847 12",
                "maschinell erstellt und ist ohne Unterschrift gültig", "GkG NRW");
        assertThat(text).doesNotContain("karaf").doesNotContain("Erstellt von");
        Path out = Path.of("target/documents");
        Files.createDirectories(out);
        Files.write(out.resolve("notice.pdf"), pdf);
    }

    @Test
    void theSummaryPdfSumsInCentsAndTheCsvIsOneFlatTableThatSumsToTheRun() throws Exception {
        byte[] pdf = DOCUMENTS.render(RunDocuments.summary(Contexts.of(BUDGET)), Format.PDF);
        PdfCheck.assertPdfA(pdf);
        String text = PdfCheck.text(pdf);
        assertThat(text).contains("Summe (6 Partner)", GermanFormat.money(BUDGET.amount()));
        BigDecimal exactSum = BUDGET.shares().stream().map(AllocationRun.Share::exact).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(text).doesNotContain(GermanFormat.exactMoney(exactSum));
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/summary.pdf"), pdf);

        for (Format f : List.of(Format.CSV, Format.CSV_DE)) {
            byte[] bytes = DOCUMENTS.render(RunDocuments.summary(Contexts.of(BUDGET)), f);
            CsvCheck.Parsed csv = f == Format.CSV ? CsvCheck.csv(bytes) : CsvCheck.csvDe(bytes);
            assertThat(csv.rows()).hasSize(BUDGET.shares().size());
            assertThat(csv.decimals("Anteil").stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(BUDGET.amount());
            assertThat(csv.decimals("zu zahlen").stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(BUDGET.amount().subtract(new BigDecimal("12500.00")));
            assertThat(csv.column("Kassenzeichen")).allSatisfy(r -> assertThat(CashReference.valid(r)).isTrue());
        }
    }

    @Test
    void theNoticeCsvHasTheKassenzeichenInEveryRowAndTheInstalmentsSumToThePayable() {
        AllocationRun.Share share = RunDocumentsTest.share(BUDGET, "alsdorf");
        CsvCheck.Parsed csv = CsvCheck.csv(DOCUMENTS.render(RunDocuments.notice(Contexts.of(BUDGET), "alsdorf"), Format.CSV));
        assertThat(csv.column("Kassenzeichen")).hasSize(4).containsOnly(share.cashReference());
        assertThat(csv.decimals("Betrag").stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(share.payable());
        assertThat(csv.column("fällig am")).containsExactly("2026-02-15", "2026-05-15", "2026-08-15", "2026-11-15");
    }

    @Test
    void aSupersededSettlementNoticeSaysSoInThePdf() {
        AllocationRun st1 = Runs.stored(Runs.settlement(), 8);
        AllocationRun st2 = Runs.stored(new AllocationRun("altkreis-aachen/2026/v3", "t1", "altkreis-aachen", 2, 2026, 3,
                "SETTLEMENT", st1.createdAt().plusSeconds(86_400), "admin", st1.amount(), st1.actualCost(), st1.grants(),
                st1.rounding(), st1.keyDescription(), st1.inputs(), st1.shares(), List.of(), st1.settlement()), 9);
        byte[] pdf = DOCUMENTS.render(RunDocuments.notice(Contexts.of(st1, st1, st2), "alsdorf"), Format.PDF);
        PdfCheck.assertPdfA(pdf);
        assertThat(PdfCheck.text(pdf).replaceAll("\\s+", " ")).contains("ÜBERHOLT", "durch Fassung 3 vom 04.11.2025 ersetzt",
                "Nachzahlung");
    }

    @Test
    void aSummaryOfManyPartnersRunsOverPagesAndKeepsTheExactSharesForTheCsv() {
        Map<String, BigDecimal> population = new LinkedHashMap<>();
        java.util.Random random = new java.util.Random(11_004);
        for (int i = 0; i < RunDocuments.APPENDIX_ROWS + 1; i++) {
            population.put(String.format("%08d", 1_001_000 + i), BigDecimal.valueOf(100 + random.nextInt(3_700_000)));
        }
        AllocationRun run = Runs.stored(Runs.budget("bund", population, new BigDecimal("98765432.10"), Map.of()), 1);
        RunDocuments.Context c = new RunDocuments.Context(run, null, Contexts.ISSUER, Map.of(), RunStatus.alone(run));
        byte[] pdf = DOCUMENTS.render(RunDocuments.summary(c), Format.PDF);
        assertThat(PdfCheck.pages(pdf)).isGreaterThan(10);
        String text = PdfCheck.text(pdf).replace('\u00a0', ' ');
        assertThat(text).contains("Summe (1001 Partner)", "98.765.432,10 €", "stehen sie in der CSV-Fassung");
        CsvCheck.Parsed csv = CsvCheck.csv(DOCUMENTS.render(RunDocuments.summary(c), Format.CSV));
        assertThat(csv.decimals("exakter Anteil")).hasSize(1001);
    }
}
