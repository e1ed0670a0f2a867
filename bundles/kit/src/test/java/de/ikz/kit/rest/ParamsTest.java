package de.ikz.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;

import de.ikz.api.input.Amount;
import de.ikz.kit.Refused;

import org.junit.jupiter.api.Test;

/** The answer to a creation ({@code Params.created}) needs a JAX-RS runtime: it is tested in the test kit. */
class ParamsTest {

    enum Stage { ENQUIRY, APPLICATION, POOL, RESTING, LEFT }

    private static final LocalDate FALLBACK = LocalDate.of(2026, 1, 1);

    @Test
    void aMissingBodyIsRefusedForTheBodyAsAWhole() {
        assertThat(Refused.invalid(null, () -> Params.body(null))).isEqualTo("request body required");
        Object body = new Object();
        assertThat(Params.body(body)).isSameAs(body);
    }

    @Test
    void datesAreIsoAndAbsentOnesFallBack() {
        assertThat(Params.date("from", "2026-01-31", FALLBACK)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(Params.date("from", null, FALLBACK)).isEqualTo(FALLBACK);
        assertThat(Params.date("from", " ", FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void aBadDateNamesTheParameter() {
        assertThat(Refused.invalid("to", () -> Params.date("to", "31.01.2026", FALLBACK)))
                .contains("to must be a date like 2026-01-31").contains("31.01.2026");
        Refused.invalid("from", () -> Params.date("from", "2026-02-30", FALLBACK));
        // within the platform's range: a report to the year 99999 is no report
        assertThat(Refused.invalid("to", () -> Params.date("to", "+99999-01-01", FALLBACK))).contains("2199-12-31");
    }

    @Test
    void yearsAreBoundedByThePlatform() {
        assertThat(Params.year("year", "2026", null)).isEqualTo(2026);
        assertThat(Params.year("year", null, 2025)).isEqualTo(2025);
        assertThat(Refused.invalid("year", () -> Params.year("year", "99999", null))).contains("1990 to 2100");
    }

    @Test
    void amountsAreDecimalStringsBoundedByThePlatform() {
        assertThat(Params.amount("max", "1234.5", Amount.Sign.NON_NEGATIVE)).isEqualByComparingTo("1234.50");
        assertThat(Params.amount("max", null, Amount.Sign.NON_NEGATIVE)).isNull();
        Refused.invalid("max", () -> Params.amount("max", "-1", Amount.Sign.NON_NEGATIVE));
        Refused.invalid("max", () -> Params.amount("max", "1e9", Amount.Sign.ANY));
        Refused.invalid("max", () -> Params.amount("max", "0.001", Amount.Sign.ANY));
        assertThat(Params.amount("max", "-0.5", Amount.Sign.ANY)).isEqualTo(new BigDecimal("-0.50"));
    }

    @Test
    void choicesAreReadByNameIgnoringCase() {
        assertThat(Params.choice("stage", "POOL", Stage.class)).isEqualTo(Stage.POOL);
        assertThat(Params.choice("stage", "enquiry", Stage.class)).isEqualTo(Stage.ENQUIRY);
        assertThat(Params.choice("stage", null, Stage.class)).isNull();
        assertThat(Params.requiredChoice("to", "APPLICATION", Stage.class)).isEqualTo(Stage.APPLICATION);
    }

    @Test
    void anUnknownChoiceNamesTheFieldAndListsTheNames() {
        assertThat(Refused.invalid("stage", () -> Params.choice("stage", "HOLIDAY", Stage.class)))
                .isEqualTo("stage must be one of ENQUIRY, APPLICATION, POOL, RESTING, LEFT, got 'HOLIDAY'");
        assertThat(Refused.invalid("to", () -> Params.requiredChoice("to", null, Stage.class))).contains("one of ENQUIRY");
        Refused.invalid("to", () -> Params.requiredChoice("to", "", Stage.class));
        Refused.invalid("to", () -> Params.requiredChoice("to", "NOWHERE", Stage.class));
    }

    @Test
    void aChoiceOutsideTheAllowedOnesIsRefusedWithTheAllowedOnes() {
        var allowed = EnumSet.of(Stage.POOL, Stage.RESTING, Stage.LEFT);
        assertThat(Params.choice("next", "resting", allowed)).isEqualTo(Stage.RESTING);
        assertThat(Params.choice("next", null, allowed)).isNull();
        assertThat(Refused.invalid("next", () -> Params.choice("next", "ENQUIRY", allowed))).contains("one of POOL, RESTING, LEFT");
    }

    @Test
    void flagsAreTrueFalseOrAbsent() {
        assertThat(Params.flag("active", "true")).isTrue();
        assertThat(Params.flag("active", "FALSE")).isFalse();
        assertThat(Params.flag("active", null)).isNull();
        assertThat(Params.flag("skip", null, false)).isFalse();
        assertThat(Params.flag("skip", " True ", false)).isTrue();
        assertThat(Refused.invalid("active", () -> Params.flag("active", "yes"))).isEqualTo("active must be true or false, got 'yes'");
    }

    @Test
    void numbersAreCheckedAgainstTheirRange() {
        assertThat(Params.number("days", null, 30, 0, 366)).isEqualTo(30);
        assertThat(Params.number("days", "0", 30, 0, 366)).isZero();
        assertThat(Params.number("days", " 366 ", 30, 0, 366)).isEqualTo(366);
        Refused.invalid("days", () -> Params.number("days", "367", 30, 0, 366));
        Refused.invalid("days", () -> Params.number("days", "-1", 30, 0, 366));
        Refused.invalid("days", () -> Params.number("days", "99999999999999999999", 30, 0, 366));
        assertThat(Refused.invalid("days", () -> Params.number("days", "a week", 30, 0, 366))).contains("from 0 to 366");
    }

    @Test
    void aModuleLivesUnderModules() {
        assertThat(Params.moduleBase("vormundschaft")).isEqualTo("modules/vormundschaft/");
    }
}
