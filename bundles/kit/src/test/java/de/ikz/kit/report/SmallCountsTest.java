package de.ikz.kit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SmallCountsTest {

    private static final List<String> KEYS = List.of("proposed", "matched", "appointed", "contacts");

    @Test
    void countsBelowThreeAreHiddenAndNamedInReportOrder() {
        SmallCounts.Shown s = SmallCounts.standard().shown(KEYS, Map.of("proposed", 5, "matched", 2, "contacts", 3), false);
        assertThat(s.counts()).containsExactly(Map.entry("proposed", 5), entry("matched"), entry("appointed"),
                Map.entry("contacts", 3));
        assertThat(s.suppressed()).containsExactly("matched", "appointed");
    }

    @Test
    void zeroIsHiddenLikeOneAndTwo() {
        SmallCounts.Shown s = SmallCounts.standard().shown(List.of("a", "b", "c"), Map.of("a", 0, "b", 1, "c", 2), false);
        assertThat(s.suppressed()).containsExactly("a", "b", "c");
    }

    @Test
    void aPartnerSeesItsOwnCountsInFull() {
        SmallCounts.Shown s = SmallCounts.standard().shown(KEYS, Map.of("matched", 1), true);
        assertThat(s.counts()).containsEntry("matched", 1).containsEntry("appointed", 0);
        assertThat(s.suppressed()).isEmpty();
    }

    @Test
    void anotherThreshold() {
        SmallCounts.Shown s = SmallCounts.below(5).shown(List.of("a", "b"), Map.of("a", 4, "b", 5), false);
        assertThat(s.suppressed()).containsExactly("a");
        assertThat(s.cell("a")).isEqualTo("<5");
        assertThat(SmallCounts.below(3)).isSameAs(SmallCounts.standard());
        assertThatThrownBy(() -> SmallCounts.below(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cellsShowTheNumberTheMarkOrADash() {
        SmallCounts.Shown s = SmallCounts.standard().shown(List.of("a", "b"), Map.of("a", 7, "b", 1), false);
        assertThat(s.cell("a")).isEqualTo("7");
        assertThat(s.cell("b")).isEqualTo("<3");
        assertThat(s.cell("unknown")).isEqualTo("-");
    }

    private static Map.Entry<String, Integer> entry(String key) {
        return new java.util.AbstractMap.SimpleEntry<>(key, null);
    }
}
