package de.ikz.kinderschutz.internal.reports.ui;

import static de.ikz.kinderschutz.internal.ModuleDefinition.AUDITOR;
import static de.ikz.kinderschutz.internal.ModuleDefinition.COORDINATOR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.document.DocumentService;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kinderschutz.internal.NetworkRoles;
import de.ikz.kinderschutz.internal.reports.Budget;
import de.ikz.kinderschutz.internal.reports.Budget.Category;
import de.ikz.kinderschutz.internal.reports.Indicators;
import de.ikz.kinderschutz.internal.reports.ReportsService;
import de.ikz.kinderschutz.internal.reports.ReportsService.ExpenseInput;
import de.ikz.kinderschutz.internal.reports.ReportsService.File;
import de.ikz.kinderschutz.internal.ui.Pages;
import de.ikz.kit.ui.ScreenSet;

/**
 * The network budget ({@code budget}: figures, expenses, split, notices) and the yearly indicators
 * ({@code kennzahlen}: screen, PDF/A, CSV), for the coordinator and the auditor.
 */
public final class BudgetScreens implements ScreenSet {

    static final String BUDGET = "budget";
    static final String INDICATORS = "kennzahlen";

    private final ReportsService service;
    private final java.util.function.BiFunction<UiRequest, String, Map<String, String>> names;

    /**
     * @param names names of the tenant's participants (public bodies) by id, read when a page is shown (request, tenant)
     */
    public BudgetScreens(ReportsService service, java.util.function.BiFunction<UiRequest, String, Map<String, String>> names) {
        this.service = service;
        this.names = names;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new BudgetPage(), new NoticePage(), new IndicatorsPage(), new IndicatorsDocumentPage());
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Netzwerkbudget", BUDGET), new NavEntry("Kennzahlen", INDICATORS));
    }

    static int year(UiRequest r, int fallback) {
        try {
            return r.param("year").map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw IkzException.invalid("year", "ein Jahr angeben");
        }
    }

    final class BudgetPage implements UiPage {
        @Override
        public String path() {
            return BUDGET;
        }

        @Override
        @Roles({COORDINATOR, AUDITOR})
        public View view(UiRequest r) {
            String t = Pages.tenant(r);
            int year = year(r, r.today().getYear());
            Optional<Budget> b = service.budget(r.caller(), t, year);
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Form(BUDGET, Part.Method.GET, List.of(new Part.Input("year", "Jahr", InputType.NUMBER, String.valueOf(year), null,
                    true, null)), "Anzeigen", null));
            if (b.isEmpty()) {
                parts.add(new Part.Notice(Value.Tone.INFO, "Für " + year + " ist kein Budget angelegt (REST: PUT …/budget/" + year + ")."));
                return new View.Screen("Netzwerkbudget " + year, parts);
            }
            Budget bu = b.get();
            Map<String, String> n = names.apply(r, t);
            parts.add(new Part.Facts(List.of(new Part.Fact("Budget", Value.money(bu.amount())), new Part.Fact("Ausgegeben", Value.money(bu.spent())),
                    new Part.Fact("Verbleibend", Value.money(bu.left())),
                    new Part.Fact("Verteilt wird", Value.text((bu.basis().equals("SPENT") ? "das Ausgegebene" : "das Budget")
                            + (bu.key().equals("population") ? " nach Einwohnerzahl" : " zu gleichen Teilen"))))));
            List<List<Value>> shares = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            for (Map.Entry<String, BigDecimal> e : bu.shares().entrySet()) {
                shares.add(List.of(Value.text(n.getOrDefault(e.getKey(), e.getKey())), Value.money(e.getValue()),
                        Value.link("Bescheid (PDF)", BUDGET + "/" + year + "/bescheid/" + e.getKey())));
                sum = sum.add(e.getValue());
            }
            parts.add(new Part.Table("Verteilung auf die Partner", List.of("Partner", "Anteil", "Bescheid"), shares,
                    List.of(Value.text("Summe"), Value.money(sum), Value.text("")), "Keine Partner."));
            List<List<Value>> ex = new ArrayList<>();
            for (Budget.Expense e : bu.expenses()) {
                ex.add(List.of(Value.date(e.spentOn()), Value.text(Category.valueOf(e.category()).label()), Value.text(e.documentNo()),
                        Value.text(e.note() == null ? "–" : e.note()), Value.money(e.amount())));
            }
            parts.add(new Part.Table("Ausgaben", List.of("Datum", "Art", "Beleg", "Zweck", "Betrag"), ex,
                    List.of(Value.text("Summe"), Value.text(""), Value.text(""), Value.text(""), Value.money(bu.spent())), "Noch keine Ausgaben."));
            if (NetworkRoles.coordinator(r.caller())) {
                Map<String, String> cats = new LinkedHashMap<>();
                for (Category c : Category.values()) {
                    cats.put(c.name(), c.label());
                }
                parts.add(new Part.Section("Ausgabe buchen", List.of(new Part.Form(BUDGET, Part.Method.POST, List.of(
                        new Part.Input("year", "Jahr", InputType.HIDDEN, String.valueOf(year), null, false, null),
                        new Part.Input("spentOn", "Datum", InputType.DATE, r.param("spentOn").orElse(null), null, true, null),
                        new Part.Input("amount", "Betrag (€)", InputType.DECIMAL, r.param("amount").orElse(null), null, true, null),
                        new Part.Input("category", "Art", InputType.SELECT, r.param("category").orElse(null), cats, true, null),
                        Part.Input.text("documentNo", "Belegnummer", r.param("documentNo").orElse(null), true),
                        Part.Input.text("note", "Zweck", r.param("note").orElse(null), false)), "Buchen", null))));
            }
            return new View.Screen("Netzwerkbudget " + year, parts);
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            int year = year(r, r.today().getYear());
            BigDecimal amount;
            try {
                amount = de.ikz.api.input.Amount.typed("amount", r.require("amount"), de.ikz.api.input.Amount.Sign.POSITIVE).value();
            } catch (IkzException e) {
                throw IkzException.invalid("amount", "einen Betrag angeben, z. B. 1.234,56 (höchstens zwei Nachkommastellen)");
            }
            java.time.LocalDate spent;
            try {
                spent = java.time.LocalDate.parse(r.require("spentOn"));
            } catch (java.time.format.DateTimeParseException e) {
                throw IkzException.invalid("spentOn", "ein Datum angeben");
            }
            service.addExpense(r.caller(), Pages.tenant(r), year, new ExpenseInput(spent, amount, r.param("category").orElse(null),
                    r.param("documentNo").orElse(null), r.param("note").orElse(null)));
            return new View.Redirect(BUDGET + "?year=" + year, "Die Ausgabe ist gebucht.");
        }
    }

    final class NoticePage implements UiPage {
        @Override
        public String path() {
            return BUDGET + "/{year}/bescheid/{partner}";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR})
        public View view(UiRequest r) {
            int year;
            try {
                year = Integer.parseInt(r.pathParam("year"));
            } catch (NumberFormatException e) {
                throw IkzException.notFound("budget", r.pathParam("year"));
            }
            File f = service.notice(r.caller(), Pages.tenant(r), year, r.pathParam("partner"));
            return new View.Download(f.name(), f.mediaType(), f.content());
        }
    }

    final class IndicatorsPage implements UiPage {
        @Override
        public String path() {
            return INDICATORS;
        }

        @Override
        @Roles({COORDINATOR, AUDITOR})
        public View view(UiRequest r) {
            int year = year(r, r.today().getYear() - 1);
            Indicators ind = service.indicators(r.caller(), Pages.tenant(r), year);
            List<List<Value>> rows = new ArrayList<>();
            for (Indicators.FieldRow f : ind.fields()) {
                rows.add(List.of(Value.text(f.label()), Value.count(f.members()), Value.count(f.joined()), Value.count(f.left()),
                        f.attendanceRate() == null ? Value.text("–") : Value.percent(f.attendanceRate(), 1), Value.count(f.trainingParticipants())));
            }
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Form(INDICATORS, Part.Method.GET, List.of(new Part.Input("year", "Jahr", InputType.NUMBER, String.valueOf(year),
                    null, true, null)), "Anzeigen", null));
            parts.add(new Part.Facts(List.of(new Part.Fact("Netzwerkkonferenzen", Value.count(ind.conferences())),
                    new Part.Fact("Sitzungen der Arbeitsgruppen", Value.count(ind.workingGroups())),
                    new Part.Fact("Aufgaben fällig", Value.count(ind.followUpsDue())),
                    new Part.Fact("davon fristgerecht erledigt", ind.onTimeRate() == null ? Value.count(ind.followUpsOnTime())
                            : Value.percent(ind.onTimeRate(), 1)))));
            parts.add(new Part.Table("Partner, Sitzungsteilnahme und Fortbildung nach Bereich", List.of("Bereich", "Mitglieder 31.12.",
                    "Beigetreten", "Ausgetreten", "Teilnahmequote", "Fortgebildete"), rows, null, ""));
            parts.add(new Part.Actions(List.of(Part.Action.link("Als PDF/A", INDICATORS + "/dokument.pdf?year=" + year),
                    Part.Action.link("Als CSV", INDICATORS + "/dokument.csv?year=" + year))));
            return new View.Screen("Kennzahlen " + year, parts);
        }
    }

    final class IndicatorsDocumentPage implements UiPage {
        @Override
        public String path() {
            return INDICATORS + "/{file}";
        }

        @Override
        @Roles({COORDINATOR, AUDITOR})
        public View view(UiRequest r) {
            DocumentService.Format format = switch (r.pathParam("file")) {
                case "dokument.pdf" -> DocumentService.Format.PDF;
                case "dokument.csv" -> DocumentService.Format.CSV;
                default -> throw IkzException.notFound("document", r.pathParam("file"));
            };
            File f = service.indicatorsDocument(r.caller(), Pages.tenant(r), year(r, r.today().getYear() - 1), format);
            return new View.Download(f.name(), f.mediaType(), f.content());
        }
    }
}
