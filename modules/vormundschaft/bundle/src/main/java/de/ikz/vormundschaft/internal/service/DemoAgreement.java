package de.ikz.vormundschaft.internal.service;

import de.ikz.vormundschaft.internal.VormundschaftModule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementDates;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.agreement.AgreementText;
import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.tenant.Caller;

/**
 * The Altkreis Aachen demo agreement: {@link #agreement()} is what the module contributes to the
 * core's {@code ikz:demo-load} ({@link VormundschaftDemoData}, split by population with an example
 * budget); {@link #splitByAppointments} ({@code vormundschaft:demo-load}) splits it by the
 * module's measure: an amendment from 1 January of the demo year replaces the split by population
 * with a split by active appointments per youth office, and a budget run is made under it. The
 * split by population is computed beforehand without storing, so both can be compared.
 */
public final class DemoAgreement {

    public static final String AGREEMENT = "vormundschaft-altkreis-aachen";
    static final BigDecimal BUDGET = new BigDecimal("180000.00");
    static final String EXAMPLE = " (Beispielwert)";

    private DemoAgreement() {
    }

    /**
     * The guardianship coordination office of the Altkreis Aachen: led by the StädteRegion's youth
     * office for five towns' youth offices, split by population; values are examples.
     */
    public static Agreement agreement() {
        List<Party> parties = new ArrayList<>();
        parties.add(new Party("ja-staedteregion", Party.LEAD));
        for (String p : List.of("ja-alsdorf", "ja-eschweiler", "ja-herzogenrath", "ja-stolberg", "ja-wuerselen")) {
            parties.add(new Party(p, Party.PARTNER));
        }
        parties.add(new Party("skf-aachen", Party.OTHER));
        return new Agreement(AGREEMENT, VormundschaftModule.ID,
                "Gemeinsame Koordinierungsstelle ehrenamtliche Vormundschaften im Altkreis Aachen", "ja-staedteregion", parties,
                LegalForm.PUBLIC_LAW_MANDATE,
                new AgreementDates(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 11, 15), LocalDate.of(2023, 12, 1),
                        LocalDate.of(2024, 1, 1), null, "12 Monate zum Jahresende" + EXAMPLE),
                List.of("Vormundschaft", "Ehrenamt", "Jugendhilfe"),
                new AgreementText("Reform des Vormundschaftsrechts zum 1.1.2023: Vorrang ehrenamtlicher Vormundschaften",
                        "Ehrenamtliche Vormünder und Pfleger gewinnen, qualifizieren und begleiten",
                        "Die StädteRegion Aachen organisiert die Koordinierungsstelle, stellt Räume und Personal",
                        "Umlage nach Einwohnern der Zuständigkeitsbereiche; Räume der StädteRegion als Sachleistung angerechnet" + EXAMPLE,
                        "StädteRegion Aachen, Koordinierungsstelle" + EXAMPLE, List.of()),
                new CostRule(new KeySpec("population", null, LocalDate.of(2019, 12, 31), null, null, null, null, null, null, null),
                        "LARGEST_REMAINDER", "QUARTERLY", null, null, Map.of("ja-staedteregion", new BigDecimal("15000.00"))),
                0, LocalDate.of(2024, 1, 1), null, null, null, "A 51-IKZ-Vormundschaft/2023 (Beispiel)");
    }

    /** Per partner: share by population and share by active appointments, for a year. */
    public record Comparison(String runId, Map<String, BigDecimal[]> shares) {
    }

    /**
     * Amends the agreement (once) and runs it for {@code year}.
     *
     * @return the stored run's id and per partner {share by population, share by active appointments}; empty if the
     *         tenant has no such agreement
     */
    public static Optional<Comparison> splitByAppointments(AgreementService agreements, AllocationService allocations, Caller admin,
                                                           String tenantId, int year) {
        Optional<Agreement> inForce = agreements.asOf(admin, tenantId, AGREEMENT, LocalDate.of(year, 12, 31));
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        Agreement a = inForce.get();
        Map<String, BigDecimal> byPopulation = new LinkedHashMap<>();
        if (!"measure".equals(a.costRule().key().type())) {
            allocations.calculate(admin, tenantId, AGREEMENT, year, BUDGET).shares()
                    .forEach(s -> byPopulation.put(s.partnerId(), s.amount()));
            CostRule rule = a.costRule();
            KeySpec key = new KeySpec("measure", null, null, null, VormundschaftModule.ID, OfficeReports.ACTIVE_APPOINTMENTS,
                    null, null, null, null);
            agreements.amend(admin, tenantId, new Agreement(a.id(), a.moduleId(), a.title(), a.leadPartner(), a.parties(),
                    a.legalForm(), a.dates(), a.tags(), a.text(), new CostRule(key, rule.rounding(), rule.schedule(), rule.floors(),
                    rule.caps(), rule.creditsInKind()), 0, LocalDate.of(year, 1, 1),
                    "Umlage ab " + year + " nach aktiven Bestellungen je Jugendamt (Beispielwert)", null, null, a.fileReference()));
        }
        AllocationRun run = allocations.run(admin, tenantId, AGREEMENT, year, BUDGET);
        Map<String, BigDecimal[]> shares = new LinkedHashMap<>();
        run.shares().forEach(s -> shares.put(s.partnerId(), new BigDecimal[] {byPopulation.get(s.partnerId()), s.amount()}));
        return Optional.of(new Comparison(run.id(), shares));
    }
}
