package de.ikz.allocation.internal.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CashReferenceTest {

    @Test
    void isYearSerialPositionAndTwoCheckDigits() {
        String ref = CashReference.of(2027, 12, 3);
        assertThat(ref).matches("2027-00012-00003-\\d{2}");
        assertThat(CashReference.valid(ref)).isTrue();
    }

    @Test
    void aMistypedDigitOrSwappedDigitsAreNoticed() {
        String ref = CashReference.of(2027, 12, 3);
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '-') {
                continue;
            }
            String typo = ref.substring(0, i) + (char) ('0' + (c - '0' + 1) % 10) + ref.substring(i + 1);
            assertThat(CashReference.valid(typo)).as(typo).isFalse();
        }
        assertThat(CashReference.valid("2027-00021-00003-" + ref.substring(17))).isFalse();
        assertThat(CashReference.valid("2027-12-3")).isFalse();
        assertThat(CashReference.valid(null)).isFalse();
    }

    @Test
    void differsForEveryRunAndPartner() {
        Set<String> seen = new HashSet<>();
        for (int serial = 1; serial <= 60; serial++) {
            for (int position = 1; position <= 200; position++) {
                assertThat(seen.add(CashReference.of(2027, serial, position))).isTrue();
            }
        }
        assertThat(CashReference.of(2027, 1, 1)).isNotEqualTo(CashReference.of(2028, 1, 1));
    }

    @Test
    void outOfRangeIsAProgrammingError() {
        assertThatThrownBy(() -> CashReference.of(2027, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CashReference.of(2027, 1, 100_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
