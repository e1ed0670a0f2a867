package de.ikz.vormundschaft.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import de.ikz.api.error.IkzException;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgsTest {

    @Test
    void parsesIsoDatesAndLeavesMissingOnesNull() {
        assertThat(Args.date("--on", "2026-01-31")).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(Args.date("--on", " 2024-02-29 ")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Args.date("--on", null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.01.2026", "2026-02-30", "2025-02-29", "tomorrow", "", "2026-1-31"})
    void refusesBadDatesNamingTheOption(String text) {
        assertThatThrownBy(() -> Args.date("--follow-up-due", text))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("--follow-up-due");
                    assertThat(e.getMessage()).contains("'" + text + "'").contains("like 2026-01-31");
                });
    }

    @Test
    void refusesDatesBeyondThePlatformsRange() {
        assertThatThrownBy(() -> Args.date("--on", "+99999-01-01"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("--on"));
    }

    @Test
    void splitsCommaSeparatedListsTrimmingAndDroppingBlanks() {
        assertThat(Args.list("Deutsch,Arabisch")).containsExactly("Deutsch", "Arabisch");
        assertThat(Args.list(" Deutsch , Dari,, ")).containsExactly("Deutsch", "Dari");
        assertThat(Args.list("Tigrinya")).containsExactly("Tigrinya");
    }

    @Test
    void emptyListTextIsAnEmptyListButMissingStaysNull() {
        assertThat(Args.list("")).isEmpty();
        assertThat(Args.list(" , ")).isEmpty();
        assertThat(Args.list(null)).isNull();
    }

    @Test
    void readsStagesForgivingCaseAndSeparators() {
        assertThat(Args.stage("stage", "pool")).isEqualTo(VolunteerStage.POOL);
        assertThat(Args.stage("stage", "proposed-to-court")).isEqualTo(VolunteerStage.PROPOSED_TO_COURT);
        assertThat(Args.stage("stage", "Suitability Interview")).isEqualTo(VolunteerStage.SUITABILITY_INTERVIEW);
        assertThat(Args.stage("stage", "RESTING")).isEqualTo(VolunteerStage.RESTING);
        assertThat(Args.stage("stage", null)).isNull();
    }

    @Test
    void refusesUnknownStagesListingTheKnownOnes() {
        assertThatThrownBy(() -> Args.stage("--next", "holiday"))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.field()).isEqualTo("--next");
                    assertThat(e.getMessage()).contains("'holiday'").contains("POOL").contains("RESTING").contains("LEFT");
                });
    }
}
