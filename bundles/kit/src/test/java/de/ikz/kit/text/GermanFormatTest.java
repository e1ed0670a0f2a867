package de.ikz.kit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The German formats (moved here with the code from the allocation bundle's document formats). */
class GermanFormatTest {

    @Test
    void moneyGroupsThousandsWithDotsAndUsesDecimalComma() {
        assertThat(GermanFormat.money(new BigDecimal("1234.56"))).isEqualTo("1.234,56 €");
        assertThat(GermanFormat.money(new BigDecimal("1234567.8"))).isEqualTo("1.234.567,80 €");
        assertThat(GermanFormat.money(new BigDecimal("999"))).isEqualTo("999,00 €");
        assertThat(GermanFormat.money(new BigDecimal("0.5"))).isEqualTo("0,50 €");
        assertThat(GermanFormat.money(new BigDecimal("100000"))).isEqualTo("100.000,00 €");
        assertThat(GermanFormat.money(new BigDecimal("1E+3"))).isEqualTo("1.000,00 €");
    }

    @Test
    void negativeMoneyHasALeadingMinusAndZeroHasNone() {
        assertThat(GermanFormat.money(new BigDecimal("-1234.56"))).isEqualTo("-1.234,56 €");
        assertThat(GermanFormat.money(new BigDecimal("-0.05"))).isEqualTo("-0,05 €");
        assertThat(GermanFormat.money(new BigDecimal("-0.00"))).isEqualTo("0,00 €");
    }

    @Test
    void moneyNeverRoundsAwayASignificantDecimal() {
        assertThat(GermanFormat.money(new BigDecimal("10.005"))).isEqualTo("10,005 €");
        assertThat(GermanFormat.money(new BigDecimal("10.5000"))).isEqualTo("10,50 €");
    }

    @Test
    void exactMoneyKeepsAllDecimals() {
        assertThat(GermanFormat.exactMoney(new BigDecimal("33.3300000000"))).isEqualTo("33,3300000000 €");
        assertThat(GermanFormat.exactMoney(new BigDecimal("-12345.6789012345"))).isEqualTo("-12.345,6789012345 €");
    }

    @Test
    void numbersAndPercentagesDropTrailingZeros() {
        assertThat(GermanFormat.number(new BigDecimal("556631"))).isEqualTo("556.631");
        assertThat(GermanFormat.number(new BigDecimal("706.910"))).isEqualTo("706,91");
        assertThat(GermanFormat.number(new BigDecimal("1E+3"))).isEqualTo("1.000");
        assertThat(GermanFormat.number(new BigDecimal("-1234.5"))).isEqualTo("-1.234,5");
        assertThat(GermanFormat.percent(new BigDecimal("12.50"))).isEqualTo("12,5 %");
        assertThat(GermanFormat.percent(new BigDecimal("100"))).isEqualTo("100 %");
    }

    @Test
    void datesAreDayMonthYearAndParseStrictly() {
        assertThat(GermanFormat.date(LocalDate.of(2025, 12, 31))).isEqualTo("31.12.2025");
        assertThat(GermanFormat.date(LocalDate.of(2026, 2, 5))).isEqualTo("05.02.2026");
        assertThat(LocalDate.parse("29.02.2024", GermanFormat.DATE)).isEqualTo(LocalDate.of(2024, 2, 29));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocalDate.parse("31.02.2025", GermanFormat.DATE))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }

    @Test
    void timesAreShownInGermanLocalTimeSummerAndWinter() {
        assertThat(GermanFormat.dateTime(Instant.parse("2025-12-31T13:03:00Z"))).isEqualTo("31.12.2025 14:03");
        assertThat(GermanFormat.dateTime(Instant.parse("2025-07-01T10:00:00Z"))).isEqualTo("01.07.2025 12:00");
    }

    @Test
    void theIbanIsPrintedInGroupsOfFour() {
        assertThat(GermanFormat.iban("DE52000000000012345678")).isEqualTo("DE52 0000 0000 0012 3456 78");
        assertThat(GermanFormat.iban("NL91ABNA0417164300")).isEqualTo("NL91 ABNA 0417 1643 00");
        assertThat(GermanFormat.iban("NO9386011117947")).isEqualTo("NO93 8601 1117 947");
        assertThat(GermanFormat.iban("de89 3704 0044 0532 0130 00")).isEqualTo("DE89 3704 0044 0532 0130 00");
        assertThat(GermanFormat.iban(null)).isEmpty();
    }

    @Test
    void nullsBecomeEmptyText() {
        assertThat(GermanFormat.money(null)).isEmpty();
        assertThat(GermanFormat.exactMoney(null)).isEmpty();
        assertThat(GermanFormat.number(null)).isEmpty();
        assertThat(GermanFormat.date(null)).isEmpty();
        assertThat(GermanFormat.dateTime(null)).isEmpty();
        assertThat(GermanFormat.percent(null)).isEmpty();
    }
}
