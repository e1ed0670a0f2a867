package de.ikz.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.ikz.api.document.Table.Type;

/** Values per column type: what fits, how a PDF prints it, how CSV writes it. */
class CellsTest {

    @Test
    void valuesFitTheirColumnType() {
        assertThat(Cells.fits(Type.TEXT, "x")).isTrue();
        assertThat(Cells.fits(Type.TEXT, 1)).isFalse();
        assertThat(Cells.fits(Type.INTEGER, 5L)).isTrue();
        assertThat(Cells.fits(Type.INTEGER, BigInteger.TEN)).isTrue();
        assertThat(Cells.fits(Type.INTEGER, new BigDecimal("12.00"))).isTrue();
        assertThat(Cells.fits(Type.INTEGER, new BigDecimal("12.5"))).isFalse();
        assertThat(Cells.fits(Type.MONEY, new BigDecimal("1.5"))).isTrue();
        assertThat(Cells.fits(Type.MONEY, "1,50 €")).isFalse();
        assertThat(Cells.fits(Type.NUMBER, Double.NaN)).isFalse();
        assertThat(Cells.fits(Type.DATE, LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(Cells.fits(Type.DATE, "2027-01-01")).isFalse();
    }

    @Test
    void csvNumbersArePlainWithAtLeastTwoDecimalsForMoneyAndNeverRounded() {
        assertThat(Cells.csv(Type.MONEY, new BigDecimal("1234567.8"), false)).isEqualTo("1234567.80");
        assertThat(Cells.csv(Type.MONEY, new BigDecimal("-0.5"), false)).isEqualTo("-0.50");
        assertThat(Cells.csv(Type.MONEY, new BigDecimal("1E+3"), false)).isEqualTo("1000.00");
        assertThat(Cells.csv(Type.MONEY, new BigDecimal("33.3333333333"), false)).isEqualTo("33.3333333333");
        assertThat(Cells.csv(Type.MONEY, new BigDecimal("33.3333333333"), true)).isEqualTo("33,3333333333");
        assertThat(Cells.csv(Type.NUMBER, 2.5d, true)).isEqualTo("2,5");
        assertThat(Cells.csv(Type.INTEGER, new BigDecimal("12.00"), false)).isEqualTo("12");
        assertThat(Cells.csv(Type.PERCENT, new BigDecimal("12.50"), false)).isEqualTo("12.5");
        assertThat(Cells.csv(Type.DATE, LocalDate.of(2027, 3, 31), true)).isEqualTo("2027-03-31");
        assertThat(Cells.csv(Type.TEXT, "1.5", true)).isEqualTo("1.5");
        assertThat(Cells.csv(Type.MONEY, null, false)).isEmpty();
    }

    @Test
    void pdfValuesAreGerman() {
        assertThat(Cells.pdf(Type.MONEY, new BigDecimal("1234567.8"))).isEqualTo("1.234.567,80 €");
        assertThat(Cells.pdf(Type.INTEGER, 46000)).isEqualTo("46.000");
        assertThat(Cells.pdf(Type.PERCENT, new BigDecimal("31.25"))).isEqualTo("31,25 %");
        assertThat(Cells.pdf(Type.DATE, LocalDate.of(2027, 3, 31))).isEqualTo("31.03.2027");
    }
}
