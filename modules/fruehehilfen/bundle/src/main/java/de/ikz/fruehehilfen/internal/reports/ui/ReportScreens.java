package de.ikz.fruehehilfen.internal.reports.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.document.DocumentService.Format;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.UiRoles;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.Value.Tone;
import de.ikz.api.ui.View;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.reports.Narrative;
import de.ikz.fruehehilfen.internal.reports.ProofFigures;
import de.ikz.fruehehilfen.internal.reports.Reports;
import de.ikz.fruehehilfen.internal.reports.Reports.Due;
import de.ikz.fruehehilfen.internal.reports.Reports.FinalVersion;
import de.ikz.fruehehilfen.internal.reports.Reports.Period;
import de.ikz.fruehehilfen.internal.reports.Reports.ProofOfUse;
import de.ikz.fruehehilfen.internal.reports.Reports.ProofStatus;
import de.ikz.fruehehilfen.internal.reports.Reports.ReportFile;
import de.ikz.fruehehilfen.internal.reports.SteeringReport;
import de.ikz.fruehehilfen.internal.reports.SteeringReport.Row;
import de.ikz.kit.ui.ScreenSet;

/**
 * The reports' screens: the module's start page (what is due; a professional goes on to her visit
 * log), the steering report with charts and tables, the proofs of use of a year, one proof with its
 * preview, text, final versions and downloads. Every page calls {@link Reports} with the session's
 * caller, as REST does; nothing is recomputed here.
 */
public final class ReportScreens implements ScreenSet {

    static final String COORDINATOR = ModuleDefinition.COORDINATOR;
    static final String AUDITOR = ModuleDefinition.AUDITOR;
    static final String PARTNER_STAFF = ModuleDefinition.PARTNER_STAFF;
    static final String PROFESSIONAL = ModuleDefinition.PROFESSIONAL;
    static final Optional<String> MODULE = Optional.of(ModuleDefinition.ID);

    /** The visits part's page a professional works on (her visit log). */
    public static final String VISIT_LOG = "besuche";

    /** What a suppressed figure shows. */
    static final String SUPPRESSED = "nicht ausgewiesen";

    private final Reports reports;

    public ReportScreens(Reports reports) {
        this.reports = reports;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new Start(), new Steering(), new SteeringDocument(), new Proofs(), new Proof(), new ProofFinal(),
                new ProofDocument());
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Übersicht", ""), new NavEntry("Steuerungsbericht", "steuerung"),
                new NavEntry("Verwendungsnachweise", "nachweise"));
    }

    /** One card: the proofs of use due or overdue, for those who read them. */
    @Override
    public List<Part.Card> cards(UiRequest r) {
        if (!may(r.caller(), false, COORDINATOR, AUDITOR, PARTNER_STAFF)) {
            return List.of();
        }
        List<Due> due = reports.due(r.caller(), tenant(r));
        if (due.isEmpty()) {
            return List.of();
        }
        long overdue = due.stream().filter(Due::overdue).count();
        return List.of(new Part.Card("Verwendungsnachweise fällig", Value.count(due.size()), overdue > 0
                ? overdue + " davon überfällig" : "Frist " + de.ikz.kit.text.GermanFormat.date(due.get(0).due()), "",
                overdue > 0 ? Tone.ERROR : Tone.WARNING));
    }

    static boolean may(Caller caller, boolean changes, String... roles) {
        return UiRoles.permits(caller, MODULE, changes, roles);
    }

    static String tenant(UiRequest r) {
        return r.caller().tenantFor(null);
    }

    static LocalDate date(UiRequest r, String name) {
        return r.param(name).map(v -> Input.date(name, v)).orElse(null);
    }

    static String proofTarget(int year, String partner) {
        return "nachweise/" + year + "/" + partner;
    }

    static Value count(Integer n) {
        return n == null ? Value.text(SUPPRESSED) : Value.count(n);
    }

    static Value hours(BigDecimal h) {
        return h == null ? Value.text(SUPPRESSED) : Value.number(h, 2);
    }

    static Format format(UiRequest r) {
        String f = r.param("format").orElse("pdf");
        return switch (f) {
            case "pdf" -> Format.PDF;
            case "csv" -> Format.CSV;
            case "csv-de" -> Format.CSV_DE;
            default -> throw IkzException.invalid("format", "format must be pdf, csv or csv-de");
        };
    }

    static View download(ReportFile f) {
        return new View.Download(f.fileName(), f.mediaType(), f.content());
    }

    // -------------------------------------------------------------------------------- start page

    /** "": what is due; a professional (without a reader's role) is sent on to her visit log. */
    final class Start implements UiPage {

        @Override
        public String path() {
            return "";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF, PROFESSIONAL})
        public View view(UiRequest r) {
            if (!may(r.caller(), false, COORDINATOR, AUDITOR, PARTNER_STAFF)) {
                return View.redirect(VISIT_LOG, null);
            }
            List<Due> due = reports.due(r.caller(), tenant(r));
            List<List<Value>> rows = new ArrayList<>();
            for (Due d : due) {
                rows.add(List.of(Value.date(d.due()), Value.link(d.what(), proofTarget(d.year(), d.partner())),
                        d.overdue() ? Value.badge("überfällig", Tone.ERROR) : Value.badge("fällig", Tone.WARNING)));
            }
            List<Part> parts = new ArrayList<>();
            parts.add(Part.paragraph("Was ansteht: Verwendungsnachweise, die noch nicht endgültig sind, ab dem Erinnerungstag "
                    + "vor ihrer Frist."));
            parts.add(new Part.Table("Fällig", List.of("Frist", "Was", "Stand"), rows, null,
                    "Zurzeit ist nichts fällig."));
            parts.add(new Part.Links("Berichte", List.of(
                    new Part.Link("Steuerungsbericht je Jugendamt", "steuerung", null),
                    new Part.Link("Verwendungsnachweise", "nachweise", null))));
            return new View.Screen("Frühe Hilfen – Übersicht", parts);
        }
    }

    // -------------------------------------------------------------------------------- steering report

    /** {@code steuerung}: GET {@code from}, {@code to} (the service's defaults). */
    final class Steering implements UiPage {

        @Override
        public String path() {
            return "steuerung";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
        public View view(UiRequest r) {
            LocalDate from = date(r, "from");
            LocalDate to = date(r, "to");
            Period period = reports.period(from, to);
            SteeringReport s = reports.steering(r.caller(), tenant(r), from, to);
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Form("steuerung", Part.Method.GET, List.of(
                    new Part.Input("from", "Von", Part.InputType.DATE, period.from().toString(), null, false, null),
                    new Part.Input("to", "Bis", Part.InputType.DATE, period.to().toString(), null, false, null)),
                    "Anzeigen", null));
            parts.add(new Part.Facts(List.of(new Part.Fact("Von", Value.date(s.from())), new Part.Fact("Bis", Value.date(s.to())))));
            if (!s.suppressed().isEmpty() || s.offices().size() == 1) {
                parts.add(Part.notice(Tone.INFO, "Sie sehen Ihr Jugendamt vollständig und die Summen aller Jugendämter. Summen, "
                        + "die Rückschlüsse auf weniger als drei Familien anderer Jugendämter erlauben würden, werden nicht "
                        + "ausgewiesen."));
            }
            List<Part.Bar> contactBars = new ArrayList<>();
            List<Part.Bar> caseBars = new ArrayList<>();
            List<List<Value>> rows = new ArrayList<>();
            for (Row o : s.offices()) {
                contactBars.add(new Part.Bar(o.name(), BigDecimal.valueOf(o.contacts()), Value.count(o.contacts())));
                caseBars.add(new Part.Bar(o.name(), BigDecimal.valueOf(o.newCases()), Value.count(o.newCases())));
                rows.add(officeCells(o));
            }
            parts.add(Part.section("Je Jugendamt",
                    new Part.BarChart("Kontakte je Jugendamt", contactBars),
                    new Part.BarChart("Neue Fälle je Jugendamt", caseBars),
                    new Part.Table("Fälle, Familien, Kontakte und Stunden je Jugendamt", List.of("Jugendamt", "Neue Fälle",
                            "Familien", "Kontakte", "Stunden", "Weitervermittlungen"), rows, officeCells(s.total()),
                            "Keine Jugendämter.")));
            // one row per referrer, one column per office (the referrers' names are long, the counts short)
            List<String> columns = new ArrayList<>(List.of("Zugangsweg"));
            s.offices().forEach(o -> columns.add(o.name()));
            columns.add(SteeringReport.TOTAL);
            List<List<Value>> refRows = new ArrayList<>();
            for (String x : s.referrers()) {
                List<Value> row = new ArrayList<>();
                row.add(Value.text(x));
                s.offices().forEach(o -> row.add(count(o.referredBy().get(x))));
                row.add(count(s.total().referredBy().get(x)));
                refRows.add(row);
            }
            List<Value> refTotals = new ArrayList<>();
            refTotals.add(Value.text("Neue Fälle"));
            s.offices().forEach(o -> refTotals.add(count(o.newCases())));
            refTotals.add(count(s.total().newCases()));
            parts.add(Part.section("Zugangswege der neuen Fälle",
                    Part.paragraph("Wer die im Zeitraum neu aufgenommenen Familien vermittelt hat."),
                    new Part.Table("Neue Fälle nach Zugangsweg und Jugendamt", columns, refRows, refTotals, "Keine Jugendämter.")));
            String q = "from=" + s.from() + "&to=" + s.to();
            parts.add(new Part.Links("Herunterladen", List.of(
                    new Part.Link("Steuerungsbericht als PDF", "steuerung/dokument?format=pdf&" + q, "PDF/A"),
                    new Part.Link("Steuerungsbericht als CSV", "steuerung/dokument?format=csv&" + q, "CSV, Komma"),
                    new Part.Link("Steuerungsbericht als CSV für Excel", "steuerung/dokument?format=csv-de&" + q,
                            "CSV, Semikolon"))));
            return new View.Screen("Steuerungsbericht", parts);
        }

        private List<Value> officeCells(Row o) {
            return List.of(Value.text(o.name()), count(o.newCases()), count(o.families()), count(o.contacts()), hours(o.hours()),
                    count(o.referrals()));
        }
    }

    /** {@code steuerung/dokument}: the steering report as a file ({@code format}: pdf, csv, csv-de). */
    final class SteeringDocument implements UiPage {

        @Override
        public String path() {
            return "steuerung/dokument";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
        public View view(UiRequest r) {
            return download(reports.steeringFile(r.caller(), tenant(r), date(r, "from"), date(r, "to"), format(r)));
        }
    }

    // -------------------------------------------------------------------------------- proofs of use

    /** {@code nachweise}: the proofs of a year (GET {@code year}, default last year). */
    final class Proofs implements UiPage {

        @Override
        public String path() {
            return "nachweise";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
        public View view(UiRequest r) {
            Integer year = r.param("year").map(v -> Input.year("year", v)).orElse(null);
            List<ProofStatus> proofs = reports.proofs(r.caller(), tenant(r), year);
            int shown = year != null ? year : r.today().getYear() - 1;
            List<List<Value>> rows = new ArrayList<>();
            for (ProofStatus p : proofs) {
                rows.add(List.of(Value.link(p.partnerName(), proofTarget(p.year(), p.partner())), Value.date(p.deadline()),
                        status(p.lastFinal(), p.overdue()), p.lastFinal() == null ? Value.text("") : Value.time(p.lastFinal().finalAt())));
            }
            return new View.Screen("Verwendungsnachweise " + shown, List.of(
                    new Part.Form("nachweise", Part.Method.GET, List.of(new Part.Input("year", "Jahr", Part.InputType.NUMBER,
                            String.valueOf(shown), null, false, null)), "Anzeigen", null),
                    Part.paragraph("Je Partner und für den Pool insgesamt: Sachbericht und zahlenmäßiger Nachweis. "
                            + "Öffnen Sie einen Nachweis für Vorschau, Text und Download."),
                    new Part.Table("Verwendungsnachweise " + shown, List.of("Nachweis", "Frist", "Stand", "Endgültig am"), rows, null,
                            "Für dieses Jahr gibt es keinen Pool.")));
        }
    }

    static Value status(FinalVersion last, boolean overdue) {
        if (last != null) {
            return Value.badge("endgültig (Fassung " + last.version() + ")", Tone.SUCCESS);
        }
        return overdue ? Value.badge("überfällig", Tone.ERROR) : Value.badge("offen", Tone.WARNING);
    }

    /** {@code nachweise/{year}/{partner}}: preview, figures, text (POST {@code text}), final versions, downloads. */
    final class Proof implements UiPage {

        @Override
        public String path() {
            return "nachweise/{year}/{partner}";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
        public View view(UiRequest r) {
            int year = Input.year("year", r.pathParam("year"));
            ProofOfUse p = reports.proof(r.caller(), tenant(r), year, r.pathParam("partner"));
            ProofFigures f = p.figures();
            String self = proofTarget(p.year(), p.partner());
            List<Part> parts = new ArrayList<>();
            FinalVersion last = p.finals().isEmpty() ? null : p.finals().get(p.finals().size() - 1);
            parts.add(new Part.Facts(List.of(new Part.Fact("Jahr", Value.text(String.valueOf(p.year()))),
                    new Part.Fact("Partner", Value.text(p.partnerName())),
                    new Part.Fact("Frist", Value.date(p.deadline())),
                    new Part.Fact("Stand", status(last, p.overdue())))));
            List<Part> preview = new ArrayList<>();
            preview.add(Part.paragraph("So steht der Text mit den Zahlen von heute im Nachweis."));
            for (String para : p.narrative().split("\\R\\s*\\R")) {
                if (!para.isBlank()) {
                    preview.add(Part.paragraph(para.strip()));
                }
            }
            parts.add(new Part.Section("Sachbericht (Vorschau)", preview));

            List<List<Value>> money = List.of(
                    List.of(Value.text("Bewilligte Bundesmittel"), Value.money(f.granted())),
                    List.of(Value.text("Eigenanteil"), Value.money(f.ownShare())),
                    List.of(Value.text("Feste Jahresbeiträge"), Value.money(f.contributions())),
                    List.of(Value.text("Anteil an der Deckungslücke"), Value.money(f.gapShare())),
                    List.of(Value.text("In den Pool einzubringen"), Value.money(f.due())),
                    List.of(Value.text("Im Pool eingegangen"), Value.money(f.received())),
                    List.of(Value.text("Verausgabt"), Value.money(f.spent())),
                    List.of(Value.text("Nicht verausgabt"), Value.money(f.unspent())),
                    List.of(Value.text("Zurückgezahlt"), Value.money(f.returned())),
                    List.of(Value.text("Ins Folgejahr übertragen"), Value.money(f.carriedOver())));
            List<Part.Bar> bars = new ArrayList<>();
            List<List<Value>> areaRows = new ArrayList<>();
            f.spentByArea().forEach((area, amount) -> {
                bars.add(new Part.Bar(ProofFigures.areaLabel(area), amount, Value.money(amount)));
                areaRows.add(List.of(Value.text(ProofFigures.areaLabel(area)), Value.money(f.poolSpentByArea().get(area)), Value.money(amount)));
            });
            List<List<Value>> lines = new ArrayList<>();
            f.poolSpent().forEach(l -> lines.add(List.of(Value.text(ProofFigures.areaLabel(l.area())), Value.text(ProofFigures.costTypeLabel(l.costType())),
                    Value.money(l.amount()))));
            BigDecimal poolSpent = f.poolSpentByArea().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            parts.add(Part.section("Zahlenmäßiger Nachweis",
                    new Part.Table("Mittel", List.of("Position", "Betrag"), money, null, null),
                    new Part.BarChart("Verausgabt je Förderbereich", bars),
                    new Part.Table("Ausgaben je Förderbereich", List.of("Förderbereich", "Pool insgesamt", "Dieser Nachweis"), areaRows,
                            List.of(Value.text("Summe"), Value.money(poolSpent), Value.money(f.spent())), null),
                    new Part.Table("Ausgaben des Pools nach Förderbereich und Kostenart", List.of("Förderbereich", "Kostenart", "Betrag"),
                            lines, null, "Keine Ausgaben gebucht."),
                    new Part.Table("Leistungen des Familienhebammendienstes", List.of("Kennzahl", "Wert"), List.of(
                            List.of(Value.text("Begleitete Familien"), Value.count(f.families())),
                            List.of(Value.text("Davon neu aufgenommen"), Value.count(f.newCases())),
                            List.of(Value.text("Kontakte"), Value.count(f.contacts())),
                            List.of(Value.text("Kontaktstunden"), Value.number(f.hours(), 2))), null, null)));

            if (may(r.caller(), true, COORDINATOR)) {
                List<List<Value>> ph = new ArrayList<>();
                Map<String, String> values = Narrative.values(p.year(), p.partnerName(), f);
                Narrative.PLACEHOLDERS.forEach((k, what) -> ph.add(List.of(Value.text("{" + k + "}"), Value.text(what),
                        Value.text(values.get(k)))));
                parts.add(Part.section("Text bearbeiten",
                        new Part.Form(self, Part.Method.POST, List.of(new Part.Input("text", "Sachbericht", Part.InputType.TEXTAREA,
                                p.text(), null, true, "Platzhalter in geschweiften Klammern werden durch die Zahlen des Jahres "
                                + "ersetzt, z. B. {bewilligt}. Eine Leerzeile beginnt einen neuen Absatz.")), "Text speichern", null),
                        new Part.Table("Platzhalter", List.of("Platzhalter", "Bedeutung", "Wert heute"), ph, null, null)));
                parts.add(new Part.Actions(List.of(new Part.Action(p.finals().isEmpty() ? "Endgültig machen"
                        : "Als neue Fassung endgültig machen", self + "/endgueltig", Part.Method.POST, Map.of(), true,
                        "Text und Zahlen werden als Fassung " + (p.finals().size() + 1) + " festgeschrieben. Fortfahren?"))));
            }

            List<Part.Link> links = new ArrayList<>();
            if (p.finals().isEmpty()) {
                links.add(new Part.Link("Entwurf als PDF", self + "/dokument?format=pdf", "PDF/A, Stand heute"));
                links.add(new Part.Link("Entwurf als CSV", self + "/dokument?format=csv", "CSV"));
            }
            for (int i = p.finals().size() - 1; i >= 0; i--) {
                FinalVersion v = p.finals().get(i);
                String when = " vom " + de.ikz.kit.text.GermanFormat.dateTime(v.finalAt()) + (i < p.finals().size() - 1 ? " (ersetzt)" : "");
                links.add(new Part.Link("Fassung " + v.version() + when + " als PDF", self + "/dokument?format=pdf&version=" + v.version(),
                        "PDF/A"));
                links.add(new Part.Link("Fassung " + v.version() + when + " als CSV", self + "/dokument?format=csv&version=" + v.version(),
                        "CSV"));
            }
            parts.add(new Part.Links("Herunterladen", links));
            return new View.Screen("Verwendungsnachweis " + p.year() + " – " + p.partnerName(), parts,
                    new Part.Link("Zurück zu den Verwendungsnachweisen " + p.year(), "nachweise?year=" + p.year(), null));
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            int year = Input.year("year", r.pathParam("year"));
            ProofOfUse p = reports.saveText(r.caller(), tenant(r), year, r.pathParam("partner"), r.form().containsKey("text")
                    ? String.join("", r.form().get("text")) : null);
            return View.redirect(proofTarget(p.year(), p.partner()), "Der Sachbericht ist gespeichert.");
        }
    }

    /** {@code nachweise/{year}/{partner}/endgueltig}: POST marks the proof final; GET goes back to the proof. */
    final class ProofFinal implements UiPage {

        @Override
        public String path() {
            return "nachweise/{year}/{partner}/endgueltig";
        }

        @Override
        @Roles(COORDINATOR)
        public View view(UiRequest r) {
            return View.redirect(proofTarget(Input.year("year", r.pathParam("year")), r.pathParam("partner")), null);
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            ProofOfUse p = reports.markFinal(r.caller(), tenant(r), Input.year("year", r.pathParam("year")), r.pathParam("partner"));
            return View.redirect(proofTarget(p.year(), p.partner()), "Fassung " + p.finals().size() + " ist endgültig.");
        }
    }

    /** {@code nachweise/{year}/{partner}/dokument}: {@code format} pdf, csv, csv-de; {@code version} a final one (default: newest, or the draft). */
    final class ProofDocument implements UiPage {

        @Override
        public String path() {
            return "nachweise/{year}/{partner}/dokument";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
        public View view(UiRequest r) {
            Integer version = r.param("version").map(v -> (int) Input.count("version", v, 1000)).orElse(null);
            return download(reports.proofFile(r.caller(), tenant(r), Input.year("year", r.pathParam("year")), r.pathParam("partner"),
                    version, format(r)));
        }
    }
}
