package de.ikz.uicore.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.UiRoles;
import de.ikz.api.ui.View;
import de.ikz.testkit.Screens;

/**
 * Calls pages as the shell does: finds the page by its path template, checks its {@link Roles} with
 * {@link UiRoles} (the shell's rule) and answers the view or submit.
 */
final class Pages {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private Pages() {
    }

    static UiPage page(UiContribution c, String template) {
        return Screens.page(c.pages(), template);
    }

    /** The roles the shell reads: of the method, else of the class. */
    static List<String> roles(UiPage page, String method) {
        return Screens.roles(page, "submit".equals(method));
    }

    static boolean submits(UiPage page) {
        return Screens.submits(page);
    }

    static boolean mayView(Caller c, UiContribution area, UiPage page) {
        return Screens.permits(c, area.module(), page, false);
    }

    static boolean maySubmit(Caller c, UiContribution area, UiPage page) {
        return Screens.permits(c, area.module(), page, true);
    }

    static UiRequest request(Caller c, Map<String, String> pathParams, Map<String, String> query, Map<String, String> form) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        query.forEach((k, v) -> q.put(k, List.of(v)));
        Map<String, List<String>> f = new LinkedHashMap<>();
        form.forEach((k, v) -> f.put(k, List.of(v)));
        return new UiRequest(c, null, TODAY, "", pathParams, q, f);
    }

    /** GET as the shell does it: refused (AssertionError) if the caller may not open the page. */
    static View get(UiContribution area, String template, Caller c, Map<String, String> pathParams, Map<String, String> query) {
        UiPage p = page(area, template);
        if (!mayView(c, area, p)) {
            throw new AssertionError(c.user() + " may not open " + template);
        }
        return p.view(request(c, pathParams, query, Map.of()));
    }

    static View.Screen screen(UiContribution area, String template, Caller c, Map<String, String> pathParams) {
        return (View.Screen) get(area, template, c, pathParams, Map.of());
    }

    static View post(UiContribution area, String template, Caller c, Map<String, String> pathParams, Map<String, String> form) {
        UiPage p = page(area, template);
        if (!maySubmit(c, area, p)) {
            throw new AssertionError(c.user() + " may not submit " + template);
        }
        return p.submit(request(c, pathParams, Map.of(), form));
    }

    /** Every part of a screen, nested ones included. */
    static List<Part> all(View.Screen s) {
        return Screens.parts(s);
    }

    static <T extends Part> Stream<T> parts(View.Screen s, Class<T> type) {
        return all(s).stream().filter(type::isInstance).map(type::cast);
    }

    static Optional<Part.Form> form(View.Screen s, String submitLabel) {
        return parts(s, Part.Form.class).filter(f -> f.submitLabel().equals(submitLabel)).findFirst();
    }

    /** All visible text of a screen: titles, paragraphs, notices, facts, table cells, labels. */
    static String text(View.Screen s) {
        StringBuilder b = new StringBuilder(s.title()).append('\n');
        for (Part p : all(s)) {
            if (p instanceof Part.Section x) {
                b.append(x.title());
            } else if (p instanceof Part.Paragraph x) {
                b.append(x.text());
            } else if (p instanceof Part.Notice x) {
                b.append(x.text());
            } else if (p instanceof Part.Facts x) {
                x.facts().forEach(f -> b.append(f.label()).append(": ").append(f.value()).append('\n'));
            } else if (p instanceof Part.Table x) {
                b.append(x.caption()).append('\n').append(x.columns()).append('\n');
                x.rows().forEach(r -> b.append(r).append('\n'));
            } else if (p instanceof Part.Actions x) {
                x.actions().forEach(a -> b.append(a.label()).append('\n'));
            } else if (p instanceof Part.Links x) {
                x.links().forEach(l -> b.append(l.text()).append('\n'));
            } else if (p instanceof Part.Form x) {
                b.append(x.submitLabel());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
