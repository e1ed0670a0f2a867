package de.ikz.vormundschaft.internal.ui;

import static de.ikz.vormundschaft.internal.ui.CaseUiPages.AUDITOR;
import static de.ikz.vormundschaft.internal.ui.CaseUiPages.COORDINATOR;
import static de.ikz.vormundschaft.internal.ui.CaseUiPages.PARTNER_STAFF;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.Input;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Reports.FunnelMonth;
import de.ikz.vormundschaft.internal.service.Reports.OfficeReport;
import de.ikz.vormundschaft.internal.service.Reports.Period;

/**
 * The reports of the guardianship office as charts and tables: counts per partner youth office and
 * the volunteer funnel (volunteers entering each stage per month). The figures are the service's
 * output as REST returns it, never recomputed: a count the service suppressed (null, named in
 * {@code suppressed}; counts below 3 in a report that crosses partners) is shown as suppressed,
 * nothing is summed or derived; the tables show the same figures with
 * offices (or months) as columns. Partner staff get their own office in full, as over REST.
 */
final class ReportPages {

    /** What a suppressed count shows, in table and chart. */
    static final String SUPPRESSED = "unterdrückt";

    /** The prefix of the office report's counts of volunteers per stage. */
    static final String STAGE_PREFIX = "volunteers.";

    /** Labels of the office report's counts, in the report's order; unknown keys show as they come. */
    static final Map<String, String> COUNTS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("childrenProposed", "Kinder vorgeschlagen");
        m.put("childrenMatched", "Kinder zugeordnet");
        m.put("childrenAppointed", "Kinder mit Bestellung");
        m.put("activeAppointments", "Laufende Bestellungen");
        m.put("volunteersRecruited", "Gewonnene Ehrenamtliche");
        m.put("contacts", "Kontakte");
        for (VolunteerStage s : VolunteerStage.values()) {
            m.put(STAGE_PREFIX + s.name(), "Ehrenamtliche: " + CaseUiPages.stage(s));
        }
        COUNTS = java.util.Collections.unmodifiableMap(m);
    }

    private final CaseUiPages ui;

    ReportPages(CaseUiPages ui) {
        this.ui = ui;
    }

    List<UiPage> pages() {
        return List.of(new ReportPage(ui));
    }

    /** Offices as rows, the given counts as columns, each cell as the service gave it. */
    static Part.Table officeTable(String caption, List<OfficeReport> offices, Map<String, String> officeNames, List<String> keys,
                                  java.util.function.Function<String, String> label) {
        List<String> columns = new ArrayList<>(List.of("Jugendamt"));
        keys.forEach(k -> columns.add(label.apply(k)));
        List<List<Value>> rows = new ArrayList<>();
        for (OfficeReport o : offices) {
            List<Value> row = new ArrayList<>();
            row.add(Value.text(CaseUiPages.office(officeNames, o.office())));
            for (String key : keys) {
                row.add(cell(o.counts(), o.suppressed(), key));
            }
            rows.add(row);
        }
        return new Part.Table(caption, columns, rows, null, "Keine Jugendämter.");
    }

    /** A count as a cell: the number, or "suppressed" where the service suppressed it. */
    static Value cell(Map<String, Integer> counts, List<String> suppressed, String key) {
        Integer n = counts.get(key);
        if (n == null || suppressed.contains(key)) {
            return Value.text(SUPPRESSED);
        }
        return Value.count(n);
    }

    static Part.Bar bar(String label, Map<String, Integer> counts, List<String> suppressed, String key) {
        Integer n = counts.get(key);
        if (n == null || suppressed.contains(key)) {
            return new Part.Bar(label, BigDecimal.ZERO, Value.text(SUPPRESSED));
        }
        return new Part.Bar(label, BigDecimal.valueOf(n), Value.count(n));
    }

    static String month(String yyyyMm) {
        try {
            return YearMonth.parse(yyyyMm).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMAN));
        } catch (DateTimeParseException e) {
            return yyyyMm;
        }
    }

    /** {@code reports}: GET {@code from}, {@code to} (the service's defaults), {@code count} (office chart), {@code month} (funnel chart). */
    static final class ReportPage implements UiPage {

        private final CaseUiPages ui;

        ReportPage(CaseUiPages ui) {
            this.ui = ui;
        }

        @Override
        public String path() {
            return "reports";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
        public View view(UiRequest r) {
            String t = CaseUiPages.tenant(r);
            LocalDate from = CaseUiPages.date(r, "from");
            LocalDate to = CaseUiPages.date(r, "to");
            Period period = ui.reports.period(from, to);
            List<OfficeReport> offices = ui.reports.officeReport(r.caller(), t, from, to);
            List<FunnelMonth> funnel = ui.reports.funnel(r.caller(), t, from, to);

            String count = r.param("count").filter(COUNTS::containsKey).orElse("activeAppointments");
            Map<String, String> months = new LinkedHashMap<>();
            funnel.forEach(f -> months.put(f.month(), month(f.month())));
            String lastMonth = funnel.isEmpty() ? "" : funnel.get(funnel.size() - 1).month();
            String chosenMonth = r.param("month").filter(months::containsKey).orElse(lastMonth);

            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Form("reports", Part.Method.GET, List.of(
                    new Input("from", "Von", InputType.DATE, period.from().toString(), null, false, null),
                    new Input("to", "Bis", InputType.DATE, period.to().toString(), null, false, null),
                    new Input("count", "Zahl im Diagramm je Jugendamt", InputType.SELECT, count, COUNTS, false, null),
                    new Input("month", "Monat im Trichter", InputType.SELECT, chosenMonth, months, false, null)),
                    "Anzeigen", null));
            parts.add(new Part.Facts(List.of(new Part.Fact("Von", Value.date(period.from())),
                    new Part.Fact("Bis", Value.date(period.to())))));
            parts.add(Part.notice(Value.Tone.INFO, "Zahlen unter 3 werden in Berichten über mehrere Jugendämter nicht"
                    + " ausgewiesen, sondern als „unterdrückt“ gekennzeichnet (Schutz vor Rückschlüssen auf einzelne"
                    + " Kinder und Personen)."
                    + (CaseUiPages.may(r.caller(), false, PARTNER_STAFF) && !CaseUiPages.officeReader(r.caller())
                    ? " Ihr eigenes Jugendamt sehen Sie vollständig." : "")));

            Map<String, String> officeNames = ui.officeNames(r);
            List<Part.Bar> officeBars = new ArrayList<>();
            for (OfficeReport o : offices) {
                officeBars.add(bar(CaseUiPages.office(officeNames, o.office()), o.counts(), o.suppressed(), count));
            }
            // one row per office (a tenant has many): the case counts, then the volunteers per stage
            parts.add(Part.section("Je Jugendamt",
                    new Part.BarChart(COUNTS.get(count) + " je Jugendamt", officeBars),
                    officeTable("Fälle und Kontakte je Jugendamt", offices, officeNames, COUNTS.keySet().stream()
                            .filter(k -> !k.startsWith(STAGE_PREFIX)).toList(), k -> COUNTS.get(k)),
                    officeTable("Ehrenamtliche je Stufe und Jugendamt", offices, officeNames, COUNTS.keySet().stream()
                            .filter(k -> k.startsWith(STAGE_PREFIX)).toList(),
                            k -> CaseUiPages.stage(VolunteerStage.valueOf(k.substring(STAGE_PREFIX.length()))))));

            List<Part.Bar> funnelBars = new ArrayList<>();
            for (FunnelMonth f : funnel) {
                if (f.month().equals(chosenMonth)) {
                    for (VolunteerStage s : VolunteerStage.values()) {
                        funnelBars.add(bar(CaseUiPages.stage(s), f.entered(), f.suppressed(), s.name()));
                    }
                }
            }
            // one row per stage (the funnel reads top down), one column per month
            List<String> funnelColumns = new ArrayList<>(List.of("Stufe"));
            funnel.forEach(f -> funnelColumns.add(month(f.month())));
            List<List<Value>> funnelRows = new ArrayList<>();
            for (VolunteerStage s : VolunteerStage.values()) {
                List<Value> row = new ArrayList<>();
                row.add(Value.text(CaseUiPages.stage(s)));
                for (FunnelMonth f : funnel) {
                    row.add(cell(f.entered(), f.suppressed(), s.name()));
                }
                funnelRows.add(row);
            }
            parts.add(Part.section("Trichter: Ehrenamtliche je Stufe",
                    Part.paragraph("Wie viele Ehrenamtliche im Monat in eine Stufe eingetreten sind."),
                    new Part.BarChart("Eintritte je Stufe im " + month(chosenMonth), funnelBars),
                    new Part.Table("Eintritte je Stufe und Monat", funnelColumns, funnelRows, null, "Keine Monate im Zeitraum.")));
            return new View.Screen("Berichte", parts);
        }
    }
}
