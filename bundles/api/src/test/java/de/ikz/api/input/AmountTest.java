package de.ikz.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount.Sign;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void plainDecimalStringsBecomeAmountsWithTwoDecimals() {
        assertThat(Amount.parse("budget", "98000", Sign.NON_NEGATIVE).value()).isEqualTo(new BigDecimal("98000.00"));
        assertThat(Amount.parse("budget", "10.500", Sign.NON_NEGATIVE).value()).isEqualTo(new BigDecimal("10.50"));
        assertThat(Amount.parse("amount", "-33.3", Sign.ANY).toString()).isEqualTo("-33.30");
        assertThat(Amount.parse("budget", "1000000000000", Sign.NON_NEGATIVE).value()).isEqualTo(Amount.MAX);
        assertThat(Amount.parse("budget", "0", Sign.NON_NEGATIVE)).isEqualTo(Amount.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e200000", "1E+3", "1e999", "+5", " 5", "5 ", "1,000.00", "1_000", ".5", "5.", "-", "",
            "0x10", "NaN", "Infinity", "١٢٣", "12345678901234567890123456789012345678901234567890"})
    void anythingButAPlainDecimalIsRefusedNamingTheField(String text) {
        assertThatThrownBy(() -> Amount.parse("partners[1].value", text, Sign.ANY))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("partners[1].value");
                });
    }

    @Test
    void boundsScaleAndSignAreChecked() {
        assertThatThrownBy(() -> Amount.parse("budget", "1000000000000.01", Sign.NON_NEGATIVE))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.getMessage()).contains("at most"));
        assertThatThrownBy(() -> Amount.parse("amount", "-1000000000000.01", Sign.ANY)).isInstanceOf(IkzException.class);
        assertThatThrownBy(() -> Amount.parse("budget", "100.001", Sign.NON_NEGATIVE))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.getMessage()).contains("fractions of a cent"));
        assertThatThrownBy(() -> Amount.parse("budget", "-1.00", Sign.NON_NEGATIVE))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.getMessage()).contains("negative"));
        assertThatThrownBy(() -> Amount.parse("price", "0.00", Sign.POSITIVE)).isInstanceOf(IkzException.class);
        assertThatThrownBy(() -> Amount.parse("budget", null, Sign.ANY))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.getMessage()).contains("required"));
    }

    @Test
    void bigDecimalsFromElsewhereMeetTheSameBoundsWithoutExpensiveArithmetic() {
        // 1E+200000 and 1E-200000 are tiny objects; the check compares, it never expands them
        assertThatThrownBy(() -> Amount.of("budget", new BigDecimal("1E+200000"), Sign.ANY)).isInstanceOf(IkzException.class);
        assertThatThrownBy(() -> Amount.of("budget", new BigDecimal("1E-200000"), Sign.ANY))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.getMessage()).contains("cent"));
        assertThat(Amount.of("budget", new BigDecimal("1E+3"), Sign.ANY).value()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(Amount.optional("grants", null, Sign.NON_NEGATIVE)).isNull();
    }

    @Test
    void anAmountAsAPersonTypesItIsReadByOneRule() {
        assertThat(Amount.typed("amount", "98.000,50", Sign.ANY).value()).isEqualByComparingTo("98000.50");
        assertThat(Amount.typed("amount", "98 000,50 €", Sign.ANY).value()).isEqualByComparingTo("98000.50");
        assertThat(Amount.typed("amount", "1234,5", Sign.ANY).value()).isEqualByComparingTo("1234.50");
        assertThat(Amount.typed("amount", "1234.56", Sign.ANY).value()).isEqualByComparingTo("1234.56");
        assertThat(Amount.typed("amount", "12.50", Sign.ANY).value()).as("a decimal point, not thousands").isEqualByComparingTo("12.50");
        assertThat(Amount.typed("amount", "1.500", Sign.ANY).value()).as("German thousands").isEqualByComparingTo("1500");
        assertThat(Amount.typed("amount", "1.234.567", Sign.ANY).value()).isEqualByComparingTo("1234567");
        assertThat(Amount.typed("amount", "-1.500,25", Sign.ANY).value()).isEqualByComparingTo("-1500.25");
        // English grouping is refused, never read as another number
        assertThatThrownBy(() -> Amount.typed("amount", "1,234.56", Sign.ANY))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> Amount.typed("amount", "viel", Sign.ANY)).isInstanceOf(IkzException.class);
        assertThatThrownBy(() -> Amount.typed("amount", null, Sign.ANY)).isInstanceOf(IkzException.class);
    }
}
