package de.ikz.api.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A typed value in a table cell or fact. The shell formats it for the locale (German: 1.234,56 €,
 * 31.12.2026, 12,5 %) and aligns numbers right; a page never formats numbers or dates itself.
 * A null inside a value shows as an empty cell.
 */
public sealed interface Value permits Value.Text, Value.Count, Value.Number, Value.Money, Value.Percent,
        Value.Date, Value.Time, Value.LinkTo, Value.Badge {

    /**
     * Plain text; {@code language}: its language where it differs from the screen's (a BCP 47 tag), else
     * null; the shell marks it ({@code lang}, {@code dir}). Since 1.1.
     */
    record Text(String text, String language) implements Value {
        public Text {
            language = Part.languageTag(language);
        }

        public Text(String text) {
            this(text, null);
        }

        /** As before 1.1 when no language is named ({@code Text[text=…]}). */
        @Override
        public String toString() {
            return "Text[text=" + text + (language == null ? "" : ", language=" + language) + "]";
        }
    }

    /** A whole number (a count). */
    record Count(Long count) implements Value {
    }

    /** A decimal number shown with the given number of decimals. */
    record Number(BigDecimal number, int decimals) implements Value {
    }

    /** An amount in euros, two decimals. */
    record Money(BigDecimal amount) implements Value {
    }

    /** A percentage: 12.5 means 12,5 %. */
    record Percent(BigDecimal percent, int decimals) implements Value {
    }

    /** A calendar date. */
    record Date(LocalDate date) implements Value {
    }

    /** A moment, shown in the platform's time zone to the minute. */
    record Time(Instant instant) implements Value {
    }

    /** A link: text and a target as in {@link Part.Link#target()}. */
    record LinkTo(String text, String target) implements Value {
        public LinkTo {
            Objects.requireNonNull(target, "target");
        }
    }

    /** A short status label with a tone (stage, overdue, superseded). */
    record Badge(String text, Tone tone) implements Value {
        public Badge {
            tone = tone == null ? Tone.INFO : tone;
        }
    }

    /** How a message or badge is meant: the shell picks colour and icon, never colour alone. */
    enum Tone {
        INFO, SUCCESS, WARNING, ERROR
    }

    static Text text(String text) {
        return new Text(text);
    }

    /** Text in a language of its own (since 1.1). */
    static Text text(String text, String language) {
        return new Text(text, language);
    }

    static Count count(long count) {
        return new Count(count);
    }

    static Number number(BigDecimal number, int decimals) {
        return new Number(number, decimals);
    }

    static Money money(BigDecimal amount) {
        return new Money(amount);
    }

    static Percent percent(BigDecimal percent, int decimals) {
        return new Percent(percent, decimals);
    }

    static Date date(LocalDate date) {
        return new Date(date);
    }

    static Time time(Instant instant) {
        return new Time(instant);
    }

    static LinkTo link(String text, String target) {
        return new LinkTo(text, target);
    }

    static Badge badge(String text, Tone tone) {
        return new Badge(text, tone);
    }
}
