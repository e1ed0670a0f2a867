package de.ikz.fruehehilfen.internal.visits;

import static de.ikz.fruehehilfen.internal.families.FamilyRoles.auditor;
import static de.ikz.fruehehilfen.internal.families.FamilyRoles.coordinator;
import static de.ikz.fruehehilfen.internal.families.FamilyRoles.partner;
import static de.ikz.fruehehilfen.internal.families.FamilyRoles.professional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyAccess;
import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.families.Sealer;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.fruehehilfen.internal.pool.FundingArea;
import de.ikz.kit.input.Fields;
import de.ikz.kit.input.Ids;
import de.ikz.kit.text.GermanFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contacts, checklists of resources and burdens, and assessments on the platform database; the
 * service figures the reports read. Input is checked first, then the family's row rule
 * ({@link FamilyAccess}) and the case dates inside the transaction that writes, with its
 * access-log entry: a refusal writes nothing. The checklist is sealed with the protection part's
 * cipher ({@link Sealer}) and opened only for a reader; health-related factors are shown only to
 * those who see the family's identity. The DS component is {@link VisitComponent}.
 */
public class VisitServiceImpl implements VisitService, ServiceFigures {

    private static final Logger LOG = LoggerFactory.getLogger(VisitServiceImpl.class);

    static final String RECORD_CONTACT = "fruehehilfen/contact/";
    static final String RECORD_ASSESSMENT = "fruehehilfen/assessment/";
    static final String RECORD_RESOURCES = "fruehehilfen/resources/";

    /** The longest period of a contact list or the figures, in years. */
    static final int MAX_YEARS = 10;

    private static final String CONTACT_COLUMNS = "id, family_id, staff_id, contact_on, minutes, place, kind, categories, "
            + "referrals, recorded_by, recorded_at";
    private static final String ASSESSMENT_COLUMNS = "id, family_id, phase, assessed_on, household, external_support, "
            + "internal_support, self_care, child_care, interaction, recorded_by, recorded_at";

    private final Database db;
    private final AuditLog audit;
    private final FamilyAccess access;
    private final Sealer sealer;
    private final Clock clock;
    private final VisitLimits limits;

    public VisitServiceImpl(Database db, AuditLog audit, FamilyAccess access, Sealer sealer, Clock clock, VisitLimits limits) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.sealer = sealer;
        this.clock = clock;
        this.limits = limits;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public VisitLimits limits() {
        return limits;
    }

    // ================================================================== roles: FamilyRoles (one rule for the module)

    /**
     * Does the caller see the family's health fields? The rule of {@link FamilyAccess#seesIdentity}
     * (coordinator, assigned professional, owning office), asked inside the caller's transaction.
     */
    /** Health fields follow the identity rule of the families part (coordinator, assigned professional, owning office). */
    private boolean seesHealth(Session s, Caller caller, String tenantId, Family f) {
        return access.seesIdentity(s, caller, tenantId, f);
    }

    // ================================================================== contacts

    @Override
    public Contact addContact(Caller caller, String tenantId, String familyId, ContactInput input) {
        caller.requireReadable(tenantId);
        String fid = Ids.id("familyId", familyId);
        ContactInput in = input == null ? new ContactInput(null, null, null, null, null, null, null) : input;
        String staffWanted = in.staffId() == null || in.staffId().isBlank() ? null : Ids.id("staffId", in.staffId());
        LocalDate today = today();
        LocalDate date = notFuture("date", in.date() == null ? today : in.date(), today);
        int minutes = in.minutes() == null ? limits.defaultMinutes() : in.minutes();
        if (minutes <= 0 || minutes > limits.maxMinutes()) {
            throw IkzException.invalid("minutes", "Die Dauer muss mindestens 1 und höchstens " + limits.maxMinutes()
                    + " Minuten (" + GermanFormat.number(ServiceFigures.hoursOf(limits.maxMinutes())) + " Stunden) betragen, nicht "
                    + minutes + ".");
        }
        ContactKind kind = Fields.choice("kind", in.kind(), ContactKind.class, ContactKind.HOME_VISIT);
        ContactPlace place = Fields.choice("place", in.place(), ContactPlace.class,
                kind == ContactKind.PHONE_CALL ? ContactPlace.PHONE : ContactPlace.HOME);
        if (kind == ContactKind.PHONE_CALL && place != ContactPlace.PHONE) {
            throw IkzException.invalid("place", "Ein Telefonat hat den Ort „" + ContactPlace.PHONE.label() + "“.");
        }
        if (place == ContactPlace.PHONE && kind != ContactKind.PHONE_CALL) {
            throw IkzException.invalid("kind", "Am Ort „" + ContactPlace.PHONE.label() + "“ ist die Art des Kontakts „"
                    + ContactKind.PHONE_CALL.label() + "“.");
        }
        Set<ContentCategory> categories = choices("categories", in.categories(), ContentCategory.class);
        Set<ReferralService> referrals = choices("referrals", in.referrals(), ReferralService.class);

        return db.inTransaction(s -> {
            Family f = access.requireWritable(s, caller, tenantId, fid);
            Staff staff = staffFor(s, caller, tenantId, f, staffWanted, date);
            requireOpen(f, date, "date");
            String id = Ids.unused(s.tenant(tenantId), "fruehehilfen_contact", "K");
            Instant now = clock.instant();
            s.tenant(tenantId).update("INSERT INTO fruehehilfen_contact (tenant_id, " + CONTACT_COLUMNS + ") VALUES "
                            + "(:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, f.id(), staff.id(), date, minutes, place.name(),
                    kind.name(), names(categories), names(referrals), caller.user(), now);
            audit.append(s, caller, tenantId, "CREATE", RECORD_CONTACT + id,
                    "family " + f.id() + ", staff " + staff.id() + ", " + date + ", " + minutes + " min, " + kind.name());
            return new Contact(id, f.id(), f.pseudonym(), staff.id(), staff.name(), date, minutes, place, kind,
                    List.copyOf(categories), List.copyOf(referrals), caller.user(), now);
        });
    }

    /** Who had the contact: a professional herself; the coordinator whom she names, else the family's staff member. */
    private Staff staffFor(Session s, Caller caller, String tenantId, Family f, String wanted, LocalDate date) {
        Staff staff;
        if (coordinator(caller)) {
            String id = wanted != null ? wanted : f.staffId().orElse(null);
            if (id == null) {
                staff = access.staffOf(s, caller, tenantId).orElseThrow(() -> IkzException.invalid("staffId",
                        "Die Familie ist keiner Fachkraft zugeordnet: Bitte geben Sie an, wer den Kontakt hatte."));
            } else {
                staff = access.staff(s, tenantId, id).orElseThrow(() -> IkzException.invalid("staffId",
                        "Eine Fachkraft „" + id + "“ gibt es nicht."));
            }
        } else {
            staff = access.staffOf(s, caller, tenantId).orElseThrow(() -> new IkzException(IkzException.Kind.FORBIDDEN,
                    "staffId", "Ihr Zugang ist keiner Fachkraft des Dienstes zugeordnet."));
            if (wanted != null && !wanted.equals(staff.id())) {
                throw new IkzException(IkzException.Kind.FORBIDDEN, "staffId",
                        "Eine Fachkraft bucht Kontakte nur für sich selbst.");
            }
        }
        if (!staff.activeOn(date)) {
            throw IkzException.invalid("staffId", staff.name() + " war am " + GermanFormat.date(date)
                    + " nicht im Dienst der Frühen Hilfen.");
        }
        return staff;
    }

    private static void requireOpen(Family f, LocalDate date, String field) {
        if (date.isBefore(f.openedOn())) {
            throw IkzException.invalid(field, "Der Fall " + f.pseudonym() + " wurde erst am " + GermanFormat.date(f.openedOn())
                    + " eröffnet; ein Eintrag am " + GermanFormat.date(date) + " liegt davor.");
        }
        if (f.closedOn().isPresent() && date.isAfter(f.closedOn().get())) {
            throw IkzException.invalid(field, "Der Fall " + f.pseudonym() + " wurde am " + GermanFormat.date(f.closedOn().get())
                    + " abgeschlossen; ein Eintrag am " + GermanFormat.date(date) + " liegt danach.");
        }
    }

    private static LocalDate notFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw IkzException.invalid(field, "Das Datum " + GermanFormat.date(date) + " liegt in der Zukunft (heute ist "
                    + GermanFormat.date(today) + ").");
        }
        return date;
    }

    @Override
    public List<Contact> contacts(Caller caller, String tenantId, String familyId) {
        return onReadable(caller, tenantId, familyId, (s, f) -> {
            Map<String, Staff> staff = staffById(s, tenantId);
            List<Contact> list = s.tenant(tenantId).query("SELECT " + CONTACT_COLUMNS + " FROM fruehehilfen_contact "
                    + "WHERE tenant_id = :tenant AND family_id = ? ORDER BY contact_on DESC, recorded_at DESC", rs -> contact(rs,
                    Map.of(f.id(), f), staff), f.id());
            audit.append(s, caller, tenantId, "READ", AuditLog.listRecord("fruehehilfen/contact", ids(list, Contact::id)),
                    "contacts of family " + f.id());
            return list;
        });
    }

    @Override
    public List<Contact> contacts(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        caller.requireReadable(tenantId);
        requireReader(caller);
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        checkPeriod(start, end);
        return db.inTransaction(s -> {
            Map<String, Family> own = access.ownFamilies(s, caller, tenantId).stream()
                    .collect(Collectors.toMap(Family::id, Function.identity(), (a, b) -> a));
            Map<String, Staff> staff = staffById(s, tenantId);
            List<Contact> list = new ArrayList<>();
            if (!own.isEmpty()) {
                s.tenant(tenantId).query("SELECT " + CONTACT_COLUMNS + " FROM fruehehilfen_contact WHERE tenant_id = :tenant "
                                + "AND contact_on >= ? AND contact_on <= ? ORDER BY contact_on DESC, recorded_at DESC",
                        rs -> own.containsKey(rs.getString("family_id")) ? contact(rs, own, staff) : null, start, end)
                        .stream().filter(c -> c != null).forEach(list::add);
            }
            audit.append(s, caller, tenantId, "READ", AuditLog.listRecord("fruehehilfen/contact", ids(list, Contact::id)),
                    "contacts " + start + " to " + end);
            return list;
        });
    }

    @Override
    public VisitLog visitLog(Caller caller, String tenantId) {
        caller.requireReadable(tenantId);
        if (!(coordinator(caller) || professional(caller))) {
            throw IkzException.forbidden("the visit log is for the professionals and the coordination of module " + ModuleDefinition.ID);
        }
        LocalDate today = today();
        return db.inTransaction(s -> {
            Optional<Staff> me = access.staffOf(s, caller, tenantId);
            Map<String, Family> open = access.ownFamilies(s, caller, tenantId).stream().filter(f -> f.openOn(today))
                    .collect(Collectors.toMap(Family::id, Function.identity(), (a, b) -> a));
            Map<String, LocalDate> last = new HashMap<>();
            Map<String, Integer> month = new HashMap<>();
            List<Contact> recent = new ArrayList<>();
            if (!open.isEmpty()) {
                Map<String, Staff> staff = staffById(s, tenantId);
                LocalDate firstOfMonth = today.withDayOfMonth(1);
                // the contacts of the last twelve months tell the last contact; older ones do not change the order much
                for (Contact c : s.tenant(tenantId).query("SELECT " + CONTACT_COLUMNS + " FROM fruehehilfen_contact "
                        + "WHERE tenant_id = :tenant AND contact_on >= ? ORDER BY contact_on DESC, recorded_at DESC",
                        rs -> open.containsKey(rs.getString("family_id")) ? contact(rs, open, staff) : null, today.minusYears(1))) {
                    if (c == null) {
                        continue;
                    }
                    last.merge(c.familyId(), c.date(), (a, b) -> a.isAfter(b) ? a : b);
                    if (!c.date().isBefore(firstOfMonth)) {
                        month.merge(c.familyId(), 1, Integer::sum);
                    }
                    if (me.isPresent() && c.staffId().equals(me.get().id()) && recent.size() < limits.recent()) {
                        recent.add(c);
                    }
                }
            }
            List<LogFamily> families = open.values().stream()
                    .map(f -> new LogFamily(f.id(), f.pseudonym(), f.openedOn(), last.get(f.id()), month.getOrDefault(f.id(), 0)))
                    .sorted(Comparator.comparing((LogFamily f) -> f.lastContact() == null ? LocalDate.MIN : f.lastContact()).reversed()
                            .thenComparing(LogFamily::pseudonym))
                    .toList();
            audit.append(s, caller, tenantId, "READ", AuditLog.listRecord("fruehehilfen/family", ids(families, LogFamily::familyId)),
                    "visit log with " + recent.size() + " recent contacts");
            return new VisitLog(families, recent);
        });
    }

    @Override
    public FamilyVisits familyVisits(Caller caller, String tenantId, String familyId) {
        return onReadable(caller, tenantId, familyId, (s, f) -> {
            List<Contact> contacts = s.tenant(tenantId).query("SELECT " + CONTACT_COLUMNS + " FROM fruehehilfen_contact "
                    + "WHERE tenant_id = :tenant AND family_id = ? ORDER BY contact_on DESC, recorded_at DESC", rs -> contact(rs,
                    Map.of(f.id(), f), staffById(s, tenantId)), f.id());
            List<Assessment> assessments = assessments(s, tenantId, f.id());
            List<Resources> resources = resources(s, caller, tenantId, f);
            audit.append(s, caller, tenantId, "READ", f.record(), "visits shown: " + contacts.size() + " contacts, "
                    + assessments.size() + " assessments, " + resources.size() + " checklists");
            return new FamilyVisits(contacts, assessments, resources);
        });
    }

    /** Work on one family the caller may read, in one transaction. */
    @FunctionalInterface
    private interface FamilyWork<T> {
        T run(Session s, Family f) throws SQLException;
    }

    /** Checks the tenant and the family id, then runs {@code work} on the family if the caller may read it. */
    private <T> T onReadable(Caller caller, String tenantId, String familyId, FamilyWork<T> work) {
        caller.requireReadable(tenantId);
        String fid = Ids.id("familyId", familyId);
        return db.inTransaction(s -> work.run(s, access.requireReadable(s, caller, tenantId, fid)));
    }

    private static void requireReader(Caller caller) {
        if (!(coordinator(caller) || professional(caller) || partner(caller) || auditor(caller))) {
            throw IkzException.forbidden("only the staff of module " + ModuleDefinition.ID + " read its contacts");
        }
    }

    private static void checkPeriod(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw IkzException.invalid("to", "Der Zeitraum endet (" + GermanFormat.date(end) + ") vor seinem Beginn ("
                    + GermanFormat.date(start) + ").");
        }
        if (start.plusYears(MAX_YEARS).isBefore(end)) {
            throw IkzException.invalid("to", "Ein Zeitraum umfasst höchstens " + MAX_YEARS + " Jahre.");
        }
    }

    private Contact contact(ResultSet rs, Map<String, Family> families, Map<String, Staff> staff) throws SQLException {
        String familyId = rs.getString("family_id");
        String staffId = rs.getString("staff_id");
        Family f = families.get(familyId);
        Staff st = staff.get(staffId);
        return new Contact(rs.getString("id"), familyId, f == null ? null : f.pseudonym(), staffId, st == null ? staffId : st.name(),
                rs.getDate("contact_on").toLocalDate(), rs.getInt("minutes"), ContactPlace.valueOf(rs.getString("place")),
                ContactKind.valueOf(rs.getString("kind")), parse(rs.getString("categories"), ContentCategory.class),
                parse(rs.getString("referrals"), ReferralService.class), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private Map<String, Staff> staffById(Session s, String tenantId) {
        Map<String, Staff> m = new HashMap<>();
        access.allStaff(s, tenantId).forEach(st -> m.put(st.id(), st));
        return m;
    }

    // ================================================================== assessments

    @Override
    public Assessment addAssessment(Caller caller, String tenantId, String familyId, AssessmentInput input) {
        caller.requireReadable(tenantId);
        String fid = Ids.id("familyId", familyId);
        if (input == null) {
            throw IkzException.invalid(null, "request body required");
        }
        AssessmentPhase phase = Fields.choice("phase", input.phase(), AssessmentPhase.class, null);
        LocalDate today = today();
        LocalDate date = notFuture("date", input.date() == null ? today : input.date(), today);
        Map<AssessmentArea, Integer> ratings = new EnumMap<>(AssessmentArea.class);
        for (AssessmentArea a : AssessmentArea.values()) {
            Integer r = input.rating(a);
            if (r == null || r < AssessmentArea.Scale.MIN || r > AssessmentArea.Scale.MAX) {
                throw IkzException.invalid(a.field(), "Bitte bewerten Sie „" + a.label() + "“ mit " + AssessmentArea.Scale.MIN
                        + " bis " + AssessmentArea.Scale.MAX + (r == null ? "." : ", nicht " + r + "."));
            }
            ratings.put(a, r);
        }
        return db.inTransaction(s -> {
            Family f = access.requireWritable(s, caller, tenantId, fid);
            requireOpen(f, date, "date");
            List<Assessment> before = assessments(s, tenantId, f.id());
            Optional<Assessment> start = before.stream().filter(a -> a.phase() == AssessmentPhase.START).findFirst();
            Optional<Assessment> end = before.stream().filter(a -> a.phase() == AssessmentPhase.END).findFirst();
            switch (phase) {
                case START -> {
                    if (start.isPresent()) {
                        throw IkzException.conflict("phase", "Die Einschätzung zu Beginn ist bereits erfasst (am "
                                + GermanFormat.date(start.get().date()) + ").");
                    }
                }
                case DURING, END -> {
                    if (phase == AssessmentPhase.END && end.isPresent()) {
                        throw IkzException.conflict("phase", "Die Einschätzung zum Abschluss ist bereits erfasst (am "
                                + GermanFormat.date(end.get().date()) + ").");
                    }
                    if (start.isEmpty()) {
                        throw IkzException.invalid("phase", "Bitte erfassen Sie zuerst die Einschätzung zu Beginn.");
                    }
                    if (date.isBefore(start.get().date())) {
                        throw IkzException.invalid("date", "Das Datum liegt vor der Einschätzung zu Beginn ("
                                + GermanFormat.date(start.get().date()) + ").");
                    }
                    if (phase == AssessmentPhase.DURING && end.isPresent() && date.isAfter(end.get().date())) {
                        throw IkzException.invalid("date", "Das Datum liegt nach der Einschätzung zum Abschluss ("
                                + GermanFormat.date(end.get().date()) + ").");
                    }
                    if (phase == AssessmentPhase.END) {
                        Optional<LocalDate> lastDuring = before.stream().filter(a -> a.phase() == AssessmentPhase.DURING)
                                .map(Assessment::date).max(Comparator.naturalOrder());
                        if (lastDuring.isPresent() && date.isBefore(lastDuring.get())) {
                            throw IkzException.invalid("date", "Das Datum liegt vor der letzten Einschätzung im Verlauf ("
                                    + GermanFormat.date(lastDuring.get()) + ").");
                        }
                    }
                }
                default -> throw new IllegalStateException(phase.name());
            }
            String id = Ids.unused(s.tenant(tenantId), "fruehehilfen_assessment", "E");
            Instant now = clock.instant();
            s.tenant(tenantId).update("INSERT INTO fruehehilfen_assessment (tenant_id, " + ASSESSMENT_COLUMNS + ", phase_key) "
                            + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, f.id(), phase.name(), date,
                    ratings.get(AssessmentArea.HOUSEHOLD), ratings.get(AssessmentArea.EXTERNAL_SUPPORT),
                    ratings.get(AssessmentArea.INTERNAL_SUPPORT), ratings.get(AssessmentArea.SELF_CARE),
                    ratings.get(AssessmentArea.CHILD_CARE), ratings.get(AssessmentArea.INTERACTION), caller.user(), now,
                    phase == AssessmentPhase.DURING ? id : phase.name());
            audit.append(s, caller, tenantId, "CREATE", RECORD_ASSESSMENT + id, "family " + f.id() + ", " + phase.name() + ", " + date);
            return new Assessment(id, f.id(), phase, date, ratings, caller.user(), now);
        });
    }

    @Override
    public List<Assessment> assessments(Caller caller, String tenantId, String familyId) {
        return onReadable(caller, tenantId, familyId, (s, f) -> {
            List<Assessment> list = assessments(s, tenantId, f.id());
            audit.append(s, caller, tenantId, "READ", AuditLog.listRecord("fruehehilfen/assessment", ids(list, Assessment::id)),
                    "assessments of family " + f.id());
            return list;
        });
    }

    private List<Assessment> assessments(Session s, String tenantId, String familyId) {
        return s.tenant(tenantId).query("SELECT " + ASSESSMENT_COLUMNS + " FROM fruehehilfen_assessment WHERE tenant_id = :tenant "
                + "AND family_id = ? ORDER BY assessed_on, recorded_at", rs -> {
                    Map<AssessmentArea, Integer> r = new EnumMap<>(AssessmentArea.class);
                    r.put(AssessmentArea.HOUSEHOLD, rs.getInt("household"));
                    r.put(AssessmentArea.EXTERNAL_SUPPORT, rs.getInt("external_support"));
                    r.put(AssessmentArea.INTERNAL_SUPPORT, rs.getInt("internal_support"));
                    r.put(AssessmentArea.SELF_CARE, rs.getInt("self_care"));
                    r.put(AssessmentArea.CHILD_CARE, rs.getInt("child_care"));
                    r.put(AssessmentArea.INTERACTION, rs.getInt("interaction"));
                    return new Assessment(rs.getString("id"), rs.getString("family_id"), AssessmentPhase.valueOf(rs.getString("phase")),
                            rs.getDate("assessed_on").toLocalDate(), r, rs.getString("recorded_by"),
                            rs.getTimestamp("recorded_at").toInstant());
                }, familyId);
    }

    // ================================================================== resources and burdens

    @Override
    public Resources addResources(Caller caller, String tenantId, String familyId, ResourcesInput input) {
        caller.requireReadable(tenantId);
        String fid = Ids.id("familyId", familyId);
        if (input == null) {
            throw IkzException.invalid(null, "request body required");
        }
        LocalDate today = today();
        LocalDate date = notFuture("date", input.date() == null ? today : input.date(), today);
        Set<Factor> factors = choices("factors", input.factors(), Factor.class);
        if (factors.isEmpty()) {
            throw IkzException.invalid("factors", "Bitte kreuzen Sie mindestens eine Ressource oder Belastung an.");
        }
        boolean health = factors.stream().anyMatch(Factor::health);
        return db.inTransaction(s -> {
            Family f = access.requireWritable(s, caller, tenantId, fid);
            requireOpen(f, date, "date");
            if (health) {
                access.requireHealthConsent(s, tenantId, f.id(), date, "factors");
            }
            String id = Ids.unused(s.tenant(tenantId), "fruehehilfen_resources", "R");
            Instant now = clock.instant();
            s.tenant(tenantId).update("INSERT INTO fruehehilfen_resources (tenant_id, id, family_id, recorded_on, factors, "
                            + "recorded_by, recorded_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?)", id, f.id(), date,
                    sealer.seal(tenantId, names(factors)), caller.user(), now);
            audit.append(s, caller, tenantId, "CREATE", RECORD_RESOURCES + id,
                    "family " + f.id() + ", " + date + ", " + factors.size() + " entries");
            return new Resources(id, f.id(), date, List.copyOf(factors), 0, caller.user(), now);
        });
    }

    @Override
    public List<Resources> resources(Caller caller, String tenantId, String familyId) {
        return onReadable(caller, tenantId, familyId, (s, f) -> {
            List<Resources> list = resources(s, caller, tenantId, f);
            audit.append(s, caller, tenantId, "READ", AuditLog.listRecord("fruehehilfen/resources", ids(list, Resources::id)),
                    "resources of family " + f.id() + (seesHealth(s, caller, tenantId, f) ? " with health data" : " without health data"));
            return list;
        });
    }

    /** The family's checklists, opened; health-related factors only for a reader of the identity. */
    private List<Resources> resources(Session s, Caller caller, String tenantId, Family f) {
        boolean health = seesHealth(s, caller, tenantId, f);
        record Row(String id, LocalDate date, String sealed, String by, Instant at) {
        }
        List<Row> rows = s.tenant(tenantId).query("SELECT id, recorded_on, factors, recorded_by, recorded_at FROM "
                + "fruehehilfen_resources WHERE tenant_id = :tenant AND family_id = ? ORDER BY recorded_on DESC, recorded_at DESC",
                rs -> new Row(rs.getString("id"), rs.getDate("recorded_on").toLocalDate(), rs.getString("factors"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()), f.id());
        List<Resources> list = new ArrayList<>();
        for (Row r : rows) {
            List<Factor> all;
            try {
                all = parse(sealer.open(tenantId, r.sealed()), Factor.class);
            } catch (RuntimeException e) {
                LOG.error("resources {} of tenant {} cannot be opened: left out", r.id(), tenantId, e);
                continue;
            }
            List<Factor> shown = all.stream().filter(x -> health || !x.health()).toList();
            list.add(new Resources(r.id(), f.id(), r.date(), shown, all.size() - shown.size(), r.by(), r.at()));
        }
        return list;
    }

    // ================================================================== figures

    @Override
    public Figures figures(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        caller.requireReadable(tenantId);
        if (from == null) {
            throw IkzException.invalid("from", "Bitte geben Sie den Beginn des Zeitraums an.");
        }
        if (to == null) {
            throw IkzException.invalid("to", "Bitte geben Sie das Ende des Zeitraums an.");
        }
        checkPeriod(from, to);
        Optional<String> only;
        if (coordinator(caller) || auditor(caller)) {
            only = Optional.empty();
        } else if (partner(caller)) {
            only = caller.participantId();
        } else {
            throw IkzException.forbidden("only the coordination, the auditor and partner staff read the service's figures");
        }
        Figures all = figures(tenantId, from, to);
        if (only.isEmpty()) {
            return all;
        }
        PartnerFigures own = all.of(only.get());
        return new Figures(from, to, own.empty() ? List.of() : List.of(own), total(List.of(own)));
    }

    @Override
    public Figures figures(String tenantId, LocalDate from, LocalDate to) {
        return db.inTransaction(s -> figures(s, tenantId, from, to));
    }

    @Override
    public Figures figures(Session s, String tenantId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        Map<String, Family> families = new HashMap<>();
        access.allFamilies(s, tenantId).forEach(f -> families.put(f.id(), f));
        Map<String, Acc> byOffice = new TreeMap<>();
        for (Family f : families.values()) {
            boolean served = !f.openedOn().isAfter(to) && f.closedOn().map(c -> !c.isBefore(from)).orElse(true);
            boolean opened = !f.openedOn().isBefore(from) && !f.openedOn().isAfter(to);
            if (served || opened) {
                Acc a = byOffice.computeIfAbsent(f.ownerId(), Acc::new);
                if (served) {
                    a.families++;
                }
                if (opened) {
                    a.newCases++;
                    a.referredBy.merge(f.referredBy(), 1, Integer::sum);
                }
            }
        }
        s.tenant(tenantId).query("SELECT family_id, minutes, kind, referrals FROM fruehehilfen_contact WHERE tenant_id = :tenant "
                + "AND contact_on >= ? AND contact_on <= ?", rs -> {
                    Family f = families.get(rs.getString("family_id"));
                    if (f == null) {
                        LOG.error("contact {} names no family of tenant {}: left out of the figures", rs.getString("family_id"), tenantId);
                        return null;
                    }
                    Acc a = byOffice.computeIfAbsent(f.ownerId(), Acc::new);
                    a.contacts++;
                    a.minutes += rs.getInt("minutes");
                    a.byKind.merge(ContactKind.valueOf(rs.getString("kind")), 1, Integer::sum);
                    for (ReferralService r : parse(rs.getString("referrals"), ReferralService.class)) {
                        a.referrals++;
                        a.byService.merge(r, 1, Integer::sum);
                    }
                    return null;
                }, from, to);
        List<PartnerFigures> partners = byOffice.values().stream().map(Acc::figures).toList();
        return new Figures(from, to, partners, total(partners));
    }

    /** The sum of the partners' figures; hours are the sum of their (rounded) hours. */
    static PartnerFigures total(List<PartnerFigures> partners) {
        Acc sum = new Acc(null);
        BigDecimal hours = BigDecimal.ZERO.setScale(2);
        for (PartnerFigures p : partners) {
            sum.newCases += p.newCases();
            sum.families += p.families();
            sum.contacts += p.contacts();
            sum.minutes += p.minutes();
            sum.referrals += p.referrals();
            p.contactsByKind().forEach((k, v) -> sum.byKind.merge(k, v, Integer::sum));
            p.referralsByService().forEach((k, v) -> sum.byService.merge(k, v, Integer::sum));
            p.referredBy().forEach((k, v) -> sum.referredBy.merge(k, v, Integer::sum));
            hours = hours.add(p.hours());
        }
        return sum.figures(hours);
    }

    /** Counts of one office while the figures are added up. */
    private static final class Acc {
        final String office;
        int newCases;
        int families;
        int contacts;
        long minutes;
        int referrals;
        final Map<ContactKind, Integer> byKind = new EnumMap<>(ContactKind.class);
        final Map<ReferralService, Integer> byService = new EnumMap<>(ReferralService.class);
        final Map<Referral, Integer> referredBy = new EnumMap<>(Referral.class);

        Acc(String office) {
            this.office = office;
        }

        PartnerFigures figures() {
            return figures(ServiceFigures.hoursOf(minutes));
        }

        PartnerFigures figures(BigDecimal hours) {
            PartnerFigures z = ServiceFigures.zero(office);
            Map<ContactKind, Integer> kinds = new EnumMap<>(z.contactsByKind());
            kinds.putAll(byKind);
            Map<ReferralService, Integer> services = new EnumMap<>(z.referralsByService());
            services.putAll(byService);
            Map<Referral, Integer> referrers = new EnumMap<>(z.referredBy());
            referrers.putAll(referredBy);
            Map<FundingArea, BigDecimal> areas = new EnumMap<>(z.hoursByArea());
            areas.put(FundingArea.II, hours);
            return new PartnerFigures(office, newCases, families, contacts, kinds, minutes, hours, areas, referrals, services,
                    referrers);
        }
    }

    // ================================================================== helpers

    /** Distinct enum values by name, in declaration order; null is none; a blank or unknown name is refused. */
    static <E extends Enum<E>> Set<E> choices(String field, List<String> values, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                out.add(Fields.choice(field, v, type, null));
            }
        }
        return out;
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(String.valueOf(Fields.LIST_SEPARATOR)));
    }

    /** The values of a stored list; a name this version does not know is logged and left out. */
    static <E extends Enum<E>> List<E> parse(String stored, Class<E> type) {
        List<E> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String n : Fields.split(stored)) {
            if (!seen.add(n)) {
                continue;
            }
            try {
                out.add(Enum.valueOf(type, n));
            } catch (IllegalArgumentException e) {
                LOG.error("unknown {} '{}' in a stored record: left out", type.getSimpleName(), n);
            }
        }
        return out;
    }

    private static <T> List<String> ids(List<T> list, Function<T, String> id) {
        return list.stream().map(id).toList();
    }
}
