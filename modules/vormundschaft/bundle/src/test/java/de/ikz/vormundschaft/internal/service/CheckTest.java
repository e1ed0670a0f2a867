package de.ikz.vormundschaft.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.ikz.api.error.IkzException;
import de.ikz.testkit.Refusals;
import de.ikz.vormundschaft.internal.domain.PipelineException;

import org.junit.jupiter.api.Test;

/** The module's input checks run on the kit's: what a service stores has passed them. */
class CheckTest {

    @Test
    void aTextWithAControlCharacterIsRefusedNamingTheField() {
        // a NUL or an escape sequence in a name would reach logs, terminals and documents
        assertThat(Refusals.invalid("fullName", () -> Check.text("fullName", "Anna\u0000 Beispiel", 200, true)))
                .contains("control character");
        Refusals.invalid("note", () -> Check.text("note", "rot \u001b[31m", 2000, false));
        assertThat(Check.text("note", "erste Zeile\nzweite Zeile", 2000, false)).contains("\n");
    }

    @Test
    void textsListsAndKeysKeepTheirRules() {
        assertThat(Check.text("fullName", "  Anna  ", 200, true)).isEqualTo("Anna");
        assertThat(Refusals.invalid("fullName", () -> Check.text("fullName", " ", 200, true))).isEqualTo("fullName is required");
        assertThat(Check.split(Check.join(Check.list("languages", List.of("Deutsch", " Arabisch"), 40))))
                .containsExactly("Deutsch", "Arabisch");
        assertThat(Refusals.invalid("municipality", () -> Check.ags("municipality", "5334002", true))).contains("AGS");
    }

    @Test
    void anEnumValueIsReadByNameAndARefusalListsTheNames() {
        assertThat(Check.oneOf("travel", "district", Travel.class, null)).isEqualTo(Travel.DISTRICT);
        assertThat(Check.oneOf("travel", null, Travel.class, Travel.DISTRICT)).isEqualTo(Travel.DISTRICT);
        assertThat(Refusals.invalid("travel", () -> Check.oneOf("travel", "moon", Travel.class, null)))
                .isEqualTo("travel must be one of DISTRICT, REGION, got 'moon'");
    }

    @Test
    void aPipelineRefusalBecomesInvalidOrConflict() {
        PipelineException e = new PipelineException("to", "not allowed");
        assertThat(Check.refused(e, true).kind()).isEqualTo(IkzException.Kind.CONFLICT);
        assertThat(Check.refused(e, false).kind()).isEqualTo(IkzException.Kind.INVALID);
        assertThat(Check.refused(e, false).field()).isEqualTo("to");
    }

    private enum Travel { DISTRICT, REGION }
}
