package de.ikz.rest.internal.resources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import de.ikz.api.error.IkzException;

/** Parsing of query parameters with errors that name the parameter. */
final class Params {

    private Params() {
    }

    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw IkzException.invalid(name, name + " must be a date like 2025-12-31, got '" + value + "'");
        }
    }
}
