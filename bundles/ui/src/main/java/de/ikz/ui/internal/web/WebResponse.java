package de.ikz.ui.internal.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shell's answer: status, headers (in order, a header may repeat) and body. */
final class WebResponse {

    final int status;
    final Map<String, List<String>> headers = new LinkedHashMap<>();
    final byte[] body;

    WebResponse(int status, byte[] body) {
        this.status = status;
        this.body = body == null ? new byte[0] : body;
    }

    static WebResponse html(int status, String html) {
        WebResponse r = new WebResponse(status, html.getBytes(StandardCharsets.UTF_8));
        r.set("Content-Type", "text/html; charset=UTF-8");
        return r;
    }

    /** 303 See Other to a path of this UI. */
    static WebResponse seeOther(String location) {
        WebResponse r = new WebResponse(303, new byte[0]);
        r.set("Location", location);
        return r;
    }

    WebResponse set(String name, String value) {
        List<String> l = new ArrayList<>();
        l.add(value);
        headers.put(name, l);
        return this;
    }

    WebResponse add(String name, String value) {
        headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }

    /** The first value of a header, or null. */
    String header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
