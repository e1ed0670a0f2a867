package de.ikz.ui.internal.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paths below {@code /ui}: strict percent-decoding of segments, page path templates and the
 * targets the shell may send a browser to.
 */
final class UiPaths {

    private UiPaths() {
    }

    /**
     * The decoded segments of a raw (percent-encoded) path below {@code /ui/}, or empty when the path
     * is not acceptable: a dot segment, an empty segment inside the path, malformed percent-encoding or
     * UTF-8, a control character, or an encoded slash or backslash. One trailing slash is allowed.
     */
    static Optional<List<String>> segments(String rawPath) {
        String p = rawPath == null ? "" : rawPath;
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        List<String> out = new ArrayList<>();
        if (p.isEmpty()) {
            return Optional.of(out);
        }
        for (String raw : p.split("/", -1)) {
            String s = decode(raw);
            if (s == null || s.isEmpty() || s.equals(".") || s.equals("..") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0
                    || s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return Optional.empty();
            }
            out.add(s);
        }
        return Optional.of(out);
    }

    /** Strict percent-decoding (no '+' for space); null if malformed. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                b.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] u = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                b.write(u, 0, u.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * A page path template ({@code "volunteers/{id}"}): literal segments and parameters.
     *
     * @param segments each either a literal or {@code {name}}
     */
    record Template(String path, List<String> segments) {

        static Template of(String path) {
            String p = path == null ? "" : path.strip();
            while (p.startsWith("/")) {
                p = p.substring(1);
            }
            while (p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            List<String> segs = p.isEmpty() ? List.of() : List.of(p.split("/"));
            for (String s : segs) {
                if (s.isEmpty() || s.equals(".") || s.equals("..")) {
                    throw new IllegalArgumentException("page path '" + path + "': empty or dot segment");
                }
                if (isParam(s) && !s.substring(1, s.length() - 1).matches("[A-Za-z][A-Za-z0-9_]*")) {
                    throw new IllegalArgumentException("page path '" + path + "': bad parameter " + s);
                }
            }
            return new Template(p, segs);
        }

        static boolean isParam(String segment) {
            return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
        }

        /** The parameters if the decoded segments fit, else null. */
        Map<String, String> match(List<String> decoded) {
            if (decoded.size() != segments.size()) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < segments.size(); i++) {
                String t = segments.get(i);
                if (isParam(t)) {
                    params.put(t.substring(1, t.length() - 1), decoded.get(i));
                } else if (!t.equals(decoded.get(i))) {
                    return null;
                }
            }
            return params;
        }

        /**
         * Whether this template is more specific than the other at the first position where one has a
         * literal and the other a parameter (literal segments before parameters).
         */
        boolean moreSpecificThan(Template other) {
            for (int i = 0; i < Math.min(segments.size(), other.segments.size()); i++) {
                boolean mine = isParam(segments.get(i));
                boolean theirs = isParam(other.segments.get(i));
                if (mine != theirs) {
                    return !mine;
                }
            }
            return false;
        }
    }

    /**
     * A target a page gave (a link, a redirect, a card), resolved to an absolute path below
     * {@code /ui/}, or null when it is not allowed: absolute targets must start with {@code /ui/},
     * relative ones are taken below {@code base}; no scheme, no {@code //}, no backslash, no control
     * characters, no dot segments.
     */
    static String resolve(String base, String target) {
        if (target == null || target.length() > 2000) {
            return null;
        }
        try {
            // one rule for every target, the renderer's: links a page shows and redirects it asks for alike
            return de.ikz.ui.internal.render.Targets.resolve(target, base);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The page to go back to after login: only a path of this UI ({@code /ui/…}, not the login,
     * logout or an asset), as {@link #resolve} allows it; else {@code /ui/}.
     */
    static String afterLogin(String next) {
        if (next == null || !next.startsWith("/ui/")) {
            return "/ui/";
        }
        String r = resolve("/ui/", next);
        if (r == null || r.startsWith("/ui/login") || r.startsWith("/ui/logout") || r.startsWith("/ui/assets/")) {
            return "/ui/";
        }
        return r;
    }
}
