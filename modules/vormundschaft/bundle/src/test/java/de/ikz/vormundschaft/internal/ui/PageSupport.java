package de.ikz.vormundschaft.internal.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.testkit.Screens;
import de.ikz.vormundschaft.internal.service.CaseUiFixture;

/** Helpers for the case pages' tests: requests, the shell's role rule, the text and parts of a screen. */
final class PageSupport {

    private PageSupport() {
    }

    static UiRequest get(Caller caller, String path, Map<String, String> pathParams, String... query) {
        return new UiRequest(caller, null, CaseUiFixture.TODAY, path, pathParams, pairs(query), null);
    }

    static UiRequest post(Caller caller, String path, Map<String, String> pathParams, String... form) {
        return new UiRequest(caller, null, CaseUiFixture.TODAY, path, pathParams, null, pairs(form));
    }

    private static Map<String, List<String>> pairs(String... kv) {
        return Screens.pairs(kv);
    }

    static UiPage page(List<UiPage> pages, String path) {
        return Screens.page(pages, path);
    }

    /** The roles the shell reads: on the method, else on the class; none if neither. */
    static List<String> roles(UiPage page, boolean submit) {
        return Screens.roles(page, submit);
    }

    /** Would the shell let this caller open (or submit) the page? The same rule as the shell and REST. */
    static boolean allowed(UiPage page, boolean submit, Caller caller) {
        return Screens.permits(caller, CaseUiPages.MODULE, page, submit);
    }

    static View.Screen screen(View v) {
        return Screens.screen(v);
    }

    /** Every part, depth first. */
    static List<Part> parts(View.Screen s) {
        return Screens.parts(s);
    }

    static <T extends Part> List<T> all(View.Screen s, Class<T> type) {
        return Screens.all(s, type);
    }

    static Part.Table table(View.Screen s, String caption) {
        return all(s, Part.Table.class).stream().filter(t -> t.caption().equals(caption)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + caption));
    }

    /** POST forms' actions and every input name, to see which changes a screen offers. */
    static List<Part.Form> postForms(View.Screen s) {
        return Screens.postForms(s);
    }

    static List<Part.Action> postActions(View.Screen s) {
        return Screens.postActions(s);
    }

    /** All text of the screen (titles, labels, values), to check what a caller can read. */
    static String text(View.Screen s) {
        StringBuilder b = new StringBuilder(s.title()).append('\n');
        for (Part p : parts(s)) {
            if (p instanceof Part.Section sec) {
                b.append(sec.title()).append('\n');
            } else if (p instanceof Part.Paragraph para) {
                b.append(para.text()).append('\n');
            } else if (p instanceof Part.Notice n) {
                b.append(n.text()).append('\n');
            } else if (p instanceof Part.Facts f) {
                f.facts().forEach(x -> b.append(x.label()).append(": ").append(text(x.value())).append('\n'));
            } else if (p instanceof Part.Table t) {
                b.append(t.caption()).append('\n').append(String.join(" | ", t.columns())).append('\n');
                t.rows().forEach(r -> b.append(String.join(" | ", r.stream().map(PageSupport::text).toList())).append('\n'));
            } else if (p instanceof Part.BarChart c) {
                c.bars().forEach(x -> b.append(x.label()).append(' ').append(text(x.value())).append('\n'));
            } else if (p instanceof Part.Board bd) {
                bd.lanes().forEach(l -> l.tiles().forEach(t -> b.append(t.title()).append(' ')
                        .append(String.join(" ", t.lines())).append('\n')));
            } else if (p instanceof Part.Form f) {
                f.inputs().forEach(i -> b.append(i.label()).append('=').append(Objects.toString(i.value(), ""))
                        .append(' ').append(String.join(",", i.options().values())).append('\n'));
            }
        }
        return b.toString();
    }

    static String text(Value v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Value.Text t) {
            return t.text();
        } else if (v instanceof Value.Count c) {
            return String.valueOf(c.count());
        } else if (v instanceof Value.Money m) {
            return String.valueOf(m.amount());
        } else if (v instanceof Value.Date d) {
            return String.valueOf(d.date());
        } else if (v instanceof Value.LinkTo l) {
            return l.text();
        } else if (v instanceof Value.Badge b) {
            return b.text();
        }
        return String.valueOf(v);
    }
}
