package de.ikz.kinderschutz.internal.members;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.NetworkRoles;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.kit.input.Fields;
import de.ikz.kit.input.Ids;
import de.ikz.kit.text.GermanFormat;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The network's members: institutions by field, the people in their roles (work contacts only),
 * specialists, the contact person for professionals bound to secrecy, and agreements with their
 * renewal reminders.
 * <p>
 * Rules: the coordinator changes everything; a member contact reads and changes its own institution's
 * record and people (another institution is NOT_FOUND); the auditor reads; everybody of the network may
 * read the institutions and the list of specialists (work data a professional needs to find help).
 * Every change writes its access-log entry in its transaction; reads of work contacts write none.
 */
@Component(service = {MembersService.class, Members.class})
@Designate(ocd = MembersService.Config.class)
public class MembersService implements Members {

    @ObjectClassDefinition(name = "IKZ Kinderschutz: members", description = "Renewal reminders of agreements")
    public @interface Config {
        @AttributeDefinition(description = "Days before an agreement's end from which it is due for renewal")
        int agreement_renewal_days() default 90;
    }

    /** Is the id a participant (public body) of the tenant? */
    @FunctionalInterface
    public interface Participants {
        boolean exists(Caller caller, String tenantId, String participantId);
    }

    public record InstitutionInput(String name, String field, String participantId, String address, String phone, String email,
                                   LocalDate joinedOn, LocalDate leftOn) {
    }

    public record PersonInput(String name, String functionTitle, String workPhone, String workEmail, String username,
                              Boolean specialist, LocalDate specialistSince, Boolean secrecyContact, LocalDate from,
                              LocalDate until) {
    }

    public record AgreementInput(String institutionId, String kind, String title, LocalDate signedOn, LocalDate validUntil) {
    }

    /** An institution with its contact data (work data of the body). */
    public record InstitutionDetails(Institution institution, String address, String phone, String email) {
    }

    static final String RECORD = ModuleDefinition.ID + "/";

    private final Database db;
    private final AuditLog audit;
    private final Participants participants;
    private final Clock clock;
    private final int renewalDays;

    @Activate
    public MembersService(@Reference Database db, @Reference AuditLog audit, @Reference ParticipantService participants,
                          @Reference Schema schema, Config config) {
        this(db, audit, (c, t, id) -> participants.listBodies(c, t).stream().anyMatch(p -> p.id().equals(id)),
                Clock.systemUTC(), config.agreement_renewal_days());
    }

    /**
     * The service on its collaborators with a clock of its own (tests, benchmarks). A static factory, not a public
     * constructor: DS picks the {@code @Activate} constructor by its number of arguments, which a second public one of the
     * same length would make ambiguous.
     */
    public static MembersService of(Database db, AuditLog audit, Participants participants, Clock clock, int renewalDays) {
        return new MembersService(db, audit, participants, clock, renewalDays);
    }

    private MembersService(Database db, AuditLog audit, Participants participants, Clock clock, int renewalDays) {
        if (renewalDays < 0 || renewalDays > 3650) {
            throw new IllegalArgumentException("agreement.renewal.days must be between 0 and 3650");
        }
        this.db = db;
        this.audit = audit;
        this.participants = participants;
        this.clock = clock;
        this.renewalDays = renewalDays;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), GermanFormat.ZONE);
    }

    // ------------------------------------------------------------------ Members (for the other parts)

    @Override
    public Optional<Institution> institution(String tenantId, String institutionId) {
        if (institutionId == null) {
            return Optional.empty();
        }
        return db.inTransaction(s -> load(s.tenant(tenantId), institutionId)).map(InstitutionDetails::institution);
    }

    @Override
    public List<Institution> institutions(String tenantId) {
        return db.inTransaction(s -> s.tenant(tenantId).query("SELECT * FROM kinderschutz_institution WHERE tenant_id = :tenant "
                + "ORDER BY name, id", MembersService::institution));
    }

    @Override
    public Optional<String> institutionOf(Caller caller) {
        if (caller == null || caller.tenantId().isEmpty() || !NetworkRoles.memberContact(caller)) {
            return Optional.empty();
        }
        LocalDate today = today();
        return db.inTransaction(s -> s.tenant(caller.tenantId().get()).query("SELECT institution_id, from_on, until_on FROM "
                + "kinderschutz_person WHERE tenant_id = :tenant AND username = ? ORDER BY from_on DESC", rs -> {
                    LocalDate from = rs.getDate(2).toLocalDate();
                    Date until = rs.getDate(3);
                    boolean active = !from.isAfter(today) && (until == null || !until.toLocalDate().isBefore(today));
                    return active ? rs.getString(1) : null;
                }, caller.user())).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    // ------------------------------------------------------------------ institutions

    /** Every institution: any user of the network reads them (names and fields of bodies). */
    public List<Institution> list(Caller caller, String tenantId) {
        NetworkRoles.tenant(caller, tenantId);
        return institutions(tenantId);
    }

    public InstitutionDetails get(Caller caller, String tenantId, String id) {
        NetworkRoles.tenant(caller, tenantId);
        return db.inTransaction(s -> load(s.tenant(tenantId), Ids.id("id", id)))
                .orElseThrow(() -> IkzException.notFound("institution", id));
    }

    public Institution create(Caller caller, String tenantId, InstitutionInput in) {
        NetworkRoles.requireCoordinator(caller, tenantId);
        Checked c = check(caller, tenantId, in, null);
        return db.inTransaction(s -> {
            String id = Ids.unused(s.tenant(tenantId), "kinderschutz_institution", "I");
            s.tenant(tenantId).update("INSERT INTO kinderschutz_institution (tenant_id, id, name, member_field, participant_id, "
                    + "address, phone, email, joined_on, left_on, changed_by, changed_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, c.name, c.field.name(), c.participantId, c.address, c.phone, c.email, Date.valueOf(c.joined),
                    c.left == null ? null : Date.valueOf(c.left), caller.user(), now());
            audit.append(s, caller, tenantId, "CREATE", RECORD + "institution/" + id, "member institution joined (" + c.field + ")");
            return load(s.tenant(tenantId), id).orElseThrow().institution();
        });
    }

    /** Replaces an institution's record: the coordinator, or the institution's own member contact (not its field or dates). */
    public Institution update(Caller caller, String tenantId, String id, InstitutionInput in) {
        NetworkRoles.tenant(caller, tenantId);
        String iid = Ids.id("id", id);
        boolean own = !NetworkRoles.coordinator(caller) && institutionOf(caller).map(iid::equals).orElse(false);
        if (!NetworkRoles.coordinator(caller) && !own) {
            if (NetworkRoles.memberContact(caller)) {
                throw IkzException.notFound("institution", iid);
            }
            throw IkzException.forbidden("Nur die Netzwerkkoordination und die eigene Kontaktperson ändern eine Einrichtung.");
        }
        InstitutionDetails before = get(caller, tenantId, iid);
        Checked c = check(caller, tenantId, in, before.institution());
        if (own && (c.field != before.institution().field() || !c.joined.equals(before.institution().joined())
                || !java.util.Objects.equals(c.left, before.institution().left().orElse(null))
                || !java.util.Objects.equals(c.participantId, before.institution().participantId().orElse(null)))) {
            throw IkzException.forbidden("Bereich, Beitritt, Austritt und Beteiligten-Zuordnung ändert die Netzwerkkoordination.");
        }
        return db.inTransaction(s -> {
            s.tenant(tenantId).update("UPDATE kinderschutz_institution SET name = ?, member_field = ?, participant_id = ?, address = ?, "
                    + "phone = ?, email = ?, joined_on = ?, left_on = ?, changed_by = ?, changed_at = ? WHERE tenant_id = :tenant AND id = ?",
                    c.name, c.field.name(), c.participantId, c.address, c.phone, c.email, Date.valueOf(c.joined),
                    c.left == null ? null : Date.valueOf(c.left), caller.user(), now(), iid);
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "institution/" + iid, c.left == null ? "institution changed"
                    : "institution changed, left on " + c.left);
            return load(s.tenant(tenantId), iid).orElseThrow().institution();
        });
    }

    private record Checked(String name, Field field, String participantId, String address, String phone, String email,
                           LocalDate joined, LocalDate left) {
    }

    private Checked check(Caller caller, String tenantId, InstitutionInput in, Institution before) {
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zur Einrichtung fehlen");
        }
        String name = Fields.line("name", in.name(), 200, true);
        Field field = Fields.choice("field", in.field(), Field.class, before == null ? null : before.field());
        if (field == null) {
            throw IkzException.invalid("field", "field is required: one of " + Fields.names(Field.class));
        }
        String pid = in.participantId() == null || in.participantId().isBlank() ? null : Ids.id("participantId", in.participantId());
        if (pid != null && !participants.exists(caller, tenantId, pid)) {
            throw IkzException.invalid("participantId", "kein Beteiligter des Mandanten: " + pid);
        }
        LocalDate joined = in.joinedOn() == null ? (before == null ? today() : before.joined()) : in.joinedOn();
        Fields.notFuture("joinedOn", joined, today().plusYears(1));
        LocalDate left = in.leftOn();
        if (left != null && left.isBefore(joined)) {
            throw IkzException.invalid("leftOn", "Der Austritt (" + GermanFormat.date(left) + ") liegt vor dem Beitritt ("
                    + GermanFormat.date(joined) + ").");
        }
        return new Checked(name, field, pid, Fields.text("address", in.address(), 300, false), Fields.line("phone", in.phone(), 60, false),
                email("email", in.email(), false), joined, left);
    }

    /** A work e-mail address (one line, at most 200 characters), or null if blank and not required; INVALID naming the field. */
    public static String email(String field, String value, boolean required) {
        String v = Fields.line(field, value, 200, required);
        if (v != null && !v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw IkzException.invalid(field, "keine E-Mail-Adresse: " + v);
        }
        return v;
    }

    private static Optional<InstitutionDetails> load(TenantSession ts, String id) {
        return ts.queryOne("SELECT * FROM kinderschutz_institution WHERE tenant_id = :tenant AND id = ?",
                rs -> new InstitutionDetails(institution(rs), rs.getString("address"), rs.getString("phone"), rs.getString("email")), id);
    }

    private static Institution institution(ResultSet rs) throws SQLException {
        Date left = rs.getDate("left_on");
        return new Institution(rs.getString("id"), rs.getString("name"), Field.valueOf(rs.getString("member_field")),
                Optional.ofNullable(rs.getString("participant_id")), rs.getDate("joined_on").toLocalDate(),
                Optional.ofNullable(left).map(Date::toLocalDate));
    }

    // ------------------------------------------------------------------ people

    /** The people of an institution: the network reads them (work contacts). */
    public List<Person> people(Caller caller, String tenantId, String institutionId) {
        Institution i = get(caller, tenantId, institutionId).institution();
        return db.inTransaction(s -> {
            List<Person> list = s.tenant(tenantId).query("SELECT * FROM kinderschutz_person WHERE tenant_id = :tenant AND "
                    + "institution_id = ? ORDER BY name, id", MembersService::person, i.id());
            // names and work contacts of professionals are personal data: the read is logged
            audit.append(s, caller, tenantId, "READ", RECORD + "institution/" + i.id() + "/people", list.size() + " people shown");
            return list;
        });
    }

    /** Specialists ("insoweit erfahrene Fachkräfte") and the contact persons for professionals bound to secrecy, active today. */
    public List<Person> specialists(Caller caller, String tenantId) {
        NetworkRoles.tenant(caller, tenantId);
        LocalDate today = today();
        return db.inTransaction(s -> {
            List<Person> list = s.tenant(tenantId).query("SELECT * FROM kinderschutz_person WHERE tenant_id = :tenant AND "
                    + "(specialist = ? OR secrecy_contact = ?) ORDER BY name, id", MembersService::person, true, true)
                    .stream().filter(p -> p.activeOn(today)).toList();
            audit.append(s, caller, tenantId, "READ", RECORD + "specialists", list.size() + " specialists and contact persons shown");
            return list;
        });
    }

    public Person addPerson(Caller caller, String tenantId, String institutionId, PersonInput in) {
        Institution inst = requireOwnOrCoordinator(caller, tenantId, institutionId);
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zur Person fehlen");
        }
        String name = Fields.line("name", in.name(), 200, true);
        String function = Fields.line("functionTitle", in.functionTitle(), 200, false);
        String phone = Fields.line("workPhone", in.workPhone(), 60, false);
        String mail = email("workEmail", in.workEmail(), false);
        String username = Fields.line("username", in.username(), 100, false);
        boolean specialist = Boolean.TRUE.equals(in.specialist());
        boolean secrecy = Boolean.TRUE.equals(in.secrecyContact());
        LocalDate from = in.from() == null ? today() : in.from();
        if (in.until() != null && in.until().isBefore(from)) {
            throw IkzException.invalid("until", "Das Ende (" + GermanFormat.date(in.until()) + ") liegt vor dem Beginn.");
        }
        if (in.specialistSince() != null && !specialist) {
            throw IkzException.invalid("specialistSince", "nur für eine insoweit erfahrene Fachkraft (specialist = true)");
        }
        if ((specialist || secrecy) && !NetworkRoles.coordinator(caller)) {
            throw IkzException.forbidden("Fachkräfte nach § 8a/8b SGB VIII und Ansprechpersonen benennt die Netzwerkkoordination.");
        }
        if (secrecy && inst.field() != Field.YOUTH_WELFARE) {
            throw IkzException.invalid("secrecyContact", "Die Ansprechperson für Berufsgeheimnisträger benennt ein Jugendamt "
                    + "(Bereich Kinder- und Jugendhilfe), nicht " + inst.name() + ".");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String id = Ids.unused(ts, "kinderschutz_person", "P");
            if (secrecy) {
                // one current contact person per youth office: naming a new one ends the previous one's role the day before
                ts.update("UPDATE kinderschutz_person SET secrecy_contact = ?, changed_by = ?, changed_at = ? WHERE tenant_id = :tenant "
                        + "AND institution_id = ? AND secrecy_contact = ?", false, caller.user(), now(), inst.id(), true);
            }
            ts.update("INSERT INTO kinderschutz_person (tenant_id, id, institution_id, name, function_title, work_phone, work_email, "
                    + "username, specialist, specialist_since, secrecy_contact, from_on, until_on, changed_by, changed_at) "
                    + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, inst.id(), name, function, phone, mail, username,
                    specialist, in.specialistSince() == null ? null : Date.valueOf(in.specialistSince()), secrecy, Date.valueOf(from),
                    in.until() == null ? null : Date.valueOf(in.until()), caller.user(), now());
            audit.append(s, caller, tenantId, "CREATE", RECORD + "person/" + id, "person in a role at institution " + inst.id()
                    + (specialist ? ", specialist" : "") + (secrecy ? ", contact for professionals bound to secrecy" : ""));
            return ts.queryOne("SELECT * FROM kinderschutz_person WHERE tenant_id = :tenant AND id = ?", MembersService::person, id)
                    .orElseThrow();
        });
    }

    /** Ends a person's role (until = the day given, default today). */
    public Person endPerson(Caller caller, String tenantId, String personId, LocalDate until) {
        NetworkRoles.tenant(caller, tenantId);
        String pid = Ids.id("personId", personId);
        Person p = db.inTransaction(s -> s.tenant(tenantId).queryOne("SELECT * FROM kinderschutz_person WHERE tenant_id = :tenant "
                + "AND id = ?", MembersService::person, pid)).orElseThrow(() -> IkzException.notFound("person", pid));
        requireOwnOrCoordinator(caller, tenantId, p.institutionId());
        LocalDate end = until == null ? today() : until;
        if (end.isBefore(p.from())) {
            throw IkzException.invalid("until", "Das Ende liegt vor dem Beginn (" + GermanFormat.date(p.from()) + ").");
        }
        return db.inTransaction(s -> {
            s.tenant(tenantId).update("UPDATE kinderschutz_person SET until_on = ?, changed_by = ?, changed_at = ? WHERE "
                    + "tenant_id = :tenant AND id = ?", Date.valueOf(end), caller.user(), now(), pid);
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "person/" + pid, "role ended " + end);
            return s.tenant(tenantId).queryOne("SELECT * FROM kinderschutz_person WHERE tenant_id = :tenant AND id = ?",
                    MembersService::person, pid).orElseThrow();
        });
    }

    private Institution requireOwnOrCoordinator(Caller caller, String tenantId, String institutionId) {
        NetworkRoles.tenant(caller, tenantId);
        String iid = Ids.id("institutionId", institutionId);
        if (NetworkRoles.coordinator(caller)) {
            return institution(tenantId, iid).orElseThrow(() -> IkzException.notFound("institution", iid));
        }
        if (NetworkRoles.memberContact(caller)) {
            if (!institutionOf(caller).map(iid::equals).orElse(false)) {
                throw IkzException.notFound("institution", iid);
            }
            return institution(tenantId, iid).orElseThrow(() -> IkzException.notFound("institution", iid));
        }
        throw IkzException.forbidden("Nur die Netzwerkkoordination und die eigene Kontaktperson ändern das.");
    }

    private static Person person(ResultSet rs) throws SQLException {
        Date since = rs.getDate("specialist_since");
        Date until = rs.getDate("until_on");
        return new Person(rs.getString("id"), rs.getString("institution_id"), rs.getString("name"), rs.getString("function_title"),
                rs.getString("work_phone"), rs.getString("work_email"), Optional.ofNullable(rs.getString("username")),
                rs.getBoolean("specialist"), Optional.ofNullable(since).map(Date::toLocalDate), rs.getBoolean("secrecy_contact"),
                rs.getDate("from_on").toLocalDate(), Optional.ofNullable(until).map(Date::toLocalDate));
    }

    // ------------------------------------------------------------------ agreements

    public List<NetworkAgreement> agreements(Caller caller, String tenantId, boolean dueOnly) {
        NetworkRoles.requireReader(caller, tenantId);
        LocalDate today = today();
        List<NetworkAgreement> all = db.inTransaction(s -> s.tenant(tenantId).query("SELECT * FROM kinderschutz_agreement WHERE "
                + "tenant_id = :tenant AND renewed_by IS NULL ORDER BY valid_until, id", this::agreement));
        return dueOnly ? all.stream().filter(a -> a.dueOn(today)).toList() : all;
    }

    public NetworkAgreement addAgreement(Caller caller, String tenantId, AgreementInput in) {
        NetworkRoles.requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zur Vereinbarung fehlen");
        }
        String iid = Ids.id("institutionId", in.institutionId());
        Institution inst = institution(tenantId, iid).orElseThrow(() -> IkzException.invalid("institutionId", "unbekannte Einrichtung: " + iid));
        AgreementKind kind = Fields.choice("kind", in.kind(), AgreementKind.class, AgreementKind.OTHER);
        String title = Fields.line("title", in.title() == null ? kind.label() : in.title(), 200, true);
        if (in.signedOn() == null) {
            throw IkzException.invalid("signedOn", "signedOn is required");
        }
        LocalDate signed = Fields.notFuture("signedOn", in.signedOn(), today());
        if (in.validUntil() != null && !in.validUntil().isAfter(signed)) {
            throw IkzException.invalid("validUntil", "Das Ende der Gültigkeit muss nach der Unterzeichnung liegen.");
        }
        return db.inTransaction(s -> {
            String id = Ids.unused(s.tenant(tenantId), "kinderschutz_agreement", "V");
            s.tenant(tenantId).update("INSERT INTO kinderschutz_agreement (tenant_id, id, institution_id, kind, title, signed_on, "
                    + "valid_until, changed_by, changed_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?)", id, inst.id(), kind.name(), title,
                    Date.valueOf(signed), in.validUntil() == null ? null : Date.valueOf(in.validUntil()), caller.user(), now());
            audit.append(s, caller, tenantId, "CREATE", RECORD + "agreement/" + id, kind + " with institution " + inst.id());
            return s.tenant(tenantId).queryOne("SELECT * FROM kinderschutz_agreement WHERE tenant_id = :tenant AND id = ?",
                    this::agreement, id).orElseThrow();
        });
    }

    private NetworkAgreement agreement(ResultSet rs) throws SQLException {
        Date until = rs.getDate("valid_until");
        Optional<LocalDate> u = Optional.ofNullable(until).map(Date::toLocalDate);
        return new NetworkAgreement(rs.getString("id"), rs.getString("institution_id"), AgreementKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getDate("signed_on").toLocalDate(), u, u.map(d -> d.minusDays(renewalDays)));
    }

    /** Counts per field of the institutions that are members on the day (the overview's chart, the indicators). */
    public java.util.Map<Field, Long> byField(String tenantId, LocalDate day) {
        java.util.Map<Field, Long> m = new java.util.EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            m.put(f, 0L);
        }
        institutions(tenantId).stream().filter(i -> i.memberOn(day)).forEach(i -> m.merge(i.field(), 1L, Long::sum));
        return m;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /** For other parts that write inside their own transaction. */
    public static Optional<Institution> institution(Session s, String tenantId, String id) {
        return load(s.tenant(tenantId), id).map(InstitutionDetails::institution);
    }
}
