package de.ikz.uicore.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.module.Roles;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;

/**
 * Umlage: the allocation runs of each agreement per fiscal year (a new run supersedes the previous
 * version of the year), a run with its shares as a table with totals and as a bar chart, the
 * comparison of two versions, the what-if calculation ({@link AllocationService#calculate}, the same
 * as REST's {@code POST /agreements/{id}/calculate}: computed like a run, stored nowhere) live as the
 * user types, starting a budget run and a settlement (tenant admin, as REST), and the documents
 * (notice per partner as PDF, CSV or XRechnung; summary as PDF or CSV) from the allocation service.
 */
@Component(service = UiContribution.class, property = UiContribution.PROPERTY_ID + "=" + AllocationPages.ID)
public class AllocationPages extends CoreArea {

    /** The area's start page, named in full so that other areas' links reach it too. */
    static final String START = "/ui/umlage/";

    static final String ID = "umlage";

    /** The live region of the what-if page. */
    static final String RESULT = "ergebnis";

    private final AllocationService allocations;
    private final AgreementService agreements;
    private final ParticipantService participants;

    @Activate
    public AllocationPages(@Reference AllocationService allocations, @Reference AgreementService agreements,
                           @Reference ParticipantService participants) {
        super(ID, "Umlage");
        this.allocations = allocations;
        this.agreements = agreements;
        this.participants = participants;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new ListPage(), new AgreementRunsPage(), new RunPage(), new ComparePage(), new WhatIfPage(),
                new SettlePage(), new SummaryDocument(), new NoticeDocument());
    }

    @Override
    public List<NavEntry> navigation(Locale locale) {
        return List.of(new NavEntry("Umlageläufe", START));
    }

    static String kind(String kind) {
        return "SETTLEMENT".equals(kind) ? "Abrechnung" : "Haushalt (Abschläge)";
    }

    /** The run's page, relative to the area: agreement/year/vN. */
    static String target(AllocationRun run) {
        return run.agreementId() + "/" + run.fiscalYear() + "/v" + run.version();
    }

    /** The newer run of the same year and kind that replaces this one, if any. */
    static Optional<AllocationRun> supersededBy(AllocationRun run, List<AllocationRun> all) {
        return all.stream().filter(o -> o.fiscalYear() == run.fiscalYear() && o.kind().equals(run.kind())
                && o.version() > run.version()).min(Comparator.comparingInt(AllocationRun::version));
    }

    /** The older run of the same year and kind this one replaces, if any. */
    static Optional<AllocationRun> replaces(AllocationRun run, List<AllocationRun> all) {
        return all.stream().filter(o -> o.fiscalYear() == run.fiscalYear() && o.kind().equals(run.kind())
                && o.version() < run.version()).max(Comparator.comparingInt(AllocationRun::version));
    }

    private Agreement agreement(UiRequest r, String t) {
        String id = r.pathParam("agreement");
        return agreements.asOf(r.caller(), t, id, r.today()).or(() -> {
            List<Agreement> h = agreements.history(r.caller(), t, id);
            return h.isEmpty() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
        }).orElseThrow(() -> IkzException.notFound("agreement", id));
    }

    private AllocationRun run(UiRequest r, String t) {
        String runId = runId(r);
        return allocations.find(r.caller(), t, runId).orElseThrow(() -> IkzException.notFound("run", runId));
    }

    private static String runId(UiRequest r) {
        return r.pathParam("agreement") + "/" + r.pathParam("year") + "/" + r.pathParam("version");
    }

    /** The shares of a run as a table with totals (amount, credit in kind, payable) and the same as a bar chart. */
    static List<Part> shares(AllocationRun run, Map<String, String> names) {
        List<List<Value>> rows = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        BigDecimal payable = BigDecimal.ZERO;
        BigDecimal total = run.shares().stream().map(AllocationRun.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean refs = run.shares().stream().anyMatch(s -> s.cashReference() != null);
        boolean credit = run.shares().stream().anyMatch(s -> s.creditInKind() != null && s.creditInKind().signum() != 0);
        for (AllocationRun.Share s : run.shares()) {
            BigDecimal pct = total.signum() == 0 ? BigDecimal.ZERO
                    : s.amount().multiply(BigDecimal.valueOf(100)).divide(total, 2, java.math.RoundingMode.HALF_UP);
            Value input = run.inputs().stream().filter(i -> i.partnerId().equals(s.partnerId())).findFirst()
                    .<Value>map(i -> Value.number(i.value(), i.value().scale() > 0 ? Math.min(i.value().scale(), 4) : 0))
                    .orElse(Value.text(""));
            List<Value> row = new ArrayList<>(List.of(Value.text(Ui.name(names, s.partnerId())), input, Value.percent(pct, 2),
                    Value.money(s.amount())));
            if (credit) {
                row.add(Value.money(s.creditInKind()));
                row.add(Value.money(s.payable()));
            }
            if (refs) {
                row.add(Ui.text(s.cashReference()));
            }
            rows.add(row);
            sum = sum.add(s.amount());
            credits = credits.add(s.creditInKind() == null ? BigDecimal.ZERO : s.creditInKind());
            payable = payable.add(s.payable() == null ? BigDecimal.ZERO : s.payable());
        }
        List<Value> totals = new ArrayList<>(List.of(Value.text("Summe"), Value.text(""), Value.percent(total.signum() == 0
                ? BigDecimal.ZERO : BigDecimal.valueOf(100), 2), Value.money(sum)));
        List<String> columns = new ArrayList<>(List.of("Partner", "Kennzahl", "Anteil in %", "Anteil"));
        if (credit) {
            totals.add(Value.money(credits));
            totals.add(Value.money(payable));
            columns.add("Sachleistung");
            columns.add("Zu zahlen");
        }
        if (refs) {
            totals.add(Value.text(""));
            columns.add("Kassenzeichen");
        }
        Part.Table table = new Part.Table("Anteile je Partner", columns, rows, totals, "Keine Anteile.");
        Part.BarChart chart = new Part.BarChart("Anteile je Partner in Euro", run.shares().stream()
                .map(s -> new Part.Bar(Ui.name(names, s.partnerId()), s.amount(), Value.money(s.amount()))).toList());
        return List.of(table, chart);
    }

    /** Advance payments as one row per partner and one column per instalment, the due days in the first row. */
    static Part.Table instalments(AllocationRun run, Map<String, String> names) {
        List<Integer> numbers = run.instalments().stream().map(AllocationRun.Instalment::number).distinct().sorted().toList();
        List<String> columns = new ArrayList<>(List.of("Partner"));
        numbers.forEach(n -> columns.add(n + ". Abschlag"));
        List<List<Value>> rows = new ArrayList<>();
        List<Value> due = new ArrayList<>(List.of(Value.text("Fällig am")));
        for (Integer n : numbers) {
            List<java.time.LocalDate> days = run.instalments().stream().filter(i -> i.number() == n).map(AllocationRun.Instalment::due)
                    .distinct().toList();
            due.add(days.size() == 1 ? Value.date(days.get(0)) : Value.text("je Partner verschieden"));
        }
        rows.add(due);
        List<Value> totals = new ArrayList<>(List.of(Value.text("Summe")));
        numbers.forEach(n -> totals.add(Value.money(run.instalments().stream().filter(i -> i.number() == n)
                .map(AllocationRun.Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))));
        run.instalments().stream().map(AllocationRun.Instalment::partnerId).distinct().forEach(p -> {
            List<Value> row = new ArrayList<>(List.of(Value.text(Ui.name(names, p))));
            for (Integer n : numbers) {
                row.add(run.instalments().stream().filter(i -> i.partnerId().equals(p) && i.number() == n).findFirst()
                        .<Value>map(i -> Value.money(i.amount())).orElse(Value.text("")));
            }
            rows.add(row);
        });
        return new Part.Table("Abschläge je Partner", columns, rows, totals, "Keine Abschläge.");
    }

    final class ListPage implements UiPage {
        @Override
        public String path() {
            return "";
        }

        @Override
        @Roles({"tenant-admin", "coordinator", "partner-staff", "auditor"})
        public View view(UiRequest r) {
            String t = Ui.tenant(r);
            List<Agreement> list = new ArrayList<>(agreements.list(r.caller(), t));
            list.sort(Comparator.comparing(Agreement::title, String.CASE_INSENSITIVE_ORDER));
            List<List<Value>> rows = new ArrayList<>();
            for (Agreement a : list) {
                List<AllocationRun> runs = allocations.runs(r.caller(), t, a.id());
                Optional<AllocationRun> latest = runs.stream().max(Comparator.comparingInt(AllocationRun::fiscalYear)
                        .thenComparingInt(AllocationRun::version));
                rows.add(List.of(Value.link(a.title(), a.id()), Value.count(runs.size()),
                        latest.<Value>map(x -> Value.link(x.fiscalYear() + " v" + x.version() + " (" + kind(x.kind()) + ")", target(x)))
                                .orElse(Value.badge("noch keine", Value.Tone.INFO)),
                        latest.<Value>map(x -> Value.money(x.amount())).orElse(Value.text(""))));
            }
            return new View.Screen("Umlage", List.of(
                    Part.paragraph("Die Umlage verteilt die Kosten einer Vereinbarung nach ihrer Kostenregel auf die Partner. "
                            + "Jeder Lauf wird unverändert aufbewahrt; ein neuer Lauf desselben Jahres ersetzt den vorigen."),
                    new Part.Table("Umlageläufe je Vereinbarung", List.of("Vereinbarung", "Läufe", "Neuester Lauf", "Betrag"), rows,
                            null, "Es sind noch keine Vereinbarungen erfasst.")));
        }
    }

    final class AgreementRunsPage implements UiPage {
        @Override
        public String path() {
            return "{agreement}";
        }

        @Override
        @Roles({"tenant-admin", "coordinator", "partner-staff", "auditor"})
        public View view(UiRequest r) {
            String t = Ui.tenant(r);
            Agreement a = agreement(r, t);
            List<AllocationRun> runs = allocations.runs(r.caller(), t, a.id());
            List<List<Value>> rows = new ArrayList<>();
            List<AllocationRun> sorted = new ArrayList<>(runs);
            sorted.sort(Comparator.comparingInt(AllocationRun::fiscalYear).reversed()
                    .thenComparing(Comparator.comparingInt(AllocationRun::version).reversed()));
            for (AllocationRun run : sorted) {
                Optional<AllocationRun> by = supersededBy(run, runs);
                Optional<AllocationRun> old = replaces(run, runs);
                rows.add(List.of(Value.text(String.valueOf(run.fiscalYear())), Value.link("Version " + run.version(), target(run)),
                        Value.text(kind(run.kind())), Value.money(run.amount()), Value.time(run.createdAt()), Ui.text(run.createdBy()),
                        by.<Value>map(x -> Value.badge("ersetzt durch v" + x.version(), Value.Tone.WARNING))
                                .orElse(Value.badge("gültig", Value.Tone.SUCCESS)),
                        Value.text(old.map(x -> "ersetzt v" + x.version()).orElse(""))));
            }
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Table("Umlageläufe, neueste zuerst", List.of("Jahr", "Lauf", "Art", "Betrag", "Erstellt am",
                    "Erstellt von", "Stand", "Ersetzt"), rows, null, "Für diese Vereinbarung gibt es noch keinen Lauf."));
            List<Part.Action> actions = new ArrayList<>();
            actions.add(new Part.Action("Was wäre, wenn? (Planung)", a.id() + "/planung", Part.Method.GET, null, false, null));
            if (r.caller().has(PlatformRole.TENANT_ADMIN)) {
                actions.add(Part.Action.link("Abrechnung erstellen", a.id() + "/abrechnung"));
            }
            parts.add(new Part.Actions(actions));
            if (r.caller().has(PlatformRole.TENANT_ADMIN)) {
                parts.add(Part.section("Neuen Lauf starten",
                        Part.paragraph("Der Lauf verteilt den Haushaltsbetrag nach der Kostenregel der heute geltenden Fassung "
                                + "und legt die Abschläge fest. Ein früherer Lauf desselben Jahres bleibt erhalten und gilt als ersetzt."),
                        new Part.Form(a.id(), Part.Method.POST, List.of(
                                Ui.input("fiscalYear", "Haushaltsjahr", Part.InputType.NUMBER, String.valueOf(r.today().getYear()), true, null),
                                Ui.input("budget", "Haushaltsbetrag in Euro", Part.InputType.DECIMAL, null, true, "z. B. 98.000,00")),
                                "Lauf starten", null)));
            }
            if (runs.size() >= 2) {
                Map<String, String> options = new LinkedHashMap<>();
                sorted.forEach(x -> options.put(x.fiscalYear() + "/v" + x.version(), x.fiscalYear() + " Version " + x.version()
                        + " (" + kind(x.kind()) + ")"));
                String newest = sorted.get(0).fiscalYear() + "/v" + sorted.get(0).version();
                String previous = sorted.get(1).fiscalYear() + "/v" + sorted.get(1).version();
                parts.add(Part.section("Versionen vergleichen", new Part.Form(a.id() + "/vergleich", Part.Method.GET, List.of(
                        Ui.select("a", "Alt", options, previous, true), Ui.select("b", "Neu", options, newest, true)),
                        "Vergleichen", null)));
            }
            return new View.Screen("Umlage: " + a.title(), parts, new Part.Link("Zurück zur Umlage", "/ui/" + ID, null));
        }

        @Override
        @Roles("tenant-admin")
        public View submit(UiRequest r) {
            String t = Ui.tenant(r);
            String id = r.pathParam("agreement");
            int year = Ui.year("fiscalYear", r.param("fiscalYear").orElse(null));
            BigDecimal budget = Ui.amount("budget", r.param("budget").orElse(null), Amount.Sign.NON_NEGATIVE);
            AllocationRun run = allocations.run(r.caller(), t, id, year, budget);
            return View.redirect(target(run), "Der Lauf " + run.fiscalYear() + " Version " + run.version() + " wurde erstellt.");
        }
    }

    final class RunPage implements UiPage {
        @Override
        public String path() {
            return "{agreement}/{year}/{version}";
        }

        @Override
        @Roles({"tenant-admin", "coordinator", "partner-staff", "auditor"})
        public View view(UiRequest r) {
            String t = Ui.tenant(r);
            AllocationRun run = run(r, t);
            List<AllocationRun> all = allocations.runs(r.caller(), t, run.agreementId());
            Map<String, String> names = Ui.names(participants.list(r.caller(), t));
            List<Part> parts = new ArrayList<>();
            supersededBy(run, all).ifPresent(x -> parts.add(Part.notice(Value.Tone.WARNING,
                    "Dieser Lauf ist ersetzt durch Version " + x.version() + " vom selben Jahr.")));
            parts.add(Ui.facts(Ui.fact("Art", kind(run.kind())), Ui.fact("Haushaltsjahr", Value.text(String.valueOf(run.fiscalYear()))),
                    Ui.fact("Version", Value.count(run.version())),
                    Ui.fact("Fassung der Vereinbarung", Value.count(run.agreementVersion())),
                    Ui.fact("Verteilter Betrag", Value.money(run.amount())),
                    run.actualCost() == null ? Ui.fact("Ist-Kosten", "") : Ui.fact("Ist-Kosten", Value.money(run.actualCost())),
                    run.grants() == null ? Ui.fact("Zuwendungen", "") : Ui.fact("Zuwendungen", Value.money(run.grants())),
                    Ui.fact("Verteilung", run.keyDescription()), Ui.fact("Rundung", AgreementPages.rounding(run.rounding())),
                    Ui.fact("Erstellt am", Value.time(run.createdAt())), Ui.fact("Erstellt von", run.createdBy()),
                    replaces(run, all).map(x -> Ui.fact("Ersetzt", Value.link("Version " + x.version(), "/ui/" + ID + "/" + target(x))))
                            .orElse(Ui.fact("Ersetzt", ""))));
            parts.add(new Part.Section("Anteile", shares(run, names)));
            if (!run.instalments().isEmpty()) {
                parts.add(Part.section("Abschläge", instalments(run, names)));
            }
            if (run.settlement() != null && !run.settlement().isEmpty()) {
                parts.add(Part.section("Abrechnung", new Part.Table("Abrechnung je Partner (Saldo über null: Nachzahlung, unter null: Erstattung)",
                        List.of("Partner", "Endgültiger Anteil", "Sachleistung", "Gezahlte Abschläge", "Saldo"),
                        run.settlement().stream().map(s -> List.<Value>of(Value.text(Ui.name(names, s.partnerId())),
                                Value.money(s.finalShare()), Value.money(s.creditInKind()), Value.money(s.advancesPaid()),
                                Value.money(s.balance()))).toList(), null, "Keine Abrechnung.")));
            }
            if (!run.inputs().isEmpty()) {
                parts.add(Part.section("Grundlagen", new Part.Table("Kennzahlen mit Stichtag und Quelle", List.of("Partner", "Kennzahl",
                        "Wert", "Stichtag", "Quelle", "Umfang"), run.inputs().stream().map(i -> List.<Value>of(
                        Value.text(Ui.name(names, i.partnerId())), Value.text(i.label() != null ? i.label() : ParticipantPages.figureLabel(i.figure())),
                        Value.number(i.value(), Math.min(Math.max(i.value().scale(), 0), 4)), Value.date(i.referenceDate()),
                        Ui.text(i.source()), Ui.text(i.detail()))).toList(), null, "Keine Kennzahlen.")));
            }
            String base = run.fiscalYear() + "/v" + run.version();
            String rel = run.agreementId() + "/" + base;
            List<Part.Link> docs = new ArrayList<>();
            docs.add(new Part.Link("Übersicht aller Partner (PDF)", rel + "/uebersicht/pdf", "PDF/A"));
            docs.add(new Part.Link("Übersicht aller Partner (CSV)", rel + "/uebersicht/csv", "CSV für Tabellenprogramme"));
            List<Part> notices = new ArrayList<>();
            notices.add(new Part.Links("Übersicht", docs));
            notices.add(new Part.Table("Bescheide je Partner", List.of("Partner", "PDF", "CSV", "XRechnung"),
                    run.shares().stream().map(s -> List.<Value>of(Value.text(Ui.name(names, s.partnerId())),
                            Value.link("Bescheid (PDF)", rel + "/bescheid/" + s.partnerId() + "/pdf"),
                            Value.link("Zahlungen (CSV)", rel + "/bescheid/" + s.partnerId() + "/csv"),
                            Value.link("E-Rechnung (XML)", rel + "/bescheid/" + s.partnerId() + "/xml"))).toList(), null,
                    "Keine Partner."));
            parts.add(new Part.Section("Dokumente", notices));
            return new View.Screen("Umlage " + run.fiscalYear() + ", Version " + run.version(), parts,
                    new Part.Link("Zurück zu den Läufen", "/ui/" + ID + "/" + run.agreementId(), null));
        }
    }

    final class ComparePage implements UiPage {
        @Override
        public String path() {
            return "{agreement}/vergleich";
        }

        @Override
        @Roles({"tenant-admin", "coordinator", "partner-staff", "auditor"})
        public View view(UiRequest r) {
            String t = Ui.tenant(r);
            String id = r.pathParam("agreement");
            String a = r.require("a");
            String b = r.require("b");
            AllocationRun ra = allocations.find(r.caller(), t, id + "/" + a).orElseThrow(() -> IkzException.invalid("a", "Diesen Lauf gibt es nicht."));
            AllocationRun rb = allocations.find(r.caller(), t, id + "/" + b).orElseThrow(() -> IkzException.invalid("b", "Diesen Lauf gibt es nicht."));
            Map<String, BigDecimal> diff = allocations.compare(r.caller(), t, ra.id(), rb.id());
            Map<String, String> names = Ui.names(participants.list(r.caller(), t));
            TreeSet<String> ids = new TreeSet<>(diff.keySet());
            List<List<Value>> rows = new ArrayList<>();
            BigDecimal oldSum = BigDecimal.ZERO;
            BigDecimal newSum = BigDecimal.ZERO;
            BigDecimal diffSum = BigDecimal.ZERO;
            for (String p : ids) {
                BigDecimal o = amount(ra, p);
                BigDecimal n = amount(rb, p);
                BigDecimal d = diff.get(p);
                rows.add(List.of(Value.text(Ui.name(names, p)), Value.money(o), Value.money(n), Value.money(d)));
                oldSum = oldSum.add(o);
                newSum = newSum.add(n);
                diffSum = diffSum.add(d);
            }
            String la = ra.fiscalYear() + " v" + ra.version();
            String lb = rb.fiscalYear() + " v" + rb.version();
            return new View.Screen("Vergleich " + la + " und " + lb, List.of(
                    new Part.Table("Anteile je Partner: " + la + " (alt), " + lb + " (neu) und Unterschied",
                            List.of("Partner", "Alt (" + la + ")", "Neu (" + lb + ")", "Unterschied"), rows,
                            List.of(Value.text("Summe"), Value.money(oldSum), Value.money(newSum), Value.money(diffSum)), "Keine Partner."),
                    new Part.BarChart("Unterschied je Partner in Euro", ids.stream()
                            .map(p -> new Part.Bar(Ui.name(names, p), diff.get(p).abs(), Value.money(diff.get(p)))).toList())),
                    new Part.Link("Zurück zu den Läufen", "/ui/" + ID + "/" + id, null));
        }

        private BigDecimal amount(AllocationRun run, String partner) {
            return run.shares().stream().filter(s -> s.partnerId().equals(partner)).map(AllocationRun.Share::amount)
                    .findFirst().orElse(BigDecimal.ZERO);
        }
    }

    final class WhatIfPage implements UiPage {
        @Override
        public String path() {
            return "{agreement}/planung";
        }

        @Override
        @Roles({"tenant-admin", "coordinator", "partner-staff", "auditor"})
        public View view(UiRequest r) {
            String t = Ui.tenant(r);
            Agreement a = agreement(r, t);
            String year = r.param("fiscalYear").orElse(String.valueOf(r.today().getYear() + 1));
            Optional<String> budget = r.param("budget");
            List<Part> result = new ArrayList<>();
            if (budget.isEmpty()) {
                result.add(Part.paragraph("Geben Sie einen Haushaltsbetrag ein; die Anteile erscheinen hier, während Sie tippen."));
            } else {
                try {
                    int y = Ui.year("fiscalYear", year);
                    BigDecimal amount = Ui.amount("budget", budget.get(), Amount.Sign.NON_NEGATIVE);
                    AllocationRun preview = allocations.calculate(r.caller(), t, a.id(), y, amount);
                    result.add(Part.notice(Value.Tone.INFO, "Berechnung nur zur Planung: nichts wird gespeichert. "
                            + "Verteilung " + preview.keyDescription() + "."));
                    result.addAll(shares(preview, Ui.names(participants.list(r.caller(), t))));
                } catch (IkzException e) {
                    if (e.kind() != IkzException.Kind.INVALID && e.kind() != IkzException.Kind.CONFLICT) {
                        throw e;
                    }
                    String prefix = "budget".equals(e.field()) ? "Haushaltsbetrag: " : "fiscalYear".equals(e.field())
                            ? "Haushaltsjahr: " : "Die Berechnung ist so nicht möglich: ";
                    result.add(Part.notice(Value.Tone.ERROR, prefix + e.getMessage()));
                }
            }
            return new View.Screen("Was wäre, wenn? " + a.title(), List.of(
                    new Part.Form(a.id() + "/planung", Part.Method.GET, List.of(
                            Ui.input("fiscalYear", "Haushaltsjahr", Part.InputType.NUMBER, year, true, null),
                            Ui.input("budget", "Haushaltsbetrag in Euro", Part.InputType.DECIMAL, budget.orElse(null), true,
                                    "z. B. 98.000,00")), "Berechnen", RESULT),
                    new Part.Region(RESULT, result)),
                    new Part.Link("Zurück zu den Läufen", "/ui/" + ID + "/" + a.id(), null));
        }
    }

    final class SettlePage implements UiPage {
        @Override
        public String path() {
            return "{agreement}/abrechnung";
        }

        @Override
        @Roles("tenant-admin")
        public View view(UiRequest r) {
            Agreement a = agreement(r, Ui.tenant(r));
            return new View.Screen("Abrechnung: " + a.title(), List.of(
                    Part.paragraph("Die Abrechnung verteilt die Ist-Kosten abzüglich Zuwendungen nach der Kostenregel und "
                            + "rechnet die gezahlten Abschläge des letzten Haushaltslaufs des Jahres an."),
                    new Part.Form(a.id() + "/abrechnung", Part.Method.POST, List.of(
                            Ui.input("fiscalYear", "Haushaltsjahr", Part.InputType.NUMBER, String.valueOf(r.today().getYear() - 1), true, null),
                            Ui.input("actualCost", "Ist-Kosten in Euro", Part.InputType.DECIMAL, null, true, "z. B. 101.250,00"),
                            Ui.input("grants", "Zuwendungen in Euro", Part.InputType.DECIMAL, null, false, "leer: keine")),
                            "Abrechnung erstellen", null)),
                    new Part.Link("Zurück zu den Läufen", "/ui/" + ID + "/" + a.id(), null));
        }

        @Override
        @Roles("tenant-admin")
        public View submit(UiRequest r) {
            int year = Ui.year("fiscalYear", r.param("fiscalYear").orElse(null));
            BigDecimal cost = Ui.amount("actualCost", r.param("actualCost").orElse(null), Amount.Sign.NON_NEGATIVE);
            BigDecimal grants = r.param("grants").isPresent() ? Ui.amount("grants", r.param("grants").get(), Amount.Sign.NON_NEGATIVE) : null;
            AllocationRun run = allocations.settle(r.caller(), Ui.tenant(r), r.pathParam("agreement"), year, cost, grants, null);
            return View.redirect(target(run), "Die Abrechnung " + run.fiscalYear() + " (Version " + run.version() + ") wurde erstellt.");
        }
    }

    final class SummaryDocument implements UiPage {
        @Override
        public String path() {
            return "{agreement}/{year}/{version}/uebersicht/{format}";
        }

        @Override
        @Roles({"tenant-admin", "coordinator", "partner-staff", "auditor"})
        public View view(UiRequest r) {
            String format = r.pathParam("format");
            if (!"pdf".equals(format) && !"csv".equals(format)) {
                throw IkzException.notFound("document", format);
            }
            String runId = runId(r);
            byte[] doc = allocations.document(r.caller(), Ui.tenant(r), runId, "summary", null, "csv".equals(format) ? "csv-de" : "pdf");
            return new View.Download(runId.replace('/', '-') + "-uebersicht." + format, mediaType(format), doc);
        }
    }

    final class NoticeDocument implements UiPage {
        @Override
        public String path() {
            return "{agreement}/{year}/{version}/bescheid/{partner}/{format}";
        }

        @Override
        @Roles({"tenant-admin", "coordinator", "partner-staff", "auditor"})
        public View view(UiRequest r) {
            String format = r.pathParam("format");
            String serviceFormat = switch (format) {
                case "pdf" -> "pdf";
                case "csv" -> "csv-de";
                case "xml" -> "xrechnung";
                default -> throw IkzException.notFound("document", format);
            };
            String runId = runId(r);
            String partner = r.pathParam("partner");
            byte[] doc = allocations.document(r.caller(), Ui.tenant(r), runId, "notice", partner, serviceFormat);
            return new View.Download(runId.replace('/', '-') + "-" + partner + "." + format, mediaType(format), doc);
        }
    }

    static String mediaType(String format) {
        return switch (format) {
            case "pdf" -> "application/pdf";
            case "xml" -> "application/xml; charset=UTF-8";
            default -> "text/csv; charset=UTF-8";
        };
    }
}
