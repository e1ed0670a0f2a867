package de.ikz.document.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.ikz.api.document.Block;
import de.ikz.api.document.Certificate;
import de.ikz.api.document.DocumentInfo;
import de.ikz.api.document.Field;
import de.ikz.api.document.Letter;
import de.ikz.api.document.Letterhead;
import de.ikz.api.document.Report;
import de.ikz.api.document.Table;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.PostalAddress;

/** Sample documents of every type, as the allocation and agreement bundles will build them. */
final class Samples {

    static final Instant CREATED = Instant.parse("2027-01-15T09:30:00Z");
    static final String LONG_ID = "vormundschaft/active-appointments-by-office-and-quarter-reference-2027";

    private Samples() {
    }

    static Letterhead sender() {
        return new Letterhead("StädteRegion Aachen – Der Städteregionsrat", "Amt für Kinder, Jugend und Familie",
                new PostalAddress(null, null, "Zollernstraße 10", "52070", "Aachen"), "Frau Jansen", "0241 5198-2345",
                "vormundschaft@staedteregion-aachen.de",
                new BankAccount("Städteregionskasse Aachen", "DE89370400440532013000", "COBADEFFXXX", "Commerzbank Aachen"), null);
    }

    static Table shares() {
        return new Table("Ihr Anteil", List.of(Table.Column.text("Partner", 3), Table.Column.text("Kassenzeichen", 2),
                Table.Column.of("Einwohner", Table.Type.INTEGER), Table.Column.of("Anteil", Table.Type.PERCENT),
                Table.Column.money("Betrag"), Table.Column.of("Fällig am", Table.Type.DATE)),
                List.of(List.of("Stadt Alsdorf", "KZ-2027-0001", 46_000, new BigDecimal("31.25"), new BigDecimal("27692.31"),
                                LocalDate.of(2027, 3, 31)),
                        List.of("Stadt Baesweiler", "KZ-2027-0002", 27_000, new BigDecimal("18.5"), new BigDecimal("1234567.8"),
                                LocalDate.of(2027, 6, 30))),
                java.util.Arrays.asList("Summe", null, 73_000, new BigDecimal("49.75"), new BigDecimal("1262260.11"), null));
    }

    static Letter letter(int extraParagraphs) {
        List<Block> body = new ArrayList<>();
        body.add(Block.paragraph("Sehr geehrte Damen und Herren,"));
        body.add(Block.paragraph("nach der öffentlich-rechtlichen Vereinbarung vom 01.01.2025 (§ 23 GkG NRW) teilen wir Ihnen "
                + "Ihren Anteil an den Kosten 2027 mit. Quelle der Zahlen: " + LONG_ID + ".\nBitte überweisen Sie die Beträge "
                + "zu den genannten Fälligkeiten."));
        body.add(shares());
        body.add(new Block.Note("Dieser Lauf ersetzt Version 1 vom 10.01.2027 (korrigierte Einwohnerzahlen).", true));
        body.add(Block.fields(List.of(new Field("Rechtsgrundlage", "Öffentlich-rechtliche Vereinbarung, § 23 GkG NRW"),
                new Field("Verwendungszweck", "KZ-2027-0001 Umlage 2027"))));
        for (int i = 0; i < extraParagraphs; i++) {
            body.add(Block.paragraph("Absatz " + (i + 1) + ": Die Umlage wird nach den Einwohnerzahlen zum Stichtag "
                    + "31.12.2025 berechnet; Grundlage ist das Gemeindeverzeichnis von Destatis. Rundungsdifferenzen "
                    + "trägt der Sitz der Geschäftsstelle."));
        }
        return new Letter(new DocumentInfo("Umlage 2027 – Mitteilung an Stadt Alsdorf", "StädteRegion Aachen", CREATED, "de",
                "umlage-2027-v2-alsdorf"), sender(),
                new PostalAddress("Stadt Alsdorf", "Amt 20 – Stadtkasse", "Hubertusstraße 17", "52477", "Alsdorf"),
                LocalDate.of(2027, 1, 15),
                List.of(new Field("Aktenzeichen", "51.2-IKZ-2025/01"), new Field("Kassenzeichen", "KZ-2027-0001")),
                "Umlage 2027 – Mitteilung über den Umlageanteil", body,
                List.of("Mit freundlichen Grüßen", "Im Auftrag", Letter.MACHINE_MADE),
                List.of(Block.heading("Exakte Anteile"), Block.paragraph("Stadt Alsdorf: 31,2500000000 %")), shares());
    }

    static Report report(int rows, boolean landscape) {
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(List.of("Gemeinde " + i, String.format("%08d", 5_334_000 + i), 1000 + i,
                    new BigDecimal(i % 100).add(new BigDecimal("0.25")), new BigDecimal(1000 + i).add(new BigDecimal("0.07")),
                    LocalDate.of(2025, 12, 31), LONG_ID));
        }
        Table t = new Table("Umlage je Gemeinde", List.of(Table.Column.text("Gemeinde", 3), Table.Column.text("AGS", 2),
                Table.Column.of("Einwohner", Table.Type.INTEGER), Table.Column.of("Anteil", Table.Type.PERCENT),
                Table.Column.money("Betrag"), Table.Column.of("Stichtag", Table.Type.DATE), Table.Column.text("Quelle", 4)),
                data, java.util.Arrays.asList("Summe", null, null, null, new BigDecimal("180000.00"), null, null));
        return new Report(new DocumentInfo("Umlage 2027 – Übersicht", "StädteRegion Aachen", CREATED, "de", "umlage-2027-v2"),
                sender(), "Umlage 2027 – Übersicht", "Lauf 2, gültig ab 15.01.2027", landscape,
                List.of(Block.heading("Status"), new Block.Note("Aktueller Lauf.", false), t), "Umlage 2027 · Lauf 2", t);
    }

    static Certificate certificate() {
        return new Certificate(new DocumentInfo("Teilnahmebescheinigung", "Kreis Heinsberg", CREATED, "de", "bescheinigung"),
                sender(), "Teilnahmebescheinigung", "Maria Musterfrau",
                "hat an der Fortbildung „Frühe Hilfen: Gesprächsführung mit Familien“ teilgenommen.",
                List.of(new Field("Termine", "03.03.2027 und 10.03.2027"), new Field("Umfang", "12 Unterrichtsstunden")),
                "Aachen", LocalDate.of(2027, 3, 12), null, null, null);
    }
}
