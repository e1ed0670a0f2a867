package de.ikz.allocation.engine;

import static de.ikz.allocation.engine.Fx.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

class AdvancePaymentsTest {

    @Test
    void quarterlyExtraCentGoesToTheFirstInstalment() {
        // 1,000.01 = 100,001 cents; / 4 = 25,000 rest 1 → the first instalment gets the extra cent
        List<Instalment> plan = AdvancePayments.instalments(eur("1000.01"), Schedule.QUARTERLY, 2025);
        assertThat(plan).extracting(Instalment::number, Instalment::dueDate, Instalment::amount).containsExactly(
                tuple(1, LocalDate.of(2025, 2, 15), eur("250.01")),
                tuple(2, LocalDate.of(2025, 5, 15), eur("250.00")),
                tuple(3, LocalDate.of(2025, 8, 15), eur("250.00")),
                tuple(4, LocalDate.of(2025, 11, 15), eur("250.00")));
    }

    @Test
    void quarterlyThreeExtraCents() {
        // 100.03 = 10,003 cents; / 4 = 2,500 rest 3 → 25.01, 25.01, 25.01, 25.00
        assertThat(AdvancePayments.instalments(eur("100.03"), Schedule.QUARTERLY, 2025))
                .extracting(Instalment::amount)
                .containsExactly(eur("25.01"), eur("25.01"), eur("25.01"), eur("25.00"));
    }

    @Test
    void halfYearlyDefaultDates() {
        assertThat(AdvancePayments.instalments(eur("24000.00"), Schedule.HALF_YEARLY, 2026))
                .extracting(Instalment::dueDate, Instalment::amount).containsExactly(
                        tuple(LocalDate.of(2026, 1, 1), eur("12000.00")),
                        tuple(LocalDate.of(2026, 7, 1), eur("12000.00")));
    }

    @Test
    void yearlyDefaultDate() {
        assertThat(AdvancePayments.instalments(eur("5000.00"), Schedule.YEARLY, 2025))
                .extracting(Instalment::dueDate, Instalment::amount)
                .containsExactly(tuple(LocalDate.of(2025, 3, 1), eur("5000.00")));
    }

    @Test
    void configuredDueDays() {
        List<Instalment> plan = AdvancePayments.instalments(eur("0.03"), Schedule.HALF_YEARLY, 2025,
                List.of(MonthDay.of(3, 31), MonthDay.of(9, 30)));
        assertThat(plan).extracting(Instalment::dueDate, Instalment::amount).containsExactly(
                tuple(LocalDate.of(2025, 3, 31), eur("0.02")),
                tuple(LocalDate.of(2025, 9, 30), eur("0.01")));
    }

    @Test
    void leapDayFallsBackToTheTwentyEighth() {
        List<MonthDay> days = List.of(MonthDay.of(2, 29));
        assertThat(AdvancePayments.instalments(eur("1.00"), Schedule.YEARLY, 2025, days).get(0).dueDate())
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(AdvancePayments.instalments(eur("1.00"), Schedule.YEARLY, 2024, days).get(0).dueDate())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void fewerCentsThanInstalments() {
        // 0.02 quarterly → 0.01, 0.01, 0.00, 0.00
        assertThat(AdvancePayments.instalments(eur("0.02"), Schedule.QUARTERLY, 2025))
                .extracting(Instalment::amount)
                .containsExactly(eur("0.01"), eur("0.01"), eur("0.00"), eur("0.00"));
    }

    @Test
    void negativeShareIsSplitByItsSize() {
        // −0.03 quarterly → −0.01, −0.01, −0.01, 0.00
        assertThat(AdvancePayments.instalments(eur("-0.03"), Schedule.QUARTERLY, 2025))
                .extracting(Instalment::amount)
                .containsExactly(eur("-0.01"), eur("-0.01"), eur("-0.01"), eur("0.00"));
    }

    @Test
    void schedulesKnowTheirInstalmentCount() {
        assertThat(Schedule.YEARLY.instalments()).isEqualTo(1);
        assertThat(Schedule.HALF_YEARLY.instalments()).isEqualTo(2);
        assertThat(Schedule.QUARTERLY.instalments()).isEqualTo(4);
    }
}
