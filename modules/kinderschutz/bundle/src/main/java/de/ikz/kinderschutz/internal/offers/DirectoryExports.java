package de.ikz.kinderschutz.internal.offers;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.document.DocumentInfo;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.Report;
import de.ikz.api.document.Table;
import de.ikz.kinderschutz.internal.calendar.ICalendar;
import de.ikz.kinderschutz.internal.offers.Offer.Event;
import de.ikz.kinderschutz.internal.offers.Offer.Text;
import de.ikz.kit.text.GermanFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The public directory's exports for websites and the state's family-navigator portals: JSON (every
 * offer with all its texts), CSV (one row per offer and language, through the document service's
 * CSV), iCalendar (the events) and schema.org JSON-LD (so search engines show the offers). Only
 * published offers of a published directory; nothing but what an offer publishes.
 * <p>
 * JSON and JSON-LD are built as maps and written with Jackson (the platform's), so no class of the
 * module lands in a cache of the platform's JSON provider.
 */
public final class DirectoryExports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final OffersService offers;
    private final DocumentService documents;
    private final Clock clock;

    public DirectoryExports(OffersService offers, DocumentService documents, Clock clock) {
        this.offers = offers;
        this.documents = documents;
        this.clock = clock;
    }

    /** JSON: the directory with every published offer and all its texts. */
    public String json(String network) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Offer o : offers.publicOffers(network)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("type", o.type().name());
            m.put("typeLabel", o.type().label());
            List<Map<String, Object>> texts = new ArrayList<>();
            for (Text t : o.texts()) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("lang", t.lang());
                tm.put("dir", Languages.rtl(t.lang()) ? "rtl" : "ltr");
                tm.put("title", t.title());
                tm.put("description", t.description());
                texts.add(tm);
            }
            m.put("texts", texts);
            m.put("languages", o.languages());
            m.put("targetGroups", o.targetGroups());
            m.put("ageFromMonths", o.ageFromMonths());
            m.put("ageToMonths", o.ageToMonths());
            m.put("ags", o.ags());
            m.put("municipality", offers.municipality(o.ags()));
            m.put("street", o.street());
            m.put("postalCode", o.postalCode());
            m.put("city", o.city());
            m.put("phone", o.phone());
            m.put("email", o.email());
            m.put("website", o.website());
            m.put("cost", o.cost());
            m.put("freeOfCharge", o.freeOfCharge());
            m.put("stepFree", o.stepFree());
            m.put("accessibility", o.accessibility());
            List<Map<String, Object>> events = new ArrayList<>();
            for (Event e : o.events()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("id", e.id());
                em.put("start", LOCAL.format(e.start()));
                em.put("end", LOCAL.format(e.end()));
                em.put("place", e.place());
                em.put("cancelled", e.cancelled());
                events.add(em);
            }
            m.put("events", events);
            list.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("network", network);
        doc.put("name", offers.publicName(network));
        doc.put("offers", list);
        return write(doc);
    }

    /** CSV: one row per offer and language (a flat table), through the platform's document service. */
    public byte[] csv(String network) {
        List<List<Object>> rows = new ArrayList<>();
        for (Offer o : offers.publicOffers(network)) {
            for (Text t : o.texts()) {
                rows.add(List.of(o.id(), t.lang(), t.title(), nz(t.description()), o.type().label(), String.join(" ", o.languages()), o.ags(),
                        offers.municipality(o.ags()), nz(o.street()), nz(o.postalCode()), nz(o.city()), nz(o.phone()), nz(o.email()),
                        nz(o.website()), nz(o.cost()), o.freeOfCharge() ? "ja" : "nein", o.stepFree() ? "ja" : "nein",
                        o.ageFromMonths() == null ? "" : o.ageFromMonths().toString(), o.ageToMonths() == null ? "" : o.ageToMonths().toString()));
            }
        }
        List<Table.Column> cols = new ArrayList<>();
        for (String c : List.of("id", "lang", "title", "description", "type", "languages", "ags", "municipality", "street", "postalCode",
                "city", "phone", "email", "website", "cost", "freeOfCharge", "stepFree", "ageFromMonths", "ageToMonths")) {
            cols.add(Table.Column.text(c, 1));
        }
        Table data = new Table("Angebote", cols, rows, null);
        Report r = new Report(new DocumentInfo("Angebote " + network, network, clock.instant(), "de", "angebote-" + network + ".csv"),
                null, "Angebote", null, false, List.of(), null, data);
        return documents.render(r, DocumentService.Format.CSV);
    }

    /** iCalendar of every event of the published offers (METHOD:PUBLISH), German titles. */
    public String ical(String network) {
        List<ICalendar.Event> events = new ArrayList<>();
        for (Offer o : offers.publicOffers(network)) {
            Text de = o.text("de");
            for (Event e : o.events()) {
                String place = e.place() != null ? e.place() : address(o);
                events.add(new ICalendar.Event(e.id() + "@" + network + ".angebote.ikz", e.start().atZone(GermanFormat.ZONE).toInstant(),
                        e.end().atZone(GermanFormat.ZONE).toInstant(), de.title(), de.description(), place, e.cancelled(), List.of()));
            }
        }
        return ICalendar.calendar("PUBLISH", offers.publicName(network), clock.instant(), events);
    }

    /**
     * schema.org JSON-LD: an ItemList of the offers, each a {@code Service} (with its texts as language-tagged
     * values, {@code areaServed}, {@code availableLanguage}, {@code audience}, {@code isAccessibleForFree}) and its
     * events as {@code Event}s (startDate/endDate with the offset of Europe/Berlin).
     */
    public String jsonLd(String network) {
        List<Map<String, Object>> items = new ArrayList<>();
        int pos = 1;
        for (Offer o : offers.publicOffers(network)) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("@type", "Service");
            s.put("@id", "#" + o.id());
            s.put("name", o.texts().stream().map(t -> Map.of("@language", t.lang(), "@value", t.title())).toList());
            List<Map<String, String>> desc = o.texts().stream().filter(t -> t.description() != null)
                    .map(t -> Map.of("@language", t.lang(), "@value", t.description())).toList();
            if (!desc.isEmpty()) {
                s.put("description", desc);
            }
            s.put("serviceType", o.type().label());
            s.put("availableLanguage", o.languages());
            s.put("areaServed", Map.of("@type", "AdministrativeArea", "name", offers.municipality(o.ags()), "identifier", o.ags()));
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            address.put("streetAddress", o.street());
            address.put("postalCode", o.postalCode());
            address.put("addressLocality", o.city());
            address.put("addressCountry", "DE");
            Map<String, Object> provider = new LinkedHashMap<>();
            provider.put("@type", "Organization");
            provider.put("address", address);
            if (o.phone() != null) {
                provider.put("telephone", o.phone());
            }
            if (o.email() != null) {
                provider.put("email", o.email());
            }
            if (o.website() != null) {
                provider.put("url", o.website());
            }
            s.put("provider", provider);
            Map<String, Object> audience = new LinkedHashMap<>();
            audience.put("@type", "PeopleAudience");
            audience.put("audienceType", o.targetGroups().isEmpty() ? "Familien" : String.join(", ", o.targetGroups()));
            if (o.ageFromMonths() != null) {
                audience.put("suggestedMinAge", o.ageFromMonths() / 12);
            }
            if (o.ageToMonths() != null) {
                audience.put("suggestedMaxAge", o.ageToMonths() / 12);
            }
            s.put("audience", audience);
            s.put("isAccessibleForFree", o.freeOfCharge());
            if (o.accessibility() != null || o.stepFree()) {
                s.put("accessibilitySummary", (o.stepFree() ? "stufenlos erreichbar. " : "") + nz(o.accessibility()));
            }
            List<Map<String, Object>> events = new ArrayList<>();
            for (Event e : o.events()) {
                if (e.cancelled()) {
                    continue;
                }
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("@type", "Event");
                em.put("name", o.text("de").title());
                em.put("startDate", e.start().atZone(GermanFormat.ZONE).toOffsetDateTime().toString());
                em.put("endDate", e.end().atZone(GermanFormat.ZONE).toOffsetDateTime().toString());
                em.put("eventStatus", "https://schema.org/EventScheduled");
                em.put("location", Map.of("@type", "Place", "name", e.place() != null ? e.place() : address(o), "address", address));
                events.add(em);
            }
            if (!events.isEmpty()) {
                s.put("event", events);
            }
            items.add(Map.of("@type", "ListItem", "position", pos++, "item", s));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "ItemList");
        doc.put("name", offers.publicName(network));
        doc.put("numberOfItems", items.size());
        doc.put("itemListElement", items);
        return write(doc);
    }

    private static String address(Offer o) {
        return String.join(", ", java.util.stream.Stream.of(o.street(), (nz(o.postalCode()) + " " + nz(o.city())).strip())
                .filter(x -> x != null && !x.isBlank()).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String write(Object doc) {
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
