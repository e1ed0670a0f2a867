package de.ikz.allocation.internal.docs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.allocation.AllocationRun.Input;
import de.ikz.api.allocation.AllocationRun.Instalment;
import de.ikz.api.allocation.AllocationRun.SettlementLine;
import de.ikz.api.allocation.AllocationRun.Share;
import de.ikz.api.document.Block;
import de.ikz.api.document.DocumentInfo;
import de.ikz.api.document.Field;
import de.ikz.api.document.Letter;
import de.ikz.api.document.Letterhead;
import de.ikz.api.document.Report;
import de.ikz.api.document.Table;
import de.ikz.api.document.Table.Column;
import de.ikz.api.einvoice.Invoice;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.PostalAddress;
import de.ikz.kit.text.GermanFormat;

/**
 * The documents of an allocation run, as data for the platform's document service: the notice
 * (Mitteilung) to one partner as a DIN 5008 letter a treasury can book, and the summary of all
 * partners as a report. Both exist as PDF and, through their data table, as one flat CSV table.
 *
 * <p>What a treasury needs is on the notice: the issuing body with its account, the partner's
 * address, the letter date (the day of the run, so the same run always gives the same letter),
 * the Aktenzeichen of the agreement, the notice's own Kassenzeichen (also in every CSV row), the
 * payment request with amounts and due dates as sentences, the legal basis and the line that
 * the letter is valid without a signature. Amounts are in cents; a partner's exact share is in the
 * appendix only, and no document ever adds exact shares up. A run that a later version replaced
 * says so on every page's first lines, with the reasons.
 */
public final class RunDocuments {

    /** Days after the settlement's date within which a back-payment is due. */
    static final int SETTLEMENT_DUE_DAYS = 30;

    private static final String SETTLEMENT = "SETTLEMENT";

    /**
     * Most partners whose exact shares the summary's PDF lists in its appendix; beyond, they are in its CSV only
     * (a nationwide run of 11,004 partners would double the PDF's pages; see docs/benchmarks.md).
     */
    static final int APPENDIX_ROWS = 1_000;

    /**
     * Everything a run's documents are made of.
     *
     * @param run          the run
     * @param agreement    the agreement version the run used
     * @param issuer       the lead body's letterhead (from the document service, host defaults filled in)
     * @param participants every participant of the tenant by id (names and addresses)
     * @param status       whether the run is current
     */
    public record Context(AllocationRun run, Agreement agreement, Letterhead issuer, Map<String, Participant> participants,
                          RunStatus status) {
        String name(String partnerId) {
            Participant p = participants.get(partnerId);
            return p == null || p.name() == null || p.name().isBlank() ? partnerId : p.name();
        }

        String title() {
            return agreement == null || agreement.title() == null ? run.agreementId() : agreement.title();
        }
    }

    private RunDocuments() {
    }

    // ---- notice ----------------------------------------------------------------------------------

    /**
     * The notice to one partner.
     *
     * @throws IllegalArgumentException if the partner has no share in the run
     */
    public static Letter notice(Context c, String partnerId) {
        AllocationRun run = c.run();
        int position = position(run, partnerId);
        Share share = run.shares().get(position);
        String name = c.name(partnerId);
        boolean settlement = isSettlement(run);
        List<Field> refs = new ArrayList<>();
        refs.add(new Field("Aktenzeichen", fileReference(c)));
        refs.add(new Field("Kassenzeichen", nz(share.cashReference())));
        refs.add(new Field("Lauf", run.id()));

        List<Block> body = new ArrayList<>();
        statusNotes(c).forEach(body::add);
        body.add(Block.paragraph("Sehr geehrte Damen und Herren,"));
        body.add(Block.paragraph(basisSentence(c) + " " + (settlement
                ? "Für das Haushaltsjahr " + run.fiscalYear() + " rechnen wir die tatsächlichen Kosten ab."
                : "Für das Haushaltsjahr " + run.fiscalYear() + " sind insgesamt " + GermanFormat.money(run.amount())
                        + " umzulegen.")));
        List<Instalment> instalments = run.instalments().stream().filter(i -> i.partnerId().equals(partnerId)).toList();
        SettlementLine line = run.settlement().stream().filter(l -> l.partnerId().equals(partnerId)).findFirst().orElse(null);
        Table data;
        if (settlement) {
            body.addAll(settlementBody(c, share, line, name));
            data = noticeSettlementTable(c, share, line, name);
        } else {
            body.addAll(budgetBody(c, share, instalments));
            data = noticeInstalmentTable(c, share, instalments, name);
        }
        body.add(Block.heading("Grundlage der Berechnung"));
        body.add(Block.fields(List.of(
                new Field("Schlüssel", nz(run.keyDescription())),
                new Field("Rundung", rounding(run.rounding())),
                new Field(settlement ? "Betrag (Kosten abzüglich Zuschüsse)" : "Umzulegender Betrag", GermanFormat.money(run.amount())),
                new Field("Zahlende Partner", Integer.toString(run.shares().size())))));
        List<Input> inputs = run.inputs().stream().filter(i -> i.partnerId().equals(partnerId)).toList();
        if (inputs.isEmpty()) {
            body.add(Block.paragraph("Der Schlüssel verwendet keine Kennzahlen Ihrer Körperschaft."));
        } else {
            Map<String, BigDecimal> totals = totals(run);
            List<List<Object>> rows = new ArrayList<>();
            for (Input i : inputs) {
                rows.add(List.of(figureLabel(i), figureValueText(i.figure(), i.value()), dateOrDash(i.referenceDate()),
                        provenanceSource(i), figureValueText(i.figure(), totals.get(i.figure()))));
            }
            body.add(new Table("Ihre Kennzahlen", List.of(Column.text("Kennzahl", 3), Column.text("Wert", 2),
                    Column.text("Stand", 2), Column.text("Quelle", 3), Column.text("Summe aller Partner", 2)), rows, null));
            for (Input i : inputs) {
                if (i.detail() != null && !i.detail().isBlank()) {
                    body.add(Block.paragraph(figureLabel(i) + ": " + i.detail().replace(",", ", ").replace(",  ", ", ")));
                }
            }
        }
        body.add(Block.heading("Rechtsgrundlage"));
        body.add(Block.paragraph(legalBasis(c)));

        List<Block> appendix = List.of(Block.heading("Exakter Anteil und Rundung"),
                Block.paragraph("Der Schlüssel ergibt für " + name + " einen exakten Anteil von " + GermanFormat.exactMoney(share.exact())
                        + ". Gerundet nach der Regel „" + rounding(run.rounding()) + "“ entfallen auf Sie "
                        + GermanFormat.money(share.amount()) + "; die gerundeten Anteile aller Partner ergeben zusammen genau "
                        + GermanFormat.money(run.amount()) + "."));

        String subject = (settlement ? "Schlussabrechnung " : "Umlage ") + run.fiscalYear() + " – " + c.title();
        String title = (settlement ? "Schlussabrechnung " : "Umlage ") + run.fiscalYear() + " – Mitteilung an " + name;
        DocumentInfo info = new DocumentInfo(title, c.issuer().name(), run.createdAt(), "de",
                fileName((settlement ? "schlussabrechnung-" : "umlage-") + run.fiscalYear() + "-v" + run.version() + "-" + partnerId));
        return new Letter(info, c.issuer(), recipient(c, partnerId), letterDate(run), refs, subject, body,
                List.of("Mit freundlichen Grüßen", "Im Auftrag", c.issuer().name(), Letter.MACHINE_MADE), appendix, data);
    }

    private static List<Block> budgetBody(Context c, Share share, List<Instalment> instalments) {
        List<Block> body = new ArrayList<>();
        StringBuilder p = new StringBuilder("Auf Sie entfällt ein Anteil von ").append(GermanFormat.money(share.amount())).append('.');
        if (share.creditInKind() != null && share.creditInKind().signum() != 0) {
            p.append(" Ihre Sachleistung von ").append(GermanFormat.money(share.creditInKind()))
                    .append(" wird angerechnet; zu zahlen sind ").append(GermanFormat.money(share.payable())).append('.');
        }
        body.add(Block.paragraph(p.toString()));
        List<Instalment> due = instalments.stream().filter(i -> i.amount() != null && i.amount().signum() != 0).toList();
        if (due.isEmpty() || share.payable() == null || share.payable().signum() <= 0) {
            body.add(Block.paragraph("Es ist nichts zu zahlen."));
            return body;
        }
        List<String> parts = due.stream().map(i -> GermanFormat.money(i.amount()) + " bis zum " + GermanFormat.date(i.due())).toList();
        String when = due.size() == 1 ? parts.get(0) : String.join(", ", parts.subList(0, parts.size() - 1)) + " und " + parts.get(parts.size() - 1);
        body.add(Block.paragraph("Bitte zahlen Sie " + (due.size() == 1 ? "den Betrag" : "den Betrag in " + words(due.size()) + " Abschlägen")
                + ": " + when + ". " + payTo(c) + " Geben Sie bei jeder Zahlung das Kassenzeichen " + share.cashReference() + " an."));
        List<List<Object>> rows = new ArrayList<>();
        for (Instalment i : due) {
            rows.add(List.of(i.number() + ". Abschlag", i.due(), i.amount()));
        }
        body.add(new Table("Abschlagszahlungen", List.of(Column.text("Abschlag", 2), Column.of("fällig am", Table.Type.DATE),
                Column.money("Betrag")), rows, java.util.Arrays.asList("Summe", null, sum(due.stream().map(Instalment::amount).toList()))));
        return body;
    }

    private static List<Block> settlementBody(Context c, Share share, SettlementLine line, String name) {
        List<Block> body = new ArrayList<>();
        AllocationRun run = c.run();
        body.add(Block.fields(List.of(new Field("Tatsächliche Kosten", GermanFormat.money(run.actualCost())),
                new Field("abzüglich Zuschüsse", GermanFormat.money(run.grants())),
                new Field("umzulegender Betrag", GermanFormat.money(run.amount())))));
        if (line == null) {
            body.add(Block.paragraph("Für " + name + " enthält diese Schlussabrechnung keine Abrechnungszeile."));
            return body;
        }
        body.add(new Table("Ihre Abrechnung", List.of(Column.text("Posten", 3), Column.money("Betrag")), List.of(
                List.of("Endgültiger Anteil", line.finalShare()),
                List.of("abzüglich angerechnete Sachleistung", line.creditInKind()),
                List.of("abzüglich geleistete Vorauszahlungen", line.advancesPaid())),
                List.of(balanceWord(line.balance()), line.balance().abs())));
        int sign = line.balance().signum();
        LocalDate due = letterDate(run).plusDays(SETTLEMENT_DUE_DAYS);
        if (sign > 0) {
            body.add(Block.paragraph("Bitte zahlen Sie die Nachzahlung von " + GermanFormat.money(line.balance()) + " bis zum "
                    + GermanFormat.date(due) + ". " + payTo(c) + " Geben Sie bei der Zahlung das Kassenzeichen "
                    + share.cashReference() + " an."));
        } else if (sign < 0) {
            Participant p = c.participants().get(share.partnerId());
            BankAccount account = p == null ? null : p.bank();
            body.add(Block.paragraph("Wir erstatten Ihnen " + GermanFormat.money(line.balance().abs()) + " bis zum "
                    + GermanFormat.date(due) + (account == null || account.iban() == null ? " auf das Konto Ihrer Kasse"
                    : " auf Ihr Konto " + GermanFormat.iban(account.iban())) + " unter dem Kassenzeichen " + share.cashReference() + "."));
        } else {
            body.add(Block.paragraph("Ihre Vorauszahlungen decken Ihren endgültigen Anteil genau; es ist nichts zu zahlen."));
        }
        return body;
    }

    private static Table noticeInstalmentTable(Context c, Share share, List<Instalment> instalments, String name) {
        List<List<Object>> rows = new ArrayList<>();
        for (Instalment i : instalments) {
            rows.add(java.util.Arrays.asList(share.cashReference(), share.partnerId(), name, c.run().fiscalYear(), c.run().id(),
                    i.number(), i.due(), i.amount()));
        }
        return new Table(null, List.of(Column.text("Kassenzeichen", 2), Column.text("Partner-ID", 2), Column.text("Partner", 3),
                Column.of("Haushaltsjahr", Table.Type.INTEGER), Column.text("Lauf", 2), Column.of("Abschlag", Table.Type.INTEGER),
                Column.of("fällig am", Table.Type.DATE), Column.money("Betrag")), rows, null);
    }

    private static Table noticeSettlementTable(Context c, Share share, SettlementLine line, String name) {
        List<List<Object>> rows = new ArrayList<>();
        if (line != null) {
            rows.add(java.util.Arrays.asList(share.cashReference(), share.partnerId(), name, c.run().fiscalYear(), c.run().id(),
                    line.finalShare(), line.creditInKind(), line.advancesPaid(), line.balance(), balanceWord(line.balance()),
                    line.balance().signum() == 0 ? null : letterDate(c.run()).plusDays(SETTLEMENT_DUE_DAYS)));
        }
        return new Table(null, List.of(Column.text("Kassenzeichen", 2), Column.text("Partner-ID", 2), Column.text("Partner", 3),
                Column.of("Haushaltsjahr", Table.Type.INTEGER), Column.text("Lauf", 2), Column.money("Endgültiger Anteil"),
                Column.money("Sachleistung"), Column.money("Vorauszahlungen"), Column.money("Saldo"), Column.text("Ergebnis", 2),
                Column.of("fällig am", Table.Type.DATE)), rows, null);
    }

    // ---- e-invoice -------------------------------------------------------------------------------

    /**
     * The notice as an e-invoice: what the partner pays under its Kassenzeichen, to the issuer's account, with the
     * due dates of the letter. Buyer reference (BT-10): the agreement's Aktenzeichen (participants have no Leitweg-ID
     * yet). Only for what a partner pays: a budget share with something to pay, or a settlement's back-payment.
     *
     * @throws de.ikz.api.error.IkzException (invalid, field "format") for a refund or nothing to pay
     */
    public static Invoice invoice(Context c, String partnerId) {
        AllocationRun run = c.run();
        Share share = run.shares().get(position(run, partnerId));
        List<de.ikz.api.einvoice.Instalment> due = new ArrayList<>();
        BigDecimal amount;
        if (isSettlement(run)) {
            SettlementLine line = run.settlement().stream().filter(l -> l.partnerId().equals(partnerId)).findFirst().orElse(null);
            amount = line == null ? BigDecimal.ZERO : line.balance();
            due.add(new de.ikz.api.einvoice.Instalment(letterDate(run).plusDays(SETTLEMENT_DUE_DAYS), amount));
        } else {
            amount = nz(share.payable());
            run.instalments().stream().filter(i -> i.partnerId().equals(partnerId) && i.amount().signum() > 0)
                    .forEach(i -> due.add(new de.ikz.api.einvoice.Instalment(i.due(), i.amount())));
        }
        if (amount.signum() <= 0) {
            throw de.ikz.api.error.IkzException.invalid("format", "the notice to '" + partnerId + "' asks for no payment ("
                    + (amount.signum() < 0 ? "a refund" : "nothing to pay") + "): there is no e-invoice for it");
        }
        Letterhead h = c.issuer();
        Participant lead = c.agreement() == null ? null : c.participants().get(c.agreement().leadPartner());
        String sellerId = lead == null ? run.agreementId() : lead.key() != null ? lead.key() : lead.id();
        de.ikz.api.einvoice.Party seller = new de.ikz.api.einvoice.Party(h.name(), sellerId, h.address(), h.contactPerson(),
                h.phone(), h.email(), h.bank());
        Participant p = c.participants().get(partnerId);
        de.ikz.api.einvoice.Party buyer = p == null ? new de.ikz.api.einvoice.Party(c.name(partnerId), null, null, null, null, null, null)
                : de.ikz.api.einvoice.Party.of(p);
        boolean settlement = isSettlement(run);
        String line = (settlement ? "Nachzahlung Schlussabrechnung " : "Umlageanteil ") + run.fiscalYear();
        String description = c.title() + ", Lauf " + run.id() + ". Rechtsgrundlage: " + legalBasis(c);
        return new Invoice(share.cashReference(), letterDate(run), seller, buyer, fileReference(c), line, description,
                LocalDate.of(run.fiscalYear(), 1, 1), LocalDate.of(run.fiscalYear(), 12, 31), amount, due, null);
    }

    // ---- summary ---------------------------------------------------------------------------------

    /** The summary of all partners: head, status, basis, one table with every partner's share, and the exact shares. */
    public static Report summary(Context c) {
        AllocationRun run = c.run();
        boolean settlement = isSettlement(run);
        List<Block> body = new ArrayList<>(statusNotes(c));
        List<Field> head = new ArrayList<>();
        head.add(new Field("Vereinbarung", c.title() + " (Fassung " + run.agreementVersion() + ")"));
        head.add(new Field("Aktenzeichen", fileReference(c)));
        head.add(new Field("Lauf", run.id() + ", erstellt am " + GermanFormat.date(letterDate(run))));
        if (settlement) {
            head.add(new Field("Tatsächliche Kosten", GermanFormat.money(run.actualCost())));
            head.add(new Field("Zuschüsse", GermanFormat.money(run.grants())));
            head.add(new Field("Umzulegender Betrag", GermanFormat.money(run.amount())));
        } else {
            head.add(new Field("Umzulegender Betrag", GermanFormat.money(run.amount())));
        }
        head.add(new Field("Schlüssel", nz(run.keyDescription())));
        head.add(new Field("Rundung", rounding(run.rounding())));
        Map<String, Input> common = commonProvenance(run);
        common.forEach((figure, i) -> head.add(new Field("Kennzahl " + figureLabel(i), provenance(i))));
        body.add(Block.fields(head));

        Map<String, List<Input>> inputs = new LinkedHashMap<>();
        run.inputs().forEach(i -> inputs.computeIfAbsent(i.partnerId(), k -> new ArrayList<>()).add(i));
        Map<String, SettlementLine> lines = new LinkedHashMap<>();
        run.settlement().forEach(l -> lines.put(l.partnerId(), l));

        List<Column> cols = new ArrayList<>(List.of(Column.text("Partner", 3), Column.text("Kassenzeichen", 3),
                Column.text("Kennzahlen", 3), Column.money("Anteil"), Column.money("Sachleistung"), Column.money("zu zahlen")));
        if (settlement) {
            cols.addAll(List.of(Column.money("Vorauszahlungen"), Column.money("Saldo"), Column.text("Ergebnis", 2)));
        }
        List<List<Object>> rows = new ArrayList<>(run.shares().size());
        BigDecimal amount = zero(), credit = zero(), payable = zero(), advances = zero(), balance = zero();
        for (Share s : run.shares()) {
            String figures = String.join("\n", inputs.getOrDefault(s.partnerId(), List.of()).stream()
                    .map(i -> common.containsKey(i.figure()) ? figureLabel(i) + ": " + figureValueText(i.figure(), i.value())
                            : inputText(i)).toList());
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(c.name(s.partnerId()), s.cashReference(), figures,
                    s.amount(), s.creditInKind(), s.payable()));
            amount = amount.add(nz(s.amount()));
            credit = credit.add(nz(s.creditInKind()));
            payable = payable.add(nz(s.payable()));
            if (settlement) {
                SettlementLine l = lines.get(s.partnerId());
                row.add(l == null ? null : l.advancesPaid());
                row.add(l == null ? null : l.balance());
                row.add(l == null ? "" : balanceWord(l.balance()));
                if (l != null) {
                    advances = advances.add(nz(l.advancesPaid()));
                    balance = balance.add(nz(l.balance()));
                }
            }
            rows.add(row);
        }
        List<Object> totals = new ArrayList<>(java.util.Arrays.asList("Summe (" + run.shares().size() + " Partner)", null, null,
                amount, credit, payable));
        if (settlement) {
            totals.addAll(java.util.Arrays.asList(advances, balance, null));
        }
        body.add(new Table("Anteile der Partner", cols, rows, totals));
        body.add(Block.paragraph(checkText(run, amount)));

        body.add(Block.heading("Anhang: exakte Anteile"));
        String why = "Der Schlüssel ergibt für jeden Partner einen exakten Anteil; gerundet wird nach der Regel „"
                + rounding(run.rounding()) + "“. Die exakten Anteile dienen der Nachprüfung der Rundung und werden nicht addiert.";
        if (run.shares().size() > APPENDIX_ROWS) {
            body.add(Block.paragraph(why + " Bei " + run.shares().size() + " Partnern stehen sie in der CSV-Fassung dieser "
                    + "Übersicht (Spalte „exakter Anteil“)."));
        } else {
            List<List<Object>> exact = new ArrayList<>(run.shares().size());
            for (Share s : run.shares()) {
                exact.add(java.util.Arrays.asList(c.name(s.partnerId()), GermanFormat.exactMoney(s.exact()), s.amount()));
            }
            body.add(Block.paragraph(why));
            body.add(new Table(null, List.of(Column.text("Partner", 3), Column.text("exakter Anteil", 3),
                    Column.money("Anteil (gerundet)")), exact, null));
        }

        String kind = settlement ? "Schlussabrechnung" : "Umlage";
        String title = kind + " " + run.fiscalYear() + " – Übersicht aller Partner";
        DocumentInfo info = new DocumentInfo(title, c.issuer().name(), run.createdAt(), "de",
                fileName(kind.toLowerCase(Locale.ROOT) + "-" + run.fiscalYear() + "-v" + run.version() + "-uebersicht"));
        String subtitle = c.title() + (c.status().current() ? "" : " – ÜBERHOLT, ersetzt durch Fassung " + c.status().supersededBy().version());
        return new Report(info, c.issuer(), title, subtitle, true, body, c.title() + " · Lauf " + run.id(), summaryData(c, inputs, lines));
    }

    /** The summary's CSV: one row per partner, every value in its own column. */
    private static Table summaryData(Context c, Map<String, List<Input>> inputs, Map<String, SettlementLine> lines) {
        AllocationRun run = c.run();
        boolean settlement = isSettlement(run);
        List<Column> cols = new ArrayList<>(List.of(Column.text("Kassenzeichen", 2), Column.text("Partner-ID", 2), Column.text("Partner", 3),
                Column.of("Haushaltsjahr", Table.Type.INTEGER), Column.text("Lauf", 2), Column.text("Kennzahlen", 3),
                Column.of("exakter Anteil", Table.Type.NUMBER), Column.money("Anteil"), Column.money("Sachleistung"),
                Column.money("zu zahlen")));
        if (settlement) {
            cols.addAll(List.of(Column.money("Vorauszahlungen"), Column.money("Saldo"), Column.text("Ergebnis", 2)));
        }
        List<List<Object>> rows = new ArrayList<>(run.shares().size());
        for (Share s : run.shares()) {
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(s.cashReference(), s.partnerId(), c.name(s.partnerId()),
                    run.fiscalYear(), run.id(), String.join("; ", inputs.getOrDefault(s.partnerId(), List.of()).stream()
                            .map(RunDocuments::inputText).toList()), s.exact(), s.amount(), s.creditInKind(), s.payable()));
            if (settlement) {
                SettlementLine l = lines.get(s.partnerId());
                row.add(l == null ? null : l.advancesPaid());
                row.add(l == null ? null : l.balance());
                row.add(l == null ? null : balanceWord(l.balance()));
            }
            rows.add(row);
        }
        return new Table(null, cols, rows, null);
    }

    // ---- shared pieces ---------------------------------------------------------------------------

    /** A warning if a later run replaced this one; a remark if this one replaces an earlier one. */
    static List<Block> statusNotes(Context c) {
        RunStatus st = c.status();
        List<Block> notes = new ArrayList<>();
        if (!st.current()) {
            AllocationRun next = st.supersededBy();
            notes.add(new Block.Note("ÜBERHOLT: Dieser Lauf (Fassung " + c.run().version() + ") ist durch Fassung " + next.version()
                    + " vom " + GermanFormat.date(letterDate(next)) + " ersetzt (" + String.join("; ", st.reasons()) + "). "
                    + (st.latest().version() == next.version() ? "" : "Aktuell ist Fassung " + st.latest().version() + ". ")
                    + "Maßgeblich sind allein die Beträge der aktuellen Fassung.", true));
        } else if (st.replaces() != null) {
            notes.add(new Block.Note("Dieser Lauf (Fassung " + c.run().version() + ") ersetzt Fassung " + st.replaces().version()
                    + " vom " + GermanFormat.date(letterDate(st.replaces())) + " (" + String.join("; ",
                    RunStatus.differences(st.replaces(), c.run())) + "). Bereits geleistete Zahlungen werden angerechnet.", false));
        }
        return notes;
    }

    private static String basisSentence(Context c) {
        Agreement a = c.agreement();
        String kind = a == null || a.legalForm() == null ? "der Vereinbarung"
                : a.legalForm() == LegalForm.ZWECKVERBAND ? "der Verbandssatzung"
                : a.legalForm() == LegalForm.COOPERATION_AGREEMENT ? "der Kooperationsvereinbarung"
                : "der öffentlich-rechtlichen Vereinbarung";
        String rule = c.run().keyDescription() == null || c.run().keyDescription().isBlank() ? ""
                : " nach dem Schlüssel „" + c.run().keyDescription() + "“";
        return "nach " + kind + " „" + c.title() + "“" + dated(a) + " tragen die Beteiligten die Kosten gemeinsam" + rule + ".";
    }

    /** The agreement, its date and version, and the law it rests on. */
    static String legalBasis(Context c) {
        Agreement a = c.agreement();
        String law = a == null || a.legalForm() == null ? "" : switch (a.legalForm()) {
            case PUBLIC_LAW_DELEGATION, PUBLIC_LAW_MANDATE ->
                    "; öffentlich-rechtliche Vereinbarung nach §§ 23 ff. des Gesetzes über kommunale Gemeinschaftsarbeit (GkG NRW)";
            case ZWECKVERBAND -> "; Zweckverband nach §§ 4 ff. des Gesetzes über kommunale Gemeinschaftsarbeit (GkG NRW)";
            case COOPERATION_AGREEMENT -> "; Kooperationsvereinbarung ohne Übertragung von Aufgaben";
        };
        String version = a == null ? "" : ", Fassung " + a.version() + " gültig ab " + GermanFormat.date(a.validFrom());
        return "„" + c.title() + "“" + dated(a) + version + law + ". Die Anteile werden nach der Kostenregel dieser Fassung berechnet.";
    }

    private static String dated(Agreement a) {
        if (a == null || a.dates() == null) {
            return "";
        }
        LocalDate d = a.dates().signed() != null ? a.dates().signed() : a.dates().inForce();
        return d == null ? "" : " vom " + GermanFormat.date(d);
    }

    private static String payTo(Context c) {
        BankAccount b = c.issuer().bank();
        if (b == null || b.iban() == null || b.iban().isBlank()) {
            return "Die Bankverbindung teilt Ihnen die Kasse von " + c.issuer().name() + " mit.";
        }
        return "Bitte überweisen Sie auf das Konto " + (b.holder() == null || b.holder().isBlank() ? "" : "der " + b.holder() + " ")
                + "IBAN " + GermanFormat.iban(b.iban()) + (b.bic() == null || b.bic().isBlank() ? "" : ", BIC " + b.bic())
                + (b.bank() == null || b.bank().isBlank() ? "" : " (" + b.bank() + ")") + ".";
    }

    private static PostalAddress recipient(Context c, String partnerId) {
        Participant p = c.participants().get(partnerId);
        String name = c.name(partnerId);
        if (p == null || p.address() == null) {
            return new PostalAddress(name, null, null, null, null);
        }
        PostalAddress a = p.address();
        return new PostalAddress(a.name() == null || a.name().isBlank() ? name : a.name(), a.addition(), a.street(),
                a.postalCode(), a.city());
    }

    private static String fileReference(Context c) {
        String ref = c.agreement() == null ? null : c.agreement().fileReference();
        return ref == null || ref.isBlank() ? c.run().agreementId() : ref;
    }

    static LocalDate letterDate(AllocationRun run) {
        return run.createdAt() == null ? LocalDate.now(GermanFormat.ZONE) : LocalDate.ofInstant(run.createdAt(), GermanFormat.ZONE);
    }

    private static String checkText(AllocationRun run, BigDecimal sum) {
        BigDecimal amount = nz(run.amount());
        if (sum.compareTo(amount) == 0) {
            return "Die Summe der Anteile (" + GermanFormat.money(sum) + ") ist gleich dem umzulegenden Betrag ("
                    + GermanFormat.money(amount) + ").";
        }
        return "ABWEICHUNG: Die Summe der Anteile (" + GermanFormat.money(sum) + ") weicht vom Betrag ("
                + GermanFormat.money(amount) + ") um " + GermanFormat.money(sum.subtract(amount)) + " ab.";
    }

    private static int position(AllocationRun run, String partnerId) {
        for (int i = 0; i < run.shares().size(); i++) {
            if (run.shares().get(i).partnerId().equals(partnerId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("partner '" + partnerId + "' has no share in run " + run.id());
    }

    private static Map<String, BigDecimal> totals(AllocationRun run) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (Input i : run.inputs()) {
            if (i.value() != null) {
                totals.merge(i.figure(), i.value(), BigDecimal::add);
            }
        }
        return totals;
    }

    static boolean isSettlement(AllocationRun run) {
        return SETTLEMENT.equals(run.kind());
    }

    static String rounding(String rule) {
        return switch (nz(rule)) {
            case "LARGEST_REMAINDER" -> "Größter Rest (Hare-Niemeyer)";
            case "HALF_UP_RESIDUAL_TO_LARGEST" -> "Kaufmännisch gerundet, Differenz zum größten Anteil";
            default -> nz(rule);
        };
    }

    static String balanceWord(BigDecimal balance) {
        int sign = balance == null ? 0 : balance.signum();
        return sign > 0 ? "Nachzahlung" : sign < 0 ? "Erstattung" : "ausgeglichen";
    }

    /** Figures whose reference date and source are the same in every input, with one such input. */
    private static Map<String, Input> commonProvenance(AllocationRun run) {
        Map<String, Input> first = new LinkedHashMap<>();
        Map<String, Boolean> differs = new LinkedHashMap<>();
        for (Input i : run.inputs()) {
            Input f = first.putIfAbsent(i.figure(), i);
            if (f != null && !(Objects.equals(f.referenceDate(), i.referenceDate()) && Objects.equals(f.source(), i.source()))) {
                differs.put(i.figure(), true);
            }
        }
        first.keySet().removeIf(differs::containsKey);
        first.values().removeIf(i -> provenance(i).isEmpty());
        return first;
    }

    /** "Stand 31.12.2023; Quelle: IT.NRW", or "" if neither is known. */
    private static String provenance(Input i) {
        List<String> about = new ArrayList<>(2);
        if (i.referenceDate() != null) {
            about.add("Stand " + GermanFormat.date(i.referenceDate()));
        }
        String source = provenanceSource(i);
        if (!source.isEmpty()) {
            about.add("Quelle: " + source);
        }
        return String.join("; ", about);
    }

    /** "Einwohner: 556.631 (Stand 31.12.2023; Quelle: IT.NRW)". */
    static String inputText(Input i) {
        String about = provenance(i);
        return figureLabel(i) + ": " + figureValueText(i.figure(), i.value()) + (about.isEmpty() ? "" : " (" + about + ")");
    }

    /** The figure's German name; a module's measure by its label; a "part 1: " / "rest: " prefix kept, translated. */
    static String figureLabel(Input i) {
        String figure = nz(i.figure());
        int colon = figure.lastIndexOf(": ");
        String prefix = colon < 0 ? "" : figure.substring(0, colon + 2).replace("part ", "Teil ").replace("rest", "Rest");
        String base = colon < 0 ? figure : figure.substring(colon + 2);
        if (i.label() != null && !i.label().isBlank()) {
            return prefix + i.label();
        }
        String label = switch (base) {
            case "population" -> "Einwohner";
            case "population_under_18" -> "Einwohner unter 18 Jahren";
            case "population_under_3" -> "Kinder unter 3 Jahren";
            case "percent" -> "Prozentsatz";
            case "fixed amount" -> "Festbetrag";
            case "percent of deficit" -> "Anteil am Defizit";
            case "grant" -> "Zuschuss";
            default -> base;
        };
        return prefix + label;
    }

    static String figureValueText(String figure, BigDecimal value) {
        if (value == null) {
            return "";
        }
        String base = figure == null ? "" : figure.substring(figure.lastIndexOf(": ") + 1).strip();
        return switch (base) {
            case "percent", "percent of deficit" -> GermanFormat.percent(value);
            case "fixed amount", "grant" -> GermanFormat.money(value);
            default -> GermanFormat.number(value);
        };
    }

    private static String provenanceSource(Input i) {
        return "agreement".equals(i.source()) ? "Vereinbarung" : nz(i.source());
    }

    private static String dateOrDash(LocalDate d) {
        return d == null ? "–" : GermanFormat.date(d);
    }

    private static String words(int n) {
        return switch (n) {
            case 2 -> "zwei";
            case 3 -> "drei";
            case 4 -> "vier";
            case 6 -> "sechs";
            case 12 -> "zwölf";
            default -> Integer.toString(n);
        };
    }

    /** a-z, 0-9, '-' and '_' only (umlauts spelt out). */
    static String fileName(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return t.replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-");
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().map(RunDocuments::nz).reduce(zero(), BigDecimal::add);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
