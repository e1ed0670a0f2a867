package de.ikz.ui.internal.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One HTTP request to the UI as the shell sees it, apart from the servlet API so the shell can be
 * tested without a container.
 *
 * @param method   GET, HEAD or POST
 * @param rawPath  the path below {@code /ui}, percent-encoded as sent ({@code "/vormundschaft/due"}; {@code ""} for {@code /ui})
 * @param rawQuery the query string as sent, or null
 * @param query    the decoded query parameters
 * @param form     the decoded form fields of a POST (application/x-www-form-urlencoded)
 * @param header   a request header by name (null if absent)
 * @param address  the client address
 * @param secure   whether the request came over TLS
 */
record WebRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> query,
                  Map<String, List<String>> form, Function<String, String> header, String address, boolean secure) {

    WebRequest {
        rawPath = rawPath == null ? "" : rawPath;
        query = query == null ? Map.of() : query;
        form = form == null ? Map.of() : form;
        header = header == null ? h -> null : header;
    }

    boolean post() {
        return "POST".equals(method);
    }

    /** The first value of a form field, or null. */
    String field(String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The first value of a query parameter, or null. */
    String param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
