package de.ikz.vormundschaft.internal.rest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.core.Response;

import de.ikz.api.error.IkzException;
import de.ikz.api.input.Input;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;

/**
 * The one place where the module's resources read request input that JSON mapping does not
 * cover (query parameters, stage names, a missing body) and build the answer to a creation.
 * Every refusal is an {@link IkzException} that names the parameter or field at fault; the rules
 * themselves (which move is allowed, which range a report may span, ...) stay in the service.
 */
final class Params {

    /** Path of the module under the application base; relative Locations resolve against that base. */
    static final String BASE = "modules/vormundschaft/";

    private Params() {
    }

    /** The request body; a missing one is refused before anything else is looked at. */
    static <T> T body(T body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        return body;
    }

    /** An ISO date, e.g. 2026-01-31, within the platform's range (1900 to 2199); absent or blank gives {@code fallback}. */
    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Input.date(name, value);
    }

    /** A pipeline stage by name (case ignored); absent or blank gives null. */
    static VolunteerStage stage(String name, String value) {
        return stage(name, value, EnumSet.allOf(VolunteerStage.class));
    }

    /** A pipeline stage by name (case ignored) that must be given. */
    static VolunteerStage requiredStage(String name, String value) {
        if (value == null || value.isBlank()) {
            throw IkzException.invalid(name, name + " is required: one of " + names(EnumSet.allOf(VolunteerStage.class)));
        }
        return stage(name, value);
    }

    /** A pipeline stage by name (case ignored) out of {@code allowed}; absent or blank gives null. */
    static VolunteerStage stage(String name, String value, Set<VolunteerStage> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return allowed.stream().filter(s -> s.name().equals(wanted)).findFirst()
                .orElseThrow(() -> IkzException.invalid(name,
                        name + " must be one of " + names(allowed) + ", got '" + value + "'"));
    }

    /** {@code true} or {@code false} (case ignored); absent or blank gives null. */
    static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw IkzException.invalid(name, name + " must be true or false, got '" + value + "'");
        };
    }

    /** A whole number from {@code min} to {@code max}; absent or blank gives {@code fallback}. */
    static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same words as a number out of range
        }
        throw IkzException.invalid(name, name + " must be a whole number from " + min + " to " + max + ", got '" + value + "'");
    }

    /** 201 with the entity and its Location {@code BASE + path}. */
    static Response created(Object entity, String path) {
        return created(entity, path, null);
    }

    /** 201 with the entity and the Location {@code BASE + path ? query} (characters a URI may not hold are quoted). */
    static Response created(Object entity, String path, String query) {
        try {
            return Response.created(new URI(null, null, BASE + path, query, null)).entity(entity).build();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no location for " + path, e);
        }
    }

    private static String names(Set<VolunteerStage> stages) {
        return Arrays.stream(VolunteerStage.values()).filter(stages::contains).map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
