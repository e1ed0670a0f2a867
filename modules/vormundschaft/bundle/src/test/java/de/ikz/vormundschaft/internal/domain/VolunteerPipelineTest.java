package de.ikz.vormundschaft.internal.domain;

import static de.ikz.vormundschaft.internal.domain.VolunteerStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class VolunteerPipelineTest {

    /** The brief's list of allowed moves, written out independently of the implementation. */
    static Stream<Arguments> allowed() {
        return Stream.of(
                // each stage to the next
                Arguments.of(ENQUIRY, APPLICATION),
                Arguments.of(APPLICATION, SUITABILITY_INTERVIEW),
                Arguments.of(SUITABILITY_INTERVIEW, CONDUCT_CERTIFICATE),
                Arguments.of(CONDUCT_CERTIFICATE, TRAINING),
                Arguments.of(TRAINING, REFLECTION_TALK),
                Arguments.of(REFLECTION_TALK, POOL),
                Arguments.of(POOL, MATCHED),
                Arguments.of(MATCHED, PROPOSED_TO_COURT),
                Arguments.of(PROPOSED_TO_COURT, APPOINTED),
                Arguments.of(APPOINTED, RESTING),
                Arguments.of(RESTING, LEFT),
                // withdrawal before appointment
                Arguments.of(ENQUIRY, LEFT),
                Arguments.of(APPLICATION, LEFT),
                Arguments.of(SUITABILITY_INTERVIEW, LEFT),
                Arguments.of(CONDUCT_CERTIFICATE, LEFT),
                Arguments.of(TRAINING, LEFT),
                Arguments.of(REFLECTION_TALK, LEFT),
                Arguments.of(POOL, LEFT),
                Arguments.of(MATCHED, LEFT),
                Arguments.of(PROPOSED_TO_COURT, LEFT),
                // after appointment
                Arguments.of(APPOINTED, POOL),
                Arguments.of(APPOINTED, LEFT),
                Arguments.of(RESTING, POOL),
                // back to the pool
                Arguments.of(MATCHED, POOL),
                Arguments.of(PROPOSED_TO_COURT, POOL));
    }

    @ParameterizedTest(name = "{0} -> {1} allowed")
    @MethodSource("allowed")
    void allowedMovesPass(VolunteerStage from, VolunteerStage to) {
        assertThat(VolunteerPipeline.check(from, to)).isEqualTo(new Transition(from, to));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(ENQUIRY, POOL, "the reflection talk"),
                Arguments.of(ENQUIRY, SUITABILITY_INTERVIEW, "follows the application form"),
                Arguments.of(SUITABILITY_INTERVIEW, TRAINING, "certificate of good conduct"),
                Arguments.of(APPLICATION, CONDUCT_CERTIFICATE, "after the suitability interview"),
                Arguments.of(TRAINING, POOL, "after the reflection talk"),
                Arguments.of(POOL, APPOINTED, "an appointment follows a proposal to the family court"),
                Arguments.of(MATCHED, APPOINTED, "an appointment follows a proposal to the family court"),
                Arguments.of(POOL, PROPOSED_TO_COURT, "needs a match first"),
                Arguments.of(REFLECTION_TALK, MATCHED, "only a volunteer in the pool"),
                Arguments.of(RESTING, MATCHED, "only a volunteer in the pool"),
                Arguments.of(APPOINTED, MATCHED, "only a volunteer in the pool"),
                Arguments.of(POOL, RESTING, "guardianship ended"),
                Arguments.of(POOL, ENQUIRY, "no one goes back"),
                Arguments.of(APPOINTED, PROPOSED_TO_COURT, "needs a match first"),
                Arguments.of(RESTING, APPOINTED, "proposal to the family court"));
    }

    @ParameterizedTest(name = "{0} -> {1} refused")
    @MethodSource("refused")
    void refusedMovesExplainWhy(VolunteerStage from, VolunteerStage to, String reasonPart) {
        assertThatThrownBy(() -> VolunteerPipeline.check(from, to))
                .isInstanceOfSatisfying(PipelineException.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.reason()).contains(from.label()).contains(to.label()).contains(reasonPart);
                    assertThat(e.getMessage()).startsWith("Error in to: ");
                });
    }

    @Test
    void exactlyTheListedMovesAreAllowed() {
        List<Transition> expected = allowed()
                .map(a -> new Transition((VolunteerStage) a.get()[0], (VolunteerStage) a.get()[1])).toList();
        List<Transition> actual = new ArrayList<>();
        for (VolunteerStage from : VolunteerStage.values()) {
            for (VolunteerStage to : VolunteerStage.values()) {
                try {
                    actual.add(VolunteerPipeline.check(from, to));
                } catch (PipelineException refused) {
                    assertThat(refused.reason()).isNotBlank();
                }
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "nothing out of LEFT: -> {0}")
    @EnumSource(VolunteerStage.class)
    void leftIsTerminal(VolunteerStage to) {
        assertThatThrownBy(() -> VolunteerPipeline.check(LEFT, to))
                .isInstanceOfSatisfying(PipelineException.class, e -> {
                    assertThat(e.field()).isEqualTo("from");
                    assertThat(e.reason()).contains("new enquiry");
                });
        assertThat(VolunteerPipeline.allowedFrom(LEFT)).isEmpty();
    }

    @ParameterizedTest(name = "staying in {0} is not a move")
    @EnumSource(value = VolunteerStage.class, names = "LEFT", mode = EnumSource.Mode.EXCLUDE)
    void sameStageIsRefused(VolunteerStage stage) {
        assertThatThrownBy(() -> VolunteerPipeline.check(stage, stage))
                .isInstanceOfSatisfying(PipelineException.class,
                        e -> assertThat(e.reason()).contains("already in stage " + stage.label()));
    }

    @Test
    void missingStagesNameTheirField() {
        assertThatThrownBy(() -> VolunteerPipeline.check(null, POOL))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> VolunteerPipeline.check(POOL, null))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void allowedFromIsACopy() {
        EnumSet<VolunteerStage> fromPool = EnumSet.copyOf(VolunteerPipeline.allowedFrom(POOL));
        assertThat(fromPool).containsExactlyInAnyOrder(MATCHED, LEFT);
        VolunteerPipeline.allowedFrom(POOL).clear();
        assertThat(VolunteerPipeline.allowedFrom(POOL)).isEqualTo(fromPool);
    }

    // --- certificate of good conduct ---

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 31);

    @Test
    void clearRecentCertificatePasses() {
        VolunteerPipeline.checkCertificate(new ConductCheck(TODAY.minusDays(10), true), TODAY);
        assertThat(VolunteerPipeline.check(CONDUCT_CERTIFICATE, TRAINING,
                new ConductCheck(TODAY.minusDays(10), true), TODAY))
                .isEqualTo(new Transition(CONDUCT_CERTIFICATE, TRAINING));
    }

    @Test
    void certificateSeenExactlyThreeMonthsAgoStillCounts() {
        // 31 May minus 3 months = 28 February (2026 is no leap year)
        VolunteerPipeline.checkCertificate(new ConductCheck(LocalDate.of(2026, 2, 28), true), TODAY);
        VolunteerPipeline.checkCertificate(new ConductCheck(TODAY, true), TODAY);
    }

    @Test
    void certificateOneDayTooOldIsRefused() {
        assertThatThrownBy(() -> VolunteerPipeline.checkCertificate(
                new ConductCheck(LocalDate.of(2026, 2, 27), true), TODAY))
                .isInstanceOfSatisfying(PipelineException.class, e -> {
                    assertThat(e.field()).isEqualTo("seen");
                    assertThat(e.reason()).contains("27.02.2026").contains("older than 3 months")
                            .contains("28.02.2026");
                });
    }

    @Test
    void uncleanCertificateIsRefused() {
        assertThatThrownBy(() -> VolunteerPipeline.checkCertificate(new ConductCheck(TODAY, false), TODAY))
                .isInstanceOfSatisfying(PipelineException.class, e -> {
                    assertThat(e.field()).isEqualTo("clear");
                    assertThat(e.reason()).contains("not clear");
                });
    }

    @Test
    void certificateSeenInTheFutureIsRefused() {
        assertThatThrownBy(() -> VolunteerPipeline.checkCertificate(
                new ConductCheck(TODAY.plusDays(1), true), TODAY))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("seen"));
    }

    @Test
    void leavingCertificateStageForwardNeedsACheck() {
        assertThatThrownBy(() -> VolunteerPipeline.check(CONDUCT_CERTIFICATE, TRAINING, null, TODAY))
                .isInstanceOfSatisfying(PipelineException.class,
                        e -> assertThat(e.field()).isEqualTo("conductCheck"));
        assertThatThrownBy(() -> VolunteerPipeline.check(CONDUCT_CERTIFICATE, TRAINING,
                new ConductCheck(TODAY.minusMonths(4), true), TODAY))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("seen"));
    }

    @Test
    void withdrawingFromCertificateStageNeedsNoCheck() {
        assertThat(VolunteerPipeline.check(CONDUCT_CERTIFICATE, LEFT, null, TODAY))
                .isEqualTo(new Transition(CONDUCT_CERTIFICATE, LEFT));
        assertThat(VolunteerPipeline.check(CONDUCT_CERTIFICATE, LEFT, new ConductCheck(TODAY, false), TODAY))
                .isEqualTo(new Transition(CONDUCT_CERTIFICATE, LEFT));
    }

    @Test
    void otherStagesIgnoreTheCertificateButStillFollowTheGraph() {
        assertThat(VolunteerPipeline.check(TRAINING, REFLECTION_TALK, null, TODAY))
                .isEqualTo(new Transition(TRAINING, REFLECTION_TALK));
        assertThatThrownBy(() -> VolunteerPipeline.check(CONDUCT_CERTIFICATE, POOL,
                new ConductCheck(TODAY, true), TODAY))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void conductCheckNeedsADate() {
        assertThatThrownBy(() -> new ConductCheck(null, true))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("seen"));
    }
}
