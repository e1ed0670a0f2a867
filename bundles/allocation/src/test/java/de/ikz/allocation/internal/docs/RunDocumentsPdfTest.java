package de.ikz.allocation.internal.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.allocation.AllocationRun;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class RunDocumentsPdfTest {

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).toList();
    }

    @Test
    void budgetSummaryShowsGermanAmountsDatesUmlautsAndASumRowEqualToTheAmount() throws IOException {
        AllocationRun run = Runs.budget();
        byte[] pdf = RunDocuments.summaryPdf(run, Runs.TITLE, Runs.NAMES);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);

        assertThat(text).contains("Umlage 2026 – Übersicht", Runs.TITLE, "StädteRegion Aachen", "Stadt Würselen",
                "Größter Rest", "Stand 31.12.2023", GermanFormat.dateTime(run.createdAt()), GermanFormat.money(run.amount()));
        assertThat(GermanFormat.money(run.amount())).isEqualTo("187.654,32 €");
        for (AllocationRun.Share s : run.shares()) {
            assertThat(text).contains(GermanFormat.money(s.amount()), GermanFormat.money(s.payable()), GermanFormat.exactMoney(s.exact()),
                    "Einwohner: " + GermanFormat.number(Runs.POPULATION.get(s.partnerId())));
        }
        String sumRow = lines(text).stream().filter(l -> l.startsWith("Summe (")).findFirst().orElseThrow();
        BigDecimal sum = run.shares().stream().map(AllocationRun.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumRow).startsWith("Summe (6 Partner)").contains(GermanFormat.money(sum)).contains(GermanFormat.money(run.amount()));
        assertThat(text).contains("Die Summe der gerundeten Anteile (187.654,32 €) ist gleich dem Betrag (187.654,32 €).");
        assertThat(text).contains("Seite 1 von 1");
    }

    @Test
    void settlementSummaryShowsNegativeBalancesAsRefunds() throws IOException {
        AllocationRun run = Runs.settlement();
        String text = text(RunDocuments.summaryPdf(run, Runs.TITLE, Runs.NAMES));

        assertThat(text).contains("Schlussabrechnung 2026 – Übersicht", "Tatsächliche Kosten", GermanFormat.money(run.actualCost()),
                "Zuschüsse", GermanFormat.money(run.grants()), "Vorauszahlungen", "Erstattung", "Nachzahlung");
        for (AllocationRun.SettlementLine l : run.settlement()) {
            assertThat(text).contains(GermanFormat.money(l.balance()), GermanFormat.money(l.advancesPaid()));
        }
        assertThat(run.settlement()).anyMatch(l -> GermanFormat.money(l.balance()).startsWith("-"));
        String sumRow = lines(text).stream().filter(l -> l.startsWith("Summe (")).findFirst().orElseThrow();
        assertThat(sumRow).contains(GermanFormat.money(run.amount()));
    }

    @Test
    void budgetNoticeShowsShareBasisAndInstalments() throws IOException {
        AllocationRun run = Runs.budget();
        AllocationRun.Share share = run.shares().stream().filter(s -> s.partnerId().equals("wuerselen")).findFirst().orElseThrow();
        String text = text(RunDocuments.noticePdf(run, Runs.TITLE, Runs.NAMES, "wuerselen"));

        assertThat(text).contains("Mitteilung über den Umlageanteil 2026", "Stadt Würselen (wuerselen)", Runs.TITLE,
                "Ihr Anteil", GermanFormat.money(share.amount()), GermanFormat.exactMoney(share.exact()),
                "Grundlage", run.keyDescription(), "Einwohner", "38.623", "31.12.2023", "IT.NRW", "Bevölkerungsstandes",
                GermanFormat.number(Runs.POPULATION.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)),
                "Abschlagszahlungen", "15.02.2026", "15.05.2026", "15.08.2026", "15.11.2026");
        run.instalments().stream().filter(i -> i.partnerId().equals("wuerselen"))
                .forEach(i -> assertThat(text).contains(GermanFormat.money(i.amount())));
        String sumRow = lines(text).stream().filter(l -> l.startsWith("Summe ")).findFirst().orElseThrow();
        assertThat(sumRow).endsWith(GermanFormat.money(share.payable()));
        assertThat(text).doesNotContain("Nachzahlung", "Erstattung");
    }

    @Test
    void settlementNoticeNamesRefundOrBackPayment() throws IOException {
        AllocationRun run = Runs.settlement();
        for (AllocationRun.SettlementLine l : run.settlement()) {
            String text = text(RunDocuments.noticePdf(run, Runs.TITLE, Runs.NAMES, l.partnerId()));
            assertThat(text).contains("Mitteilung zur Schlussabrechnung 2026", "Endgültiger Anteil", GermanFormat.money(l.finalShare()),
                    GermanFormat.money(l.advancesPaid()), GermanFormat.money(l.balance()),
                    (l.balance().signum() > 0 ? "Nachzahlung " : "Erstattung ") + GermanFormat.money(l.balance().abs()));
            assertThat(text).doesNotContain("Abschlagszahlungen");
        }
    }

    @Test
    void charactersOutsideWinAnsiAreReplacedNotFatal() throws IOException {
        Map<String, String> names = new LinkedHashMap<>(Runs.NAMES);
        names.put("alsdorf", "Gmina Łódź\tPartnerstadt");
        String text = text(RunDocuments.noticePdf(Runs.budget(), "Frühe Hilfen – „Netzwerk“ § 3 KKG", names, "alsdorf"));
        assertThat(text).contains("Gmina ?ódz Partnerstadt", "Frühe Hilfen – „Netzwerk“ § 3 KKG");
    }

    @Test
    void unknownPartnerIsRejectedByName() {
        assertThatThrownBy(() -> RunDocuments.noticePdf(Runs.budget(), Runs.TITLE, Runs.NAMES, "aachen-stadt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aachen-stadt");
    }

    @Test
    void summaryOfAllGermanMunicipalitiesRunsOverManyPages() throws IOException {
        int n = 11_004;
        Map<String, BigDecimal> population = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        java.util.Random random = new java.util.Random(11_004);
        for (int i = 0; i < n; i++) {
            String id = String.format("%08d", 1_001_000 + i);
            population.put(id, BigDecimal.valueOf(100 + random.nextInt(3_700_000)));
            names.put(id, "Gemeinde Nr. " + i + " – Großröhrsdorf-Süd");
        }
        AllocationRun run = Runs.budget("bund", population, new BigDecimal("98765432.10"), Map.of());
        byte[] pdf = RunDocuments.summaryPdf(run, "Alle Gemeinden", names);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(pages);
            last.setEndPage(pages);
            String text = last.getText(doc);
            assertThat(text).contains("Summe (11.004 Partner)", "98.765.432,10 €", "Seite " + pages + " von " + pages);
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(doc)).as("table header repeated").contains("Anteil (gerundet)", "Kennzahl(en)");
        }
    }
}
