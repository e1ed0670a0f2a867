package de.ikz.vormundschaft.internal.shell;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import de.ikz.api.error.IkzException;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;

/** Parsing of command-line text: dates, comma-separated lists, stages. Null (not given) stays null. */
final class Args {

    private Args() {
    }

    /** An ISO date (2026-01-31) within the platform's range (1900 to 2199); the refusal names the option or argument. */
    static LocalDate date(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return de.ikz.api.input.Input.date(name, LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw IkzException.invalid(name, "'" + text + "' is not a date like 2026-01-31");
        }
    }

    /**
     * A comma-separated list ("Deutsch, Arabisch"), blanks dropped; an empty text is the empty
     * list (clears the field on a change), null stays null (not given).
     */
    static List<String> list(String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A stage by name, case and "-"/" " for "_" forgiven: "pool", "proposed-to-court", "RESTING". */
    static VolunteerStage stage(String name, String text) {
        if (text == null) {
            return null;
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return VolunteerStage.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw IkzException.invalid(name, "'" + text + "' is not a stage; one of "
                    + Arrays.stream(VolunteerStage.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
