package de.ikz.rest.internal.resources;

import java.time.LocalDate;

import de.ikz.api.input.Input;

/** Parsing of query parameters with errors that name the parameter. */
final class Params {

    private Params() {
    }

    /** An ISO date within the platform's range ({@link Input#date(String, String)}); absent or blank gives {@code fallback}. */
    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Input.date(name, value);
    }
}
