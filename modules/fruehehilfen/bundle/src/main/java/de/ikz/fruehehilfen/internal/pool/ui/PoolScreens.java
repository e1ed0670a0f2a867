package de.ikz.fruehehilfen.internal.pool.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.UiRoles;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.pool.CostType;
import de.ikz.fruehehilfen.internal.pool.FundingArea;
import de.ikz.fruehehilfen.internal.pool.NetworkWorkKind;
import de.ikz.fruehehilfen.internal.pool.PoolFigures;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Expense;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Grant;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.NetworkWork;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Receipt;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.YearEnd;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.fruehehilfen.internal.pool.PoolService.ContributionInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.ExpenseInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.GrantInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.NetworkWorkInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.ReceiptInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.SettingsInput;
import de.ikz.fruehehilfen.internal.pool.PoolSettings;
import de.ikz.fruehehilfen.internal.pool.ReceiptKind;
import de.ikz.kit.ui.ScreenSet;

/**
 * The pool's screens under {@code /ui/fruehehilfen/pool…}: the coordinator's overview of a year
 * (granted, received, spent per area, left, with a chart and tables with totals, outstanding per
 * partner), grants and contributions, settings, receipts, expense booking, network work and the
 * year end. Every page calls {@link PoolService} with the session's caller, as REST does; form
 * fields carry the names the service names in its refusals. The year comes as {@code ?year=}
 * (default: the current year).
 */
public final class PoolScreens implements ScreenSet {

    static final String COORDINATOR = ModuleDefinition.COORDINATOR;
    static final String AUDITOR = ModuleDefinition.AUDITOR;
    static final String PARTNER_STAFF = ModuleDefinition.PARTNER_STAFF;

    static final String OVERVIEW = "pool";
    static final String GRANTS = "pool/grants";
    static final String SETTINGS = "pool/settings";
    static final String RECEIPTS = "pool/receipts";
    static final String EXPENSES = "pool/expenses";
    static final String NETWORK = "pool/network";
    static final String YEAR_END = "pool/year-end";

    private final PoolService pool;
    private final BiFunction<Caller, String, Map<String, String>> participants;

    /**
     * @param participants the participants of a tenant the caller may name (id → name), for the partner choices
     */
    public PoolScreens(PoolService pool, BiFunction<Caller, String, Map<String, String>> participants) {
        this.pool = pool;
        this.participants = participants;
    }

    /** The screens with the partner choices from the core's participants (those the caller may read), sorted by name. */
    public static PoolScreens on(PoolService pool, ParticipantService participants) {
        return new PoolScreens(pool, (caller, tenant) -> {
            Map<String, String> m = new LinkedHashMap<>();
            participants.listBodies(caller, tenant).stream().sorted(java.util.Comparator.comparing(Participant::name))
                    .forEach(p -> m.put(p.id(), p.name()));
            return m;
        });
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new Overview(), new Grants(), new Settings(), new Receipts(), new Expenses(), new Network(),
                new YearEndPage());
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Fonds", OVERVIEW), new NavEntry("Ausgaben buchen", EXPENSES),
                new NavEntry("Netzwerkarbeit", NETWORK));
    }

    // ------------------------------------------------------------------ helpers

    static String tenant(UiRequest r) {
        return r.caller().tenantFor(null);
    }

    static int year(UiRequest r) {
        Optional<String> y = r.param("year").filter(s -> !s.isBlank());
        return y.isPresent() ? Input.year("year", y.get()) : r.today().getYear();
    }

    static boolean may(Caller caller, boolean changes, String... roles) {
        return UiRoles.permits(caller, Optional.of(ModuleDefinition.ID), changes, roles);
    }

    static String withYear(String page, int year) {
        return page + "?year=" + year;
    }

    static BigDecimal money(UiRequest r, String field, boolean required) {
        String v = r.param(field).map(String::strip).orElse("");
        if (v.isEmpty()) {
            if (required) {
                throw IkzException.invalid(field, "Bitte geben Sie einen Betrag an, z. B. 1234,56.");
            }
            return null;
        }
        return Amount.typed(field, v, Amount.Sign.ANY).value();
    }

    static BigDecimal decimal(UiRequest r, String field) {
        String v = r.param(field).map(String::strip).orElse("");
        return v.isEmpty() ? null : Input.decimal(field, Input.typed(v));
    }

    static LocalDate date(UiRequest r, String field) {
        String v = r.param(field).map(String::strip).orElse("");
        return v.isEmpty() ? null : Input.date(field, v);
    }

    static String text(UiRequest r, String field) {
        return r.param(field).filter(s -> !s.isBlank()).orElse(null);
    }

    static Part yearChooser(String page, int year) {
        return new Part.Form(page, Part.Method.GET, List.of(new Part.Input("year", "Jahr", InputType.NUMBER,
                String.valueOf(year), null, true, null)), "Jahr anzeigen", null);
    }

    static <E extends Enum<E>> Map<String, String> options(E[] values, java.util.function.Function<E, String> label) {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> m.put(v.name(), label.apply(v)));
        return m;
    }

    Map<String, String> partnerOptions(UiRequest r) {
        return participants.apply(r.caller(), tenant(r));
    }

    static Value eur(BigDecimal v) {
        return Value.money(v);
    }

    // ------------------------------------------------------------------ overview

    /** The coordinator's overview of a year. */
    @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
    final class Overview implements UiPage {
        @Override
        public String path() {
            return OVERVIEW;
        }

        @Override
        public View view(UiRequest r) {
            int y = year(r);
            PoolFigures f = pool.figures(r.caller(), tenant(r), y);
            PoolFigures.Amounts p = f.pool();
            List<Part> parts = new ArrayList<>();
            parts.add(yearChooser(OVERVIEW, y));
            if (f.closed()) {
                parts.add(Part.notice(Value.Tone.INFO, "Das Jahr " + y + " ist abgeschlossen; es kann nichts mehr gebucht werden."));
            }
            if (f.preFinanced().signum() > 0) {
                parts.add(Part.notice(Value.Tone.WARNING, "Der Träger hat Ausgaben vorfinanziert, die der Fonds nicht deckte."));
            }
            List<Part.Fact> facts = new ArrayList<>(List.of(
                    new Part.Fact("Bewilligte Bundesmittel", eur(p.granted())),
                    new Part.Fact("Eigenanteile (" + ownShareRule(f.settings()) + ")", eur(p.ownShare())),
                    new Part.Fact("Festbeträge", eur(p.contributions())),
                    new Part.Fact("Anteile an der Deckungslücke", eur(p.gapShare())),
                    new Part.Fact("Soll insgesamt", eur(p.due())),
                    new Part.Fact("Eingegangen", eur(p.received())),
                    new Part.Fact("Noch offen", eur(p.outstanding())),
                    new Part.Fact("Übertrag aus dem Vorjahr", eur(f.carriedIn())),
                    new Part.Fact("Ausgegeben", eur(p.spent())),
                    new Part.Fact("Übrig", eur(f.left()))));
            if (f.settings().budget() != null) {
                facts.add(new Part.Fact("Bedarf laut Haushalt", eur(f.settings().budget())));
                facts.add(new Part.Fact("Deckungslücke", eur(f.gap())));
            }
            if (f.preFinanced().signum() > 0) {
                facts.add(new Part.Fact("Vom Träger vorfinanziert", eur(f.preFinanced())));
            }
            if (f.closed()) {
                facts.add(new Part.Fact("Zurückgezahlt", eur(p.returned())));
                facts.add(new Part.Fact("In das Folgejahr übertragen", eur(p.carriedOver())));
            }
            parts.add(Part.section("Fonds " + y, new Part.Facts(facts)));

            List<Part.Bar> bars = new ArrayList<>();
            List<List<Value>> areaRows = new ArrayList<>();
            for (FundingArea a : FundingArea.values()) {
                bars.add(new Part.Bar(a.label(), p.spentByArea().get(a), eur(p.spentByArea().get(a))));
                areaRows.add(List.of(Value.text(a.label()), eur(p.grantedByArea().get(a)), eur(p.spentByArea().get(a))));
            }
            parts.add(Part.section("Ausgaben je Förderbereich",
                    new Part.BarChart("Ausgegeben " + y + " je Förderbereich in Euro", bars),
                    new Part.Table("Bewilligt und ausgegeben je Förderbereich " + y,
                            List.of("Förderbereich", "Bewilligte Bundesmittel", "Ausgegeben"), areaRows,
                            List.of(Value.text("Summe"), eur(p.granted()), eur(p.spent())), null)));

            List<List<Value>> typeRows = new ArrayList<>();
            List<Value> typeTotals = new ArrayList<>(List.of(Value.text("Summe")));
            BigDecimal[] areaTotals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (CostType c : CostType.values()) {
                List<Value> row = new ArrayList<>(List.of(Value.text(c.label())));
                BigDecimal sum = BigDecimal.ZERO;
                for (FundingArea a : FundingArea.values()) {
                    BigDecimal v = f.spentByAreaAndType().get(a).get(c);
                    row.add(eur(v));
                    sum = sum.add(v);
                    areaTotals[a.ordinal()] = areaTotals[a.ordinal()].add(v);
                }
                row.add(eur(sum));
                typeRows.add(row);
            }
            for (BigDecimal t : areaTotals) {
                typeTotals.add(eur(t));
            }
            typeTotals.add(eur(p.spent()));
            parts.add(new Part.Table("Ausgaben " + y + " je Kostenart und Förderbereich",
                    List.of("Kostenart", "I", "II", "III", "Summe"), typeRows, typeTotals, null));

            List<List<Value>> partnerRows = new ArrayList<>();
            for (PoolFigures.PartnerFigures pf : f.partners()) {
                PoolFigures.Amounts a = pf.amounts();
                partnerRows.add(List.of(Value.text(pf.name() + (pf.host() ? " (Träger)" : "")), eur(a.granted()),
                        eur(a.ownShare()), eur(a.contributions().add(a.gapShare())), eur(a.due()), eur(a.received()),
                        eur(a.outstanding())));
            }
            // the sum row only where every partner's row is shown (partner staff see their own)
            List<Value> partnerTotals = may(r.caller(), false, COORDINATOR, AUDITOR)
                    ? List.of(Value.text("Summe"), eur(p.granted()), eur(p.ownShare()), eur(p.contributions().add(p.gapShare())),
                    eur(p.due()), eur(p.received()), eur(p.outstanding()))
                    : null;
            parts.add(new Part.Table("Soll, Eingänge und Offenes je Partner " + y,
                    List.of("Partner", "Bundesmittel", "Eigenanteil", "Festbetrag und Lückenanteil", "Soll", "Eingegangen",
                            "Offen"), partnerRows, partnerTotals, "Für " + y + " sind noch keine Partner erfasst."));

            if (may(r.caller(), true, COORDINATOR) && !f.closed()) {
                parts.add(new Part.Actions(List.of(
                        new Part.Action("Ausgabe buchen", withYear(EXPENSES, y), Part.Method.GET, null, true, null),
                        Part.Action.link("Zuschüsse und Festbeträge", withYear(GRANTS, y)),
                        Part.Action.link("Zahlungseingänge", withYear(RECEIPTS, y)),
                        Part.Action.link("Netzwerkarbeit", withYear(NETWORK, y)),
                        Part.Action.link("Einstellungen des Jahres", withYear(SETTINGS, y)),
                        Part.Action.link("Jahresabschluss", withYear(YEAR_END, y)))));
            } else if (may(r.caller(), false, COORDINATOR, AUDITOR)) {
                parts.add(new Part.Actions(List.of(Part.Action.link("Ausgaben", withYear(EXPENSES, y)),
                        Part.Action.link("Zahlungseingänge", withYear(RECEIPTS, y)),
                        Part.Action.link("Jahresabschluss", withYear(YEAR_END, y)))));
            }
            return new View.Screen("Fonds Frühe Hilfen " + y, parts, null);
        }
    }

    static String ownShareRule(PoolSettings s) {
        String pct = s.ownSharePercent().stripTrailingZeros().toPlainString().replace('.', ',') + " %";
        return PoolSettings.SHARE_OF_TOTAL.equals(s.ownShareReading()) ? pct + " des Gesamtbetrags" : pct + " zusätzlich";
    }

    // ------------------------------------------------------------------ grants and contributions

    @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
    final class Grants implements UiPage {
        @Override
        public String path() {
            return GRANTS;
        }

        @Override
        public View view(UiRequest r) {
            int y = year(r);
            String t = tenant(r);
            Map<String, String> names = partnerOptions(r);
            List<Part> parts = new ArrayList<>();
            parts.add(yearChooser(GRANTS, y));
            List<List<Value>> rows = new ArrayList<>();
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (Grant g : pool.grants(r.caller(), t, y)) {
                rows.add(List.of(Value.text(names.getOrDefault(g.partnerId(), g.partnerId())), Value.date(g.noticeDate()),
                        eur(g.byArea().get(FundingArea.I)), eur(g.byArea().get(FundingArea.II)),
                        eur(g.byArea().get(FundingArea.III)), eur(g.amount())));
                sums[0] = sums[0].add(g.byArea().get(FundingArea.I));
                sums[1] = sums[1].add(g.byArea().get(FundingArea.II));
                sums[2] = sums[2].add(g.byArea().get(FundingArea.III));
                sums[3] = sums[3].add(g.amount());
            }
            parts.add(new Part.Table("Bewilligte Bundesmittel " + y, List.of("Partner", "Bescheid vom", "I", "II", "III", "Summe"),
                    rows, List.of(Value.text("Summe"), Value.text(""), eur(sums[0]), eur(sums[1]), eur(sums[2]), eur(sums[3])),
                    "Für " + y + " sind noch keine Zuschüsse erfasst."));
            List<List<Value>> contributions = new ArrayList<>();
            pool.contributions(r.caller(), t, y).forEach(c -> contributions.add(List.of(
                    Value.text(names.getOrDefault(c.partnerId(), c.partnerId())), eur(c.amount()),
                    Value.text(c.text() == null ? "" : c.text()))));
            parts.add(new Part.Table("Festbeträge " + y, List.of("Partner", "Betrag", "Wofür"), contributions, null,
                    "Für " + y + " sind keine Festbeträge erfasst."));
            if (may(r.caller(), true, COORDINATOR)) {
                parts.add(Part.section("Zuschuss erfassen oder ändern", new Part.Form(withYear(GRANTS, y), Part.Method.POST, List.of(
                        new Part.Input("step", "Schritt", InputType.HIDDEN, "grant", null, false, null),
                        new Part.Input("partnerId", "Partner", InputType.SELECT, null, names, true, null),
                        new Part.Input("amount", "Bundesmittel in Euro", InputType.DECIMAL, null, null, true, "z. B. 12500,00"),
                        new Part.Input("noticeDate", "Bescheid vom", InputType.DATE, null, null, true, null),
                        new Part.Input("byArea[I]", "davon Förderbereich I (Netzwerke)", InputType.DECIMAL, null, null, false, null),
                        new Part.Input("byArea[II]", "davon Förderbereich II (Psychosoziale Unterstützung)", InputType.DECIMAL,
                                null, null, false, null),
                        new Part.Input("byArea[III]", "davon Förderbereich III (Innovation)", InputType.DECIMAL, null, null, false,
                                "Die drei Förderbereiche müssen zusammen die Bundesmittel ergeben.")),
                        "Zuschuss speichern", null)));
                parts.add(Part.section("Festbetrag festlegen", new Part.Form(withYear(GRANTS, y), Part.Method.POST, List.of(
                        new Part.Input("step", "Schritt", InputType.HIDDEN, "contribution", null, false, null),
                        new Part.Input("partnerId", "Partner", InputType.SELECT, null, names, true, null),
                        new Part.Input("amount", "Festbetrag in Euro", InputType.DECIMAL, null, null, true, "0 entfernt den Festbetrag"),
                        new Part.Input("text", "Wofür", InputType.TEXT, null, null, false, null)),
                        "Festbetrag speichern", null)));
            }
            return new View.Screen("Zuschüsse und Festbeträge " + y, parts, new Part.Link("Zurück zum Fonds", withYear(OVERVIEW, y), null));
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            int y = year(r);
            String t = tenant(r);
            if ("contribution".equals(r.param("step").orElse(""))) {
                pool.setContribution(r.caller(), t, y, new ContributionInput(text(r, "partnerId"), money(r, "amount", true),
                        text(r, "text")));
                return new View.Redirect(withYear(GRANTS, y), "Der Festbetrag ist gespeichert.");
            }
            Map<String, BigDecimal> areas = new LinkedHashMap<>();
            for (FundingArea a : FundingArea.values()) {
                BigDecimal v = money(r, "byArea[" + a.name() + "]", false);
                if (v != null) {
                    areas.put(a.name(), v);
                }
            }
            pool.setGrant(r.caller(), t, y, new GrantInput(text(r, "partnerId"), money(r, "amount", true), date(r, "noticeDate"),
                    areas));
            return new View.Redirect(withYear(GRANTS, y), "Der Zuschuss ist gespeichert.");
        }
    }

    // ------------------------------------------------------------------ settings

    @Roles({COORDINATOR, AUDITOR})
    final class Settings implements UiPage {
        @Override
        public String path() {
            return SETTINGS;
        }

        @Override
        public View view(UiRequest r) {
            int y = year(r);
            PoolSettings s = pool.settings(r.caller(), tenant(r), y);
            Map<String, String> names = partnerOptions(r);
            List<Part> parts = new ArrayList<>();
            parts.add(yearChooser(SETTINGS, y));
            parts.add(new Part.Facts(List.of(
                    new Part.Fact("Träger", Value.text(s.hostId() == null ? "–" : names.getOrDefault(s.hostId(), s.hostId()))),
                    new Part.Fact("Eigenanteil", Value.text(ownShareRule(s))),
                    new Part.Fact("Bedarf", s.budget() == null ? Value.text("–") : eur(s.budget())),
                    new Part.Fact("Deckungslücke verteilt nach", Value.text(gapRule(s, names))),
                    new Part.Fact("Vorfinanzierung durch den Träger", Value.text(s.hostPreFinances() ? "ja" : "nein")),
                    new Part.Fact("Nicht verbrauchte Mittel", Value.text(s.carryOver() ? "werden übertragen" : "werden zurückgezahlt")))));
            if (may(r.caller(), true, COORDINATOR)) {
                StringBuilder percents = new StringBuilder();
                s.gapPercents().forEach((p, v) -> percents.append(percents.length() == 0 ? "" : "; ").append(p).append('=')
                        .append(v.toPlainString()));
                parts.add(Part.section("Einstellungen ändern", new Part.Form(withYear(SETTINGS, y), Part.Method.POST, List.of(
                        new Part.Input("hostId", "Träger (Kreisjugendamt)", InputType.SELECT, s.hostId(), names, false, null),
                        new Part.Input("ownSharePercent", "Eigenanteil in Prozent", InputType.DECIMAL,
                                s.ownSharePercent().toPlainString(), null, true, null),
                        new Part.Input("ownShareReading", "Lesart des Eigenanteils", InputType.RADIO, s.ownShareReading(),
                                Map.of(PoolSettings.ON_TOP, "zusätzlich zum Zuschuss (20 % obendrauf)",
                                        PoolSettings.SHARE_OF_TOTAL, "Anteil am Gesamtbetrag (Zuschuss = 80 %)"), true, null),
                        new Part.Input("budget", "Bedarf laut Haushalt in Euro", InputType.DECIMAL,
                                s.budget() == null ? null : s.budget().toPlainString(), null, false, null),
                        new Part.Input("gapKey", "Deckungslücke verteilen nach", InputType.SELECT,
                                s.gapKey() == null ? "none" : s.gapKey(), gapKeys(), false, null),
                        new Part.Input("gapPercents", "Feste Prozentsätze der Lücke", InputType.TEXT, percents.toString(), null,
                                false, "Partner=Prozent, getrennt durch Semikolon, zusammen 100 (z. B. ja-geilenkirchen=12; …)"),
                        new Part.Input("hostPreFinances", "Der Träger finanziert Ausgaben vor", InputType.CHECKBOX,
                                s.hostPreFinances() ? "true" : null, null, false, null),
                        new Part.Input("carryOver", "Nicht verbrauchte Mittel ins Folgejahr übertragen", InputType.CHECKBOX,
                                s.carryOver() ? "true" : null, null, false, null)),
                        "Einstellungen speichern", null)));
            }
            return new View.Screen("Einstellungen des Fonds " + y, parts, new Part.Link("Zurück zum Fonds", withYear(OVERVIEW, y), null));
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            int y = year(r);
            Map<String, BigDecimal> percents = null;
            String gap = text(r, "gapKey");
            if (PoolSettings.GAP_PERCENT.equals(gap)) {
                percents = new LinkedHashMap<>();
                for (String pair : r.param("gapPercents").orElse("").split(";")) {
                    if (pair.isBlank()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw IkzException.invalid("gapPercents", "Bitte je Partner „Partner=Prozent“ angeben.");
                    }
                    percents.put(pair.substring(0, eq).strip(), Input.decimal("gapPercents",
                            Input.typed(pair.substring(eq + 1))));
                }
            }
            pool.saveSettings(r.caller(), tenant(r), y, new SettingsInput(text(r, "hostId"), decimal(r, "ownSharePercent"),
                    text(r, "ownShareReading"), money(r, "budget", false), gap == null ? "none" : gap, null, percents,
                    r.param("hostPreFinances").isPresent(), r.param("carryOver").isPresent()));
            return new View.Redirect(withYear(SETTINGS, y), "Die Einstellungen sind gespeichert.");
        }
    }

    static Map<String, String> gapKeys() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("none", "nicht verteilen");
        m.put(PoolSettings.GAP_PERCENT, "festen Prozentsätzen");
        m.put(PoolSettings.GAP_POPULATION, "Einwohnerzahl (Schlüssel der Plattform)");
        return m;
    }

    static String gapRule(PoolSettings s, Map<String, String> names) {
        if (s.gapKey() == null) {
            return "–";
        }
        if (PoolSettings.GAP_POPULATION.equals(s.gapKey())) {
            return "Einwohnerzahl";
        }
        List<String> parts = new ArrayList<>();
        s.gapPercents().forEach((p, v) -> parts.add(names.getOrDefault(p, p) + " " + v.toPlainString().replace('.', ',') + " %"));
        return "festen Prozentsätzen: " + String.join(", ", parts);
    }

    // ------------------------------------------------------------------ receipts

    @Roles({COORDINATOR, AUDITOR, PARTNER_STAFF})
    final class Receipts implements UiPage {
        @Override
        public String path() {
            return RECEIPTS;
        }

        @Override
        public View view(UiRequest r) {
            int y = year(r);
            Map<String, String> names = partnerOptions(r);
            List<Part> parts = new ArrayList<>();
            parts.add(yearChooser(RECEIPTS, y));
            List<List<Value>> rows = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Receipt x : pool.receipts(r.caller(), tenant(r), y)) {
                rows.add(List.of(Value.date(x.date()), Value.text(names.getOrDefault(x.partnerId(), x.partnerId())),
                        Value.text(x.kind().label()), eur(x.amount()), Value.text(x.text() == null ? "" : x.text())));
                sum = sum.add(x.amount());
            }
            parts.add(new Part.Table("Zahlungseingänge " + y, List.of("Eingang am", "Partner", "Wofür", "Betrag", "Vermerk"), rows,
                    List.of(Value.text("Summe"), Value.text(""), Value.text(""), eur(sum), Value.text("")),
                    "Für " + y + " sind noch keine Zahlungen eingegangen."));
            if (may(r.caller(), true, COORDINATOR)) {
                parts.add(Part.section("Zahlungseingang erfassen", new Part.Form(withYear(RECEIPTS, y), Part.Method.POST, List.of(
                        new Part.Input("date", "Eingang am", InputType.DATE, r.today().toString(), null, true, null),
                        new Part.Input("partnerId", "Partner", InputType.SELECT, null, names, true, null),
                        new Part.Input("kind", "Wofür", InputType.SELECT, ReceiptKind.GRANT.name(),
                                options(ReceiptKind.values(), ReceiptKind::label), true, null),
                        new Part.Input("amount", "Betrag in Euro", InputType.DECIMAL, null, null, true, null),
                        new Part.Input("text", "Vermerk", InputType.TEXT, null, null, false, null)),
                        "Eingang erfassen", null)));
            }
            return new View.Screen("Zahlungseingänge " + y, parts, new Part.Link("Zurück zum Fonds", withYear(OVERVIEW, y), null));
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            int y = year(r);
            pool.addReceipt(r.caller(), tenant(r), y, new ReceiptInput(date(r, "date"), text(r, "partnerId"),
                    money(r, "amount", true), text(r, "kind"), text(r, "text")));
            return new View.Redirect(withYear(RECEIPTS, y), "Der Zahlungseingang ist erfasst.");
        }
    }

    // ------------------------------------------------------------------ expenses

    @Roles({COORDINATOR, AUDITOR})
    final class Expenses implements UiPage {
        @Override
        public String path() {
            return EXPENSES;
        }

        @Override
        public View view(UiRequest r) {
            int y = year(r);
            String t = tenant(r);
            PoolFigures f = pool.figures(r.caller(), t, y);
            List<Part> parts = new ArrayList<>();
            parts.add(yearChooser(EXPENSES, y));
            parts.add(new Part.Facts(List.of(new Part.Fact("Der Fonds hält noch", eur(f.left())),
                    new Part.Fact("Vorfinanzierung durch den Träger", Value.text(f.settings().hostPreFinances()
                            ? "erlaubt" : "nicht vorgesehen")))));
            if (may(r.caller(), true, COORDINATOR) && !f.closed()) {
                parts.add(Part.section("Ausgabe buchen", new Part.Form(withYear(EXPENSES, y), Part.Method.POST, List.of(
                        new Part.Input("area", "Förderbereich", InputType.SELECT, FundingArea.II.name(),
                                options(FundingArea.values(), FundingArea::label), true, null),
                        new Part.Input("costType", "Kostenart", InputType.SELECT, CostType.PERSONNEL.name(),
                                options(CostType.values(), CostType::label), true, null),
                        new Part.Input("documentNumber", "Belegnummer", InputType.TEXT, null, null, true, null),
                        new Part.Input("date", "Belegdatum", InputType.DATE, r.today().getYear() == y ? r.today().toString() : null,
                                null, true, null),
                        new Part.Input("text", "Buchungstext", InputType.TEXT, null, null, true, null),
                        new Part.Input("amount", "Betrag in Euro", InputType.DECIMAL, null, null, true,
                                "Mehr als der Fonds hält, wird nur gebucht, wenn der Träger vorfinanziert.")),
                        "Ausgabe buchen", null)));
            }
            List<List<Value>> rows = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Expense e : pool.expenses(r.caller(), t, y)) {
                rows.add(List.of(Value.date(e.date()), Value.text(e.documentNumber()), Value.text(e.area().name()),
                        Value.text(e.costType().label()), Value.text(e.text()), eur(e.amount()),
                        e.preFinanced() ? Value.badge("vorfinanziert", Value.Tone.WARNING) : Value.text("")));
                sum = sum.add(e.amount());
            }
            parts.add(new Part.Table("Gebuchte Ausgaben " + y, List.of("Belegdatum", "Beleg", "Förderbereich", "Kostenart",
                    "Text", "Betrag", "Hinweis"), rows, List.of(Value.text("Summe"), Value.text(""), Value.text(""), Value.text(""),
                    Value.text(""), eur(sum), Value.text("")), "Für " + y + " sind noch keine Ausgaben gebucht."));
            return new View.Screen("Ausgaben " + y, parts, new Part.Link("Zurück zum Fonds", withYear(OVERVIEW, y), null));
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            int y = year(r);
            Expense e = pool.addExpense(r.caller(), tenant(r), y, new ExpenseInput(text(r, "area"), text(r, "costType"),
                    text(r, "documentNumber"), date(r, "date"), text(r, "text"), money(r, "amount", true)));
            return new View.Redirect(withYear(EXPENSES, y), e.preFinanced()
                    ? "Die Ausgabe ist gebucht; der Träger finanziert sie vor." : "Die Ausgabe ist gebucht.");
        }
    }

    // ------------------------------------------------------------------ network work

    @Roles({COORDINATOR, AUDITOR})
    final class Network implements UiPage {
        @Override
        public String path() {
            return NETWORK;
        }

        @Override
        public View view(UiRequest r) {
            int y = year(r);
            List<Part> parts = new ArrayList<>();
            parts.add(yearChooser(NETWORK, y));
            if (may(r.caller(), true, COORDINATOR)) {
                parts.add(Part.section("Netzwerkarbeit erfassen (Förderbereich I)", new Part.Form(withYear(NETWORK, y),
                        Part.Method.POST, List.of(
                        new Part.Input("kind", "Art", InputType.SELECT, NetworkWorkKind.MEETING.name(),
                                options(NetworkWorkKind.values(), NetworkWorkKind::label), true, null),
                        new Part.Input("date", "Datum", InputType.DATE, r.today().getYear() == y ? r.today().toString() : null, null,
                                true, null),
                        new Part.Input("hours", "Stunden", InputType.DECIMAL, null, null, true, "z. B. 2,5"),
                        new Part.Input("cost", "Kosten in Euro", InputType.DECIMAL, null, null, false,
                                "werden als Ausgabe im Förderbereich I gebucht"),
                        new Part.Input("documentNumber", "Belegnummer der Kosten", InputType.TEXT, null, null, false, null),
                        new Part.Input("text", "Was wurde getan", InputType.TEXT, null, null, true, null)),
                        "Netzwerkarbeit erfassen", null)));
            }
            List<List<Value>> rows = new ArrayList<>();
            BigDecimal hours = BigDecimal.ZERO;
            BigDecimal cost = BigDecimal.ZERO;
            for (NetworkWork w : pool.networkWork(r.caller(), tenant(r), y)) {
                rows.add(List.of(Value.date(w.date()), Value.text(w.kind().label()), Value.text(w.text()),
                        Value.number(w.hours(), 2), eur(w.cost())));
                hours = hours.add(w.hours());
                cost = cost.add(w.cost());
            }
            parts.add(new Part.Table("Netzwerkarbeit " + y, List.of("Datum", "Art", "Was", "Stunden", "Kosten"), rows,
                    List.of(Value.text("Summe"), Value.text(""), Value.text(""), Value.number(hours, 2), eur(cost)),
                    "Für " + y + " ist noch keine Netzwerkarbeit erfasst."));
            return new View.Screen("Netzwerkarbeit " + y, parts, new Part.Link("Zurück zum Fonds", withYear(OVERVIEW, y), null));
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            int y = year(r);
            pool.addNetworkWork(r.caller(), tenant(r), y, new NetworkWorkInput(text(r, "kind"), date(r, "date"),
                    required(decimal(r, "hours"), "hours"), money(r, "cost", false), text(r, "text"), text(r, "documentNumber")));
            return new View.Redirect(withYear(NETWORK, y), "Die Netzwerkarbeit ist erfasst.");
        }
    }

    static BigDecimal required(BigDecimal v, String field) {
        if (v == null) {
            throw IkzException.invalid(field, "Bitte geben Sie die Stunden an, z. B. 2,5.");
        }
        return v;
    }

    // ------------------------------------------------------------------ year end

    @Roles({COORDINATOR, AUDITOR})
    final class YearEndPage implements UiPage {
        @Override
        public String path() {
            return YEAR_END;
        }

        @Override
        public View view(UiRequest r) {
            int y = year(r);
            String t = tenant(r);
            YearEnd e = pool.previewYearEnd(r.caller(), t, y, r.today());
            boolean closed = e.recordedAt() != null;
            Map<String, String> names = partnerOptions(r);
            List<Part> parts = new ArrayList<>();
            parts.add(yearChooser(YEAR_END, y));
            parts.add(Part.notice(closed ? Value.Tone.SUCCESS : Value.Tone.INFO, closed
                    ? "Das Jahr " + y + " ist abgeschlossen."
                    : "Vorschau: so sähe der Jahresabschluss heute aus. Gespeichert wird erst mit „Jahr abschließen“."));
            parts.add(new Part.Facts(List.of(new Part.Fact(closed ? "Abgeschlossen am" : "Stichtag", Value.date(e.closedOn())),
                    new Part.Fact("Nicht verbraucht", eur(e.unspent())),
                    new Part.Fact("In das Folgejahr übertragen", eur(e.carriedOver())))));
            List<List<Value>> rows = new ArrayList<>();
            e.returned().forEach((p, v) -> rows.add(List.of(Value.text(names.getOrDefault(p, p)), eur(v))));
            parts.add(new Part.Table("Rückzahlung je Partner " + y + " (nach dem Schlüssel, mit dem die Mittel aufgebracht wurden)",
                    List.of("Partner", "Rückzahlung"), rows, List.of(Value.text("Summe"), eur(e.returned().values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add))), "Es wird nichts zurückgezahlt."));
            if (!closed && may(r.caller(), true, COORDINATOR)) {
                parts.add(new Part.Actions(List.of(new Part.Action("Jahr " + y + " abschließen", withYear(YEAR_END, y),
                        Part.Method.POST, Map.of("year", String.valueOf(y)), true,
                        "Nach dem Abschluss kann für " + y + " nichts mehr gebucht werden. Abschließen?"))));
            }
            return new View.Screen("Jahresabschluss " + y, parts, new Part.Link("Zurück zum Fonds", withYear(OVERVIEW, y), null));
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            int y = year(r);
            pool.closeYear(r.caller(), tenant(r), y, r.today());
            return new View.Redirect(withYear(YEAR_END, y), "Das Jahr " + y + " ist abgeschlossen.");
        }
    }
}
