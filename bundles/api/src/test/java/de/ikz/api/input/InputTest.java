package de.ikz.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.ikz.api.error.IkzException;

import org.junit.jupiter.api.Test;

class InputTest {

    static void refused(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(IkzException.class, e -> {
            assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void fiscalYearsAreBounded() {
        assertThat(Input.year("fiscalYear", 2031)).isEqualTo(2031);
        assertThat(Input.year("fiscalYear", "2026")).isEqualTo(2026);
        refused(() -> Input.year("fiscalYear", 99999), "fiscalYear");
        refused(() -> Input.year("fiscalYear", "99999"), "fiscalYear");
        refused(() -> Input.year("fiscalYear", 1989), "fiscalYear");
        refused(() -> Input.year("fiscalYear", "2e3"), "fiscalYear");
        refused(() -> Input.year("fiscalYear", (Integer) null), "fiscalYear");
    }

    @Test
    void datesAreIsoAndWithinTheRange() {
        assertThat(Input.date("on", "2026-01-31")).isEqualTo(LocalDate.of(2026, 1, 31));
        refused(() -> Input.date("on", "+99999-01-01"), "on");
        refused(() -> Input.date("on", "2026-02-30"), "on");
        refused(() -> Input.date("on", "1899-12-31"), "on");
        refused(() -> Input.date("on", LocalDate.of(99999, 1, 1)), "on");
        assertThat(Input.optionalDate("ends", null)).isNull();
    }

    @Test
    void percentagesFiguresAndDecimalsAreBounded() {
        assertThat(Input.percent("p", new BigDecimal("33.3333"))).isEqualByComparingTo("33.3333");
        refused(() -> Input.percent("p", new BigDecimal("33.33333")), "p");
        refused(() -> Input.percent("p", new BigDecimal("100.01")), "p");
        refused(() -> Input.percent("p", new BigDecimal("-1")), "p");
        assertThat(Input.figure("f", new BigDecimal("18000000"))).isEqualByComparingTo("18000000");
        refused(() -> Input.figure("f", new BigDecimal("1E+16")), "f");
        refused(() -> Input.figure("f", new BigDecimal("-1")), "f");
        assertThat(Input.decimal("d", "-12.5")).isEqualByComparingTo("-12.5");
        refused(() -> Input.decimal("d", "1e5"), "d");
        refused(() -> Input.decimal("d", "1234567890123456789"), "d");
        refused(() -> Input.decimal("d", new BigDecimal("1E+200000")), "d");
    }

    @Test
    void countsAreWholeAndBounded() {
        assertThat(Input.count("limit", "50", 1000)).isEqualTo(50);
        refused(() -> Input.count("limit", "-1", 1000), "limit");
        refused(() -> Input.count("limit", "1001", 1000), "limit");
        refused(() -> Input.count("limit", "99999999999999", 1000), "limit");
        refused(() -> Input.count("n", -1, 10), "n");
    }
}
