package de.ikz.api.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;

/**
 * What a page gets: the logged-in caller (from the session, never from request data), the locale,
 * the path parameters, the query and (for POST) the form. Values are raw strings; a page parses
 * them through its service, whose {@link IkzException} INVALID names the field.
 *
 * @param caller     the caller
 * @param locale     the UI language (German by default)
 * @param today      today's date on the platform's clock
 * @param path       the page path as requested, below the contribution
 * @param pathParams values of the page path's parameters
 * @param query      query parameters
 * @param form       form fields of a POST (empty for GET)
 */
public record UiRequest(Caller caller, Locale locale, LocalDate today, String path, Map<String, String> pathParams,
                        Map<String, List<String>> query, Map<String, List<String>> form) {

    public UiRequest {
        Objects.requireNonNull(caller, "caller");
        locale = locale == null ? Locale.GERMANY : locale;
        Objects.requireNonNull(today, "today");
        path = path == null ? "" : path;
        pathParams = pathParams == null ? Map.of() : Map.copyOf(pathParams);
        query = query == null ? Map.of() : Map.copyOf(query);
        form = form == null ? Map.of() : Map.copyOf(form);
    }

    /** A path parameter; NOT_FOUND if the page path has no such parameter. */
    public String pathParam(String name) {
        String v = pathParams.get(name);
        if (v == null) {
            throw IkzException.notFound("page parameter", name);
        }
        return v;
    }

    /** A form field (POST) or else query parameter, blank counted as absent. */
    public Optional<String> param(String name) {
        return first(form, name).or(() -> first(query, name));
    }

    /** All values of a form field or else query parameter (checkboxes, multi-selects). */
    public List<String> params(String name) {
        List<String> f = form.get(name);
        if (f != null && !f.isEmpty()) {
            return List.copyOf(f);
        }
        List<String> q = query.get(name);
        return q == null ? List.of() : List.copyOf(q);
    }

    /** A required parameter: INVALID naming the field when it is missing or blank. */
    public String require(String name) {
        return param(name).orElseThrow(() -> IkzException.invalid(name, "Angabe fehlt"));
    }

    private static Optional<String> first(Map<String, List<String>> m, String name) {
        List<String> v = m.get(name);
        if (v == null) {
            return Optional.empty();
        }
        return v.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).findFirst();
    }
}
