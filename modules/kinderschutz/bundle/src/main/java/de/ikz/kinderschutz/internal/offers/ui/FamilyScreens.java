package de.ikz.kinderschutz.internal.offers.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.PublicOperation;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kinderschutz.internal.offers.Languages;
import de.ikz.kinderschutz.internal.offers.OfferType;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.offers.OffersService.Facets;
import de.ikz.kinderschutz.internal.offers.OffersService.SearchPage;
import de.ikz.kinderschutz.internal.offers.PublicOffer;
import de.ikz.kit.ui.ScreenSet;

/**
 * The public page for families ({@code /ui/kinderschutz/familien/{network}}), without login: the published
 * directory of a network, searched by place, type, child's age, date and words, in the family's language.
 * <p>
 * By default every published offer is listed, in the family's language where it has a text; "only in my
 * language" narrows the list to offers held in that language or with a text in it.
 * <p>
 * The page's own words (labels, buttons, hints) exist in German, English, Arabic, Ukrainian, Turkish, Russian
 * and Persian ({@code family_<lang>.properties}); for any other language the page speaks German and only the
 * offers' texts are in the family's language. Each offer's title and description is shown in the family's
 * language where the provider entered one, else in German with a note; every text is marked with its own
 * language (and right-to-left direction), so screen readers pronounce it and Arabic or Persian runs right to
 * left. The page is a {@link PublicOperation}: the platform serves it without session, rate-limited with the
 * public REST operations. It reads through {@link OffersService}'s public side only (published offers, no
 * staff data) and changes nothing.
 */
public final class FamilyScreens implements ScreenSet {

    static final String PATH = "familien";
    static final int PAGE_SIZE = 10;
    /** Languages the page's own words exist in, German first. */
    static final List<String> PAGE_LANGUAGES = List.of("de", "en", "ar", "uk", "tr", "ru", "fa");
    private static final Map<String, Properties> TEXTS = texts();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final OffersService service;

    public FamilyScreens(OffersService service) {
        this.service = service;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new FamilyPage());
    }

    /** Not in the staff navigation: families come by the address the network publishes. */
    @Override
    public List<NavEntry> navigation() {
        return List.of();
    }

    /** The page's address for a network (relative to the module's area), with the language if not German. */
    static String target(String network, String language) {
        return PATH + "/" + network + ("de".equals(language) ? "" : "?language=" + language);
    }

    final class FamilyPage implements UiPage {
        @Override
        public String path() {
            return PATH + "/{network}";
        }

        @Override
        @PublicOperation
        public View view(UiRequest r) {
            String network = r.pathParam("network");
            Facets facets = service.facets(network);
            String lang = language(r.param("language").orElse(null));
            String ui = PAGE_LANGUAGES.contains(primary(lang)) ? primary(lang) : "de";
            Words w = new Words(ui);
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Paragraph(facets.publicName(), "de".equals(ui) ? null : "de"));
            parts.add(Part.paragraph(w.get("intro")));
            parts.add(languageLinks(network, facets, w));

            SearchPage found = null;
            String invalid = null;
            try {
                boolean onlyMine = r.param("only").isPresent() && !"de".equals(lang);
                found = service.search(network, OffersService.query(r.param("ags").orElse(null), onlyMine ? lang : null,
                        r.param("type").orElse(null), r.param("age").orElse(null), r.param("date").orElse(null),
                        r.param("q").orElse(null), r.param("page").orElse(null), String.valueOf(PAGE_SIZE)), lang);
            } catch (IkzException e) {
                if (e.kind() != IkzException.Kind.INVALID) {
                    throw e;
                }
                invalid = e.field();
            }
            parts.add(form(r, network, facets, lang, ui, w));
            if (invalid != null) {
                parts.add(new Part.Notice(Value.Tone.ERROR, w.format("invalid", w.label(invalid))));
            } else {
                parts.add(results(r, network, found, ui, w));
            }
            return new View.Screen(w.get("title"), parts, null, ui);
        }
    }

    private Part languageLinks(String network, Facets facets, Words w) {
        TreeSet<String> langs = new TreeSet<>(PAGE_LANGUAGES);
        langs.addAll(facets.languages());
        List<String> ordered = new ArrayList<>(PAGE_LANGUAGES);
        langs.stream().filter(l -> !PAGE_LANGUAGES.contains(l)).forEach(ordered::add);
        List<Part.Link> links = new ArrayList<>();
        for (String l : ordered) {
            links.add(new Part.Link(Languages.nativeName(l), target(network, l), null, l));
        }
        return new Part.Links(w.get("chooseLanguage"), links);
    }

    private Part form(UiRequest r, String network, Facets facets, String lang, String ui, Words w) {
        Map<String, String> places = new LinkedHashMap<>();
        places.put("", w.get("all"));
        places.putAll(facets.municipalities());
        Map<String, String> types = new LinkedHashMap<>();
        types.put("", w.get("all"));
        facets.types().forEach(t -> types.put(t, w.type(t)));
        List<Part.Input> inputs = new ArrayList<>();
        if (!"de".equals(lang)) {
            inputs.add(new Part.Input("language", w.get("chooseLanguage"), InputType.HIDDEN, lang, null, false, null));
        }
        inputs.add(new Part.Input("ags", w.get("municipality"), InputType.SELECT, r.param("ags").orElse(""), places, false, null));
        inputs.add(new Part.Input("type", w.get("type"), InputType.SELECT, r.param("type").orElse(""), types, false, null));
        inputs.add(new Part.Input("age", w.get("age"), InputType.NUMBER, r.param("age").orElse(""), null, false, w.get("ageHint")));
        inputs.add(new Part.Input("date", w.get("date"), InputType.DATE, r.param("date").orElse(""), null, false, null));
        inputs.add(new Part.Input("q", w.get("q"), InputType.TEXT, r.param("q").orElse(""), null, false, null));
        if (!"de".equals(lang)) {
            inputs.add(new Part.Input("only", w.get("onlyLanguage"), InputType.CHECKBOX, r.param("only").orElse(""), null, false, null));
        }
        return new Part.Section(w.get("search"), List.of(new Part.Form(PATH + "/" + network, Part.Method.GET, inputs, w.get("submit"), null)));
    }

    private Part results(UiRequest r, String network, SearchPage found, String ui, Words w) {
        List<Part> parts = new ArrayList<>();
        if (found.offers().isEmpty()) {
            parts.add(Part.paragraph(w.get("none")));
        }
        for (PublicOffer o : found.offers()) {
            parts.add(offer(o, found.language(), ui, w));
        }
        List<Part.Link> pages = new ArrayList<>();
        if (found.page() > 1) {
            pages.add(new Part.Link(w.get("previous"), pageTarget(r, network, found.page() - 1), w.format("page", found.page() - 1)));
        }
        if ((long) found.page() * found.size() < found.total()) {
            pages.add(new Part.Link(w.get("next"), pageTarget(r, network, found.page() + 1), w.format("page", found.page() + 1)));
        }
        if (!pages.isEmpty()) {
            parts.add(new Part.Links("", pages));
        }
        return new Part.Section(w.format("results", found.total()), parts);
    }

    private Part offer(PublicOffer o, String lang, String ui, Words w) {
        List<Part> parts = new ArrayList<>();
        if (!"de".equals(lang) && "de".equals(o.title().lang())) {
            parts.add(new Part.Notice(Value.Tone.INFO, w.get("fallback")));
        }
        if (o.description() != null && o.description().text() != null && !o.description().text().isBlank()) {
            parts.add(new Part.Paragraph(o.description().text(), marked(o.description().lang(), ui)));
        }
        List<Part.Fact> facts = new ArrayList<>();
        facts.add(new Part.Fact(w.get("type"), Value.text(w.type(o.type()))));
        String address = join(", ", o.street(), join(" ", o.postalCode(), o.city()));
        facts.add(new Part.Fact(w.get("address"), Value.text(present(address) ? address : o.municipality(), marked("de", ui))));
        // numbers, addresses and links run left to right also on a right-to-left page: marked as the German record they are
        if (present(o.phone())) {
            facts.add(new Part.Fact(w.get("phone"), Value.text(o.phone(), marked("de", ui))));
        }
        if (present(o.email())) {
            facts.add(new Part.Fact(w.get("email"), Value.text(o.email(), marked("de", ui))));
        }
        if (present(o.website())) {
            facts.add(new Part.Fact(w.get("website"), Value.text(o.website(), marked("de", ui))));
        }
        facts.add(new Part.Fact(w.get("cost"), o.freeOfCharge() ? Value.text(w.get("free"))
                : Value.text(o.cost(), marked("de", ui))));
        if (present(o.accessibility())) {
            facts.add(new Part.Fact(w.get("accessibility"), Value.text(o.accessibility(), marked("de", ui))));
        } else if (o.stepFree()) {
            facts.add(new Part.Fact(w.get("accessibility"), Value.text(w.get("stepFree"))));
        }
        if (!o.languages().isEmpty()) {
            facts.add(new Part.Fact(w.get("languages"), Value.text(String.join(", ", o.languages().stream().map(Languages::nativeName).toList()))));
        }
        if (o.ageFromMonths() != null || o.ageToMonths() != null) {
            int from = o.ageFromMonths() == null ? 0 : o.ageFromMonths() / 12;
            int to = o.ageToMonths() == null ? 17 : o.ageToMonths() / 12;
            facts.add(new Part.Fact(w.get("age"), Value.text(w.format("ageRange", from, to))));
        }
        parts.add(new Part.Facts(facts));
        if (!o.events().isEmpty()) {
            List<List<Value>> rows = new ArrayList<>();
            for (PublicOffer.PublicEvent e : o.events()) {
                rows.add(List.of(Value.date(e.start().toLocalDate()), Value.text(CLOCK.format(e.start()) + "–" + CLOCK.format(e.end())),
                        Value.text(e.place(), marked("de", ui)),
                        e.cancelled() ? Value.badge(w.get("cancelled"), Value.Tone.WARNING) : Value.text("")));
            }
            parts.add(new Part.Table(w.get("events"), List.of(w.get("date"), w.get("time"), w.get("place"), ""), rows, null, ""));
        }
        return new Part.Section(o.title().text(), parts, marked(o.title().lang(), ui));
    }

    private static String pageTarget(UiRequest r, String network, int page) {
        StringBuilder b = new StringBuilder(PATH).append('/').append(network).append("?page=").append(page);
        for (String k : List.of("language", "ags", "type", "age", "date", "q", "only")) {
            r.param(k).ifPresent(v -> b.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        }
        return b.toString();
    }

    /** The language to mark a text with: null when it is the page's own. */
    private static String marked(String textLang, String ui) {
        return textLang == null || textLang.equals(ui) ? null : textLang;
    }

    /** The family's language: a checked tag, German for none or a malformed one (the page still answers). */
    static String language(String asked) {
        if (asked == null || asked.isBlank()) {
            return "de";
        }
        try {
            return Languages.tag("language", asked);
        } catch (IkzException e) {
            return "de";
        }
    }

    private static String primary(String tag) {
        return tag == null ? "" : tag.split("-", 2)[0];
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String join(String sep, String... parts) {
        return String.join(sep, java.util.Arrays.stream(parts).filter(FamilyScreens::present).toList());
    }

    /** The page's words in one language, German where a word is missing. */
    static final class Words {
        private final Properties own;
        private final Properties german;
        private final Locale locale;

        Words(String lang) {
            this.own = TEXTS.getOrDefault(lang, TEXTS.get("de"));
            this.german = TEXTS.get("de");
            this.locale = Locale.forLanguageTag(lang);
        }

        String get(String key) {
            String v = own.getProperty(key, german.getProperty(key));
            if (v == null) {
                throw new IllegalStateException("family page: no text '" + key + "'");
            }
            return v;
        }

        String format(String key, Object... args) {
            return new MessageFormat(get(key), locale).format(args);
        }

        String type(String type) {
            return get("type." + OfferType.valueOf(type).name());
        }

        /** The label of a search field, for the message about a bad entry. */
        String label(String field) {
            return switch (field == null ? "" : field) {
                case "ags" -> get("municipality");
                case "type" -> get("type");
                case "age" -> get("age") + " (" + get("ageHint") + ")";
                case "date" -> get("date");
                case "q" -> get("q");
                default -> get("search");
            };
        }
    }

    private static Map<String, Properties> texts() {
        Map<String, Properties> m = new LinkedHashMap<>();
        for (String l : PAGE_LANGUAGES) {
            Properties p = new Properties();
            try (InputStream in = FamilyScreens.class.getResourceAsStream("family_" + l + ".properties")) {
                if (in == null) {
                    throw new IllegalStateException("family page texts for '" + l + "' are missing");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            m.put(l, p);
        }
        return Map.copyOf(m);
    }
}
