package de.ikz.participant.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Contact;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.PostalAddress;
import de.ikz.api.participant.RegisterDistrict;
import de.ikz.api.participant.RegisterMunicipality;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.TenantService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Participants of a tenant in tenant tables. Any user of the tenant reads; a tenant admin of
 * that tenant or the platform admin changes; another tenant's participant is "not found". A
 * participant's register key ties it to the register: a municipality's 8-digit AGS, a district's
 * or district-free city's 5-digit key. Its letter details (address, contact person, phone, e-mail,
 * treasury account) are checked by {@link LetterDetails}; an update replaces them with the rest.
 */
@Component(service = ParticipantService.class)
public final class ParticipantServiceImpl implements ParticipantService {

    private static final Pattern AGS = Pattern.compile("[0-9]{8}");
    private static final Pattern DISTRICT_KEY = Pattern.compile("[0-9]{5}");
    private static final int MAX_CONTACTS = 50;
    private static final String COLUMNS = "id, kind, name, register_key, parent_id, address_name, address_addition, street, "
            + "postal_code, city, contact_person, phone, email, bank_holder, iban, bic, bank_name";

    private final Database db;
    private final AuditLog audit;
    private final RegisterService register;
    private final TenantService tenants;

    @Activate
    public ParticipantServiceImpl(@Reference Database db, @Reference AuditLog audit, @Reference RegisterService register,
                                  @Reference TenantService tenants, @Reference ParticipantSchema schema) {
        this.db = db;
        this.audit = audit;
        this.register = register;
        this.tenants = tenants;
    }

    // ---------------------------------------------------------------- changes

    @Override
    public Participant create(Caller caller, String tenantId, Participant participant) {
        String t = Checks.tenant(tenantId);
        if (!Checks.member(caller, t) || tenants.find(caller, t).isEmpty()) {
            throw IkzException.notFound("tenant", t);
        }
        Checks.admin(caller, t);
        if (participant == null) {
            throw IkzException.invalid(null, "participant required");
        }
        Participant p = checked(participant, Checks.id("id", participant.id()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(t);
            if (load(ts, p.id()).isPresent()) {
                throw IkzException.conflict("id", "participant '" + p.id() + "' exists already");
            }
            checkParent(ts, p);
            checkKeyUnique(ts, p);
            PostalAddress a = p.address();
            BankAccount b = p.bank();
            ts.update("INSERT INTO ikz_participant (tenant_id, " + COLUMNS + ", created_at, updated_at) "
                    + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.id(), p.kind(), p.name(), p.key(),
                    p.parentId(), a == null ? null : a.name(), a == null ? null : a.addition(), a == null ? null : a.street(),
                    a == null ? null : a.postalCode(), a == null ? null : a.city(), p.contactPerson(), p.phone(), p.email(),
                    b == null ? null : b.holder(), b == null ? null : b.iban(), b == null ? null : b.bic(), b == null ? null : b.bank(),
                    now, now);
            writeContacts(ts, p);
            audit.append(s, caller, t, "CREATE", "participant/" + p.id(), p.kind() + (p.key() == null ? "" : " " + p.key()));
            return p;
        });
    }

    @Override
    public Participant update(Caller caller, String tenantId, Participant participant) {
        String t = Checks.tenant(tenantId);
        if (participant == null) {
            throw IkzException.invalid(null, "participant required");
        }
        String id = participant.id();
        if (!Checks.member(caller, t)) {
            throw IkzException.notFound("participant", id);
        }
        Checks.admin(caller, t);
        Participant p = checked(participant, Checks.id("id", id));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(t);
            Participant old = load(ts, id).orElseThrow(() -> IkzException.notFound("participant", id));
            checkParent(ts, p);
            checkKeyUnique(ts, p);
            PostalAddress a = p.address();
            BankAccount b = p.bank();
            // the whole record is replaced, letter details too: a null clears (as for key, parent and contacts)
            ts.update("UPDATE ikz_participant SET kind = ?, name = ?, register_key = ?, parent_id = ?, address_name = ?, "
                    + "address_addition = ?, street = ?, postal_code = ?, city = ?, contact_person = ?, phone = ?, email = ?, "
                    + "bank_holder = ?, iban = ?, bic = ?, bank_name = ?, updated_at = ? WHERE tenant_id = :tenant AND id = ?",
                    p.kind(), p.name(), p.key(), p.parentId(), a == null ? null : a.name(), a == null ? null : a.addition(),
                    a == null ? null : a.street(), a == null ? null : a.postalCode(), a == null ? null : a.city(), p.contactPerson(),
                    p.phone(), p.email(), b == null ? null : b.holder(), b == null ? null : b.iban(), b == null ? null : b.bic(),
                    b == null ? null : b.bank(), now, id);
            ts.update("DELETE FROM ikz_participant_contact WHERE tenant_id = :tenant AND participant_id = ?", id);
            writeContacts(ts, p);
            audit.append(s, caller, t, "UPDATE", "participant/" + id, changes(old, p));
            return p;
        });
    }

    @Override
    public void addJurisdiction(Caller caller, String tenantId, String participantId, JurisdictionEntry entry) {
        String t = Checks.tenant(tenantId);
        if (!Checks.member(caller, t)) {
            throw IkzException.notFound("participant", participantId);
        }
        Checks.admin(caller, t);
        if (entry == null) {
            throw IkzException.invalid(null, "jurisdiction entry required");
        }
        if (entry.ags() == null || !AGS.matcher(entry.ags()).matches()) {
            throw IkzException.invalid("ags", "ags must be an 8-digit municipality key, got '" + entry.ags() + "'");
        }
        if (entry.validFrom() == null) {
            throw IkzException.invalid("validFrom", "validFrom is required");
        }
        de.ikz.api.input.Input.date("validFrom", entry.validFrom());
        de.ikz.api.input.Input.optionalDate("validTo", entry.validTo());
        if (entry.validTo() != null && entry.validTo().isBefore(entry.validFrom())) {
            throw IkzException.invalid("validTo", "validTo " + entry.validTo() + " is before validFrom " + entry.validFrom());
        }
        if (register.municipality(entry.ags()).isEmpty()) {
            throw IkzException.invalid("ags", "ags " + entry.ags() + " is not a municipality of the register");
        }
        db.inTransaction(s -> {
            TenantSession ts = s.tenant(t);
            load(ts, participantId).orElseThrow(() -> IkzException.notFound("participant", participantId));
            for (JurisdictionEntry e : entries(ts, participantId)) {
                if (e.ags().equals(entry.ags()) && overlaps(e, entry)) {
                    throw IkzException.conflict("validFrom", "participant '" + participantId + "' serves " + entry.ags()
                            + " already from " + e.validFrom() + (e.validTo() == null ? " on" : " to " + e.validTo()));
                }
            }
            ts.update("INSERT INTO ikz_jurisdiction (tenant_id, participant_id, ags, valid_from, valid_to) "
                    + "VALUES (:tenant, ?, ?, ?, ?)", participantId, entry.ags(), entry.validFrom(), entry.validTo());
            audit.append(s, caller, t, "UPDATE", "participant/" + participantId, "jurisdiction + " + entry.ags() + " "
                    + entry.validFrom() + ".." + (entry.validTo() == null ? "" : entry.validTo()));
            return null;
        });
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<Participant> list(Caller caller, String tenantId) {
        String t = Checks.tenant(tenantId);
        if (!Checks.member(caller, t)) {
            throw IkzException.notFound("tenant", t);
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(t);
            Map<String, List<Contact>> contacts = new LinkedHashMap<>();
            ts.query("SELECT participant_id, contact_role, person, office, phone, email, address FROM ikz_participant_contact "
                    + "WHERE tenant_id = :tenant ORDER BY participant_id, pos", rs -> {
                        contacts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(contact(rs));
                        return null;
                    });
            List<Participant> list = ts.query("SELECT " + COLUMNS + " FROM ikz_participant WHERE tenant_id = :tenant ORDER BY id",
                    rs -> participant(rs, contacts.getOrDefault(rs.getString("id"), List.of())));
            logContactRead(s, caller, t, list);
            return list;
        });
    }

    /** Without contacts: public bodies only, so nothing personal is shown and nothing is logged. */
    @Override
    public List<Participant> listBodies(Caller caller, String tenantId) {
        String t = Checks.tenant(tenantId);
        if (!Checks.member(caller, t)) {
            throw IkzException.notFound("tenant", t);
        }
        return db.inTransaction(s -> s.tenant(t).query("SELECT " + COLUMNS + " FROM ikz_participant WHERE tenant_id = :tenant "
                + "ORDER BY id", rs -> participant(rs, List.of()).withoutPersons()));
    }

    /**
     * Contact persons are personal data (names, phone, e-mail), the contacts and the contact person
     * named on its letters alike: a read that returns any writes one
     * access-log entry in the read's transaction, naming the participants whose contacts were shown
     * ({@code participant/<id>} for one, {@code participant list: <id>,… (n=<count>)} for a list,
     * cut to the record column's 300 characters). Participants themselves (public bodies) are not
     * personal data, so a read without contacts writes nothing.
     */
    private void logContactRead(de.ikz.api.persistence.Session s, Caller caller, String t, List<Participant> shown) {
        List<String> ids = shown.stream().filter(p -> persons(p) > 0).map(Participant::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        long persons = shown.stream().mapToLong(ParticipantServiceImpl::persons).sum();
        String record = shown.size() == 1 ? "participant/" + ids.get(0) : AuditLog.listRecord("participant", ids);
        audit.append(s, caller, t, "READ", record, persons + " contact persons shown");
    }

    /** Contact persons a participant shows: its contacts and the contact person named on its letters. */
    private static long persons(Participant p) {
        return p.contacts().size() + (p.contactPerson() == null ? 0 : 1);
    }

    @Override
    public Optional<Participant> find(Caller caller, String tenantId, String id) {
        String t = Checks.tenant(tenantId);
        if (!Checks.member(caller, t) || id == null) {
            return Optional.empty();
        }
        return db.inTransaction(s -> {
            Optional<Participant> p = load(s.tenant(t), id);
            p.ifPresent(found -> logContactRead(s, caller, t, List.of(found)));
            return p;
        });
    }

    @Override
    public List<JurisdictionEntry> jurisdiction(Caller caller, String tenantId, String participantId) {
        String t = visible(caller, tenantId, participantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(t);
            load(ts, participantId).orElseThrow(() -> IkzException.notFound("participant", participantId));
            return entries(ts, participantId);
        });
    }

    @Override
    public List<String> area(Caller caller, String tenantId, String participantId, LocalDate on) {
        String t = visible(caller, tenantId, participantId);
        if (on == null) {
            throw IkzException.invalid("on", "the day is required");
        }
        Participant p = db.inTransaction(s -> load(s.tenant(t), participantId))
                .orElseThrow(() -> IkzException.notFound("participant", participantId));
        List<JurisdictionEntry> entries = db.inTransaction(s -> entries(s.tenant(t), participantId));
        List<String> valid = entries.stream().filter(e -> e.validOn(on)).map(JurisdictionEntry::ags).distinct().sorted().toList();
        if (!valid.isEmpty()) {
            return valid;
        }
        return switch (p.kind()) {
            case MUNICIPALITY -> List.of(p.key());
            case DISTRICT, DISTRICT_FREE_CITY -> register.municipalitiesOf(p.key()).stream().map(RegisterMunicipality::ags).toList();
            default -> List.of();
        };
    }

    @Override
    public FigureSum figure(Caller caller, String tenantId, String participantId, String figure, LocalDate on,
                            LocalDate referenceDate) {
        return figures(caller, tenantId, List.of(participantId), figure, on, referenceDate).get(participantId);
    }

    @Override
    public Map<String, FigureSum> figures(Caller caller, String tenantId, java.util.Collection<String> participantIds,
                                          String figure, LocalDate on, LocalDate referenceDate) {
        if (figure == null || !FiguresParser.FIGURE.matcher(figure).matches()) {
            throw IkzException.invalid("figure", "figure must be a name like 'population', got '" + figure + "'");
        }
        if (on == null) {
            throw IkzException.invalid("on", "the day is required");
        }
        String t = visible(caller, tenantId, participantIds.isEmpty() ? "-" : participantIds.iterator().next());
        record Row(ParticipantKind kind, String key) {
        }
        Map<String, Row> rows = new java.util.HashMap<>();
        Map<String, List<String>> valid = new java.util.HashMap<>();
        List<String> wanted = participantIds.stream().distinct().toList();
        db.inTransaction(s -> {
            var ts = s.tenant(t);
            if (wanted.size() > 1000) {
                // thousands of partners: one pass over the tenant is cheaper than many IN lists
                ts.query("SELECT id, kind, register_key FROM ikz_participant WHERE tenant_id = :tenant", rs -> {
                    rows.put(rs.getString(1), new Row(ParticipantKind.valueOf(rs.getString(2)), rs.getString(3)));
                    return null;
                });
                ts.query("SELECT participant_id, ags, valid_from, valid_to FROM ikz_jurisdiction WHERE tenant_id = :tenant", rs -> {
                    JurisdictionEntry e = new JurisdictionEntry(rs.getString(2), rs.getDate(3).toLocalDate(), date(rs.getDate(4)));
                    if (e.validOn(on)) {
                        valid.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(e.ags());
                    }
                    return null;
                });
                return null;
            }
            // otherwise a few IN queries (probing the id index) instead of one query per participant
            for (InList in : InList.of(wanted)) {
                ts.query("SELECT id, kind, register_key FROM ikz_participant WHERE tenant_id = :tenant AND id IN (" + in.placeholders() + ")", rs -> {
                    rows.put(rs.getString(1), new Row(ParticipantKind.valueOf(rs.getString(2)), rs.getString(3)));
                    return null;
                }, in.values().toArray());
                ts.query("SELECT participant_id, ags, valid_from, valid_to FROM ikz_jurisdiction WHERE tenant_id = :tenant "
                        + "AND participant_id IN (" + in.placeholders() + ")", rs -> {
                    JurisdictionEntry e = new JurisdictionEntry(rs.getString(2), rs.getDate(3).toLocalDate(), date(rs.getDate(4)));
                    if (e.validOn(on)) {
                        valid.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(e.ags());
                    }
                    return null;
                }, in.values().toArray());
            }
            return null;
        });
        Map<String, List<String>> areas = new LinkedHashMap<>();
        Map<String, List<String>> districts = new java.util.HashMap<>();
        for (String id : participantIds) {
            Row row = rows.get(id);
            if (row == null) {
                throw IkzException.notFound("participant", id);
            }
            List<String> area;
            if (valid.containsKey(id)) {
                area = valid.get(id).stream().distinct().sorted().toList();
            } else {
                area = switch (row.kind()) {
                    case MUNICIPALITY -> List.of(row.key());
                    case DISTRICT, DISTRICT_FREE_CITY -> districts.computeIfAbsent(row.key(),
                            k -> register.municipalitiesOf(k).stream().map(RegisterMunicipality::ags).toList());
                    default -> List.of();
                };
            }
            if (area.isEmpty()) {
                throw IkzException.invalid("participant", "participant '" + id + "' has no area on " + on
                        + ": no jurisdiction valid that day and no municipality or district key");
            }
            areas.put(id, area);
        }
        LocalDate ref = referenceDate == null ? on : referenceDate;
        Map<String, FigureValue> values = register.figures(
                areas.values().stream().flatMap(List::stream).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                figure, ref);
        Map<String, FigureSum> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : areas.entrySet()) {
            List<String> area = e.getValue();
            List<String> missing = area.stream().filter(a -> !values.containsKey(a)).toList();
            if (!missing.isEmpty()) {
                throw IkzException.invalid("figure", "participant '" + e.getKey() + "': no " + figure + " on or before " + ref
                        + " for " + missing.size() + " of " + area.size() + " municipalities ("
                        + String.join(", ", missing.subList(0, Math.min(10, missing.size()))) + (missing.size() > 10 ? ", …" : "") + ")");
            }
            List<FigureValue> parts = area.stream().map(values::get).toList();
            long total = 0;
            for (FigureValue v : parts) {
                total = Math.addExact(total, v.value());
            }
            result.put(e.getKey(), new FigureSum(e.getKey(), figure, on, total, parts));
        }
        return result;
    }

    // ---------------------------------------------------------------- helpers

    /** The tenant if the caller may read in it; else the participant is "not found". */
    private static String visible(Caller caller, String tenantId, String participantId) {
        String t = Checks.tenant(tenantId);
        if (!Checks.member(caller, t)) {
            throw IkzException.notFound("participant", participantId);
        }
        return t;
    }

    /** Checks and normalises everything but the id and what needs the database. */
    private Participant checked(Participant p, String id) {
        if (p.kind() == null) {
            throw IkzException.invalid("kind", "kind is required, one of " + List.of(ParticipantKind.values()));
        }
        String name = Checks.text("name", p.name(), 200);
        String key = Checks.optional("key", p.key(), 8);
        switch (p.kind()) {
            case MUNICIPALITY -> {
                if (key == null || !AGS.matcher(key).matches()) {
                    throw IkzException.invalid("key", "a municipality needs its 8-digit AGS as key, got '" + key + "'");
                }
                if (register.municipality(key).isEmpty()) {
                    throw IkzException.invalid("key", "AGS " + key + " is not a municipality of the register");
                }
            }
            case DISTRICT, DISTRICT_FREE_CITY -> {
                if (key == null || !DISTRICT_KEY.matcher(key).matches()) {
                    throw IkzException.invalid("key", "a district or district-free city needs its 5-digit district key, got '" + key + "'");
                }
                RegisterDistrict d = register.district(key)
                        .orElseThrow(() -> IkzException.invalid("key", "district key " + key + " is not in the register"));
                boolean freeCity = d.kind() == 41 || d.kind() == 42;
                if (freeCity != (p.kind() == ParticipantKind.DISTRICT_FREE_CITY)) {
                    throw IkzException.invalid("kind", key + " (" + d.name() + ") is " + (freeCity ? "a district-free city"
                            : "a district") + " in the register, not a " + p.kind());
                }
            }
            default -> {
                if (key != null) {
                    throw IkzException.invalid("key", "only municipalities, districts and district-free cities have a register key");
                }
            }
        }
        String parent = p.parentId() == null || p.parentId().isBlank() ? null : Checks.id("parentId", p.parentId());
        if (id.equals(parent)) {
            throw IkzException.invalid("parentId", "a participant cannot be its own parent");
        }
        if (p.contacts().size() > MAX_CONTACTS) {
            throw IkzException.invalid("contacts", "at most " + MAX_CONTACTS + " contacts");
        }
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < p.contacts().size(); i++) {
            Contact c = p.contacts().get(i);
            String f = "contacts[" + i + "].";
            if (c == null) {
                throw IkzException.invalid("contacts[" + i + "]", "contact is empty");
            }
            contacts.add(new Contact(Checks.text(f + "role", c.role(), 200), Checks.optional(f + "person", c.person(), 200),
                    Checks.optional(f + "office", c.office(), 200), Checks.optional(f + "phone", c.phone(), 100),
                    Checks.optional(f + "email", c.email(), 200), Checks.optional(f + "address", c.address(), 500)));
        }
        return LetterDetails.checked(new Participant(id, p.kind(), name, key, parent, contacts, p.address(), p.contactPerson(),
                p.phone(), p.email(), p.bank()));
    }

    /** The parent exists in the tenant and the chain does not lead back to the participant. */
    private static void checkParent(TenantSession ts, Participant p) {
        Set<String> seen = new HashSet<>();
        seen.add(p.id());
        String next = p.parentId();
        while (next != null) {
            if (!seen.add(next)) {
                throw IkzException.invalid("parentId", "parent '" + p.parentId() + "' would make a cycle");
            }
            String current = next;
            next = ts.queryOne("SELECT parent_id FROM ikz_participant WHERE tenant_id = :tenant AND id = ?",
                    rs -> Optional.ofNullable(rs.getString(1)), current)
                    .orElseThrow(() -> IkzException.invalid("parentId", "parent '" + current + "' is not a participant of the tenant"))
                    .orElse(null);
        }
    }

    /** One participant per tenant stands for a municipality or district. */
    private static void checkKeyUnique(TenantSession ts, Participant p) {
        if (p.key() == null) {
            return;
        }
        ts.queryOne("SELECT id FROM ikz_participant WHERE tenant_id = :tenant AND register_key = ? AND kind = ? AND id <> ?",
                rs -> rs.getString(1), p.key(), p.kind(), p.id()).ifPresent(other -> {
                    throw IkzException.conflict("key", "participant '" + other + "' stands for " + p.key() + " already");
                });
    }

    private static void writeContacts(TenantSession ts, Participant p) {
        int pos = 0;
        for (Contact c : p.contacts()) {
            ts.update("INSERT INTO ikz_participant_contact (tenant_id, participant_id, pos, contact_role, person, office, phone, "
                    + "email, address) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?)", p.id(), pos++, c.role(), c.person(), c.office(),
                    c.phone(), c.email(), c.address());
        }
    }

    private static Optional<Participant> load(TenantSession ts, String id) {
        List<Contact> contacts = ts.query("SELECT contact_role, person, office, phone, email, address FROM ikz_participant_contact "
                + "WHERE tenant_id = :tenant AND participant_id = ? ORDER BY pos", ParticipantServiceImpl::contact, id);
        return ts.queryOne("SELECT " + COLUMNS + " FROM ikz_participant WHERE tenant_id = :tenant AND id = ?",
                rs -> participant(rs, contacts), id);
    }

    private static List<JurisdictionEntry> entries(TenantSession ts, String participantId) {
        return ts.query("SELECT ags, valid_from, valid_to FROM ikz_jurisdiction WHERE tenant_id = :tenant AND participant_id = ? "
                + "ORDER BY valid_from, ags", rs -> new JurisdictionEntry(rs.getString(1), rs.getDate(2).toLocalDate(),
                        date(rs.getDate(3))), participantId);
    }

    private static boolean overlaps(JurisdictionEntry a, JurisdictionEntry b) {
        boolean aEndsBeforeB = a.validTo() != null && a.validTo().isBefore(b.validFrom());
        boolean bEndsBeforeA = b.validTo() != null && b.validTo().isBefore(a.validFrom());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    private static String changes(Participant old, Participant p) {
        List<String> c = new ArrayList<>();
        if (old.kind() != p.kind()) {
            c.add("kind " + p.kind());
        }
        if (!old.name().equals(p.name())) {
            c.add("name");
        }
        if (!java.util.Objects.equals(old.key(), p.key())) {
            c.add("key " + p.key());
        }
        if (!java.util.Objects.equals(old.parentId(), p.parentId())) {
            c.add("parent " + p.parentId());
        }
        if (!old.contacts().equals(p.contacts())) {
            c.add("contacts");
        }
        // which letter details changed, never their values (the contact person is personal data)
        if (!java.util.Objects.equals(old.address(), p.address())) {
            c.add("address");
        }
        if (!java.util.Objects.equals(old.contactPerson(), p.contactPerson())) {
            c.add("contact person");
        }
        if (!java.util.Objects.equals(old.phone(), p.phone())) {
            c.add("phone");
        }
        if (!java.util.Objects.equals(old.email(), p.email())) {
            c.add("email");
        }
        if (!java.util.Objects.equals(old.bank(), p.bank())) {
            c.add("bank");
        }
        return c.isEmpty() ? "no change" : String.join(", ", c);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Participant participant(ResultSet rs, List<Contact> contacts) throws SQLException {
        String street = rs.getString("street");
        PostalAddress address = street == null ? null : new PostalAddress(rs.getString("address_name"),
                rs.getString("address_addition"), street, rs.getString("postal_code"), rs.getString("city"));
        String iban = rs.getString("iban");
        BankAccount bank = iban == null ? null : new BankAccount(rs.getString("bank_holder"), iban, rs.getString("bic"),
                rs.getString("bank_name"));
        return new Participant(rs.getString("id"), ParticipantKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("register_key"), rs.getString("parent_id"), contacts, address, rs.getString("contact_person"),
                rs.getString("phone"), rs.getString("email"), bank);
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        return new Contact(rs.getString("contact_role"), rs.getString("person"), rs.getString("office"), rs.getString("phone"),
                rs.getString("email"), rs.getString("address"));
    }
}
