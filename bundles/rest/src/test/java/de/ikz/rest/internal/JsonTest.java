package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.junit.jupiter.api.Test;

class JsonTest {

    record Body(String id, int count) {
    }

    record When(Instant at) {
    }

    private final ObjectMapper m = Json.mapper();

    @Test
    void unknownFieldsAreRefused() {
        assertThatThrownBy(() -> m.readValue("{\"id\":\"a\",\"count\":1,\"x\":2}", Body.class))
                .isInstanceOfSatisfying(UnrecognizedPropertyException.class, e -> assertThat(e.getPropertyName()).isEqualTo("x"));
    }

    @Test
    void wrongTypesAreRefusedNotConverted() {
        assertThatThrownBy(() -> m.readValue("{\"id\":5,\"count\":1}", Body.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> m.readValue("{\"id\":\"a\",\"count\":\"1\"}", Body.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> m.readValue("{\"id\":\"a\",\"count\":null}", Body.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> m.readValue("{\"id\":\"a\",\"count\":1.5}", Body.class)).isInstanceOf(MismatchedInputException.class);
    }

    record Money(java.math.BigDecimal amount) {
    }

    @Test
    void decimalsAreReadFromStringsAndNumbersExactly() throws Exception {
        assertThat(m.readValue("{\"amount\":\"1000.10\"}", Money.class).amount()).isEqualTo(new java.math.BigDecimal("1000.10"));
        assertThat(m.readValue("{\"amount\":0.1}", Money.class).amount()).isEqualTo(new java.math.BigDecimal("0.1"));
        assertThatThrownBy(() -> m.readValue("{\"amount\":\"ten\"}", Money.class)).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void decimalsAreWrittenAsPlainStringsWithTheirScale() throws Exception {
        assertThat(m.writeValueAsString(new Money(new java.math.BigDecimal("1E+3").setScale(2))))
                .isEqualTo("{\"amount\":\"1000.00\"}");
    }

    @Test
    void trailingGarbageIsRefused() {
        assertThatThrownBy(() -> m.readValue("{\"id\":\"a\",\"count\":1} {}", Body.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void instantsAreIsoStrings() throws Exception {
        assertThat(m.writeValueAsString(new When(Instant.parse("2025-12-31T23:00:00Z"))))
                .isEqualTo("{\"at\":\"2025-12-31T23:00:00Z\"}");
    }
}
