package de.ikz.fruehehilfen.internal.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.ikz.api.document.Block;
import de.ikz.api.document.DocumentInfo;
import de.ikz.api.document.Field;
import de.ikz.api.document.Letterhead;
import de.ikz.api.document.Report;
import de.ikz.api.document.Table;
import de.ikz.api.document.Table.Column;
import de.ikz.api.document.Table.Type;
import de.ikz.fruehehilfen.internal.reports.ProofFigures.SpentLine;
import de.ikz.fruehehilfen.internal.reports.Reports.FinalVersion;
import de.ikz.fruehehilfen.internal.reports.SteeringReport.Row;
import de.ikz.kit.text.GermanFormat;

/**
 * The reports as documents for the platform's document service (PDF/A and CSV): the steering
 * report and the proof of use. The CSV of a proof repeats every figure of the PDF with its key.
 */
final class ReportDocuments {

    private ReportDocuments() {
    }

    // -------------------------------------------------------------------------------- steering

    static Report steering(SteeringReport r, Letterhead issuer, String tenantId) {
        List<Column> cols = new ArrayList<>(List.of(Column.text("Jugendamt", 3), Column.of("Neue Fälle", Type.INTEGER),
                Column.of("Familien", Type.INTEGER), Column.of("Kontakte", Type.INTEGER), Column.of("Stunden", Type.NUMBER),
                Column.of("Weitervermittlungen", Type.INTEGER)));
        List<List<Object>> rows = new ArrayList<>();
        r.offices().forEach(o -> rows.add(officeCells(o)));
        Table offices = new Table("Je Jugendamt", cols, rows, officeCells(r.total()));

        // one row per referrer, one column per office: the referrers' names are long, the counts short
        List<Column> refCols = new ArrayList<>(List.of(Column.text("Zugangsweg", 3)));
        r.offices().forEach(o -> refCols.add(Column.of(o.name(), Type.INTEGER)));
        refCols.add(Column.of(SteeringReport.TOTAL, Type.INTEGER));
        List<List<Object>> refRows = new ArrayList<>();
        for (String x : r.referrers()) {
            List<Object> row = new ArrayList<>();
            row.add(x);
            r.offices().forEach(o -> row.add(o.referredBy().get(x)));
            row.add(r.total().referredBy().get(x));
            refRows.add(row);
        }
        List<Object> refTotals = new ArrayList<>();
        refTotals.add("Neue Fälle");
        r.offices().forEach(o -> refTotals.add(o.newCases()));
        refTotals.add(r.total().newCases());
        Table referred = new Table("Neue Fälle nach Zugangsweg (wer vermittelt hat)", refCols, refRows, refTotals);

        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph("Zeitraum: " + GermanFormat.date(r.from()) + " bis " + GermanFormat.date(r.to())
                + ". Familien: im Zeitraum begleitete Familien; neue Fälle: im Zeitraum aufgenommene Familien."));
        if (!r.suppressed().isEmpty()) {
            body.add(new Block.Note("Summen, die Rückschlüsse auf weniger als drei Familien anderer Jugendämter erlauben "
                    + "würden, sind nicht ausgewiesen (leer).", false));
        }
        body.add(offices);
        if (!r.referrers().isEmpty()) {
            body.add(referred);
        }

        List<Column> csvCols = new ArrayList<>(List.of(Column.text("Jugendamt-ID", 1), Column.text("Jugendamt", 3),
                Column.of("Von", Type.DATE), Column.of("Bis", Type.DATE), Column.of("Neue Fälle", Type.INTEGER),
                Column.of("Familien", Type.INTEGER), Column.of("Kontakte", Type.INTEGER), Column.of("Stunden", Type.NUMBER),
                Column.of("Weitervermittlungen", Type.INTEGER)));
        r.referrers().forEach(x -> csvCols.add(Column.of("Zugang: " + x, Type.INTEGER)));
        List<List<Object>> csvRows = new ArrayList<>();
        for (Row o : r.offices()) {
            List<Object> row = new ArrayList<>(List.of(o.office(), o.name(), r.from(), r.to()));
            List<Object> cells = officeCells(o);
            row.addAll(cells.subList(1, cells.size()));
            r.referrers().forEach(x -> row.add(o.referredBy().get(x)));
            csvRows.add(row);
        }
        String title = "Bericht an den Steuerungskreis Frühe Hilfen";
        String period = GermanFormat.date(r.from()) + " – " + GermanFormat.date(r.to());
        return new Report(new DocumentInfo(title + " " + period, issuer.name(), instant(r.to()), "de",
                "steuerung-" + r.from() + "-" + r.to()), issuer, title, period, false, body, title + ", " + period,
                new Table(null, csvCols, csvRows, null));
    }

    private static List<Object> officeCells(Row o) {
        List<Object> l = new ArrayList<>();
        l.add(o.name());
        l.add(o.newCases());
        l.add(o.families());
        l.add(o.contacts());
        l.add(o.hours());
        l.add(o.referrals());
        return l;
    }


    // -------------------------------------------------------------------------------- proof of use

    /**
     * The proof of use.
     *
     * @param version    the final version printed, or null for a draft
     * @param supersededBy the newer final version that replaces it, or null
     */
    static Report proof(int year, String partner, String partnerName, String narrative, ProofFigures f, Letterhead issuer,
                        FinalVersion version, FinalVersion supersededBy, LocalDate deadline) {
        List<Block> body = new ArrayList<>();
        if (supersededBy != null) {
            body.add(new Block.Note("Diese Fassung " + version.version() + " wurde durch die Fassung " + supersededBy.version()
                    + " vom " + GermanFormat.dateTime(supersededBy.finalAt()) + " ersetzt.", true));
        }
        if (version == null) {
            body.add(new Block.Note("Entwurf – noch nicht endgültig. Die Zahlen sind der Stand des Abrufs.", true));
        } else {
            body.add(Block.fields(List.of(new Field("Fassung", String.valueOf(version.version())),
                    new Field("Endgültig am", GermanFormat.dateTime(version.finalAt())),
                    new Field("Endgültig durch", version.finalBy()))));
        }
        body.add(Block.heading("Sachbericht"));
        for (String para : narrative.split("\\R\\s*\\R")) {
            if (!para.isBlank()) {
                body.add(Block.paragraph(para.strip()));
            }
        }
        body.add(Block.heading("Zahlenmäßiger Nachweis"));
        boolean whole = ProofFigures.POOL.equals(partner);
        body.add(new Table("Mittel", List.of(Column.text("Position", 3), Column.money("Betrag")), List.of(
                List.of("Bewilligte Bundesmittel", f.granted()),
                List.of("Eigenanteil", f.ownShare()),
                List.of("Feste Jahresbeiträge", f.contributions()),
                List.of("Anteil an der Deckungslücke", f.gapShare()),
                List.of("In den Pool einzubringen", f.due()),
                List.of("Im Pool eingegangen", f.received()),
                List.of(whole ? "Verausgabt" : "Verausgabt (Anteil)", f.spent()),
                List.of("Nicht verausgabt", f.unspent()),
                List.of("Zurückgezahlt", f.returned()),
                List.of("Ins Folgejahr übertragen", f.carriedOver())), null));
        List<Column> areaCols = new ArrayList<>(List.of(Column.text("Förderbereich", 3)));
        if (!whole) {
            areaCols.add(Column.money("Pool insgesamt"));
        }
        areaCols.add(Column.money(whole ? "Verausgabt" : "Anteil " + partnerName));
        List<List<Object>> areaRows = new ArrayList<>();
        BigDecimal poolTotal = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, BigDecimal> e : f.spentByArea().entrySet()) {
            List<Object> row = new ArrayList<>(List.of(ProofFigures.areaLabel(e.getKey())));
            BigDecimal poolArea = f.poolSpentByArea().getOrDefault(e.getKey(), BigDecimal.ZERO.setScale(2));
            if (!whole) {
                row.add(poolArea);
            }
            row.add(e.getValue());
            areaRows.add(row);
            poolTotal = poolTotal.add(poolArea);
        }
        List<Object> areaTotals = new ArrayList<>(List.of("Summe"));
        if (!whole) {
            areaTotals.add(poolTotal);
        }
        areaTotals.add(f.spent());
        body.add(new Table("Ausgaben je Förderbereich", areaCols, areaRows, areaTotals));
        List<List<Object>> lineRows = new ArrayList<>();
        for (SpentLine l : f.poolSpent()) {
            lineRows.add(List.of(ProofFigures.areaLabel(l.area()), ProofFigures.costTypeLabel(l.costType()), l.amount()));
        }
        body.add(new Table("Ausgaben des Pools nach Förderbereich und Kostenart", List.of(Column.text("Förderbereich", 3),
                Column.text("Kostenart", 2), Column.money("Betrag")), lineRows,
                List.of("Summe", "", f.poolSpent().stream().map(SpentLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add))));
        body.add(new Table("Leistungen des Familienhebammendienstes " + year, List.of(Column.text("Kennzahl", 3),
                Column.of("Wert", Type.NUMBER)), List.of(
                List.of("Begleitete Familien", BigDecimal.valueOf(f.families())),
                List.of("Davon neu aufgenommen", BigDecimal.valueOf(f.newCases())),
                List.of("Kontakte", BigDecimal.valueOf(f.contacts())),
                List.of("Kontaktstunden", f.hours())), null));
        body.add(Block.paragraph("Frist für die Vorlage: " + GermanFormat.date(deadline) + "."));

        String title = "Verwendungsnachweis " + year;
        String file = "verwendungsnachweis-" + year + "-" + partner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-")
                + (version == null ? "-entwurf" : "-v" + version.version());
        Instant created = version == null ? instant(LocalDate.of(year, 12, 31)) : version.finalAt();
        String footer = title + " – " + partnerName + (version == null ? " – Entwurf" : " – Fassung " + version.version());
        return new Report(new DocumentInfo(title + " – " + partnerName, issuer.name(), created, "de", file), issuer, title,
                partnerName, false, body, footer, proofCsv(year, partner, partnerName, f, version));
    }

    /** One row per figure with the proof's keys (year, partner, version) in every row. */
    private static Table proofCsv(int year, String partner, String partnerName, ProofFigures f, FinalVersion version) {
        List<Column> cols = List.of(Column.of("Jahr", Type.INTEGER), Column.text("Partner-ID", 1), Column.text("Partner", 2),
                Column.of("Fassung", Type.INTEGER), Column.text("Schlüssel", 2), Column.text("Position", 3),
                Column.of("Wert", Type.NUMBER), Column.text("Einheit", 1));
        Integer v = version == null ? null : version.version();
        List<List<Object>> rows = new ArrayList<>();
        java.util.function.BiConsumer<String[], BigDecimal> add = (kl, amount) -> rows.add(java.util.Arrays.asList(year, partner,
                partnerName, v, kl[0], kl[1], amount, kl[2]));
        add.accept(new String[] {"granted", "Bewilligte Bundesmittel", "EUR"}, f.granted());
        add.accept(new String[] {"own_share", "Eigenanteil", "EUR"}, f.ownShare());
        add.accept(new String[] {"contributions", "Feste Jahresbeiträge", "EUR"}, f.contributions());
        add.accept(new String[] {"gap_share", "Anteil an der Deckungslücke", "EUR"}, f.gapShare());
        add.accept(new String[] {"due", "In den Pool einzubringen", "EUR"}, f.due());
        add.accept(new String[] {"received", "Im Pool eingegangen", "EUR"}, f.received());
        for (Map.Entry<String, BigDecimal> e : f.spentByArea().entrySet()) {
            add.accept(new String[] {"spent." + e.getKey(), "Verausgabt: " + ProofFigures.areaLabel(e.getKey()), "EUR"}, e.getValue());
        }
        if (!ProofFigures.POOL.equals(partner)) {
            for (Map.Entry<String, BigDecimal> e : f.poolSpentByArea().entrySet()) {
                add.accept(new String[] {"pool_spent." + e.getKey(), "Pool insgesamt: " + ProofFigures.areaLabel(e.getKey()), "EUR"},
                        e.getValue());
            }
        }
        for (SpentLine l : f.poolSpent()) {
            add.accept(new String[] {"pool_spent." + l.area() + "." + l.costType(), "Pool: " + ProofFigures.areaLabel(l.area())
                    + " – " + ProofFigures.costTypeLabel(l.costType()), "EUR"}, l.amount());
        }
        add.accept(new String[] {"spent", "Verausgabt", "EUR"}, f.spent());
        add.accept(new String[] {"unspent", "Nicht verausgabt", "EUR"}, f.unspent());
        add.accept(new String[] {"returned", "Zurückgezahlt", "EUR"}, f.returned());
        add.accept(new String[] {"carried_over", "Ins Folgejahr übertragen", "EUR"}, f.carriedOver());
        add.accept(new String[] {"families", "Begleitete Familien", "Anzahl"}, BigDecimal.valueOf(f.families()));
        add.accept(new String[] {"new_cases", "Davon neu aufgenommen", "Anzahl"}, BigDecimal.valueOf(f.newCases()));
        add.accept(new String[] {"contacts", "Kontakte", "Anzahl"}, BigDecimal.valueOf(f.contacts()));
        add.accept(new String[] {"hours", "Kontaktstunden", "Stunden"}, f.hours());
        return new Table(null, cols, rows, null);
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(12, 0).atZone(GermanFormat.ZONE).toInstant();
    }
}
