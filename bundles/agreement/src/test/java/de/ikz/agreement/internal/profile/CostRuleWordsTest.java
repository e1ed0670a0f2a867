package de.ikz.agreement.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;

import org.junit.jupiter.api.Test;

class CostRuleWordsTest {

    static final Map<String, String> NAMES = Map.of("a", "Stadt A", "b", "Stadt B");

    static Map<String, BigDecimal> values(String a, String b) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("a", new BigDecimal(a));
        m.put("b", new BigDecimal(b));
        return m;
    }

    @Test
    void aMeasureKeyIsNamedByTheModulesLabelWithCreditsAndSchedule() {
        CostRule rule = ProfileTest.BY_APPOINTMENTS;
        assertThat(CostRuleWords.of(rule, Map.of("staedteregion", "StädteRegion Aachen"),
                (module, measure) -> "active-appointments".equals(measure) ? "Aktive Bestellungen je Jugendamt" : null))
                .isEqualTo("Umlage nach Kennzahl „Aktive Bestellungen je Jugendamt“ (vormundschaft/active-appointments). "
                        + "Sachleistung angerechnet: StädteRegion Aachen 15.000,00 €. Abschläge vierteljährlich.");
    }

    @Test
    void valuesFloorsCapsAndTheScheduleAreNamedPerParty() {
        CostRule percent = new CostRule(new KeySpec("percent", null, null, values("40", "60"), null, null, null, null, null, null),
                null, "HALF_YEARLY", Map.of("a", new BigDecimal("1000")), Map.of("b", new BigDecimal("50000.5")), null);
        assertThat(CostRuleWords.of(percent, NAMES, null)).isEqualTo("Umlage nach festen Prozentsätzen (Stadt A 40 %, Stadt B 60 %). "
                + "Mindestanteil: Stadt A 1.000,00 €. Höchstanteil: Stadt B 50.000,50 €. Abschläge halbjährlich.");
        CostRule fixed = new CostRule(new KeySpec("fixed", null, null, values("100", "200"), null, null, null, null,
                new KeySpec("equal", null, null, null, null, null, null, null, null, null), null), null, "YEARLY", null, null, null);
        assertThat(CostRuleWords.of(fixed, NAMES, null))
                .isEqualTo("Umlage: feste Beträge, der Rest zu gleichen Teilen (Stadt A 100,00 €, Stadt B 200,00 €). Abschläge jährlich.");
        assertThat(CostRuleWords.of(null, NAMES, null)).isNull();
    }
}
