package de.ikz.testkit;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.UiRoles;
import de.ikz.api.ui.View;

/**
 * Tests of web UI pages (core areas and modules) without the shell: the roles the shell reads from a
 * page, the shell's role rule, and the parts of a screen to assert on. Pages are plain Java, so a test
 * calls {@code view}/{@code submit} with a {@link UiRequest} and looks at the {@link View} it gets.
 */
public final class Screens {

    private Screens() {
    }

    /** The page of this path template ({@code "volunteers/{id}"}) among the pages; AssertionError if none. */
    public static UiPage page(List<UiPage> pages, String path) {
        return pages.stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no page " + path));
    }

    /** The roles the shell reads: {@link Roles} on {@code view} or {@code submit}, else on the class; none if neither. */
    public static List<String> roles(UiPage page, boolean submit) {
        try {
            Method m = page.getClass().getMethod(submit ? "submit" : "view", UiRequest.class);
            Roles r = m.getAnnotation(Roles.class);
            if (r == null) {
                r = page.getClass().getAnnotation(Roles.class);
            }
            return r == null ? List.of() : Arrays.asList(r.value());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Does the page take a POST at all (overrides {@link UiPage#submit})? */
    public static boolean submits(UiPage page) {
        try {
            return page.getClass().getMethod("submit", UiRequest.class).getDeclaringClass() != UiPage.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Would the shell let the caller open ({@code submit == false}) or submit the page? The rule of
     * {@link UiRoles#permits}, as for REST.
     *
     * @param module the contribution's module, empty for a core area
     */
    public static boolean permits(Caller caller, Optional<String> module, UiPage page, boolean submit) {
        return (!submit || submits(page)) && UiRoles.permits(caller, module, submit, roles(page, submit).toArray(String[]::new));
    }

    /** Name–value pairs ({@code "from", "2026-01-01", "to", "2026-12-31"}) as query or form of a {@link UiRequest}. */
    public static Map<String, List<String>> pairs(String... kv) {
        if (kv.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of name and value");
        }
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
        }
        return m;
    }

    /** The view as a screen; AssertionError if it is a redirect or a download. */
    public static View.Screen screen(View v) {
        if (v instanceof View.Screen s) {
            return s;
        }
        throw new AssertionError("not a screen: " + v);
    }

    /** The target of a redirect; AssertionError if the view is none. */
    public static String redirectTarget(View v) {
        if (v instanceof View.Redirect r) {
            return r.target();
        }
        throw new AssertionError("not a redirect: " + v);
    }

    /** Every part of the screen, depth first (sections and regions opened). */
    public static List<Part> parts(View.Screen s) {
        List<Part> out = new ArrayList<>();
        s.parts().forEach(p -> collect(p, out));
        return out;
    }

    private static void collect(Part p, List<Part> out) {
        out.add(p);
        if (p instanceof Part.Section sec) {
            sec.parts().forEach(c -> collect(c, out));
        } else if (p instanceof Part.Region reg) {
            reg.parts().forEach(c -> collect(c, out));
        }
    }

    /** The parts of one type, depth first. */
    public static <T extends Part> List<T> all(View.Screen s, Class<T> type) {
        return parts(s).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The first table whose caption starts with the text; AssertionError if none. */
    public static Part.Table table(View.Screen s, String captionStart) {
        return all(s, Part.Table.class).stream().filter(t -> t.caption().startsWith(captionStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + captionStart));
    }

    /** The POST forms: the changes the screen offers. */
    public static List<Part.Form> postForms(View.Screen s) {
        return all(s, Part.Form.class).stream().filter(f -> f.method() == Part.Method.POST).toList();
    }

    /** Every POST button of the screen: in action bars and on board tiles. */
    public static List<Part.Action> postActions(View.Screen s) {
        List<Part.Action> out = new ArrayList<>();
        for (Part p : parts(s)) {
            if (p instanceof Part.Actions a) {
                a.actions().stream().filter(x -> x.method() == Part.Method.POST).forEach(out::add);
            } else if (p instanceof Part.Board b) {
                b.lanes().forEach(l -> l.tiles().forEach(t -> t.actions().stream()
                        .filter(x -> x.method() == Part.Method.POST).forEach(out::add)));
            }
        }
        return out;
    }
}
