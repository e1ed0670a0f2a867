package de.ikz.kit.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.input.Input;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.input.Fields;

/**
 * Request input that JSON mapping does not cover, read the same way by every resource of the core
 * and of the modules: query parameters (dates, years, money, flags, whole numbers, enum names), a
 * missing body, the answer to a creation. Bounds come from {@link Input} and {@link Amount} (the
 * API's, shared at runtime), enum names from {@link Fields}. Every refusal is
 * {@link IkzException} INVALID naming the parameter, which the platform turns into a problem
 * document with {@code field}. An absent or blank parameter gives the fallback; the rules of the
 * domain (which move is allowed, which range a report may span) stay in the services.
 *
 * <p>The tenant of a request is never taken from request data alone: {@link #tenant} applies the
 * API's rule {@code Caller.tenantFor} (the caller's own tenant; only a platform admin names one
 * with {@code ?tenant=}), the one rule REST and console share. With {@link #caller} an operation's
 * body is one line: {@code return service.list(caller(sc), tenant(sc, tenant));}.
 */
public final class Params {

    private Params() {
    }

    /** The authenticated caller of the request ({@link CallerPrincipal#caller}); 401 if there is none. */
    public static Caller caller(SecurityContext sc) {
        return CallerPrincipal.caller(sc);
    }

    /**
     * The tenant the request works in: the caller's own; a platform admin names it with the
     * parameter {@code requested} (refused as invalid when missing). Another tenant named by anybody
     * else is "not found", never "forbidden".
     */
    public static String tenant(SecurityContext sc, String requested) {
        return CallerPrincipal.caller(sc).tenantFor(requested);
    }

    /** The request body; a missing one is refused (field null: the body as a whole) before anything else is looked at. */
    public static <T> T body(T body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        return body;
    }

    /** An ISO date (2026-01-31) within the platform's range ({@link Input#date(String, String)}); absent or blank gives {@code fallback}. */
    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Input.date(name, value);
    }

    /** A fiscal year ({@link Input#year(String, String)}: 1990 to 2100); absent or blank gives {@code fallback}. */
    public static Integer year(String name, String value, Integer fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Input.year(name, value);
    }

    /** An amount of money as a decimal string ({@link Amount#parse}); absent or blank gives null. */
    public static BigDecimal amount(String name, String value, Amount.Sign sign) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Amount.parse(name, value.strip(), sign).value();
    }

    /** {@code true} or {@code false} (case ignored); absent or blank gives null. */
    public static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw IkzException.invalid(name, name + " must be true or false, got '" + shorten(value) + "'");
        };
    }

    /** {@link #flag(String, String)} with a default for an absent parameter. */
    public static boolean flag(String name, String value, boolean fallback) {
        Boolean b = flag(name, value);
        return b == null ? fallback : b;
    }

    /** A whole number from {@code min} to {@code max}; absent or blank gives {@code fallback}. */
    public static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String t = value.strip();
        if (t.length() <= 11) {
            try {
                int n = Integer.parseInt(t);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // refused below, with the same words as a number out of range
            }
        }
        throw IkzException.invalid(name, name + " must be a whole number from " + min + " to " + max
                + ", got '" + shorten(value) + "'");
    }

    /** An enum value by name (case ignored, '-' for '_'); absent or blank gives null; the refusal lists the names. */
    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        return Fields.choice(name, value, java.util.EnumSet.allOf(type));
    }

    /** An enum value by name out of {@code allowed}; absent or blank gives null. */
    public static <E extends Enum<E>> E choice(String name, String value, Set<E> allowed) {
        return Fields.choice(name, value, allowed);
    }

    /** An enum value by name that must be given. */
    public static <E extends Enum<E>> E requiredChoice(String name, String value, Class<E> type) {
        return Fields.requiredChoice(name, value, java.util.EnumSet.allOf(type));
    }

    /**
     * 201 with the entity and its Location {@code path}, relative to the application base
     * ({@code /api/v1/}): {@code "agreements/ak"}, or for a module {@code "modules/<id>/volunteers/v-1"}
     * ({@link #moduleBase}).
     */
    public static Response created(Object entity, String path) {
        return created(entity, path, null);
    }

    /** 201 with the entity and the Location {@code path?query}; characters a URI may not hold are quoted. */
    public static Response created(Object entity, String path, String query) {
        try {
            return Response.created(new URI(null, null, path, query, null)).entity(entity).build();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no location for " + path, e);
        }
    }

    /** Where a module's operations live under the application base: {@code "modules/<id>/"}. */
    public static String moduleBase(String moduleId) {
        return "modules/" + moduleId + "/";
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
