package de.ikz.kit.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import de.ikz.kit.Refused;

import org.junit.jupiter.api.Test;

class FieldsTest {

    enum Medium { PHONE, VISIT, VIDEO_CALL }

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void textIsTrimmedAndBlankIsNullUnlessRequired() {
        assertThat(Fields.text("name", "  Anna  ", 10, true)).isEqualTo("Anna");
        assertThat(Fields.text("note", "   ", 10, false)).isNull();
        assertThat(Fields.text("note", null, 10, false)).isNull();
        assertThat(Refused.invalid("name", () -> Fields.text("name", " ", 10, true))).isEqualTo("name is required");
    }

    @Test
    void textLongerThanTheMaximumIsRefusedWithTheMaximum() {
        assertThat(Fields.text("name", "x".repeat(10), 10, true)).hasSize(10);
        assertThat(Refused.invalid("name", () -> Fields.text("name", "x".repeat(11), 10, true)))
                .isEqualTo("name is longer than 10 characters");
    }

    @Test
    void controlCharactersAreRefusedButLinesOfANoteAreFine() {
        assertThat(Fields.text("note", "first line\nsecond\tline", 100, true)).contains("\n");
        assertThat(Refused.invalid("name", () -> Fields.text("name", "An\u0000na", 100, true))).contains("control character (U+0000)");
        assertThat(Refused.invalid("name", () -> Fields.text("name", "\u001b[31mred", 100, true))).contains("U+001B");
        Refused.invalid("name", () -> Fields.text("name", "a\u0085b", 100, true));
        Refused.invalid("name", () -> Fields.text("name", "a\u007fb", 100, true));
    }

    @Test
    void aLineHasNoBreaks() {
        assertThat(Fields.line("file", " 12 F 345/26 ", 40, true)).isEqualTo("12 F 345/26");
        assertThat(Refused.invalid("file", () -> Fields.line("file", "12\n345", 40, true))).contains("one line");
        assertThat(Fields.line("file", null, 40, false)).isNull();
    }

    @Test
    void choicesAreReadByNameIgnoringCaseAndDashes() {
        assertThat(Fields.choice("medium", "phone", Medium.class, null)).isEqualTo(Medium.PHONE);
        assertThat(Fields.choice("medium", " video-call ", Medium.class, null)).isEqualTo(Medium.VIDEO_CALL);
        assertThat(Fields.choice("medium", "", Medium.class, Medium.VISIT)).isEqualTo(Medium.VISIT);
        assertThat(Fields.choice("medium", null, EnumSet.allOf(Medium.class))).isNull();
    }

    @Test
    void anUnknownChoiceIsRefusedListingTheAllowedNamesInOrder() {
        assertThat(Refused.invalid("medium", () -> Fields.choice("medium", "letter", Medium.class, null)))
                .isEqualTo("medium must be one of PHONE, VISIT, VIDEO_CALL, got 'letter'");
        assertThat(Refused.invalid("medium", () -> Fields.choice("medium", null, Medium.class, null)))
                .isEqualTo("medium is required: one of PHONE, VISIT, VIDEO_CALL");
        assertThat(Refused.invalid("medium", () -> Fields.requiredChoice("medium", " ", EnumSet.of(Medium.VISIT))))
                .isEqualTo("medium is required: one of VISIT");
    }

    @Test
    void aChoiceOutsideTheAllowedOnesIsRefused() {
        var allowed = EnumSet.of(Medium.VIDEO_CALL, Medium.PHONE);
        assertThat(Fields.choice("medium", "PHONE", allowed)).isEqualTo(Medium.PHONE);
        assertThat(Refused.invalid("medium", () -> Fields.choice("medium", "VISIT", allowed))).contains("one of PHONE, VIDEO_CALL,");
        assertThat(Fields.names(Medium.class)).isEqualTo("PHONE, VISIT, VIDEO_CALL");
    }

    @Test
    void aVeryLongChoiceIsNotEchoedBack() {
        assertThat(Refused.invalid("medium", () -> Fields.choice("medium", "x".repeat(10_000), Medium.class, null)))
                .hasSizeLessThan(200);
    }

    @Test
    void datesRelativeToToday() {
        assertThat(Fields.notFuture("on", null, TODAY)).isEqualTo(TODAY);
        assertThat(Fields.notFuture("on", TODAY.minusDays(1), TODAY)).isEqualTo(TODAY.minusDays(1));
        assertThat(Refused.invalid("on", () -> Fields.notFuture("on", TODAY.plusDays(1), TODAY)))
                .isEqualTo("on 2026-03-16 is in the future (today is 2026-03-15)");
        assertThat(Fields.notBefore("ended", TODAY, TODAY, "the appointment")).isEqualTo(TODAY);
        assertThat(Refused.invalid("ended", () -> Fields.notBefore("ended", TODAY.minusDays(1), TODAY, "the appointment")))
                .isEqualTo("ended 2026-03-14 is before the appointment (2026-03-15)");
    }

    @Test
    void listsAreDistinctTrimmedAndStoredWithTheSeparator() {
        List<String> l = Fields.list("languages", Arrays.asList(" Deutsch", "Arabisch ", "Deutsch"), 20);
        assertThat(l).containsExactly("Deutsch", "Arabisch");
        assertThat(Fields.list("languages", null, 20)).isEmpty();
        assertThat(Fields.split(Fields.join(l))).isEqualTo(l);
        assertThat(Fields.split(null)).isEmpty();
        assertThat(Fields.split("")).isEmpty();
        assertThat(Refused.invalid("languages", () -> Fields.list("languages", List.of("a|b"), 20))).contains("'|'");
        Refused.invalid("languages", () -> Fields.list("languages", Arrays.asList("ok", " "), 20));
        Refused.invalid("languages", () -> Fields.list("languages", List.of("x".repeat(21)), 20));
    }

    @Test
    void anAgsHasEightDigits() {
        assertThat(Fields.ags("ags", " 05334002 ", true)).isEqualTo("05334002");
        assertThat(Fields.ags("ags", null, false)).isNull();
        assertThat(Refused.invalid("ags", () -> Fields.ags("ags", "0533400X", true))).contains("8-digit municipality key (AGS)");
        Refused.invalid("ags", () -> Fields.ags("ags", "0533400", true));
        Refused.invalid("ags", () -> Fields.ags("ags", "053340021", true));
        Refused.invalid("ags", () -> Fields.ags("ags", "", true));
    }
}
