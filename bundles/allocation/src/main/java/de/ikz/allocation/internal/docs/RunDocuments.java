package de.ikz.allocation.internal.docs;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.allocation.AllocationRun.Input;
import de.ikz.api.allocation.AllocationRun.Instalment;
import de.ikz.api.allocation.AllocationRun.SettlementLine;
import de.ikz.api.allocation.AllocationRun.Share;

/**
 * The documents of an allocation run, in German: the summary of all partners (CSV, PDF) and the
 * notice (Mitteilung) to one partner (CSV, PDF).
 *
 * <p>Everything printed comes from the stored run: amounts, the key figures with their reference
 * dates and sources, the key in words, the rounding rule. The summary ends with a sum row and a
 * check line that compares the sum of the rounded shares with the amount, so a reader sees that
 * the shares add up (and would see it if a stored run did not).
 *
 * <p>CSV: see {@link Csv} (hand-written, RFC 4180 quoting, ';', UTF-8 with BOM, CRLF). Formats:
 * see {@link GermanFormat}. The summary is written row by row to the stream, and its PDF page by
 * page (see {@link PdfPages}), so a run of every German municipality (11,004 partners) fits.
 */
public final class RunDocuments {

    private static final String SETTLEMENT = "SETTLEMENT";
    private static final String BUDGET = "BUDGET";

    private RunDocuments() {
    }

    // ---- summary ---------------------------------------------------------------------------------

    /** The summary of all partners as CSV; {@code names}: partner id → display name (missing: the id). */
    public static byte[] summaryCsv(AllocationRun run, String agreementTitle, Map<String, String> names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summaryCsv(run, agreementTitle, names, out);
        return out.toByteArray();
    }

    /** As {@link #summaryCsv(AllocationRun, String, Map)}, written to {@code out} (left open). */
    public static void summaryCsv(AllocationRun run, String agreementTitle, Map<String, String> names, OutputStream out) {
        Index ix = new Index(run, names);
        boolean settlement = isSettlement(run);
        try (Csv csv = new Csv(out)) {
            csv.row(title(run, "Übersicht"));
            for (Field f : header(run, agreementTitle)) {
                csv.row(f.label(), f.number() ? Csv.raw(f.value()) : f.value());
            }
            csv.blank();
            List<String> cols = new ArrayList<>(List.of("Partner-ID", "Partner", "Kennzahl(en)", "exakter Anteil",
                    "Anteil (gerundet)", "Sachleistung", "zu zahlen"));
            if (settlement) {
                cols.addAll(List.of("Vorauszahlungen", "Saldo", "Nachzahlung/Erstattung"));
            }
            csv.row(cols.toArray());
            for (Share s : run.shares()) {
                List<Object> row = new ArrayList<>(List.of(s.partnerId(), ix.name(s.partnerId()),
                        String.join(" | ", ix.inputs(s.partnerId()).stream().map(RunDocuments::inputText).toList()),
                        Csv.raw(GermanFormat.exactMoney(s.exact())), Csv.raw(GermanFormat.money(s.amount())),
                        Csv.raw(GermanFormat.money(s.creditInKind())), Csv.raw(GermanFormat.money(s.payable()))));
                if (settlement) {
                    SettlementLine l = ix.settlement(s.partnerId());
                    row.add(Csv.raw(l == null ? "" : GermanFormat.money(l.advancesPaid())));
                    row.add(Csv.raw(l == null ? "" : GermanFormat.money(l.balance())));
                    row.add(l == null ? "" : balanceWord(l.balance()));
                }
                csv.row(row.toArray());
            }
            Sums sums = ix.sums();
            List<Object> sum = new ArrayList<>(List.of("", "Summe", "", Csv.raw(GermanFormat.exactMoney(sums.exact)),
                    Csv.raw(GermanFormat.money(sums.amount)), Csv.raw(GermanFormat.money(sums.credit)),
                    Csv.raw(GermanFormat.money(sums.payable))));
            if (settlement) {
                sum.add(Csv.raw(GermanFormat.money(sums.advances)));
                sum.add(Csv.raw(GermanFormat.money(sums.balance)));
                sum.add("");
            }
            csv.row(sum.toArray());
            csv.blank();
            csv.row("Betrag", Csv.raw(GermanFormat.money(run.amount())));
            csv.row("Summe der Anteile", Csv.raw(GermanFormat.money(sums.amount)));
            csv.row("Differenz", Csv.raw(GermanFormat.money(sums.amount.subtract(nz(run.amount())))));
            csv.row("Prüfung", checkText(run, sums));
        }
    }

    /** The summary of all partners as PDF (A4 landscape, table over as many pages as needed). */
    public static byte[] summaryPdf(AllocationRun run, String agreementTitle, Map<String, String> names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summaryPdf(run, agreementTitle, names, out);
        return out.toByteArray();
    }

    /** As {@link #summaryPdf(AllocationRun, String, Map)}, written to {@code out} (left open). */
    public static void summaryPdf(AllocationRun run, String agreementTitle, Map<String, String> names, OutputStream out) {
        Index ix = new Index(run, names);
        boolean settlement = isSettlement(run);
        String heading = title(run, "Übersicht");
        try (PdfPages pdf = new PdfPages(PdfPages.LANDSCAPE, heading, footer(run, agreementTitle), run.createdAt())) {
            pdf.title(heading);
            List<String[]> fields = new ArrayList<>(header(run, agreementTitle).stream()
                    .map(f -> new String[] {f.label(), f.value()}).toList());
            // a figure whose reference date and source are the same for every partner is described
            // once here, so that its rows show only the value (one line per partner instead of two)
            Map<String, Input> common = commonProvenance(run);
            common.forEach((figure, i) -> fields.add(new String[] {"Kennzahl " + figureLabel(figure), provenance(i)}));
            pdf.fields(fields, 175f);
            pdf.space(10f);
            List<PdfPages.Column> cols = settlement
                    ? List.of(col("Partner", 150, false), col("Kennzahl(en)", 110, false), col("exakter Anteil", 100, true),
                            col("Anteil (gerundet)", 76, true), col("Sachleistung", 62, true), col("zu zahlen", 76, true),
                            col("Vorauszahlungen", 80, true), col("Saldo", 104, true))
                    : List.of(col("Partner", 190, false), col("Kennzahl(en)", 170, false), col("exakter Anteil", 110, true),
                            col("Anteil (gerundet)", 96, true), col("Sachleistung", 92, true), col("zu zahlen", 100, true));
            pdf.startTable(cols);
            for (Share s : run.shares()) {
                String figures = String.join("\n", ix.inputs(s.partnerId()).stream().map(i -> common.containsKey(i.figure())
                        ? figureLabel(i.figure()) + ": " + figureValue(i.figure(), i.value()) : inputText(i)).toList());
                String[] base = {ix.name(s.partnerId()), figures, GermanFormat.exactMoney(s.exact()),
                        GermanFormat.money(s.amount()), GermanFormat.money(s.creditInKind()), GermanFormat.money(s.payable())};
                if (settlement) {
                    SettlementLine l = ix.settlement(s.partnerId());
                    pdf.row(concat(base, l == null ? "–" : GermanFormat.money(l.advancesPaid()),
                            l == null ? "–" : GermanFormat.money(l.balance()) + " " + balanceWord(l.balance())));
                } else {
                    pdf.row(base);
                }
            }
            Sums sums = ix.sums();
            String[] sum = {"Summe (" + GermanFormat.number(BigDecimal.valueOf(run.shares().size())) + " Partner)", "",
                    GermanFormat.exactMoney(sums.exact), GermanFormat.money(sums.amount), GermanFormat.money(sums.credit),
                    GermanFormat.money(sums.payable)};
            pdf.sumRow(settlement ? concat(sum, GermanFormat.money(sums.advances), GermanFormat.money(sums.balance)) : sum);
            pdf.endTable();
            pdf.space(8f);
            pdf.text(checkText(run, sums));
            pdf.save(out);
        }
    }

    // ---- notice ----------------------------------------------------------------------------------

    /**
     * The notice to one partner as CSV: its share, the basis, and the advance payments (budget run)
     * or the final settlement (settlement run).
     *
     * @throws IllegalArgumentException if the partner has no share in the run
     */
    public static byte[] noticeCsv(AllocationRun run, String agreementTitle, Map<String, String> names, String partnerId) {
        Notice n = notice(run, names, partnerId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Csv csv = new Csv(out)) {
            csv.row(noticeTitle(run));
            csv.row("Empfänger", n.name());
            csv.row("Partner-ID", partnerId);
            for (Field f : header(run, agreementTitle)) {
                csv.row(f.label(), f.number() ? Csv.raw(f.value()) : f.value());
            }
            csv.blank();
            for (Field f : shareFields(n)) {
                csv.row(f.label(), Csv.raw(f.value()));
            }
            csv.blank();
            csv.row("Kennzahl", "Wert", "Stichtag", "Quelle", "Einzelheiten", "Summe aller Partner");
            for (Input i : n.inputs()) {
                csv.row(figureLabel(i.figure()), Csv.raw(figureValue(i.figure(), i.value())), Csv.raw(GermanFormat.date(i.referenceDate())),
                        source(i.source()), i.detail(), Csv.raw(figureValue(i.figure(), n.totals().get(i.figure()))));
            }
            csv.blank();
            if (isSettlement(run)) {
                for (Field f : settlementFields(n)) {
                    csv.row(f.label(), f.number() ? Csv.raw(f.value()) : f.value());
                }
            } else {
                csv.row("Abschlag Nr.", "fällig am", "Betrag");
                for (Instalment i : n.instalments()) {
                    csv.row(Csv.raw(Integer.toString(i.number())), Csv.raw(GermanFormat.date(i.due())),
                            Csv.raw(GermanFormat.money(i.amount())));
                }
                csv.row("Summe", "", Csv.raw(GermanFormat.money(sum(n.instalments().stream().map(Instalment::amount).toList()))));
            }
        }
        return out.toByteArray();
    }

    /**
     * The notice to one partner as PDF (A4).
     *
     * @throws IllegalArgumentException if the partner has no share in the run
     */
    public static byte[] noticePdf(AllocationRun run, String agreementTitle, Map<String, String> names, String partnerId) {
        Notice n = notice(run, names, partnerId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String heading = noticeTitle(run);
        try (PdfPages pdf = new PdfPages(PdfPages.PORTRAIT, heading, footer(run, agreementTitle) + " · " + n.name(),
                run.createdAt())) {
            pdf.title(heading);
            List<String[]> to = new ArrayList<>();
            to.add(new String[] {"Empfänger", n.name() + (n.name().equals(partnerId) ? "" : " (" + partnerId + ")")});
            header(run, agreementTitle).stream().filter(f -> !f.label().equals("Schlüssel") && !f.label().equals("Rundung")
                    && !f.label().startsWith("Partner")).forEach(f -> to.add(new String[] {f.label(), f.value()}));
            pdf.fields(to, 185f);

            pdf.heading("Ihr Anteil");
            pdf.fields(shareFields(n).stream().map(f -> new String[] {f.label(), f.value()}).toList(), 185f);

            pdf.heading("Grundlage");
            List<String[]> basis = new ArrayList<>();
            basis.add(new String[] {"Schlüssel", nz(run.keyDescription())});
            basis.add(new String[] {"Rundung", rounding(run.rounding())});
            basis.add(new String[] {"Partner", GermanFormat.number(BigDecimal.valueOf(run.shares().size()))});
            pdf.fields(basis, 185f);
            pdf.space(6f);
            if (n.inputs().isEmpty()) {
                pdf.text("Der Schlüssel verwendet keine Kennzahlen dieses Partners.");
            } else {
                pdf.startTable(List.of(col("Kennzahl", 110, false), col("Wert", 66, true), col("Stichtag", 52, false),
                        col("Quelle", 197, false), col("Summe aller Partner", 85, true)));
                for (Input i : n.inputs()) {
                    pdf.row(figureLabel(i.figure()), figureValue(i.figure(), i.value()), GermanFormat.date(i.referenceDate()),
                            source(i.source()), figureValue(i.figure(), n.totals().get(i.figure())));
                }
                pdf.endTable();
                for (Input i : n.inputs()) {
                    if (i.detail() != null && !i.detail().isBlank()) {
                        pdf.space(4f);
                        pdf.text("Einzelheiten zu " + figureLabel(i.figure()) + ": " + i.detail().replace(",", ", "));
                    }
                }
            }

            if (isSettlement(run)) {
                pdf.heading("Schlussabrechnung");
                pdf.fields(settlementFields(n).stream().map(f -> new String[] {f.label(), f.value()}).toList(), 185f);
            } else {
                pdf.heading("Abschlagszahlungen");
                if (n.instalments().isEmpty()) {
                    pdf.text("Keine Abschläge.");
                } else {
                    pdf.startTable(List.of(col("Abschlag Nr.", 80, false), col("fällig am", 100, false), col("Betrag", 110, true)));
                    for (Instalment i : n.instalments()) {
                        pdf.row(Integer.toString(i.number()), GermanFormat.date(i.due()), GermanFormat.money(i.amount()));
                    }
                    pdf.sumRow("Summe", "", GermanFormat.money(sum(n.instalments().stream().map(Instalment::amount).toList())));
                    pdf.endTable();
                }
            }
            pdf.save(out);
        }
        return out.toByteArray();
    }

    // ---- content shared by CSV and PDF -----------------------------------------------------------

    private record Field(String label, String value, boolean number) {
    }

    private record Notice(String name, Share share, List<Input> inputs, Map<String, BigDecimal> totals,
                          List<Instalment> instalments, SettlementLine line, AllocationRun run) {
    }

    private static final class Sums {
        BigDecimal exact = BigDecimal.ZERO;
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        BigDecimal credit = BigDecimal.ZERO.setScale(2);
        BigDecimal payable = BigDecimal.ZERO.setScale(2);
        BigDecimal advances = BigDecimal.ZERO.setScale(2);
        BigDecimal balance = BigDecimal.ZERO.setScale(2);
    }

    /** A run's lines by partner, built once (a run may have 11,004 partners). */
    private static final class Index {
        private final AllocationRun run;
        private final Map<String, String> names;
        private final Map<String, List<Input>> inputs = new LinkedHashMap<>();
        private final Map<String, SettlementLine> settlement = new LinkedHashMap<>();

        Index(AllocationRun run, Map<String, String> names) {
            this.run = run;
            this.names = names == null ? Map.of() : names;
            for (Input i : nz(run.inputs())) {
                inputs.computeIfAbsent(i.partnerId(), k -> new ArrayList<>()).add(i);
            }
            for (SettlementLine l : nz(run.settlement())) {
                settlement.put(l.partnerId(), l);
            }
        }

        String name(String partnerId) {
            String n = names.get(partnerId);
            return n == null || n.isBlank() ? partnerId : n;
        }

        List<Input> inputs(String partnerId) {
            return inputs.getOrDefault(partnerId, List.of());
        }

        SettlementLine settlement(String partnerId) {
            return settlement.get(partnerId);
        }

        Sums sums() {
            Sums s = new Sums();
            for (Share sh : run.shares()) {
                s.exact = s.exact.add(nz(sh.exact()));
                s.amount = s.amount.add(nz(sh.amount()));
                s.credit = s.credit.add(nz(sh.creditInKind()));
                s.payable = s.payable.add(nz(sh.payable()));
            }
            for (SettlementLine l : settlement.values()) {
                s.advances = s.advances.add(nz(l.advancesPaid()));
                s.balance = s.balance.add(nz(l.balance()));
            }
            return s;
        }
    }

    private static Notice notice(AllocationRun run, Map<String, String> names, String partnerId) {
        Share share = run.shares().stream().filter(s -> s.partnerId().equals(partnerId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("partner '" + partnerId + "' has no share in run " + run.id()));
        Index ix = new Index(run, names);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (Input i : nz(run.inputs())) {
            if (i.value() != null) {
                totals.merge(i.figure(), i.value(), BigDecimal::add);
            }
        }
        List<Instalment> inst = nz(run.instalments()).stream().filter(i -> i.partnerId().equals(partnerId)).toList();
        return new Notice(ix.name(partnerId), share, ix.inputs(partnerId), totals, inst, ix.settlement(partnerId), run);
    }

    private static List<Field> header(AllocationRun run, String agreementTitle) {
        List<Field> f = new ArrayList<>();
        f.add(new Field("Vereinbarung", agreementTitle == null || agreementTitle.isBlank() ? run.agreementId() : agreementTitle, false));
        f.add(new Field("Vereinbarungs-ID, Fassung", run.agreementId() + ", Fassung " + run.agreementVersion(), false));
        f.add(new Field("Haushaltsjahr", Integer.toString(run.fiscalYear()), true));
        f.add(new Field("Lauf", run.id(), false));
        f.add(new Field("Art", kind(run), false));
        f.add(new Field("Erstellt am", GermanFormat.dateTime(run.createdAt()), true));
        f.add(new Field("Erstellt von", nz(run.createdBy()), false));
        if (isSettlement(run)) {
            f.add(new Field("Tatsächliche Kosten", GermanFormat.money(run.actualCost()), true));
            f.add(new Field("Zuschüsse", GermanFormat.money(run.grants()), true));
            f.add(new Field("Betrag (Kosten abzüglich Zuschüsse)", GermanFormat.money(run.amount()), true));
        } else {
            f.add(new Field("Betrag", GermanFormat.money(run.amount()), true));
        }
        f.add(new Field("Rundung", rounding(run.rounding()), false));
        f.add(new Field("Schlüssel", nz(run.keyDescription()), false));
        f.add(new Field("Partner", GermanFormat.number(BigDecimal.valueOf(run.shares().size())), true));
        return f;
    }

    private static List<Field> shareFields(Notice n) {
        Share s = n.share();
        return List.of(new Field("Anteil (gerundet)", GermanFormat.money(s.amount()), true),
                new Field("exakter Anteil", GermanFormat.exactMoney(s.exact()), true),
                new Field("Sachleistung (angerechnet)", GermanFormat.money(s.creditInKind()), true),
                new Field("zu zahlen", GermanFormat.money(s.payable()), true),
                new Field(isSettlement(n.run()) ? "Betrag aller Partner" : "Gesamtbetrag aller Partner",
                        GermanFormat.money(n.run().amount()), true));
    }

    private static List<Field> settlementFields(Notice n) {
        SettlementLine l = n.line();
        if (l == null) {
            return List.of(new Field("Schlussabrechnung", "für diesen Partner nicht vorhanden", false));
        }
        return List.of(new Field("Endgültiger Anteil", GermanFormat.money(l.finalShare()), true),
                new Field("abzüglich Sachleistung", GermanFormat.money(l.creditInKind()), true),
                new Field("abzüglich geleistete Vorauszahlungen", GermanFormat.money(l.advancesPaid()), true),
                new Field("Saldo", GermanFormat.money(l.balance()), true),
                new Field("Ergebnis", balanceWord(l.balance()) + (l.balance().signum() == 0 ? ""
                        : " " + GermanFormat.money(l.balance().abs())), false));
    }

    private static String checkText(AllocationRun run, Sums sums) {
        BigDecimal amount = nz(run.amount());
        if (sums.amount.compareTo(amount) == 0) {
            return "Die Summe der gerundeten Anteile (" + GermanFormat.money(sums.amount) + ") ist gleich dem Betrag ("
                    + GermanFormat.money(amount) + ").";
        }
        return "ABWEICHUNG: Die Summe der gerundeten Anteile (" + GermanFormat.money(sums.amount) + ") weicht vom Betrag ("
                + GermanFormat.money(amount) + ") um " + GermanFormat.money(sums.amount.subtract(amount)) + " ab.";
    }

    private static String title(AllocationRun run, String what) {
        return kind(run) + " " + run.fiscalYear() + " – " + what;
    }

    private static String noticeTitle(AllocationRun run) {
        return isSettlement(run) ? "Mitteilung zur Schlussabrechnung " + run.fiscalYear()
                : "Mitteilung über den Umlageanteil " + run.fiscalYear();
    }

    private static String footer(AllocationRun run, String agreementTitle) {
        return (agreementTitle == null || agreementTitle.isBlank() ? run.agreementId() : agreementTitle) + " · Lauf " + run.id();
    }

    private static boolean isSettlement(AllocationRun run) {
        return SETTLEMENT.equals(run.kind());
    }

    private static String kind(AllocationRun run) {
        return switch (nz(run.kind())) {
            case BUDGET -> "Umlage";
            case SETTLEMENT -> "Schlussabrechnung";
            default -> nz(run.kind());
        };
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
        Map<String, Boolean> same = new LinkedHashMap<>();
        for (Input i : nz(run.inputs())) {
            Input f = first.putIfAbsent(i.figure(), i);
            if (f != null && !(java.util.Objects.equals(f.referenceDate(), i.referenceDate())
                    && java.util.Objects.equals(f.source(), i.source()))) {
                same.put(i.figure(), false);
            }
        }
        first.keySet().removeIf(figure -> same.containsKey(figure));
        first.values().removeIf(i -> provenance(i).isEmpty());
        return first;
    }

    /** "Stand 31.12.2023; Quelle: IT.NRW", or "" if neither is known. */
    private static String provenance(Input i) {
        List<String> about = new ArrayList<>(2);
        if (i.referenceDate() != null) {
            about.add("Stand " + GermanFormat.date(i.referenceDate()));
        }
        if (i.source() != null && !i.source().isBlank()) {
            about.add("Quelle: " + source(i.source()));
        }
        return String.join("; ", about);
    }

    /** "Einwohner: 556.631 (Stand 31.12.2023; Quelle: IT.NRW)". */
    static String inputText(Input i) {
        String about = provenance(i);
        return figureLabel(i.figure()) + ": " + figureValue(i.figure(), i.value()) + (about.isEmpty() ? "" : " (" + about + ")");
    }

    /** The figure names of the key resolver in German; a "part 1: " / "rest: " prefix is kept, translated. */
    static String figureLabel(String figure) {
        if (figure == null) {
            return "";
        }
        int colon = figure.lastIndexOf(": ");
        String prefix = colon < 0 ? "" : figure.substring(0, colon + 2).replace("part ", "Teil ").replace("rest", "Rest");
        String base = colon < 0 ? figure : figure.substring(colon + 2);
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

    static String figureValue(String figure, BigDecimal value) {
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

    private static String source(String source) {
        return "agreement".equals(source) ? "Vereinbarung" : nz(source);
    }

    private static PdfPages.Column col(String title, float width, boolean right) {
        return new PdfPages.Column(title, width, right);
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().map(RunDocuments::nz).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> nz(List<T> l) {
        return l == null ? List.of() : l;
    }
}
