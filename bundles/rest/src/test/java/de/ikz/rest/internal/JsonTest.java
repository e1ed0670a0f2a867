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

    record Partner(String id, java.math.BigDecimal value) {
    }

    record Preview(java.math.BigDecimal amount, java.util.List<Partner> partners) {
    }

    record Dated(java.time.LocalDate on) {
    }

    @Test
    void decimalsAreReadFromPlainStringsExactly() throws Exception {
        assertThat(m.readValue("{\"amount\":\"1000.10\"}", Money.class).amount()).isEqualTo(new java.math.BigDecimal("1000.10"));
        assertThat(m.readValue("{\"amount\":\"-0.5\"}", Money.class).amount()).isEqualTo(new java.math.BigDecimal("-0.5"));
        assertThat(m.readValue("{\"amount\":null}", Money.class).amount()).isNull();
    }

    @Test
    void aJsonNumberWhereADecimalStringIsExpectedIsRefused() {
        for (String number : new String[] {"0.1", "100", "1e200000", "-5"}) {
            assertThatThrownBy(() -> m.readValue("{\"amount\":" + number + "}", Money.class))
                    .isInstanceOfSatisfying(com.fasterxml.jackson.databind.JsonMappingException.class, e -> {
                        assertThat(e.getOriginalMessage()).contains("not a JSON number");
                        assertThat(e.getPath()).extracting(com.fasterxml.jackson.databind.JsonMappingException.Reference::getFieldName)
                                .containsExactly("amount");
                    });
        }
    }

    @Test
    void exponentsAndOversizedDecimalsAreRefusedWithTheFieldPathBeforeAnyArithmetic() {
        for (String text : new String[] {"1e200000", "1E+3", "ten", "1234567890123456789.00", "0.12345678901", " 1"}) {
            assertThatThrownBy(() -> m.readValue("{\"amount\":\"1.00\",\"partners\":[{\"id\":\"a\",\"value\":\"1\"},"
                    + "{\"id\":\"b\",\"value\":\"" + text + "\"}]}", Preview.class))
                    .as(text)
                    .isInstanceOfSatisfying(com.fasterxml.jackson.databind.JsonMappingException.class, e ->
                            assertThat(e.getPath()).extracting(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                                    .containsExactly("partners", "[1]", "value"));
        }
    }

    @Test
    void datesAreIsoStringsWithinTheRange() throws Exception {
        assertThat(m.readValue("{\"on\":\"2031-12-31\"}", Dated.class).on()).isEqualTo(java.time.LocalDate.of(2031, 12, 31));
        assertThatThrownBy(() -> m.readValue("{\"on\":\"+99999-01-01\"}", Dated.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
        assertThatThrownBy(() -> m.readValue("{\"on\":[2026,1,1]}", Dated.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
        assertThatThrownBy(() -> m.readValue("{\"on\":20000}", Dated.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
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

    /** A module's answer type with Optional fields: written as the value or null (before: an exception after half the answer). */
    record WithOptional(String id, java.util.Optional<String> participant, java.util.Optional<java.time.LocalDate> left) {
    }

    @Test
    void optionalFieldsAreWrittenAsTheirValueOrNull() throws Exception {
        assertThat(m.writeValueAsString(new WithOptional("a", java.util.Optional.of("ja-aachen"), java.util.Optional.empty())))
                .isEqualTo("{\"id\":\"a\",\"participant\":\"ja-aachen\",\"left\":null}");
        assertThat(m.writeValueAsString(new WithOptional("b", java.util.Optional.empty(), java.util.Optional.of(java.time.LocalDate.of(2026, 1, 2)))))
                .isEqualTo("{\"id\":\"b\",\"participant\":null,\"left\":\"2026-01-02\"}");
    }
}
