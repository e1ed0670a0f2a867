package de.ikz.ui.internal.render;

import java.util.Locale;

/**
 * Resolves the targets a page names ({@code Part.Link#target}, actions, form actions) into hrefs. A target
 * is either relative to the page's contribution ({@code "volunteers/12"}, {@code "volunteers?stage=TRAINING"})
 * or absolute below the UI ({@code "/ui/core/participants"}). Anything else — a scheme ({@code javascript:},
 * {@code https:}), a protocol-relative {@code //host}, a backslash, a {@code .} or {@code ..} segment (also
 * percent-encoded), control characters or white space in the path — is a bug in the page and refused with
 * {@link IllegalArgumentException}, so no page can send a user off the platform or out of {@code /ui}.
 * <p>
 * Hand-written (a dozen lines) rather than {@link java.net.URI#resolve}: URI resolution accepts every one of
 * the forms refused here, and normalising them would hide the page's bug instead of reporting it.
 */
public final class Targets {

    private Targets() {
    }

    /**
     * @param target the page's target
     * @param base   the contribution's base, {@code /ui/<id>/}
     * @return the href to write into the page
     */
    public static String resolve(String target, String base) {
        if (target == null) {
            throw new IllegalArgumentException("a target is missing");
        }
        int end = firstOf(target, '?', '#');
        String path = target.substring(0, end);
        String rest = target.substring(end);
        check(target, path);
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                throw refused(target, "control character or backslash");
            }
        }
        rest = rest.replace(" ", "%20");
        if (path.startsWith("/")) {
            if (!path.startsWith("/ui/")) {
                throw refused(target, "an absolute target must start with /ui/");
            }
            return path + rest;
        }
        return base(base) + path + rest;
    }

    /** Checks a base from the web shell: {@code /ui/} or {@code /ui/<id>/}. */
    static String base(String base) {
        if (base == null || !base.startsWith("/ui/") || !base.endsWith("/")) {
            throw new IllegalArgumentException("the base must be /ui/ or /ui/<id>/: " + base);
        }
        check(base, base);
        return base;
    }

    private static void check(String target, String path) {
        if (path.startsWith("//")) {
            throw refused(target, "a target must not name a host");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\') {
                throw refused(target, "white space, control character or backslash");
            }
        }
        // a colon in the first segment reads as a scheme (javascript:, https:); later ones are plain path text
        String first = path.startsWith("/") ? "" : path.split("/", 2)[0];
        if (first.indexOf(':') >= 0) {
            throw refused(target, "a target must not carry a scheme");
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")) {
            throw refused(target, "encoded dot, slash or backslash");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                throw refused(target, "a dot segment");
            }
        }
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    private static IllegalArgumentException refused(String target, String why) {
        return new IllegalArgumentException("target refused (" + why + "): " + printable(target));
    }

    /** The target as it may appear in a log line: control characters replaced, length bounded. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && i < 200; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return sb.toString();
    }
}
