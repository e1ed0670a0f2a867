package de.ikz.ui.internal.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.ikz.api.ui.Part;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;

/**
 * Turns a page's data ({@link View.Screen}, {@link Part}, {@link Value}) into the plain tree the templates
 * render: maps, lists and strings only, every value already formatted, every target resolved and checked,
 * every id assigned. So the templates hold no logic beyond markup, and everything that can be wrong about a
 * page (a hostile target, a live form without its region, a region id used twice) fails here, in Java, with an
 * {@link IllegalArgumentException} the web shell logs as a bug in the page. One instance per rendering.
 */
final class PageModel {

    /** Ids the shell itself uses; a region must not take them. */
    private static final Set<String> RESERVED_IDS = Set.of("inhalt", "logout", "hauptnavigation", "navigation");

    private final Chrome chrome;
    private final FormState state;
    private final Map<String, String> t;
    private final String base;
    private final Locale locale;
    private final Set<String> regions = new HashSet<>();
    private final List<String> liveTargets = new ArrayList<>();
    private int counter;
    private String errorInputId;
    private boolean errorShown;

    PageModel(Chrome chrome, FormState state, Map<String, String> texts) {
        this.chrome = chrome;
        this.state = state == null ? FormState.NONE : state;
        this.t = texts;
        this.locale = chrome == null ? Locale.GERMANY : chrome.locale();
        this.base = chrome == null ? "/ui/" : Targets.base(chrome.base());
    }

    /** The model of a screen: title, back link, parts, error summary. */
    Map<String, Object> screen(View.Screen screen) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", screen.title());
        if (screen.back() != null) {
            m.put("back", link(screen.back()));
        }
        collectRegions(screen.parts());
        m.put("parts", parts(screen.parts(), 2));
        for (String live : liveTargets) {
            if (!regions.contains(live)) {
                throw new IllegalArgumentException("a live form names region '" + live + "', which the page lacks");
            }
        }
        if (state.errorMessage() != null) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("message", state.errorMessage());
            e.put("field", errorInputId == null ? "" : errorInputId);
            m.put("error", e);
        }
        return m;
    }

    /** The navigation with the entry of the current page marked (the longest href the path starts with). */
    List<Map<String, Object>> navigation() {
        List<Map<String, Object>> groups = new ArrayList<>();
        if (chrome == null) {
            return groups;
        }
        String current = chrome.currentPath() == null ? "" : chrome.currentPath();
        String best = null;
        for (NavGroup g : chrome.navigation()) {
            for (NavItem i : g.items()) {
                String href = Targets.resolve(i.href(), "/ui/");
                if (matches(current, href) && (best == null || href.length() > best.length())) {
                    best = href;
                }
            }
        }
        for (NavGroup g : chrome.navigation()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (NavItem i : g.items()) {
                String href = Targets.resolve(i.href(), "/ui/");
                items.add(map("label", nz(i.label()), "href", href, "current", href.equals(best)));
            }
            groups.add(map("title", nz(g.title()), "items", items));
        }
        return groups;
    }

    private static boolean matches(String current, String href) {
        String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
        if (current.equals(path)) {
            return true;
        }
        String prefix = path.endsWith("/") ? path : path + "/";
        return !path.equals("/ui/") && current.startsWith(prefix);
    }

    private void collectRegions(List<Part> parts) {
        for (Part p : parts) {
            if (p instanceof Part.Region r) {
                if (RESERVED_IDS.contains(r.id()) || !regions.add(r.id())) {
                    throw new IllegalArgumentException("region id '" + r.id() + "' is used twice or reserved");
                }
                collectRegions(r.parts());
            } else if (p instanceof Part.Section s) {
                collectRegions(s.parts());
            }
        }
    }

    private List<Map<String, Object>> parts(List<Part> parts, int level) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Part p : parts) {
            if (p != null) {
                out.add(part(p, level));
            }
        }
        return out;
    }

    private Map<String, Object> part(Part p, int level) {
        String h = String.valueOf(Math.min(level, 6));
        if (p instanceof Part.Section s) {
            return lang(map("kind", "section", "title", s.title(), "h", h, "id", id("s"), "parts", parts(s.parts(), level + 1)), s.language());
        }
        if (p instanceof Part.Paragraph x) {
            return lang(map("kind", "paragraph", "text", nz(x.text())), x.language());
        }
        if (p instanceof Part.Notice n) {
            Value.Tone tone = n.tone() == null ? Value.Tone.INFO : n.tone();
            return map("kind", "notice", "tone", kern(tone), "icon", icon(tone), "word", word(tone), "text", nz(n.text()));
        }
        if (p instanceof Part.Facts f) {
            List<Map<String, Object>> facts = new ArrayList<>();
            for (Part.Fact fact : f.facts()) {
                facts.add(map("label", nz(fact.label()), "value", value(fact.value())));
            }
            return map("kind", "facts", "facts", facts);
        }
        if (p instanceof Part.Table tb) {
            return table(tb.caption(), tb.columns(), tb.rows(), tb.totals(), tb.empty());
        }
        if (p instanceof Part.BarChart c) {
            return chart(c, h);
        }
        if (p instanceof Part.Board b) {
            return board(b, level);
        }
        if (p instanceof Part.Form f) {
            return form(f);
        }
        if (p instanceof Part.Actions a) {
            List<Map<String, Object>> actions = new ArrayList<>();
            for (Part.Action action : a.actions()) {
                actions.add(action(action));
            }
            return map("kind", "actions", "actions", actions);
        }
        if (p instanceof Part.Links l) {
            List<Map<String, Object>> links = new ArrayList<>();
            for (Part.Link link : l.links()) {
                links.add(link(link));
            }
            return map("kind", "links", "caption", nz(l.caption()), "h", h, "id", id("l"), "links", links);
        }
        if (p instanceof Part.Cards c) {
            List<Map<String, Object>> cards = new ArrayList<>();
            for (Part.Card card : c.cards()) {
                Map<String, Object> m = map("title", card.title(), "href", href(card.target()),
                        "figure", card.figure() == null ? "" : Formats.text(card.figure(), locale),
                        "text", nz(card.text()), "tone", kern(card.tone()), "icon", icon(card.tone()),
                        "word", word(card.tone()));
                cards.add(m);
            }
            return map("kind", "cards", "h", h, "cards", cards);
        }
        if (p instanceof Part.Region r) {
            return map("kind", "region", "id", r.id(), "parts", parts(r.parts(), level));
        }
        throw new IllegalArgumentException("unknown part " + p.getClass());
    }

    private Map<String, Object> table(String caption, List<String> columns, List<List<Value>> rows, List<Value> totals,
                                      String empty) {
        int width = columns.size();
        boolean[] numeric = new boolean[width];
        for (int c = 0; c < width; c++) {
            boolean any = false;
            boolean all = true;
            for (List<Value> r : rows) {
                Value v = r.get(c);
                if (v != null) {
                    any = true;
                    all &= Formats.numeric(v);
                }
            }
            numeric[c] = any && all;
        }
        List<Map<String, Object>> cols = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            cols.add(map("label", nz(columns.get(c)), "num", numeric[c]));
        }
        List<List<Map<String, Object>>> body = new ArrayList<>();
        for (List<Value> r : rows) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Value v : r) {
                cells.add(value(v));
            }
            body.add(cells);
        }
        Map<String, Object> m = map("kind", "table", "id", id("t"), "caption", caption, "columns", cols, "rows", body,
                "empty", empty == null || empty.isBlank() ? t.get("noEntries") : empty);
        if (totals != null) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Value v : totals) {
                cells.add(value(v));
            }
            m.put("totals", cells);
        }
        return m;
    }

    private Map<String, Object> chart(Part.BarChart c, String h) {
        BigDecimal max = BigDecimal.ZERO;
        for (Part.Bar b : c.bars()) {
            if (b.length() != null && b.length().compareTo(max) > 0) {
                max = b.length();
            }
        }
        // geometry of the SVG (viewBox units): a label line above each bar, the figure beside the bar
        int width = 400;
        int barMax = 300;
        int rowHeight = 48;
        List<Map<String, Object>> bars = new ArrayList<>();
        List<List<Value>> rows = new ArrayList<>();
        int i = 0;
        for (Part.Bar b : c.bars()) {
            BigDecimal len = b.length() == null || b.length().signum() < 0 ? BigDecimal.ZERO : b.length();
            int w = max.signum() == 0 ? 0
                    : len.multiply(BigDecimal.valueOf(barMax)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            if (len.signum() > 0 && w < 2) {
                w = 2;
            }
            int y = i * rowHeight;
            String figure = b.value() == null ? "" : Formats.text(b.value(), locale);
            bars.add(map("label", nz(b.label()), "labelY", String.valueOf(y + 16), "barY", String.valueOf(y + 22),
                    "width", String.valueOf(w), "valueX", String.valueOf(w + 6), "valueY", String.valueOf(y + 37),
                    "value", figure));
            rows.add(java.util.Arrays.asList(Value.text(b.label()), b.value()));
            i++;
        }
        String id = id("c");
        Map<String, Object> table = table(c.caption() + " – " + t.get("chartFigures"), List.of("", ""), rows, null, null);
        // the figure table's headers: the labels and the values
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cols = (List<Map<String, Object>>) table.get("columns");
        cols.get(0).put("label", t.get("chartLabel"));
        cols.get(1).put("label", t.get("chartValue"));
        return map("kind", "chart", "id", id, "h", h, "caption", c.caption(), "bars", bars, "table", table,
                "viewBox", "0 0 " + width + " " + Math.max(rowHeight, i * rowHeight), "height",
                String.valueOf(Math.max(rowHeight, i * rowHeight)));
    }

    private Map<String, Object> board(Part.Board b, int level) {
        List<Map<String, Object>> lanes = new ArrayList<>();
        for (Part.Lane lane : b.lanes()) {
            List<Map<String, Object>> tiles = new ArrayList<>();
            for (Part.Tile tile : lane.tiles()) {
                List<Map<String, Object>> actions = new ArrayList<>();
                for (Part.Action a : tile.actions()) {
                    actions.add(action(a));
                }
                tiles.add(map("title", nz(tile.title()), "href", tile.target() == null ? "" : href(tile.target()),
                        "lines", tile.lines().stream().map(PageModel::nz).toList(), "actions", actions));
            }
            lanes.add(map("title", nz(lane.title()), "id", id("lane"), "count",
                    Texts.format(t, "laneCount", lane.tiles().size()), "tiles", tiles));
        }
        boolean captioned = b.caption() != null && !b.caption().isBlank();
        return map("kind", "board", "id", id("b"), "caption", nz(b.caption()), "h", String.valueOf(Math.min(level, 6)),
                "laneH", String.valueOf(Math.min(captioned ? level + 1 : level, 6)), "lanes", lanes);
    }

    private Map<String, Object> form(Part.Form f) {
        String formId = id("f");
        boolean post = f.method() == Part.Method.POST;
        List<String> sentForm = state.submitted().get("_form");
        // after a refused submit: the values sent win in the form that was sent (all POST forms if unknown)
        boolean overlay = post && !state.submitted().isEmpty()
                && (sentForm == null || sentForm.isEmpty() || formId.equals(sentForm.get(0)));
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Part.Input in : f.inputs()) {
            inputs.add(input(formId, in, overlay, post));
        }
        String action = href(f.action());
        Map<String, Object> m = map("kind", "form", "id", formId, "action", action, "post", post, "inputs", inputs,
                "submit", f.submitLabel());
        if (f.live() != null) {
            liveTargets.add(f.live());
            m.put("live", f.live());
        }
        return m;
    }

    private Map<String, Object> input(String formId, Part.Input in, boolean overlay, boolean post) {
        String id = formId + "_" + in.name().replaceAll("[^A-Za-z0-9_-]", "_");
        Part.InputType type = in.type();
        boolean password = type == Part.InputType.PASSWORD;
        List<String> values;
        List<String> sent = state.submitted().get(in.name());
        if (overlay && !password) {
            values = sent == null ? List.of() : sent.stream().map(PageModel::nz).toList();
        } else {
            values = in.value() == null ? List.of() : split(in);
        }
        String value = password ? "" : (values.isEmpty() ? "" : values.get(0));
        boolean error = post && overlay && in.name().equals(state.errorField()) && state.errorMessage() != null
                && type != Part.InputType.HIDDEN;
        if (error && !errorShown) {
            errorShown = true;
            errorInputId = id;
        }
        List<Map<String, Object>> options = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> o : in.options().entrySet()) {
            String key = nz(o.getKey());
            options.add(map("value", key, "label", nz(o.getValue()), "id", id + "_" + (n++),
                    "selected", values.contains(key)));
        }
        boolean prompt = type == Part.InputType.SELECT && !in.options().containsKey("")
                && (value.isEmpty() || !in.options().containsKey(value));
        boolean checked = type == Part.InputType.CHECKBOX && in.options().isEmpty()
                && !values.isEmpty() && List.of("true", "on", "1", "ja").contains(value.toLowerCase(Locale.ROOT));
        return map("name", in.name(), "id", id, "label", in.label(), "type", type.name().toLowerCase(Locale.ROOT),
                "value", value, "options", options, "prompt", prompt, "checked", checked, "required", in.required(),
                "hint", nz(in.hint()), "hintId", id + "_hint", "error", error,
                "errorMessage", error ? state.errorMessage() : "", "errorId", id + "_error");
    }

    /** Initial values of a checkbox group come comma-separated in {@code Input.value}. */
    private static List<String> split(Part.Input in) {
        if (in.type() == Part.InputType.CHECKBOX && !in.options().isEmpty()) {
            return List.of(in.value().split(",")).stream().map(String::strip).toList();
        }
        return List.of(in.value());
    }

    private Map<String, Object> action(Part.Action a) {
        boolean post = a.method() == Part.Method.POST;
        List<Map<String, Object>> params = new ArrayList<>();
        a.params().forEach((k, v) -> params.add(map("name", nz(k), "value", nz(v))));
        return map("label", a.label(), "href", href(a.target()), "post", post, "params", params,
                "primary", a.primary(), "confirm", nz(a.confirm()));
    }

    private Map<String, Object> link(Part.Link l) {
        return lang(map("text", l.text(), "href", href(l.target()), "hint", nz(l.hint())), l.language());
    }

    private Map<String, Object> value(Value v) {
        String text = Formats.text(v, locale);
        if (v instanceof Value.LinkTo l) {
            // a link always has a name (axe: link-name), even when the page gave no text
            return map("kind", "link", "text", text.isBlank() ? t.get("toPage") : text, "href", href(l.target()), "num", false);
        }
        if (v instanceof Value.Badge b) {
            return map("kind", "badge", "text", text, "tone", kern(b.tone()), "icon", icon(b.tone()), "num", false);
        }
        return lang(map("kind", "text", "text", text, "num", Formats.numeric(v)), v instanceof Value.Text x ? x.language() : null);
    }

    /** Adds {@code lang} and {@code dir} for a part or text in a language of its own (nothing when null). */
    static Map<String, Object> lang(Map<String, Object> m, String language) {
        if (language != null) {
            m.put("lang", language);
            m.put("dir", de.ikz.api.ui.TextDirection.of(language));
        }
        return m;
    }

    private String href(String target) {
        return Targets.resolve(target, base);
    }

    private String id(String prefix) {
        // an underscore never occurs in a region id ([a-z][a-z0-9-]*), so generated ids cannot collide with one
        return prefix + "_" + (++counter);
    }

    static String kern(Value.Tone tone) {
        return switch (tone == null ? Value.Tone.INFO : tone) {
            case INFO -> "info";
            case SUCCESS -> "success";
            case WARNING -> "warning";
            case ERROR -> "danger";
        };
    }

    static String icon(Value.Tone tone) {
        return kern(tone);
    }

    private String word(Value.Tone tone) {
        return switch (tone == null ? Value.Tone.INFO : tone) {
            case INFO -> t.get("toneInfo");
            case SUCCESS -> t.get("toneSuccess");
            case WARNING -> t.get("toneWarning");
            case ERROR -> t.get("toneError");
        };
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
