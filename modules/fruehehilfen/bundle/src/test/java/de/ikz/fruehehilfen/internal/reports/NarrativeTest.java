package de.ikz.fruehehilfen.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import de.ikz.testkit.Refusals;

import org.junit.jupiter.api.Test;

/** The narrative's placeholders: known ones are filled, unknown ones refused naming the field. */
class NarrativeTest {

    @Test
    void anUnknownPlaceholderIsRefusedNamingTheFieldAndTheKnownOnes() {
        String detail = Refusals.invalid("text", () -> Narrative.check("text", "Bewilligt: {bewilligt}, verausgabt: {ausgabe}"));
        assertThat(detail).contains("{ausgabe}").contains("{ausgaben}").contains("{bewilligt}");
    }

    @Test
    void controlCharactersAndAnEmptyTextAreRefused() {
        Refusals.invalid("text", () -> Narrative.check("text", "Text\u0007"));
        Refusals.invalid("text", () -> Narrative.check("text", "  "));
    }

    @Test
    void knownPlaceholdersAreFilledAndOtherBracesStay() {
        String t = Narrative.check("text", "{jahr}: {bewilligt} von {partner} {x y}");
        assertThat(Narrative.fill(t, Map.of("jahr", "2025", "bewilligt", "104.178,00 €", "partner", "Kreis")))
                .isEqualTo("2025: 104.178,00 € von Kreis {x y}");
    }

    @Test
    void theDefaultTextUsesOnlyKnownPlaceholders() {
        assertThat(Narrative.check("text", Narrative.DEFAULT_TEXT)).isEqualTo(Narrative.DEFAULT_TEXT.strip());
        var m = Pattern.compile("\\{([a-z_IV]+)\\}").matcher(Narrative.DEFAULT_TEXT);
        int n = 0;
        while (m.find()) {
            assertThat(Narrative.PLACEHOLDERS).containsKey(m.group(1));
            n++;
        }
        assertThat(n).isGreaterThan(10);
    }
}
