package de.ikz.vormundschaft.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;

import javax.ws.rs.core.Response;

import de.ikz.vormundschaft.internal.domain.VolunteerStage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParamsTest {

    private static final LocalDate FALLBACK = LocalDate.of(2026, 1, 1);

    @BeforeAll
    static void runtime() {
        TestRuntime.install();
    }

    @Test
    void aMissingBodyIsRefusedForTheBodyAsAWhole() {
        String detail = Refusals.invalid(null, () -> Params.body(null));
        assertThat(detail).isEqualTo("request body required");
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
        assertThat(Refusals.invalid("to", () -> Params.date("to", "31.01.2026", FALLBACK)))
                .contains("to must be a date like 2026-01-31").contains("31.01.2026");
        Refusals.invalid("from", () -> Params.date("from", "2026-02-30", FALLBACK));
        // within the platform's range: a report to the year 99999 is no report
        assertThat(Refusals.invalid("to", () -> Params.date("to", "+99999-01-01", FALLBACK))).contains("2199-12-31");
    }

    @Test
    void stagesAreReadByNameIgnoringCase() {
        assertThat(Params.stage("stage", "POOL")).isEqualTo(VolunteerStage.POOL);
        assertThat(Params.stage("stage", "suitability_interview")).isEqualTo(VolunteerStage.SUITABILITY_INTERVIEW);
        assertThat(Params.stage("stage", null)).isNull();
        assertThat(Params.requiredStage("to", "APPLICATION")).isEqualTo(VolunteerStage.APPLICATION);
    }

    @Test
    void anUnknownStageNamesTheFieldAndListsTheStages() {
        String detail = Refusals.invalid("stage", () -> Params.stage("stage", "HOLIDAY"));
        assertThat(detail).contains("one of ENQUIRY, APPLICATION,").contains("LEFT").contains("HOLIDAY");
    }

    @Test
    void aRequiredStageThatIsMissingNamesTheField() {
        assertThat(Refusals.invalid("to", () -> Params.requiredStage("to", null))).contains("one of ENQUIRY");
        Refusals.invalid("to", () -> Params.requiredStage("to", ""));
        Refusals.invalid("to", () -> Params.requiredStage("to", "NOWHERE"));
    }

    @Test
    void aStageOutsideTheAllowedOnesIsRefusedWithTheAllowedOnes() {
        var allowed = EnumSet.of(VolunteerStage.POOL, VolunteerStage.RESTING, VolunteerStage.LEFT);
        assertThat(Params.stage("next", "resting", allowed)).isEqualTo(VolunteerStage.RESTING);
        assertThat(Params.stage("next", null, allowed)).isNull();
        assertThat(Refusals.invalid("next", () -> Params.stage("next", "APPOINTED", allowed)))
                .contains("one of POOL, RESTING, LEFT");
    }

    @Test
    void flagsAreTrueFalseOrAbsent() {
        assertThat(Params.flag("active", "true")).isTrue();
        assertThat(Params.flag("active", "FALSE")).isFalse();
        assertThat(Params.flag("active", null)).isNull();
        Refusals.invalid("active", () -> Params.flag("active", "yes"));
    }

    @Test
    void numbersAreCheckedAgainstTheirRange() {
        assertThat(Params.number("days", null, 30, 0, 366)).isEqualTo(30);
        assertThat(Params.number("days", "0", 30, 0, 366)).isZero();
        assertThat(Params.number("days", "366", 30, 0, 366)).isEqualTo(366);
        Refusals.invalid("days", () -> Params.number("days", "367", 30, 0, 366));
        Refusals.invalid("days", () -> Params.number("days", "-1", 30, 0, 366));
        assertThat(Refusals.invalid("days", () -> Params.number("days", "a week", 30, 0, 366)))
                .contains("from 0 to 366");
    }

    @Test
    void aCreationAnswers201WithTheLocationUnderTheModule() {
        Object entity = new Object();
        Response r = Params.created(entity, "volunteers/v-1");
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getEntity()).isSameAs(entity);
        assertThat(r.getLocation()).isEqualTo(URI.create("modules/vormundschaft/volunteers/v-1"));
        assertThat(Params.created(entity, "contacts", "volunteer=v 1").getLocation())
                .hasToString("modules/vormundschaft/contacts?volunteer=v%201");
    }
}
