package de.ikz.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** CsvCheck reads both dialects and refuses what is not one flat table. */
class CsvCheckTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsBothDialectsAndTheirNumbers() {
        CsvCheck.Parsed plain = CsvCheck.csv(utf8("Name,Betrag\r\n\"A, B\",1234.50\r\n"));
        assertThat(plain.column("Name")).containsExactly("A, B");
        assertThat(plain.decimals("Betrag")).containsExactly(new BigDecimal("1234.50"));
        CsvCheck.Parsed de = CsvCheck.csvDe(utf8("\uFEFFName;Betrag\r\nA;1234,50\r\n"));
        assertThat(de.decimals("Betrag")).containsExactly(new BigDecimal("1234.50"));
    }

    @Test
    void refusesRowsOfAnotherWidthAMissingBomAndMoneyAsText() {
        assertThatThrownBy(() -> CsvCheck.csv(utf8("a,b\r\n1\r\n"))).isInstanceOf(AssertionError.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> CsvCheck.csvDe(utf8("a;b\r\n"))).isInstanceOf(AssertionError.class).hasMessageContaining("byte order mark");
        assertThatThrownBy(() -> CsvCheck.csv(utf8("a\n1\n"))).isInstanceOf(AssertionError.class).hasMessageContaining("CRLF");
        assertThatThrownBy(() -> CsvCheck.csvDe(utf8("\uFEFFBetrag\r\n27.692,31 €\r\n")).decimals("Betrag"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not a number");
    }
}
