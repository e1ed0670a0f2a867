package de.ikz.fruehehilfen.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void byDefaultThe31stOfMarchOfTheFollowingYearWithAReminderSixWeeksBefore() {
        Deadlines d = Deadlines.standard();
        assertThat(d.deadline(2025)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(d.remindFrom(2025)).isEqualTo(LocalDate.of(2026, 2, 17));
    }

    @Test
    void theSettingsAreReadAndABadOneIsRefusedWithItsName() {
        assertThat(Deadlines.of("06-30", 14).deadline(2025)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Deadlines.of("02-29", 0).deadline(2026)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThatThrownBy(() -> Deadlines.of("31.03.", 42)).hasMessageContaining("proof.deadline");
        assertThatThrownBy(() -> Deadlines.of("03-31", -1)).hasMessageContaining("proof.reminder.days");
    }
}
