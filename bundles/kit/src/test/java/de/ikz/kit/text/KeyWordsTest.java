package de.ikz.kit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.agreement.KeySpec;

import org.junit.jupiter.api.Test;

/** Every key type of {@link KeySpec} in words (moved here from the allocation bundle's key resolver). */
class KeyWordsTest {

    static KeySpec key(String type) {
        return new KeySpec(type, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void everyKeyTypeHasWords() {
        assertThat(KeyWords.describe(new KeySpec("population", null, LocalDate.of(2019, 12, 31), null, null, null, null, null, null,
                null))).isEqualTo("nach Einwohnern im Gebiet jedes Partners, Stand 31.12.2019");
        assertThat(KeyWords.describe(new KeySpec("population", "population_under_3", null, null, null, null, null, null, null,
                null))).isEqualTo("nach Kindern unter 3 Jahren im Gebiet jedes Partners");
        assertThat(KeyWords.describe(key("equal"))).isEqualTo("zu gleichen Teilen");
        assertThat(KeyWords.describe(key("percent"))).isEqualTo("nach festen Prozentsätzen");
        assertThat(KeyWords.describe(new KeySpec("fixed", null, null, Map.of("a", BigDecimal.TEN), null, null, null, null,
                key("equal"), null))).isEqualTo("feste Beträge, der Rest zu gleichen Teilen");
        assertThat(KeyWords.describe(key("deficit-percent"))).isEqualTo("fester Prozentsatz des Defizits");
        assertThat(KeyWords.describe(new KeySpec("grant-top-up", null, null, null, null, null, new BigDecimal("12.5"),
                "share-of-total", null, null)))
                .isEqualTo("eigene Förderung zuzüglich 12,5 % Eigenanteil (Förderung als Anteil am Gesamtbetrag)");
        assertThat(KeyWords.describe(new KeySpec("weighted", null, null, null, null, null, null, null, null, List.of(
                new KeySpec.WeightedPart(new BigDecimal("50.0"), key("equal")),
                new KeySpec.WeightedPart(new BigDecimal("50"), key("population"))))))
                .isEqualTo("50 % zu gleichen Teilen + 50 % nach Einwohnern im Gebiet jedes Partners");
    }

    @Test
    void aMeasureIsNamedByItsLabelWhereKnownElseByItsId() {
        KeySpec m = new KeySpec("measure", null, null, null, "vormundschaft", "active-appointments", null, null, null, null);
        assertThat(KeyWords.describe(m)).isEqualTo("nach Kennzahl vormundschaft/active-appointments");
        assertThat(KeyWords.describe(m, (module, measure) -> null)).isEqualTo("nach Kennzahl vormundschaft/active-appointments");
        assertThat(KeyWords.describe(m, (module, measure) -> module.equals("vormundschaft") ? "Aktive Bestellungen je Jugendamt" : null))
                .isEqualTo("nach Kennzahl „Aktive Bestellungen je Jugendamt“ (vormundschaft/active-appointments)");
    }
}
