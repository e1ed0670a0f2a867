package de.ikz.kinderschutz.internal.offers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.RegisterMunicipality;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.NetworkRoles;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.kinderschutz.internal.members.Members;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.offers.Offer.Event;
import de.ikz.kinderschutz.internal.offers.Offer.Text;
import de.ikz.kinderschutz.internal.offers.PublicOffer.LangText;
import de.ikz.kinderschutz.internal.offers.PublicOffer.PublicEvent;
import de.ikz.kit.input.Fields;
import de.ikz.kit.input.Ids;
import de.ikz.kit.text.GermanFormat;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The offers directory: offers with texts per language (German always), the languages they are held
 * in, municipality (AGS checked against the register), contacts of the provider, cost,
 * accessibility and dated events; and the network's public directory, searched without login.
 * <p>
 * Staff side: the coordinator edits every offer, a member contact the offers of its own institution,
 * the auditor reads. Public side ({@link #search}, {@link #publicOffer}, {@link #publicOffers}): only
 * published offers of a published directory, no caller, nothing but what the offer publishes; an
 * unknown or unpublished network is NOT_FOUND. Queries are bounded (size, text length, page).
 */
@Component(service = OffersService.class)
public class OffersService {

    public static final int MAX_SIZE = 50;
    public static final int MAX_PAGE = 1000;
    public static final int MAX_QUERY = 100;
    static final int MAX_TEXTS = 20;
    static final int MAX_EVENTS_SHOWN = 5;
    private static final Pattern NETWORK = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    /** The municipality's name if the AGS is in the register. */
    @FunctionalInterface
    public interface Municipalities {
        Optional<String> name(String ags);
    }

    public record DirectoryInput(String network, String publicName, Boolean published) {
    }

    public record Directory(String network, String publicName, boolean published) {
    }

    public record TextInput(String lang, String title, String description) {
    }

    public record OfferInput(String type, List<String> targetGroups, Integer ageFromMonths, Integer ageToMonths, List<String> languages,
                             String ags, String street, String postalCode, String city, String phone, String email, String website,
                             String cost, Boolean freeOfCharge, Boolean stepFree, String accessibility, String institutionId,
                             Boolean published, List<TextInput> texts) {
    }

    public record EventInput(LocalDateTime start, LocalDateTime end, String place, String note) {
    }

    /**
     * A public search.
     *
     * @param ags      municipality (8 digits)
     * @param language the family's language: offers held in it or with a text in it; texts are shown in it
     * @param type     an {@link OfferType} name
     * @param age      the child's age in whole years (0–17): offers whose age range covers it
     * @param date     offers with an event that day
     * @param q        words in title or description (up to {@value #MAX_QUERY} characters)
     */
    public record SearchQuery(String ags, String language, String type, Integer age, LocalDate date, String q, int page, int size) {
    }

    /** One page of results and the directory's facets (for the search form). */
    public record SearchPage(String network, String publicName, String language, long total, int page, int size,
                             List<PublicOffer> offers) {
    }

    /** What a search form offers to choose: municipalities, languages and types present. */
    public record Facets(String network, String publicName, Map<String, String> municipalities, List<String> languages,
                         List<String> types) {
    }

    private final Database db;
    private final AuditLog audit;
    private final Members members;
    private final Municipalities municipalities;
    private final Clock clock;

    @Activate
    public OffersService(@Reference Database db, @Reference AuditLog audit, @Reference Members members,
                         @Reference RegisterService register, @Reference Schema schema) {
        this(db, audit, members, ags -> register.municipality(ags).map(RegisterMunicipality::name), Clock.systemUTC());
    }

    /**
     * The service on its collaborators with a clock of its own (tests, benchmarks). A static factory, not a public
     * constructor: DS picks the {@code @Activate} constructor by its number of arguments, which a second public one of the
     * same length would make ambiguous.
     */
    public static OffersService of(Database db, AuditLog audit, Members members, Municipalities municipalities, Clock clock) {
        return new OffersService(db, audit, members, municipalities, clock);
    }

    private OffersService(Database db, AuditLog audit, Members members, Municipalities municipalities, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.members = members;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), GermanFormat.ZONE);
    }

    // ------------------------------------------------------------------ directory

    public Optional<Directory> directory(Caller caller, String tenantId) {
        NetworkRoles.tenant(caller, tenantId);
        return db.inTransaction(s -> s.tenant(tenantId).queryOne("SELECT network, public_name, published FROM kinderschutz_directory "
                + "WHERE tenant_id = :tenant", rs -> new Directory(rs.getString(1), rs.getString(2), rs.getBoolean(3))));
    }

    /** Sets the public name and address ({@code network}) of the directory and whether it is published. */
    public Directory publish(Caller caller, String tenantId, DirectoryInput in) {
        NetworkRoles.requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zum Verzeichnis fehlen");
        }
        String network = in.network() == null ? null : in.network().strip().toLowerCase(Locale.ROOT);
        if (network == null || !NETWORK.matcher(network).matches()) {
            throw IkzException.invalid("network", "2 bis 40 Zeichen: Kleinbuchstaben, Ziffern, Bindestrich (z. B. imblick)");
        }
        String name = Fields.line("publicName", in.publicName(), 200, true);
        boolean published = in.published() == null || in.published();
        return db.inTransaction(s -> {
            Optional<String> owner = s.query("SELECT owner_tenant FROM kinderschutz_public_network WHERE network = ?", rs -> rs.getString(1),
                    network).stream().findFirst();
            if (owner.isPresent() && !owner.get().equals(tenantId)) {
                throw IkzException.conflict("network", "Die Adresse " + network + " ist vergeben.");
            }
            TenantSession ts = s.tenant(tenantId);
            int n = ts.update("UPDATE kinderschutz_directory SET network = ?, public_name = ?, published = ?, changed_by = ?, changed_at = ? "
                    + "WHERE tenant_id = :tenant", network, name, published, caller.user(), stamp());
            if (n == 0) {
                ts.update("INSERT INTO kinderschutz_directory (tenant_id, network, public_name, published, changed_by, changed_at) "
                        + "VALUES (:tenant, ?, ?, ?, ?, ?)", network, name, published, caller.user(), stamp());
            }
            s.update("DELETE FROM kinderschutz_public_network WHERE owner_tenant = ?", tenantId);
            s.update("INSERT INTO kinderschutz_public_network (network, owner_tenant, published) VALUES (?, ?, ?)", network, tenantId, published);
            audit.append(s, caller, tenantId, "UPDATE", ModuleDefinition.ID + "/directory", (published ? "published as " : "unpublished: ")
                    + network);
            return new Directory(network, name, published);
        });
    }

    /** The tenant of a published directory. */
    private Optional<String> tenantOf(String network) {
        if (network == null || !NETWORK.matcher(network).matches()) {
            return Optional.empty();
        }
        return db.inTransaction(s -> s.query("SELECT owner_tenant FROM kinderschutz_public_network WHERE network = ? AND published = ?",
                rs -> rs.getString(1), network, true).stream().findFirst());
    }

    private String requirePublished(String network) {
        return tenantOf(network).orElseThrow(() -> IkzException.notFound("directory", String.valueOf(network)));
    }

    // ------------------------------------------------------------------ staff side

    /** Offers of the network (staff side), with texts and events. */
    public List<Offer> list(Caller caller, String tenantId) {
        NetworkRoles.tenant(caller, tenantId);
        Optional<String> own = ownInstitution(caller);
        return db.inTransaction(s -> load(s.tenant(tenantId), null, false)).stream()
                .filter(o -> own.isEmpty() || o.institutionId().equals(own)).toList();
    }

    public Offer get(Caller caller, String tenantId, String id) {
        String oid = Ids.id("id", id);
        NetworkRoles.tenant(caller, tenantId);
        Optional<String> own = ownInstitution(caller);
        return db.inTransaction(s -> load(s.tenant(tenantId), List.of(oid), false)).stream()
                .filter(o -> own.isEmpty() || o.institutionId().equals(own)).findFirst()
                .orElseThrow(() -> IkzException.notFound("offer", oid));
    }

    /** Coordinator and auditor see all, a member contact its institution's offers; FORBIDDEN for others. */
    private Optional<String> ownInstitution(Caller caller) {
        if (NetworkRoles.coordinator(caller) || NetworkRoles.auditor(caller)) {
            return Optional.empty();
        }
        if (NetworkRoles.memberContact(caller)) {
            return Optional.of(members.institutionOf(caller).orElse("-none-"));
        }
        throw IkzException.forbidden("Angebote pflegen die Netzwerkkoordination und die Einrichtungen.");
    }

    private void requireEditor(Caller caller) {
        if (!NetworkRoles.coordinator(caller) && !NetworkRoles.memberContact(caller)) {
            throw IkzException.forbidden("Angebote pflegen die Netzwerkkoordination und die Einrichtungen.");
        }
    }

    public Offer create(Caller caller, String tenantId, OfferInput in) {
        NetworkRoles.tenant(caller, tenantId);
        requireEditor(caller);
        Checked c = check(caller, tenantId, in);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String id = Ids.unused(ts, "kinderschutz_offer", "O");
            ts.update("INSERT INTO kinderschutz_offer (tenant_id, id, offer_type, target_groups, age_from_months, age_to_months, languages, "
                    + "ags, street, postal_code, city, phone, email, website, cost, free_of_charge, step_free, accessibility, institution_id, "
                    + "published, changed_by, changed_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, c.type.name(), Fields.join(c.targets), c.ageFrom, c.ageTo, Fields.join(c.languages), c.ags, c.street, c.postalCode,
                    c.city, c.phone, c.email, c.website, c.cost, c.free, c.stepFree, c.accessibility, c.institution, c.published,
                    caller.user(), stamp());
            writeTexts(ts, id, c);
            audit.append(s, caller, tenantId, "CREATE", ModuleDefinition.ID + "/offer/" + id, c.type + " in " + c.ags + ", texts "
                    + String.join(",", c.texts.keySet()));
            return load(ts, List.of(id), false).get(0);
        });
    }

    /** Replaces an offer (texts included: a language left out is removed). */
    public Offer update(Caller caller, String tenantId, String id, OfferInput in) {
        Offer before = get(caller, tenantId, id);
        requireEditor(caller);
        Checked c = check(caller, tenantId, in);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            ts.update("UPDATE kinderschutz_offer SET offer_type = ?, target_groups = ?, age_from_months = ?, age_to_months = ?, languages = ?, "
                    + "ags = ?, street = ?, postal_code = ?, city = ?, phone = ?, email = ?, website = ?, cost = ?, free_of_charge = ?, "
                    + "step_free = ?, accessibility = ?, institution_id = ?, published = ?, changed_by = ?, changed_at = ? "
                    + "WHERE tenant_id = :tenant AND id = ?", c.type.name(), Fields.join(c.targets), c.ageFrom, c.ageTo, Fields.join(c.languages),
                    c.ags, c.street, c.postalCode, c.city, c.phone, c.email, c.website, c.cost, c.free, c.stepFree, c.accessibility,
                    c.institution, c.published, caller.user(), stamp(), before.id());
            ts.update("DELETE FROM kinderschutz_offer_text WHERE tenant_id = :tenant AND offer_id = ?", before.id());
            ts.update("DELETE FROM kinderschutz_offer_language WHERE tenant_id = :tenant AND offer_id = ?", before.id());
            writeTexts(ts, before.id(), c);
            audit.append(s, caller, tenantId, "UPDATE", ModuleDefinition.ID + "/offer/" + before.id(), "offer replaced, texts "
                    + String.join(",", c.texts.keySet()));
            return load(ts, List.of(before.id()), false).get(0);
        });
    }

    private static void writeTexts(TenantSession ts, String id, Checked c) {
        for (Map.Entry<String, TextInput> t : c.texts.entrySet()) {
            ts.update("INSERT INTO kinderschutz_offer_text (tenant_id, offer_id, lang, title, description) VALUES (:tenant, ?, ?, ?, ?)",
                    id, t.getKey(), t.getValue().title(), t.getValue().description());
        }
        for (String l : c.languages) {
            ts.update("INSERT INTO kinderschutz_offer_language (tenant_id, offer_id, lang) VALUES (:tenant, ?, ?)", id, l);
        }
    }

    private record Checked(OfferType type, List<String> targets, Integer ageFrom, Integer ageTo, List<String> languages, String ags,
                           String street, String postalCode, String city, String phone, String email, String website, String cost,
                           boolean free, boolean stepFree, String accessibility, String institution, boolean published,
                           Map<String, TextInput> texts) {
    }

    private Checked check(Caller caller, String tenantId, OfferInput in) {
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zum Angebot fehlen");
        }
        OfferType type = Fields.choice("type", in.type(), OfferType.class, null);
        if (type == null) {
            throw IkzException.invalid("type", "type is required: one of " + Fields.names(OfferType.class));
        }
        List<String> targets = Fields.list("targetGroups", in.targetGroups() == null ? List.of() : in.targetGroups(), 100);
        Integer from = in.ageFromMonths();
        Integer to = in.ageToMonths();
        if (from != null && (from < 0 || from > 216)) {
            throw IkzException.invalid("ageFromMonths", "Alter in Monaten von 0 bis 216 (18 Jahre)");
        }
        if (to != null && (to < 0 || to > 216)) {
            throw IkzException.invalid("ageToMonths", "Alter in Monaten von 0 bis 216 (18 Jahre)");
        }
        if (from != null && to != null && from > to) {
            throw IkzException.invalid("ageToMonths", "Das Höchstalter liegt unter dem Mindestalter.");
        }
        Set<String> langs = new LinkedHashSet<>();
        for (String l : in.languages() == null ? List.<String>of() : in.languages()) {
            langs.add(Languages.tag("languages", l));
        }
        if (langs.isEmpty()) {
            langs.add("de");
        }
        if (langs.size() > MAX_TEXTS) {
            throw IkzException.invalid("languages", "höchstens " + MAX_TEXTS + " Sprachen");
        }
        String ags = Fields.ags("ags", in.ags(), true);
        if (municipalities.name(ags).isEmpty()) {
            throw IkzException.invalid("ags", "Gemeindeschlüssel nicht im Gemeindeverzeichnis: " + ags);
        }
        String institution = in.institutionId() == null || in.institutionId().isBlank() ? null : Ids.id("institutionId", in.institutionId());
        if (institution != null && members.institution(tenantId, institution).isEmpty()) {
            throw IkzException.invalid("institutionId", "unbekannte Einrichtung: " + institution);
        }
        if (!NetworkRoles.coordinator(caller)) {
            String own = members.institutionOf(caller).orElse(null);
            if (own == null || !own.equals(institution)) {
                throw IkzException.invalid("institutionId", "Sie pflegen nur Angebote Ihrer eigenen Einrichtung.");
            }
        }
        Map<String, TextInput> texts = new LinkedHashMap<>();
        List<TextInput> given = in.texts() == null ? List.of() : in.texts();
        if (given.size() > MAX_TEXTS) {
            throw IkzException.invalid("texts", "höchstens " + MAX_TEXTS + " Sprachen");
        }
        for (TextInput t : given) {
            if (t == null) {
                continue;
            }
            String lang = Languages.tag("texts.lang", t.lang());
            String title = Fields.line("texts." + lang + ".title", t.title(), 200, false);
            String description = Fields.text("texts." + lang + ".description", t.description(), 4000, false);
            if (title == null && description == null) {
                continue;
            }
            if (title == null) {
                throw IkzException.invalid("texts." + lang + ".title", "Ein Text braucht einen Titel.");
            }
            if (texts.put(lang, new TextInput(lang, title, description)) != null) {
                throw IkzException.invalid("texts.lang", "Sprache doppelt: " + lang);
            }
        }
        if (!texts.containsKey("de")) {
            throw IkzException.invalid("texts.de.title", "Jedes Angebot braucht einen deutschen Text (Titel).");
        }
        return new Checked(type, targets, from, to, List.copyOf(langs), ags, Fields.line("street", in.street(), 200, false),
                Fields.line("postalCode", in.postalCode(), 10, false), Fields.line("city", in.city(), 100, false),
                Fields.line("phone", in.phone(), 60, false), MembersService.email("email", in.email(), false), website(in.website()), Fields.line("cost", in.cost(), 200, false),
                in.freeOfCharge() != null && in.freeOfCharge(), in.stepFree() != null && in.stepFree(),
                Fields.text("accessibility", in.accessibility(), 1000, false), institution, in.published() == null || in.published(), texts);
    }

    private static String website(String v) {
        String w = Fields.line("website", v, 300, false);
        if (w != null && !w.matches("https?://[^\\s<>\"]+")) {
            throw IkzException.invalid("website", "eine Adresse mit http:// oder https:// angeben");
        }
        return w;
    }

    public Offer addEvent(Caller caller, String tenantId, String offerId, EventInput in) {
        Offer o = get(caller, tenantId, offerId);
        requireEditor(caller);
        if (in == null || in.start() == null) {
            throw IkzException.invalid("start", "start is required");
        }
        if (in.end() == null || in.end().isBefore(in.start())) {
            throw IkzException.invalid("end", "Das Ende liegt vor dem Beginn.");
        }
        String place = Fields.line("place", in.place(), 300, false);
        String note = Fields.text("note", in.note(), 1000, false);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String id = Ids.unused(ts, "kinderschutz_event", "E");
            ts.update("INSERT INTO kinderschutz_event (tenant_id, id, offer_id, starts_at, ends_at, place, note_de, cancelled) "
                    + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?)", id, o.id(), Timestamp.valueOf(in.start().withSecond(0).withNano(0)),
                    Timestamp.valueOf(in.end().withSecond(0).withNano(0)), place, note, false);
            audit.append(s, caller, tenantId, "CREATE", ModuleDefinition.ID + "/offer/" + o.id() + "/event/" + id, "event " + in.start());
            return load(ts, List.of(o.id()), false).get(0);
        });
    }

    public Offer cancelEvent(Caller caller, String tenantId, String offerId, String eventId) {
        Offer o = get(caller, tenantId, offerId);
        requireEditor(caller);
        String eid = Ids.id("eventId", eventId);
        if (o.events().stream().noneMatch(e -> e.id().equals(eid))) {
            throw IkzException.notFound("event", eid);
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            ts.update("UPDATE kinderschutz_event SET cancelled = ? WHERE tenant_id = :tenant AND id = ?", true, eid);
            audit.append(s, caller, tenantId, "UPDATE", ModuleDefinition.ID + "/offer/" + o.id() + "/event/" + eid, "event cancelled");
            return load(ts, List.of(o.id()), false).get(0);
        });
    }

    // ------------------------------------------------------------------ public side

    /** What the search form of a published directory offers. */
    public Facets facets(String network) {
        String tenant = requirePublished(network);
        // municipality names come from the register, which reads the database itself: after this transaction, never inside it
        Facets found = db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenant);
            String name = ts.queryOne("SELECT public_name FROM kinderschutz_directory WHERE tenant_id = :tenant", rs -> rs.getString(1))
                    .orElse(network);
            Map<String, String> munis = new LinkedHashMap<>();
            ts.query("SELECT DISTINCT ags FROM kinderschutz_offer WHERE tenant_id = :tenant AND published = ?", rs -> rs.getString(1), true)
                    .forEach(a -> munis.put(a, a));
            Set<String> langs = new java.util.TreeSet<>(ts.query("SELECT DISTINCT lang FROM kinderschutz_offer_text WHERE tenant_id = :tenant",
                    rs -> rs.getString(1)));
            langs.addAll(ts.query("SELECT DISTINCT lang FROM kinderschutz_offer_language WHERE tenant_id = :tenant", rs -> rs.getString(1)));
            List<String> types = ts.query("SELECT DISTINCT offer_type FROM kinderschutz_offer WHERE tenant_id = :tenant AND published = ?",
                    rs -> rs.getString(1), true).stream().sorted().toList();
            return new Facets(network, name, munis, List.copyOf(langs), types);
        });
        Map<String, String> names = names(found.municipalities().keySet());
        Map<String, String> byName = new LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byName.put(e.getKey(), e.getValue()));
        return new Facets(found.network(), found.publicName(), byName, found.languages(), found.types());
    }

    /** Municipality names of these AGS from the register (each asked once; the AGS itself where the register has none). */
    private Map<String, String> names(java.util.Collection<String> ags) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String a : ags) {
            names.computeIfAbsent(a, this::municipality);
        }
        return names;
    }

    /** Checks a public query; INVALID naming the field for anything out of bounds. */
    public static SearchQuery query(String ags, String language, String type, String age, String date, String q, String page, String size) {
        String a = ags == null || ags.isBlank() ? null : Fields.ags("ags", ags, false);
        String l = language == null || language.isBlank() ? null : Languages.tag("language", language);
        String t = type == null || type.isBlank() ? null : Fields.choice("type", type, OfferType.class, null).name();
        Integer years = null;
        if (age != null && !age.isBlank()) {
            try {
                years = Integer.parseInt(age.strip());
            } catch (NumberFormatException e) {
                throw IkzException.invalid("age", "Alter in ganzen Jahren (0 bis 17)");
            }
            if (years < 0 || years > 17) {
                throw IkzException.invalid("age", "Alter in ganzen Jahren (0 bis 17)");
            }
        }
        LocalDate d = null;
        if (date != null && !date.isBlank()) {
            try {
                d = LocalDate.parse(date.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw IkzException.invalid("date", "Datum in der Form 2026-05-01");
            }
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY) {
            throw IkzException.invalid("q", "höchstens " + MAX_QUERY + " Zeichen");
        }
        if (text != null) {
            Fields.line("q", text, MAX_QUERY, false);
        }
        int p = number("page", page, 1, 1, MAX_PAGE);
        int n = number("size", size, 20, 1, MAX_SIZE);
        return new SearchQuery(a, l, t, years, d, text, p, n);
    }

    private static int number(String field, String v, int dflt, int min, int max) {
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw IkzException.invalid(field, "eine ganze Zahl von " + min + " bis " + max);
    }

    /** Searches a published directory (no login); texts in the language searched for, German where none. */
    public SearchPage search(String network, SearchQuery q) {
        return search(network, q, q.language());
    }

    /**
     * Searches a published directory (no login), the texts in {@code textLanguage} (German where an offer has none,
     * and for null) whatever the query's language filter.
     */
    public SearchPage search(String network, SearchQuery q, String textLanguage) {
        String tenant = requirePublished(network);
        String lang = textLanguage == null ? "de" : textLanguage;
        StringBuilder where = new StringBuilder(" FROM kinderschutz_offer o WHERE o.tenant_id = :tenant AND o.published = ?");
        List<Object> params = new ArrayList<>();
        params.add(true);
        if (q.ags() != null) {
            where.append(" AND o.ags = ?");
            params.add(q.ags());
        }
        if (q.type() != null) {
            where.append(" AND o.offer_type = ?");
            params.add(q.type());
        }
        if (q.age() != null) {
            where.append(" AND (o.age_from_months IS NULL OR o.age_from_months <= ?) AND (o.age_to_months IS NULL OR o.age_to_months >= ?)");
            params.add(q.age() * 12 + 11);
            params.add(q.age() * 12);
        }
        if (q.language() != null) {
            where.append(" AND (EXISTS (SELECT 1 FROM kinderschutz_offer_language l WHERE l.tenant_id = :tenant AND l.offer_id = o.id "
                    + "AND l.lang = ?) OR EXISTS (SELECT 1 FROM kinderschutz_offer_text t WHERE t.tenant_id = :tenant AND t.offer_id = o.id "
                    + "AND t.lang = ?))");
            params.add(q.language());
            params.add(q.language());
        }
        if (q.date() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM kinderschutz_event e WHERE e.tenant_id = :tenant AND e.offer_id = o.id "
                    + "AND e.cancelled = ? AND e.starts_at < ? AND e.ends_at >= ?)");
            params.add(false);
            params.add(Timestamp.valueOf(q.date().plusDays(1).atStartOfDay()));
            params.add(Timestamp.valueOf(q.date().atStartOfDay()));
        }
        if (q.q() != null) {
            String like = "%" + q.q().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND EXISTS (SELECT 1 FROM kinderschutz_offer_text w WHERE w.tenant_id = :tenant AND w.offer_id = o.id "
                    + "AND (LOWER(w.title) LIKE ? ESCAPE '\\' OR LOWER(w.description) LIKE ? ESCAPE '\\'))");
            params.add(like);
            params.add(like);
        }
        int offset = (q.page() - 1) * q.size();
        record Found(String name, long total, List<Offer> offers) {
        }
        Found found = db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenant);
            String name = ts.queryOne("SELECT public_name FROM kinderschutz_directory WHERE tenant_id = :tenant", rs -> rs.getString(1))
                    .orElse(network);
            long total = ts.queryOne("SELECT COUNT(*)" + where, rs -> rs.getLong(1), params.toArray()).orElse(0L);
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(offset);
            pageParams.add(q.size());
            List<String> ids = ts.query("SELECT o.id, o.ags" + where + " ORDER BY o.ags, o.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    rs -> rs.getString(1), pageParams.toArray());
            return new Found(name, total, ids.isEmpty() ? List.of() : load(ts, ids, true));
        });
        // the register's names after the transaction (it reads the database itself: a second connection inside would deadlock the pool)
        Map<String, String> names = names(found.offers().stream().map(Offer::ags).toList());
        List<PublicOffer> offers = found.offers().stream().map(o -> publicOf(o, lang, names.get(o.ags()))).toList();
        return new SearchPage(network, found.name(), lang, found.total(), q.page(), q.size(), offers);
    }

    /** One published offer (no login). */
    public PublicOffer publicOffer(String network, String id, String language) {
        String tenant = requirePublished(network);
        String oid = Ids.id("id", id);
        String lang = language == null || language.isBlank() ? "de" : Languages.tag("language", language);
        return db.inTransaction(s -> load(s.tenant(tenant), List.of(oid), true)).stream().findFirst().map(o -> publicOf(o, lang))
                .orElseThrow(() -> IkzException.notFound("offer", oid));
    }

    /** Every published offer of a published directory, with all texts (for the exports). */
    public List<Offer> publicOffers(String network) {
        String tenant = requirePublished(network);
        return db.inTransaction(s -> load(s.tenant(tenant), null, true));
    }

    /** The public name of a published directory. */
    public String publicName(String network) {
        String tenant = requirePublished(network);
        return db.inTransaction(s -> s.tenant(tenant).queryOne("SELECT public_name FROM kinderschutz_directory WHERE tenant_id = :tenant",
                rs -> rs.getString(1))).orElse(network);
    }

    public String municipality(String ags) {
        return municipalities.name(ags).orElse(ags);
    }

    PublicOffer publicOf(Offer o, String lang) {
        return publicOf(o, lang, municipality(o.ags()));
    }

    private PublicOffer publicOf(Offer o, String lang, String municipality) {
        Text t = o.text(lang);
        LocalDateTime now = now();
        List<PublicEvent> events = o.events().stream().filter(e -> !e.end().isBefore(now)).limit(MAX_EVENTS_SHOWN)
                .map(e -> new PublicEvent(e.id(), e.start(), e.end(), e.place(), e.cancelled())).toList();
        return new PublicOffer(o.id(), o.type().name(), o.type().label(), LangText.of(t.lang(), t.title()),
                t.description() == null ? null : LangText.of(t.lang(), t.description()), o.languages(), o.ags(), municipality,
                o.street(), o.postalCode(), o.city(), o.phone(), o.email(), o.website(), o.cost(), o.freeOfCharge(), o.stepFree(),
                o.accessibility(), o.ageFromMonths(), o.ageToMonths(), events);
    }

    // ------------------------------------------------------------------ loading

    /**
     * Offers by id (all if null), ordered by municipality and id; published only if asked. A page of ids is read one
     * offer at a time: Derby answers {@code tenant_id = ? AND offer_id IN (…)} by scanning every row of the tenant (a
     * list of 20 ids over 10,000 offers took 90 ms), but {@code offer_id = ?} through the key in well under a millisecond.
     */
    private static List<Offer> load(TenantSession ts, List<String> ids, boolean publishedOnly) {
        if (ids != null && ids.size() <= MAX_SIZE) {
            List<Offer> found = new ArrayList<>();
            for (String id : ids) {
                found.addAll(loadAll(ts, List.of(id), publishedOnly));
            }
            found.sort(java.util.Comparator.comparing(Offer::ags).thenComparing(Offer::id));
            return found;
        }
        return loadAll(ts, ids, publishedOnly);
    }

    private static List<Offer> loadAll(TenantSession ts, List<String> ids, boolean publishedOnly) {
        String in = ids == null ? "" : " AND id IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        List<Object> params = new ArrayList<>();
        if (ids != null) {
            params.addAll(ids);
        }
        String pub = publishedOnly ? " AND published = ?" : "";
        if (publishedOnly) {
            params.add(true);
        }
        String textIn = ids == null ? "" : " AND offer_id IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        Map<String, List<Text>> texts = new HashMap<>();
        ts.query("SELECT offer_id, lang, title, description FROM kinderschutz_offer_text WHERE tenant_id = :tenant" + textIn
                + " ORDER BY offer_id, lang", rs -> texts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Text(rs.getString(2), rs.getString(3), rs.getString(4))), ids == null ? new Object[0] : ids.toArray());
        Map<String, List<Event>> events = new HashMap<>();
        ts.query("SELECT * FROM kinderschutz_event WHERE tenant_id = :tenant" + textIn + " ORDER BY starts_at, id",
                rs -> events.computeIfAbsent(rs.getString("offer_id"), k -> new ArrayList<>()).add(new Event(rs.getString("id"),
                        rs.getTimestamp("starts_at").toLocalDateTime(), rs.getTimestamp("ends_at").toLocalDateTime(), rs.getString("place"),
                        rs.getString("note_de"), rs.getBoolean("cancelled"))), ids == null ? new Object[0] : ids.toArray());
        return ts.query("SELECT * FROM kinderschutz_offer WHERE tenant_id = :tenant" + in + pub + " ORDER BY ags, id",
                rs -> offer(rs, sortTexts(texts.getOrDefault(rs.getString("id"), List.of())), events.getOrDefault(rs.getString("id"), List.of())),
                params.toArray());
    }

    /** German first, then the other languages in tag order. */
    private static List<Text> sortTexts(List<Text> texts) {
        List<Text> out = new ArrayList<>(texts);
        out.sort(java.util.Comparator.comparing((Text t) -> !t.lang().equals("de")).thenComparing(Text::lang));
        return out;
    }

    private static Offer offer(ResultSet rs, List<Text> texts, List<Event> events) throws SQLException {
        return new Offer(rs.getString("id"), OfferType.valueOf(rs.getString("offer_type")), Fields.split(rs.getString("target_groups")),
                (Integer) rs.getObject("age_from_months"), (Integer) rs.getObject("age_to_months"), Fields.split(rs.getString("languages")),
                rs.getString("ags"), rs.getString("street"), rs.getString("postal_code"), rs.getString("city"), rs.getString("phone"),
                rs.getString("email"), rs.getString("website"), rs.getString("cost"), rs.getBoolean("free_of_charge"),
                rs.getBoolean("step_free"), rs.getString("accessibility"), Optional.ofNullable(rs.getString("institution_id")),
                rs.getBoolean("published"), List.copyOf(texts), List.copyOf(events));
    }

    private Timestamp stamp() {
        return Timestamp.from(clock.instant());
    }
}
