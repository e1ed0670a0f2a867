package de.ikz.allocation.internal.docs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.allocation.engine.AdvancePayments;
import de.ikz.allocation.engine.Allocation;
import de.ikz.allocation.engine.Allocator;
import de.ikz.allocation.engine.ByFigure;
import de.ikz.allocation.engine.FinalSettlement;
import de.ikz.allocation.engine.FixedPercent;
import de.ikz.allocation.engine.Key;
import de.ikz.allocation.engine.PartnerShare;
import de.ikz.allocation.engine.RoundingRule;
import de.ikz.allocation.engine.Schedule;
import de.ikz.allocation.engine.Settlement;
import de.ikz.api.allocation.AllocationRun;

/**
 * Allocation runs built by hand (no service, no database); the numbers come from the engine so
 * that shares, instalments and balances are consistent the way a stored run is.
 */
final class Runs {

    static final String TITLE = "Gemeinsame Koordinierungsstelle für ehrenamtliche Vormünder – Altkreis Aachen";
    static final LocalDate REF = LocalDate.of(2023, 12, 31);
    static final String SOURCE = "IT.NRW, Fortschreibung des Bevölkerungsstandes";
    static final Instant CREATED = Instant.parse("2025-11-03T09:15:00Z");

    /** Partner id → name, population; the StädteRegion (host) has a credit in kind. */
    static final Map<String, String> NAMES = new LinkedHashMap<>();
    static final Map<String, BigDecimal> POPULATION = new LinkedHashMap<>();

    static {
        add("alsdorf", "Stadt Alsdorf", 47149);
        add("eschweiler", "Stadt Eschweiler", 56385);
        add("herzogenrath", "Stadt Herzogenrath", 46375);
        add("staedteregion", "StädteRegion Aachen (Kreisjugendamt)", 63281);
        add("stolberg", "Kupferstadt Stolberg", 56792);
        add("wuerselen", "Stadt Würselen", 38623);
    }

    static final BigDecimal BUDGET = new BigDecimal("187654.32");
    static final Map<String, BigDecimal> CREDITS = Map.of("staedteregion", new BigDecimal("12500.00"));

    private Runs() {
    }

    private static void add(String id, String name, long population) {
        NAMES.put(id, name);
        POPULATION.put(id, BigDecimal.valueOf(population));
    }

    static AllocationRun budget() {
        return budget("altkreis-aachen", POPULATION, BUDGET, CREDITS);
    }

    static AllocationRun budget(String agreementId, Map<String, BigDecimal> population, BigDecimal amount,
                                Map<String, BigDecimal> credits) {
        Allocation a = Allocator.allocate(amount, new ByFigure("population", population), RoundingRule.LARGEST_REMAINDER, credits);
        List<AllocationRun.Share> shares = new ArrayList<>();
        List<AllocationRun.Instalment> inst = new ArrayList<>();
        for (PartnerShare s : a.shares()) {
            shares.add(new AllocationRun.Share(s.partnerId(), s.exactShare(), s.amount(), s.creditInKind(), s.payable()));
            AdvancePayments.instalments(s.payable(), Schedule.QUARTERLY, 2026)
                    .forEach(i -> inst.add(new AllocationRun.Instalment(s.partnerId(), i.number(), i.dueDate(), i.amount())));
        }
        return new AllocationRun(agreementId + "/2026/v1", "t1", agreementId, 2, 2026, 1, "BUDGET", CREATED, "admin",
                amount, null, null, "LARGEST_REMAINDER", "by population over each partner's area at 2023-12-31",
                populationInputs(population), shares, inst, List.of());
    }

    /** Final settlement on the budget run: everybody paid its advances except Alsdorf, which paid half. */
    static AllocationRun settlement() {
        AllocationRun budget = budget();
        Map<String, BigDecimal> advances = new LinkedHashMap<>();
        budget.shares().forEach(s -> advances.put(s.partnerId(), s.payable()));
        advances.put("alsdorf", advances.get("alsdorf").divide(BigDecimal.valueOf(2)).setScale(2, java.math.RoundingMode.DOWN));
        Settlement st = FinalSettlement.settle(new BigDecimal("201234.56"), new BigDecimal("15000.00"),
                new ByFigure("population", POPULATION), advances, RoundingRule.LARGEST_REMAINDER, CREDITS);
        List<AllocationRun.Share> shares = new ArrayList<>();
        for (PartnerShare s : st.allocation().shares()) {
            shares.add(new AllocationRun.Share(s.partnerId(), s.exactShare(), s.amount(), s.creditInKind(), s.payable()));
        }
        List<AllocationRun.SettlementLine> lines = st.lines().stream().map(l -> new AllocationRun.SettlementLine(
                l.partnerId(), l.finalShare(), l.creditInKind(), l.advancesPaid(), l.balance())).toList();
        return new AllocationRun("altkreis-aachen/2026/v2", "t1", "altkreis-aachen", 2, 2026, 2, "SETTLEMENT", CREATED,
                "kämmerei", st.netAmount(), st.actualCost(), st.grantsReceived(), "LARGEST_REMAINDER",
                "by population over each partner's area at 2023-12-31", populationInputs(POPULATION), shares, List.of(), lines);
    }

    /** A run keyed by fixed percentages (inputs recorded as "percent", source "agreement"). */
    static AllocationRun percent(Map<String, BigDecimal> percents, BigDecimal amount) {
        Key key = new FixedPercent(percents);
        Allocation a = Allocator.allocate(amount, key, RoundingRule.HALF_UP_RESIDUAL_TO_LARGEST);
        List<AllocationRun.Share> shares = a.shares().stream().map(s -> new AllocationRun.Share(s.partnerId(), s.exactShare(),
                s.amount(), s.creditInKind(), s.payable())).toList();
        List<AllocationRun.Input> inputs = new ArrayList<>();
        percents.forEach((p, v) -> inputs.add(new AllocationRun.Input(p, "percent", v, null, "agreement", null)));
        return new AllocationRun("heinsberg-fh/2026/v1", "t1", "heinsberg-fh", 1, 2026, 1, "BUDGET", CREATED, "admin", amount,
                null, null, "HALF_UP_RESIDUAL_TO_LARGEST", "fixed percentages", inputs, shares, List.of(), List.of());
    }

    /** The run as stored: every share with its Kassenzeichen made of {@code serial}. */
    static AllocationRun stored(AllocationRun run, int serial) {
        return CashReference.assign(run, serial);
    }

    /** The same run as another version, made later, with another amount. */
    static AllocationRun nextVersion(AllocationRun run, BigDecimal amount) {
        AllocationRun again = budget(run.agreementId(), POPULATION, amount, CREDITS);
        int v = run.version() + 1;
        return new AllocationRun(run.agreementId() + "/" + run.fiscalYear() + "/v" + v, run.tenantId(), run.agreementId(),
                run.agreementVersion(), run.fiscalYear(), v, run.kind(), run.createdAt().plusSeconds(86_400 * 30), "admin",
                again.amount(), null, null, again.rounding(), again.keyDescription(), again.inputs(), again.shares(),
                again.instalments(), List.of());
    }

    private static List<AllocationRun.Input> populationInputs(Map<String, BigDecimal> population) {
        List<AllocationRun.Input> inputs = new ArrayList<>();
        population.forEach((p, v) -> inputs.add(new AllocationRun.Input(p, "population", v, REF, SOURCE,
                p.equals("staedteregion") ? "4 municipalities: 05334004,05334016,05334020,05334024" : "1 municipalities: " + p)));
        return inputs;
    }

    /** German amount or number back to a decimal: "-1.234,56 €" → -1234.56, "12,5 %" → 12.5. */
    static BigDecimal parse(String german) {
        String s = german.replace("€", "").replace("%", "").strip().replace(".", "").replace(',', '.');
        return new BigDecimal(s);
    }
}
