package de.ikz.allocation.internal.docs;

import static de.ikz.allocation.internal.docs.CsvReader.row;
import static de.ikz.allocation.internal.docs.CsvReader.value;
import static de.ikz.allocation.internal.docs.Runs.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.allocation.AllocationRun;

import org.junit.jupiter.api.Test;

class RunDocumentsCsvTest {

    @Test
    void summaryIsUtf8WithBomSemicolonsAndCrlf() {
        byte[] csv = RunDocuments.summaryCsv(Runs.budget(), Runs.TITLE, Runs.NAMES);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).contains("StädteRegion Aachen").contains("Stadt Würselen").contains("für ehrenamtliche Vormünder");
    }

    @Test
    void summaryParsesBackToTheNumbersOfTheRun() {
        AllocationRun run = Runs.budget();
        List<List<String>> csv = CsvReader.read(RunDocuments.summaryCsv(run, Runs.TITLE, Runs.NAMES));

        assertThat(value(csv, "Vereinbarung")).isEqualTo(Runs.TITLE);
        assertThat(value(csv, "Lauf")).isEqualTo(run.id());
        assertThat(value(csv, "Art")).isEqualTo("Umlage");
        assertThat(value(csv, "Haushaltsjahr")).isEqualTo("2026");
        assertThat(value(csv, "Erstellt am")).isEqualTo(GermanFormat.dateTime(run.createdAt()));
        assertThat(value(csv, "Schlüssel")).isEqualTo(run.keyDescription());
        assertThat(parse(value(csv, "Betrag"))).isEqualByComparingTo(run.amount());

        List<String> head = row(csv, "Partner-ID");
        assertThat(head).containsExactly("Partner-ID", "Partner", "Kennzahl(en)", "exakter Anteil", "Anteil (gerundet)",
                "Sachleistung", "zu zahlen");
        BigDecimal sum = BigDecimal.ZERO;
        for (AllocationRun.Share s : run.shares()) {
            List<String> r = row(csv, s.partnerId());
            assertThat(r.get(1)).isEqualTo(Runs.NAMES.get(s.partnerId()));
            assertThat(r.get(2)).contains("Einwohner: " + GermanFormat.number(Runs.POPULATION.get(s.partnerId())))
                    .contains("Stand 31.12.2023").contains("Quelle: " + Runs.SOURCE);
            assertThat(parse(r.get(3))).isEqualByComparingTo(s.exact());
            assertThat(parse(r.get(4))).isEqualByComparingTo(s.amount());
            assertThat(parse(r.get(5))).isEqualByComparingTo(s.creditInKind());
            assertThat(parse(r.get(6))).isEqualByComparingTo(s.payable());
            sum = sum.add(parse(r.get(4)));
        }
        List<String> total = csv.stream().filter(r -> r.size() > 1 && r.get(1).equals("Summe")).findFirst().orElseThrow();
        assertThat(parse(total.get(4))).isEqualByComparingTo(sum).isEqualByComparingTo(run.amount());
        assertThat(parse(value(csv, "Differenz"))).isZero();
        assertThat(value(csv, "Prüfung")).startsWith("Die Summe der gerundeten Anteile");
    }

    @Test
    void settlementSummaryHasAdvancesAndSignedBalances() {
        AllocationRun run = Runs.settlement();
        List<List<String>> csv = CsvReader.read(RunDocuments.summaryCsv(run, Runs.TITLE, Runs.NAMES));

        assertThat(value(csv, "Art")).isEqualTo("Schlussabrechnung");
        assertThat(parse(value(csv, "Tatsächliche Kosten"))).isEqualByComparingTo(run.actualCost());
        assertThat(parse(value(csv, "Zuschüsse"))).isEqualByComparingTo(run.grants());
        assertThat(row(csv, "Partner-ID")).endsWith("Vorauszahlungen", "Saldo", "Nachzahlung/Erstattung");
        for (AllocationRun.SettlementLine l : run.settlement()) {
            List<String> r = row(csv, l.partnerId());
            assertThat(parse(r.get(7))).isEqualByComparingTo(l.advancesPaid());
            assertThat(parse(r.get(8))).isEqualByComparingTo(l.balance());
            assertThat(r.get(9)).isEqualTo(l.balance().signum() > 0 ? "Nachzahlung" : "Erstattung");
        }
        assertThat(run.settlement()).anyMatch(l -> l.balance().signum() < 0).anyMatch(l -> l.balance().signum() > 0);
        List<String> total = csv.stream().filter(r -> r.size() > 1 && r.get(1).equals("Summe")).findFirst().orElseThrow();
        assertThat(parse(total.get(4))).isEqualByComparingTo(run.amount());
        assertThat(parse(total.get(8))).isEqualByComparingTo(
                run.settlement().stream().map(AllocationRun.SettlementLine::balance).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void textWithSeparatorsQuotesAndFormulaPrefixesIsQuotedAndGuarded() {
        Map<String, String> names = new LinkedHashMap<>(Runs.NAMES);
        names.put("alsdorf", "Verein \"Kinderschutz; Aachen\" e.V.");
        names.put("eschweiler", "=HYPERLINK(\"http://example.invalid\")");
        List<List<String>> csv = CsvReader.read(RunDocuments.summaryCsv(Runs.budget(), Runs.TITLE, names));
        assertThat(row(csv, "alsdorf").get(1)).isEqualTo("Verein \"Kinderschutz; Aachen\" e.V.");
        assertThat(row(csv, "eschweiler").get(1)).isEqualTo("'=HYPERLINK(\"http://example.invalid\")");
    }

    @Test
    void budgetNoticeHasTheShareTheBasisAndInstalmentsSummingToThePayable() {
        AllocationRun run = Runs.budget();
        AllocationRun.Share share = run.shares().stream().filter(s -> s.partnerId().equals("staedteregion")).findFirst().orElseThrow();
        List<List<String>> csv = CsvReader.read(RunDocuments.noticeCsv(run, Runs.TITLE, Runs.NAMES, "staedteregion"));

        assertThat(csv.get(0).get(0)).isEqualTo("Mitteilung über den Umlageanteil 2026");
        assertThat(value(csv, "Empfänger")).isEqualTo("StädteRegion Aachen (Kreisjugendamt)");
        assertThat(parse(value(csv, "Anteil (gerundet)"))).isEqualByComparingTo(share.amount());
        assertThat(parse(value(csv, "Sachleistung (angerechnet)"))).isEqualByComparingTo(share.creditInKind());
        assertThat(parse(value(csv, "zu zahlen"))).isEqualByComparingTo(share.payable());

        List<String> figure = row(csv, "Einwohner");
        assertThat(parse(figure.get(1))).isEqualByComparingTo(Runs.POPULATION.get("staedteregion"));
        assertThat(figure.get(2)).isEqualTo("31.12.2023");
        assertThat(figure.get(3)).isEqualTo(Runs.SOURCE);
        assertThat(figure.get(4)).contains("05334004");
        assertThat(parse(figure.get(5))).isEqualByComparingTo(
                Runs.POPULATION.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));

        List<AllocationRun.Instalment> mine = run.instalments().stream().filter(i -> i.partnerId().equals("staedteregion")).toList();
        int start = csv.indexOf(row(csv, "Abschlag Nr."));
        for (int k = 0; k < mine.size(); k++) {
            List<String> r = csv.get(start + 1 + k);
            assertThat(r.get(0)).isEqualTo(Integer.toString(mine.get(k).number()));
            assertThat(r.get(1)).isEqualTo(GermanFormat.date(mine.get(k).due()));
            assertThat(parse(r.get(2))).isEqualByComparingTo(mine.get(k).amount());
        }
        assertThat(csv.get(start + 1).get(1)).isEqualTo("15.02.2026");
        assertThat(parse(row(csv, "Summe").get(2))).isEqualByComparingTo(share.payable());
    }

    @Test
    void settlementNoticeShowsTheBalanceAsRefundOrBackPayment() {
        AllocationRun run = Runs.settlement();
        for (AllocationRun.SettlementLine l : run.settlement()) {
            List<List<String>> csv = CsvReader.read(RunDocuments.noticeCsv(run, Runs.TITLE, Runs.NAMES, l.partnerId()));
            assertThat(csv.get(0).get(0)).isEqualTo("Mitteilung zur Schlussabrechnung 2026");
            assertThat(parse(value(csv, "Endgültiger Anteil"))).isEqualByComparingTo(l.finalShare());
            assertThat(parse(value(csv, "abzüglich geleistete Vorauszahlungen"))).isEqualByComparingTo(l.advancesPaid());
            assertThat(parse(value(csv, "Saldo"))).isEqualByComparingTo(l.balance());
            assertThat(value(csv, "Ergebnis")).isEqualTo((l.balance().signum() > 0 ? "Nachzahlung " : "Erstattung ")
                    + GermanFormat.money(l.balance().abs()));
        }
    }

    @Test
    void percentagesAreGerman() {
        AllocationRun run = Runs.percent(Map.of("a", new BigDecimal("12.5"), "b", new BigDecimal("87.5")), new BigDecimal("1000.00"));
        List<List<String>> csv = CsvReader.read(RunDocuments.noticeCsv(run, "Frühe Hilfen", Map.of(), "a"));
        assertThat(row(csv, "Prozentsatz").get(1)).isEqualTo("12,5 %");
        assertThat(row(csv, "Prozentsatz").get(3)).isEqualTo("Vereinbarung");
        assertThat(row(csv, "Prozentsatz").get(5)).isEqualTo("100 %");
        assertThat(value(csv, "Empfänger")).isEqualTo("a");
    }

    @Test
    void unknownPartnerIsRejectedByName() {
        assertThatThrownBy(() -> RunDocuments.noticeCsv(Runs.budget(), Runs.TITLE, Runs.NAMES, "aachen-stadt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aachen-stadt");
    }
}
