package de.ikz.allocation.internal.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.document.Block;
import de.ikz.api.document.Field;
import de.ikz.api.document.Letter;
import de.ikz.api.document.Report;
import de.ikz.api.document.Table;

import org.junit.jupiter.api.Test;

/** What the notice and the summary say, as data (the rendering is tested in {@link RunDocumentsRenderTest}). */
class RunDocumentsTest {

    private static final AllocationRun BUDGET = Runs.stored(Runs.budget(), 7);

    @Test
    void noticeCarriesWhatATreasuryBooksBy() {
        Letter letter = RunDocuments.notice(Contexts.of(BUDGET), "eschweiler");
        AllocationRun.Share share = share(BUDGET, "eschweiler");

        assertThat(letter.sender()).isEqualTo(Contexts.ISSUER);
        assertThat(letter.recipient().name()).isEqualTo("Stadt Eschweiler");
        assertThat(letter.recipient().street()).isNotBlank();
        assertThat(letter.date()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(letter.references()).extracting(Field::label).containsExactly("Aktenzeichen", "Kassenzeichen", "Lauf");
        assertThat(letter.references().get(0).value()).isEqualTo(Contexts.FILE_REFERENCE);
        assertThat(letter.references().get(1).value()).isEqualTo(share.cashReference()).isEqualTo(CashReference.of(2026, 7, 2));
        assertThat(letter.closing()).contains(Letter.MACHINE_MADE);
        String text = text(letter.body());
        assertThat(text).contains("Bitte zahlen Sie den Betrag in vier Abschlägen")
                .contains("bis zum 15.02.2026").contains("bis zum 15.11.2026")
                .contains("IBAN DE02 3705 0299 0000 6847 12")
                .contains("das Kassenzeichen " + share.cashReference())
                .contains("§§ 23 ff. des Gesetzes über kommunale Gemeinschaftsarbeit (GkG NRW)")
                .contains("vom 12.06.2024");
        assertThat(text).doesNotContain("karaf").doesNotContain("admin");
        // cents only in the body; the exact share is in the appendix
        assertThat(text).doesNotContain(de.ikz.kit.text.GermanFormat.exactMoney(share.exact()));
        assertThat(text(letter.appendix())).contains(de.ikz.kit.text.GermanFormat.exactMoney(share.exact()));
    }

    @Test
    void noticeCsvIsOneRowPerInstalmentWithTheKassenzeichen() {
        Table data = RunDocuments.notice(Contexts.of(BUDGET), "eschweiler").data();
        AllocationRun.Share share = share(BUDGET, "eschweiler");
        assertThat(data.rows()).hasSize(4);
        assertThat(data.rows()).allSatisfy(r -> {
            assertThat(r).hasSameSizeAs(data.columns());
            assertThat(r.get(0)).isEqualTo(share.cashReference());
        });
        BigDecimal paid = data.rows().stream().map(r -> (BigDecimal) r.get(7)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paid).isEqualByComparingTo(share.payable());
        assertThat(data.totals()).isNull();
    }

    @Test
    void settlementNoticeAsksForTheBackPaymentWithADueDateOrAnnouncesTheRefund() {
        AllocationRun st = Runs.stored(Runs.settlement(), 8);
        AllocationRun.SettlementLine alsdorf = st.settlement().stream().filter(l -> l.partnerId().equals("alsdorf")).findFirst().orElseThrow();
        assertThat(alsdorf.balance()).isPositive();
        String text = text(RunDocuments.notice(Contexts.of(st), "alsdorf").body());
        assertThat(text).contains("Bitte zahlen Sie die Nachzahlung von " + de.ikz.kit.text.GermanFormat.money(alsdorf.balance())
                + " bis zum 03.12.2025");
        AllocationRun.SettlementLine refund = st.settlement().stream().filter(l -> l.balance().signum() < 0).findFirst().orElseThrow();
        assertThat(text(RunDocuments.notice(Contexts.of(st), refund.partnerId()).body())).contains("Wir erstatten Ihnen "
                + de.ikz.kit.text.GermanFormat.money(refund.balance().abs()));
    }

    @Test
    void summarySumsInCentsAndNeverAddsExactShares() {
        Report r = RunDocuments.summary(Contexts.of(BUDGET));
        Table shares = tables(r.body()).get(0);
        assertThat(shares.totals().get(3)).isEqualTo(BUDGET.amount());
        assertThat(text(r.body())).doesNotContain("exakter Anteil " ).contains("ist gleich dem umzulegenden Betrag");
        // the appendix lists exact shares without a totals row
        Table exact = tables(r.body()).get(1);
        assertThat(exact.totals()).isNull();
        assertThat(exact.rows()).hasSize(BUDGET.shares().size());
    }

    @Test
    void summaryCsvHasOneRowPerPartnerWithItsKassenzeichenAndSumsToTheAmount() {
        Table data = RunDocuments.summary(Contexts.of(BUDGET)).data();
        assertThat(data.rows()).hasSize(BUDGET.shares().size()).allSatisfy(row -> assertThat(row).hasSameSizeAs(data.columns()));
        int anteil = data.columns().stream().map(Table.Column::label).toList().indexOf("Anteil");
        BigDecimal sum = data.rows().stream().map(row -> (BigDecimal) row.get(anteil)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(BUDGET.amount());
        List<Object> refs = data.rows().stream().map(row -> row.get(0)).toList();
        assertThat(refs).doesNotHaveDuplicates().allSatisfy(ref -> assertThat(CashReference.valid((String) ref)).isTrue());
    }

    @Test
    void aSupersededRunSaysSoWithTheVersionAndWhy() {
        AllocationRun v2 = Runs.stored(Runs.nextVersion(BUDGET, new BigDecimal("190000.00")), 9);
        String old = text(RunDocuments.notice(Contexts.of(BUDGET, BUDGET, v2), "alsdorf").body());
        assertThat(old).contains("ÜBERHOLT").contains("durch Fassung 2 vom 03.12.2025 ersetzt")
                .contains("umzulegender Betrag 187.654,32 € → 190.000,00 €");
        Report summary = RunDocuments.summary(Contexts.of(BUDGET, BUDGET, v2));
        assertThat(summary.subtitle()).contains("ÜBERHOLT");
        assertThat(summary.body().get(0)).isInstanceOfSatisfying(Block.Note.class, n -> assertThat(n.warning()).isTrue());

        String current = text(RunDocuments.notice(Contexts.of(v2, BUDGET, v2), "alsdorf").body());
        assertThat(current).doesNotContain("ÜBERHOLT").contains("ersetzt Fassung 1 vom 03.11.2025");
        assertThat(RunDocuments.summary(Contexts.of(v2, BUDGET, v2)).subtitle()).doesNotContain("ÜBERHOLT");
    }

    @Test
    void aMeasureIsNamedByItsLabelWithItsPeriod() {
        AllocationRun.Input measure = new AllocationRun.Input("alsdorf", "vormundschaft/active-appointments", BigDecimal.TEN,
                LocalDate.of(2026, 11, 28), "Modul „Vormundschaften“ (vormundschaft) Version 0.1.0",
                "gezählt im Zeitraum 01.01.2027 bis 31.12.2027, Stand 28.11.2026", "Bestellte Vormundschaften");
        assertThat(RunDocuments.inputText(measure)).startsWith("Bestellte Vormundschaften: 10 (Stand 28.11.2026; Quelle: Modul")
                .doesNotContain("active-appointments");
    }

    @Test
    void theEInvoiceIsTheNoticeWithItsKassenzeichenDueDatesAndTheAktenzeichenAsBuyerReference() {
        de.ikz.api.einvoice.Invoice inv = RunDocuments.invoice(Contexts.of(BUDGET), "eschweiler");
        AllocationRun.Share share = share(BUDGET, "eschweiler");
        assertThat(inv.number()).isEqualTo(share.cashReference());
        assertThat(inv.amount()).isEqualByComparingTo(share.payable());
        assertThat(inv.instalments()).hasSize(4).extracting(de.ikz.api.einvoice.Instalment::due)
                .first().isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(inv.instalments().stream().map(de.ikz.api.einvoice.Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(share.payable());
        assertThat(inv.buyerReference()).isEqualTo(Contexts.FILE_REFERENCE);
        assertThat(inv.seller().bank()).isEqualTo(Contexts.BANK);
        assertThat(inv.buyer().name()).isEqualTo("Stadt Eschweiler");
        assertThat(inv.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));

        AllocationRun st = Runs.stored(Runs.settlement(), 8);
        AllocationRun.SettlementLine refund = st.settlement().stream().filter(l -> l.balance().signum() < 0).findFirst().orElseThrow();
        assertThatThrownBy(() -> RunDocuments.invoice(Contexts.of(st), refund.partnerId()))
                .isInstanceOfSatisfying(de.ikz.api.error.IkzException.class, e -> assertThat(e.field()).isEqualTo("format"));
        assertThat(RunDocuments.invoice(Contexts.of(st), "alsdorf").instalments()).singleElement()
                .satisfies(i -> assertThat(i.due()).isEqualTo(LocalDate.of(2025, 12, 3)));
    }

    @Test
    void aPartnerWithoutShareIsRefusedByName() {
        assertThatThrownBy(() -> RunDocuments.notice(Contexts.of(BUDGET), "aachen-stadt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aachen-stadt");
    }

    static AllocationRun.Share share(AllocationRun run, String id) {
        return run.shares().stream().filter(s -> s.partnerId().equals(id)).findFirst().orElseThrow();
    }

    static List<Table> tables(List<Block> blocks) {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** Every text of the blocks, one per line. */
    static String text(List<Block> blocks) {
        return blocks.stream().map(RunDocumentsTest::text).collect(Collectors.joining("\n"));
    }

    private static String text(Block b) {
        if (b instanceof Block.Heading h) {
            return h.text();
        } else if (b instanceof Block.Paragraph p) {
            return p.text();
        } else if (b instanceof Block.Note n) {
            return n.text();
        } else if (b instanceof Block.Fields f) {
            return f.fields().stream().map(x -> x.label() + " " + x.value()).collect(Collectors.joining("\n"));
        }
        Table t = (Table) b;
        return Objects.toString(t.caption(), "") + "\n" + t.rows().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
