package de.ikz.api.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.ikz.api.ui.Value.Tone;

/**
 * A piece of a screen. Text is plain text: the shell escapes it, so a page cannot inject markup.
 * <p>
 * Targets ({@link Link#target()}, {@link Action#target()}, {@link Form#action()}) are either relative
 * to the page's contribution ({@code "volunteers/12"}, {@code "volunteers?stage=TRAINING"}) or
 * absolute below the UI ({@code "/ui/core/participants"}); nothing else is allowed.
 */
public sealed interface Part permits Part.Section, Part.Paragraph, Part.Notice, Part.Facts, Part.Table,
        Part.BarChart, Part.Board, Part.Form, Part.Actions, Part.Links, Part.Cards, Part.Region {

    /**
     * A titled group of parts (an h2 with its content). {@code language}: the language of its title (a BCP 47
     * tag) where it differs from the screen's, else null; the shell marks the heading ({@code lang}, {@code dir}).
     * The parts inside mark their own language (a translated offer's description, but labels in the page's
     * language). Since 1.1.
     */
    record Section(String title, List<Part> parts, String language) implements Part {
        public Section {
            Objects.requireNonNull(title, "title");
            parts = parts == null ? List.of() : List.copyOf(parts);
            language = languageTag(language);
        }

        public Section(String title, List<Part> parts) {
            this(title, parts, null);
        }
    }

    /** Running text; {@code language} as for {@link Section} (since 1.1). */
    record Paragraph(String text, String language) implements Part {
        public Paragraph {
            language = languageTag(language);
        }

        public Paragraph(String text) {
            this(text, null);
        }
    }

    /** A message that must not be overlooked. */
    record Notice(Tone tone, String text) implements Part {
    }

    /** Label–value pairs (a description list). */
    record Facts(List<Fact> facts) implements Part {
        public Facts {
            facts = facts == null ? List.of() : List.copyOf(facts);
        }
    }

    record Fact(String label, Value value) {
    }

    /**
     * A table with a caption (read out by screen readers), column headers and typed cells; an
     * optional totals row. Each row has exactly as many cells as there are columns (a null cell is
     * empty). {@code empty} is shown instead of the table when there are no rows.
     */
    record Table(String caption, List<String> columns, List<List<Value>> rows, List<Value> totals, String empty)
            implements Part {
        public Table {
            Objects.requireNonNull(caption, "caption");
            columns = List.copyOf(columns);
            int width = columns.size();
            String name = caption;
            rows = rows == null ? List.of() : rows.stream().map(r -> {
                if (r.size() != width) {
                    throw new IllegalArgumentException("a row of table '" + name + "' has " + r.size()
                            + " cells for " + width + " columns");
                }
                return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r));
            }).toList();
            if (totals != null && totals.size() != columns.size()) {
                throw new IllegalArgumentException("the totals of table '" + caption + "' do not match its columns");
            }
            totals = totals == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(totals));
        }
    }

    /**
     * A horizontal bar chart. The shell draws it as an image with a text alternative and shows the
     * same figures as a table beside it, so no information is in the picture alone.
     *
     * @param caption what is shown
     * @param bars    label and value per bar; values are counts, amounts or numbers as given
     */
    record BarChart(String caption, List<Bar> bars) implements Part {
        public BarChart {
            Objects.requireNonNull(caption, "caption");
            bars = bars == null ? List.of() : List.copyOf(bars);
        }
    }

    /** A bar: label, the value it is drawn by and the value shown as text (formatted by the shell). */
    record Bar(String label, BigDecimal length, Value value) {
    }

    /** Lanes of tiles (a pipeline by stage). */
    record Board(String caption, List<Lane> lanes) implements Part {
        public Board {
            lanes = lanes == null ? List.of() : List.copyOf(lanes);
        }
    }

    record Lane(String title, List<Tile> tiles) {
        public Lane {
            tiles = tiles == null ? List.of() : List.copyOf(tiles);
        }
    }

    /** A tile on a board: a title that links to its page, a few lines and the moves offered. */
    record Tile(String title, String target, List<String> lines, List<Action> actions) {
        public Tile {
            lines = lines == null ? List.of() : List.copyOf(lines);
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /**
     * A form. A POST form is sent to {@code action}'s page {@code submit} with the session's CSRF
     * token; a GET form (a filter, a calculator) reloads {@code action} with the fields as query.
     * {@code live} names a {@link Region} of the same page that the shell refreshes as the user
     * types (GET forms only; without JavaScript the submit button does the same).
     */
    record Form(String action, Method method, List<Input> inputs, String submitLabel, String live) implements Part {
        public Form {
            method = method == null ? Method.POST : method;
            inputs = inputs == null ? List.of() : List.copyOf(inputs);
            Objects.requireNonNull(submitLabel, "submitLabel");
            if (live != null && method != Method.GET) {
                throw new IllegalArgumentException("only a GET form can be live");
            }
        }
    }

    enum Method {
        GET, POST
    }

    /**
     * A form field. {@code value} is the initial value (after a refused submit the shell shows what
     * was sent instead). {@code options} are for SELECT and RADIO (value → label, in order).
     */
    record Input(String name, String label, InputType type, String value, Map<String, String> options,
                 boolean required, String hint) {
        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
            type = type == null ? InputType.TEXT : type;
            options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        }

        public static Input text(String name, String label, String value, boolean required) {
            return new Input(name, label, InputType.TEXT, value, null, required, null);
        }
    }

    enum InputType {
        TEXT, NUMBER, DECIMAL, DATE, EMAIL, TEL, PASSWORD, TEXTAREA, SELECT, RADIO, CHECKBOX, HIDDEN
    }

    /** Buttons and links to the next steps. */
    record Actions(List<Action> actions) implements Part {
        public Actions {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /**
     * A step the user can take. A POST action is a button that sends {@code params} to the target
     * page's {@code submit} (with CSRF token; {@code confirm}, if set, is asked first); a GET action
     * is a link. {@code primary} marks the main step of a screen.
     */
    record Action(String label, String target, Method method, Map<String, String> params, boolean primary,
                  String confirm) {
        public Action {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(target, "target");
            method = method == null ? Method.GET : method;
            params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        }

        public static Action link(String label, String target) {
            return new Action(label, target, Method.GET, null, false, null);
        }

        public static Action post(String label, String target, Map<String, String> params) {
            return new Action(label, target, Method.POST, params, false, null);
        }
    }

    /** A list of links (downloads, related pages). {@code hint} says e.g. "PDF, 2 Seiten". */
    record Links(String caption, List<Link> links) implements Part {
        public Links {
            links = links == null ? List.of() : List.copyOf(links);
        }
    }

    /** A link; {@code language}: the language of its text where it differs from the screen's (since 1.1). */
    record Link(String text, String target, String hint, String language) {
        public Link {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(target, "target");
            language = languageTag(language);
        }

        public Link(String text, String target, String hint) {
            this(text, target, hint, null);
        }
    }

    /** Cards in a grid (a dashboard). */
    record Cards(List<Card> cards) implements Part {
        public Cards {
            cards = cards == null ? List.of() : List.copyOf(cards);
        }
    }

    /**
     * A dashboard card: a title, a figure, a line of text and the page it opens.
     *
     * @param target a page of the contribution that built it (the shell shows the card only to a
     *               caller who may open that page)
     */
    record Card(String title, Value figure, String text, String target, Tone tone) {
        public Card {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(target, "target");
            tone = tone == null ? Tone.INFO : tone;
        }
    }

    /** A part of the page the shell can refresh alone (the result of a live form). */
    record Region(String id, List<Part> parts) implements Part {
        public Region {
            Objects.requireNonNull(id, "id");
            if (!id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("region id: lower case letters, digits and dashes");
            }
            parts = parts == null ? List.of() : List.copyOf(parts);
        }
    }

    /**
     * A checked language tag for the {@code language} of a part: null or blank stays null; otherwise a BCP 47
     * tag of letters, digits and dashes (the shell writes it into {@code lang}).
     *
     * @throws IllegalArgumentException for anything else
     * @since 1.1
     */
    static String languageTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        if (!tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}")) {
            throw new IllegalArgumentException("not a language tag: " + tag);
        }
        return tag;
    }

    static Section section(String title, Part... parts) {
        return new Section(title, List.of(parts));
    }

    static Paragraph paragraph(String text) {
        return new Paragraph(text);
    }

    static Notice notice(Tone tone, String text) {
        return new Notice(tone, text);
    }
}
