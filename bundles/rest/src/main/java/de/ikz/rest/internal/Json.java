package de.ikz.rest.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import de.ikz.api.error.IkzException;
import de.ikz.api.input.Input;

/**
 * The platform's one Jackson configuration: strict on input, ISO dates on output. Every decimal in
 * a request body is a plain decimal string ({@code "1234.56"}): a JSON number, an exponent
 * ({@code "1e200000"}) or more digits than {@link Input} allows is refused with 400 naming the
 * field, before anything computes with it. Every date is an ISO string within {@link Input}'s
 * range. The field's own rule (cents, sign, percent) is checked where the field is known
 * ({@link de.ikz.api.input.Amount}, {@link Input}).
 */
public final class Json {

    private Json() {
    }

    public static ObjectMapper mapper() {
        ObjectMapper m = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // Optional fields of records (a module's answer types) as their value or null, not a failure mid-answer
                .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
                // registered after JavaTimeModule: these win for BigDecimal and LocalDate
                .addModule(new SimpleModule("ikz-bounded-input")
                        .addDeserializer(BigDecimal.class, new DecimalString())
                        .addDeserializer(LocalDate.class, new DateString()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
        // a number where text is expected is a wrong type, not something to convert silently
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // decimals (money, exact shares) are written as strings, exactly as computed: "1234.50", never 1234.5
        m.configOverride(java.math.BigDecimal.class)
                .setFormat(com.fasterxml.jackson.annotation.JsonFormat.Value.forShape(com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING));
        m.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return m;
    }

    /** A decimal: only a plain decimal string, bounded by {@link Input#decimal(String, String)}. */
    static final class DecimalString extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        DecimalString() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw JsonMappingException.from(p, "a decimal string like \"1234.56\" is expected"
                        + (p.currentToken() != null && p.currentToken().isNumeric() ? ", not a JSON number" : ""));
            }
            try {
                return Input.decimal(name(p), p.getText());
            } catch (IkzException e) {
                throw JsonMappingException.from(p, e.getMessage());
            }
        }
    }

    /** A date: only an ISO date string within {@link Input#MIN_DATE} .. {@link Input#MAX_DATE}. */
    static final class DateString extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateString() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw JsonMappingException.from(p, "a date string like \"2026-01-31\" is expected");
            }
            try {
                return Input.date(name(p), p.getText());
            } catch (IkzException e) {
                throw JsonMappingException.from(p, e.getMessage());
            }
        }
    }

    private static String name(JsonParser p) throws IOException {
        String n = p.currentName();
        return n == null ? "value" : n;
    }
}
