package de.ikz.vormundschaft.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpenseAllowanceTest {

    @Test
    void amountIs425EuroWithCents() {
        assertThat(ExpenseAllowance.AMOUNT).isEqualByComparingTo("425");
        assertThat(ExpenseAllowance.AMOUNT.scale()).isEqualTo(2);
        assertThat(ExpenseAllowance.AMOUNT).isEqualTo(new BigDecimal("425.00"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2027})
    void deadlineIs30JuneOfTheFollowingYear(int year) {
        assertThat(ExpenseAllowance.claimDeadline(year)).isEqualTo(LocalDate.of(year + 1, 6, 30));
    }

    @Test
    void claimOnTheDeadlineIsInTime() {
        assertThatCode(() -> ExpenseAllowance.checkClaim(2025, LocalDate.of(2026, 6, 30))).doesNotThrowAnyException();
        assertThatCode(() -> ExpenseAllowance.checkClaim(2025, LocalDate.of(2026, 1, 2))).doesNotThrowAnyException();
    }

    @Test
    void claimTheDayAfterTheDeadlineLapsed() {
        assertThatThrownBy(() -> ExpenseAllowance.checkClaim(2025, LocalDate.of(2026, 7, 1)))
                .isInstanceOfSatisfying(PipelineException.class, e -> {
                    assertThat(e.field()).isEqualTo("claimedOn");
                    assertThat(e.reason()).contains("2025").contains("30.06.2026").contains("01.07.2026");
                });
    }

    @Test
    void claimAYearLaterLapsed() {
        assertThatThrownBy(() -> ExpenseAllowance.checkClaim(2024, LocalDate.of(2026, 3, 1)))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("claimedOn"));
    }

    @Test
    void missingClaimDateNamesTheField() {
        assertThatThrownBy(() -> ExpenseAllowance.checkClaim(2025, null))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("claimedOn"));
    }
}
