package de.ikz.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.ikz.api.error.IkzException;

import org.junit.jupiter.api.Test;

/** Amounts and dates typed on the console go through the platform's bounded parsers. */
class AgreementCommandsTest {

    static void refused(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(IkzException.class, e -> {
            assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void budgetsArePlainBoundedNonNegativeAmounts() {
        assertThat(AgreementCommands.amount("budget", "98_000.00")).isEqualTo(new BigDecimal("98000.00"));
        assertThat(AgreementCommands.amount("budget", " 12.5 ")).isEqualTo(new BigDecimal("12.50"));
        refused(() -> AgreementCommands.amount("budget", "1e200000"), "budget");
        refused(() -> AgreementCommands.amount("budget", "-98000.00"), "budget");
        refused(() -> AgreementCommands.amount("grants", "1000000000000.01"), "grants");
        refused(() -> AgreementCommands.amount("budget", "1.001"), "budget");
    }

    @Test
    void datesAreBounded() {
        assertThat(AgreementCommands.parseDate("on", "2031-06-30")).isEqualTo(LocalDate.of(2031, 6, 30));
        refused(() -> AgreementCommands.parseDate("on", "+99999-01-01"), "on");
        refused(() -> RegisterCommands.date("reference-date", "99999-01-01"), "reference-date");
    }
}
