package de.ikz.kinderschutz.internal.offers.ui;

import static de.ikz.kinderschutz.internal.ModuleDefinition.AUDITOR;
import static de.ikz.kinderschutz.internal.ModuleDefinition.COORDINATOR;
import static de.ikz.kinderschutz.internal.ModuleDefinition.MEMBER_CONTACT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.Roles;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.Part.InputType;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kinderschutz.internal.NetworkRoles;
import de.ikz.kinderschutz.internal.offers.Languages;
import de.ikz.kinderschutz.internal.offers.Offer;
import de.ikz.kinderschutz.internal.offers.Offer.Text;
import de.ikz.kinderschutz.internal.offers.OfferType;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.offers.OffersService.OfferInput;
import de.ikz.kinderschutz.internal.offers.OffersService.TextInput;
import de.ikz.kinderschutz.internal.ui.Pages;
import de.ikz.kit.ui.ScreenSet;

/**
 * Offers: the list ({@code angebote}) and the offer page ({@code angebote/{id}}) with the German text and
 * the translations side by side (one column per language) and a form to add or replace a translation.
 */
public final class OfferScreens implements ScreenSet {

    static final String LIST = "angebote";

    private final OffersService service;

    public OfferScreens(OffersService service) {
        this.service = service;
    }

    @Override
    public List<UiPage> pages() {
        return List.of(new ListPage(), new OfferPage());
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Angebote für Familien", LIST));
    }

    static String languageName(String tag) {
        return Languages.nativeName(tag) + " (" + tag + ")";
    }

    final class ListPage implements UiPage {
        @Override
        public String path() {
            return LIST;
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, AUDITOR})
        public View view(UiRequest r) {
            String t = Pages.tenant(r);
            List<List<Value>> rows = new ArrayList<>();
            List<Offer> offers = service.list(r.caller(), t);
            for (Offer o : offers.stream().limit(500).toList()) {
                rows.add(List.of(Value.link(o.text("de").title(), LIST + "/" + o.id()), Value.text(o.type().label()),
                        Value.text(service.municipality(o.ags())), Value.text(String.join(", ", o.texts().stream().map(Text::lang).toList())),
                        o.published() ? Value.badge("veröffentlicht", Value.Tone.SUCCESS) : Value.badge("nicht veröffentlicht", Value.Tone.INFO)));
            }
            List<Part> parts = new ArrayList<>();
            service.directory(r.caller(), t).ifPresentOrElse(
                    d -> parts.add(new Part.Notice(d.published() ? Value.Tone.SUCCESS : Value.Tone.INFO, d.published()
                            ? "Das Verzeichnis ist öffentlich: " + d.publicName() + " (Adresse /api/v1/modules/kinderschutz/public/" + d.network() + ")."
                            : "Das Verzeichnis ist nicht veröffentlicht.")),
                    () -> parts.add(new Part.Notice(Value.Tone.INFO, "Das Verzeichnis ist noch nicht eingerichtet (Konsole: kinderschutz:directory-publish).")));
            parts.add(new Part.Table("Angebote" + (offers.size() > 500 ? " (die ersten 500 von " + offers.size() + ")" : ""),
                    List.of("Angebot", "Art", "Gemeinde", "Texte", "Stand"), rows, null, "Noch keine Angebote."));
            if (NetworkRoles.coordinator(r.caller())) {
                Map<String, String> types = new LinkedHashMap<>();
                for (OfferType ty : OfferType.values()) {
                    types.put(ty.name(), ty.label());
                }
                parts.add(new Part.Section("Angebot anlegen", List.of(new Part.Form(LIST, Part.Method.POST, List.of(
                        Part.Input.text("title", "Titel (deutsch)", r.param("title").orElse(null), true),
                        new Part.Input("description", "Beschreibung (deutsch)", InputType.TEXTAREA, r.param("description").orElse(null), null,
                                false, null),
                        new Part.Input("type", "Art", InputType.SELECT, r.param("type").orElse(null), types, true, null),
                        Part.Input.text("ags", "Gemeindeschlüssel (AGS)", r.param("ags").orElse(null), true),
                        Part.Input.text("languages", "Sprachen, in denen das Angebot stattfindet (z. B. de ar uk)",
                                r.param("languages").orElse("de"), false),
                        Part.Input.text("street", "Straße", r.param("street").orElse(null), false),
                        Part.Input.text("postalCode", "PLZ", r.param("postalCode").orElse(null), false),
                        Part.Input.text("city", "Ort", r.param("city").orElse(null), false),
                        new Part.Input("phone", "Telefon des Anbieters", InputType.TEL, r.param("phone").orElse(null), null, false, null),
                        Part.Input.text("cost", "Kosten", r.param("cost").orElse(null), false)), "Anlegen", null))));
            }
            return new View.Screen("Angebote für Familien", parts);
        }

        @Override
        @Roles(COORDINATOR)
        public View submit(UiRequest r) {
            List<String> langs = r.param("languages").map(v -> List.of(v.trim().split("[\\s,]+"))).orElse(List.of("de"));
            Offer o = service.create(r.caller(), Pages.tenant(r), new OfferInput(r.param("type").orElse(null), null, null, null, langs,
                    r.param("ags").orElse(null), r.param("street").orElse(null), r.param("postalCode").orElse(null),
                    r.param("city").orElse(null), r.param("phone").orElse(null), null, null, r.param("cost").orElse(null), null, null, null,
                    null, true, List.of(new TextInput("de", r.param("title").orElse(null), r.param("description").orElse(null)))));
            return new View.Redirect(LIST + "/" + o.id(), "Das Angebot ist angelegt.");
        }
    }

    final class OfferPage implements UiPage {
        @Override
        public String path() {
            return LIST + "/{id}";
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT, AUDITOR})
        public View view(UiRequest r) {
            Offer o = service.get(r.caller(), Pages.tenant(r), r.pathParam("id"));
            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Facts(List.of(new Part.Fact("Art", Value.text(o.type().label())),
                    new Part.Fact("Gemeinde", Value.text(service.municipality(o.ags()) + " (" + o.ags() + ")")),
                    new Part.Fact("Findet statt in", Value.text(String.join(", ", o.languages().stream().map(OfferScreens::languageName).toList()))),
                    new Part.Fact("Kosten", Value.text(o.freeOfCharge() ? "kostenlos" : o.cost() == null ? "–" : o.cost())),
                    new Part.Fact("Barrierefreiheit", Value.text((o.stepFree() ? "stufenlos erreichbar. " : "")
                            + (o.accessibility() == null ? "" : o.accessibility()))))));
            // the texts side by side: one column per language
            List<String> columns = new ArrayList<>();
            columns.add("Feld");
            List<Value> titles = new ArrayList<>();
            List<Value> descriptions = new ArrayList<>();
            titles.add(Value.text("Titel"));
            descriptions.add(Value.text("Beschreibung"));
            for (Text tx : o.texts()) {
                columns.add(languageName(tx.lang()) + (Languages.rtl(tx.lang()) ? ", von rechts nach links" : ""));
                titles.add(Value.text(tx.title()));
                descriptions.add(Value.text(tx.description() == null ? "–" : tx.description()));
            }
            parts.add(new Part.Table("Texte nebeneinander", columns, List.of(titles, descriptions), null, ""));
            List<List<Value>> events = new ArrayList<>();
            for (Offer.Event e : o.events()) {
                events.add(List.of(Value.date(e.start().toLocalDate()), Value.text(e.start().toLocalTime() + "–" + e.end().toLocalTime() + " Uhr"),
                        Value.text(e.place() == null ? "–" : e.place()), e.cancelled() ? Value.badge("abgesagt", Value.Tone.WARNING)
                                : Value.badge("findet statt", Value.Tone.SUCCESS)));
            }
            parts.add(new Part.Table("Termine", List.of("Datum", "Zeit", "Ort", "Stand"), events, null, "Keine Termine."));
            if (NetworkRoles.coordinator(r.caller()) || NetworkRoles.memberContact(r.caller())) {
                parts.add(new Part.Section("Übersetzung hinzufügen oder ersetzen", List.of(
                        new Part.Paragraph("Der deutsche Text bleibt immer erhalten. Die Sprache als Kürzel angeben (ar, uk, tr, en, fa, ru …); "
                                + "Texte werden als Text gespeichert, nie als HTML."),
                        new Part.Form(LIST + "/" + o.id(), Part.Method.POST, List.of(
                                Part.Input.text("lang", "Sprache (Kürzel)", r.param("lang").orElse(null), true),
                                Part.Input.text("title", "Titel", r.param("title").orElse(null), true),
                                new Part.Input("description", "Beschreibung", InputType.TEXTAREA, r.param("description").orElse(null), null,
                                        false, null)), "Übersetzung speichern", null))));
            }
            return new View.Screen(o.text("de").title(), parts, new Part.Link("Zurück zu den Angeboten", LIST, null));
        }

        @Override
        @Roles({COORDINATOR, MEMBER_CONTACT})
        public View submit(UiRequest r) {
            String t = Pages.tenant(r);
            Offer o = service.get(r.caller(), t, r.pathParam("id"));
            String lang = Languages.tag("lang", r.require("lang"));
            List<TextInput> texts = new ArrayList<>();
            for (Text tx : o.texts()) {
                if (!tx.lang().equals(lang)) {
                    texts.add(new TextInput(tx.lang(), tx.title(), tx.description()));
                }
            }
            texts.add(new TextInput(lang, r.param("title").orElse(null), r.param("description").orElse(null)));
            service.update(r.caller(), t, o.id(), new OfferInput(o.type().name(), o.targetGroups(), o.ageFromMonths(), o.ageToMonths(),
                    o.languages(), o.ags(), o.street(), o.postalCode(), o.city(), o.phone(), o.email(), o.website(), o.cost(),
                    o.freeOfCharge(), o.stepFree(), o.accessibility(), o.institutionId().orElse(null), o.published(), texts));
            return new View.Redirect(LIST + "/" + o.id(), "Der Text in " + languageName(lang) + " ist gespeichert.");
        }
    }
}
