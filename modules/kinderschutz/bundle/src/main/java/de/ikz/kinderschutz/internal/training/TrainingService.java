package de.ikz.kinderschutz.internal.training;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.document.Certificate;
import de.ikz.api.document.DocumentInfo;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.Letterhead;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.NetworkRoles;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.kinderschutz.internal.members.Field;
import de.ikz.kinderschutz.internal.members.Institution;
import de.ikz.kinderschutz.internal.members.Members;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.training.Course.CourseDate;
import de.ikz.kinderschutz.internal.training.Registration.State;
import de.ikz.kit.input.Fields;
import de.ikz.kit.input.Ids;
import de.ikz.kit.text.GermanFormat;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Training for professionals: courses with dates and capacity, registrations with a waiting list that
 * moves up by itself when someone cancels, attendance per date, certificates of attendance (PDF/A
 * through the document service) and totals per institution and field.
 * <p>
 * Capacity holds under concurrent registrations: a registration first updates the course's row, which
 * locks it until commit on Derby and PostgreSQL alike, then counts.
 * <p>
 * Rules: the coordinator does everything; a trainer records attendance of the courses naming her or
 * his login (another course: NOT_FOUND); a member contact registers and cancels people of its own
 * institution and sees only those registrations; the auditor reads.
 */
@Component(service = TrainingService.class)
public class TrainingService {

    static final int MAX_DATES = 20;
    static final int MAX_CAPACITY = 500;

    public record CourseInput(String title, String description, String place, Integer capacity, List<String> trainers,
                              String trainerNames, List<String> targetFields, List<DateInput> dates) {
    }

    public record DateInput(LocalDateTime start, LocalDateTime end) {
    }

    public record RegistrationInput(String institutionId, String personName, String workEmail) {
    }

    public record AttendanceInput(Integer date, List<String> present) {
    }

    /** Totals of a group (an institution or a field). */
    public record Totals(String key, String label, long registrations, long attendees, BigDecimal hours) {
    }

    private final Database db;
    private final AuditLog audit;
    private final Members members;
    private final DocumentService documents;
    private final Clock clock;

    @Activate
    public TrainingService(@Reference Database db, @Reference AuditLog audit, @Reference Members members,
                           @Reference DocumentService documents, @Reference Schema schema) {
        this(db, audit, members, documents, Clock.systemUTC());
    }

    /**
     * The service on its collaborators with a clock of its own (tests, benchmarks). A static factory, not a public
     * constructor: DS picks the {@code @Activate} constructor by its number of arguments, which a second public one of the
     * same length would make ambiguous.
     */
    public static TrainingService of(Database db, AuditLog audit, Members members, DocumentService documents, Clock clock) {
        return new TrainingService(db, audit, members, documents, clock);
    }

    private TrainingService(Database db, AuditLog audit, Members members, DocumentService documents, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.members = members;
        this.documents = documents;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), GermanFormat.ZONE);
    }

    // ------------------------------------------------------------------ courses

    /** Every course: the network's users all read the course list (to register people). */
    public List<Course> courses(Caller caller, String tenantId) {
        NetworkRoles.tenant(caller, tenantId);
        return db.inTransaction(s -> loadAll(s.tenant(tenantId)));
    }

    public Course course(Caller caller, String tenantId, String id) {
        String cid = Ids.id("id", id);
        return courses(caller, tenantId).stream().filter(c -> c.id().equals(cid)).findFirst()
                .orElseThrow(() -> IkzException.notFound("course", cid));
    }

    public Course create(Caller caller, String tenantId, CourseInput in) {
        NetworkRoles.requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zum Kurs fehlen");
        }
        String title = Fields.line("title", in.title(), 200, true);
        String description = Fields.text("description", in.description(), 4000, false);
        String place = Fields.line("place", in.place(), 300, false);
        if (in.capacity() == null || in.capacity() < 1 || in.capacity() > MAX_CAPACITY) {
            throw IkzException.invalid("capacity", "Die Zahl der Plätze muss zwischen 1 und " + MAX_CAPACITY + " liegen.");
        }
        List<String> trainers = Fields.list("trainers", in.trainers() == null ? List.of() : in.trainers(), 100);
        String trainerNames = Fields.line("trainerNames", in.trainerNames(), 1000, false);
        List<Field> fields = new ArrayList<>();
        for (String f : in.targetFields() == null ? List.<String>of() : in.targetFields()) {
            fields.add(Fields.choice("targetFields", f, Field.class, null));
        }
        List<DateInput> dates = in.dates() == null ? List.of() : in.dates();
        if (dates.isEmpty() || dates.size() > MAX_DATES) {
            throw IkzException.invalid("dates", "Ein Kurs hat 1 bis " + MAX_DATES + " Termine.");
        }
        for (DateInput d : dates) {
            if (d == null || d.start() == null || d.end() == null || !d.end().isAfter(d.start())
                    || !d.end().toLocalDate().equals(d.start().toLocalDate())) {
                throw IkzException.invalid("dates", "Jeder Termin hat Beginn und Ende am selben Tag, das Ende nach dem Beginn.");
            }
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String id = Ids.unused(ts, "kinderschutz_course", "K");
            ts.update("INSERT INTO kinderschutz_course (tenant_id, id, title, description, place, capacity, trainer_usernames, "
                    + "trainer_names, target_fields, status, changed_by, changed_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, title, description, place, in.capacity(), Fields.join(trainers), trainerNames,
                    Fields.join(fields.stream().map(Enum::name).toList()), "OPEN", caller.user(), stamp());
            List<DateInput> sorted = dates.stream().sorted(java.util.Comparator.comparing(DateInput::start)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                ts.update("INSERT INTO kinderschutz_course_date (tenant_id, course_id, pos, starts_at, ends_at) VALUES (:tenant, ?, ?, ?, ?)",
                        id, i + 1, Timestamp.valueOf(sorted.get(i).start().withSecond(0).withNano(0)),
                        Timestamp.valueOf(sorted.get(i).end().withSecond(0).withNano(0)));
            }
            audit.append(s, caller, tenantId, "CREATE", ModuleDefinition.ID + "/course/" + id, "course with " + in.capacity()
                    + " places and " + sorted.size() + " dates");
            return loadAll(ts).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
        });
    }

    // ------------------------------------------------------------------ registrations

    /** Registrations of a course the caller may see: all for coordinator, auditor and the course's trainer; a member contact its own. */
    public List<Registration> registrations(Caller caller, String tenantId, String courseId) {
        List<Registration> list = visible(caller, tenantId, courseId);
        // names and work e-mails of professionals are personal data: the read is logged
        db.inTransaction(s -> audit.append(s, caller, tenantId, "READ", ModuleDefinition.ID + "/course/" + Ids.id("id", courseId)
                + "/registrations", list.size() + " registrations shown"));
        return list;
    }

    /** How many registrations of the course are in each state (counts only: no personal data, nothing logged). */
    public Map<State, Long> counts(Caller caller, String tenantId, String courseId) {
        Map<State, Long> m = new EnumMap<>(State.class);
        for (State st : State.values()) {
            m.put(st, 0L);
        }
        visible(caller, tenantId, courseId).forEach(r -> m.merge(r.state(), 1L, Long::sum));
        return m;
    }

    /** The registrations the caller may see, unlogged (for the checks of a change or a document that logs its own entry). */
    private List<Registration> visible(Caller caller, String tenantId, String courseId) {
        Course c = course(caller, tenantId, courseId);
        Optional<String> own = Optional.empty();
        if (!NetworkRoles.coordinator(caller) && !NetworkRoles.auditor(caller) && !trains(caller, c)) {
            if (!NetworkRoles.memberContact(caller)) {
                throw IkzException.notFound("course", c.id());
            }
            own = Optional.of(members.institutionOf(caller).orElse("-none-"));
        }
        Optional<String> filter = own;
        return db.inTransaction(s -> loadRegistrations(s.tenant(tenantId), c.id())).stream()
                .filter(r -> filter.isEmpty() || r.institutionId().equals(filter.get())).toList();
    }

    private static boolean trains(Caller caller, Course c) {
        return NetworkRoles.trainer(caller) && c.trainers().contains(caller.user());
    }

    /**
     * Registers a professional: a free place, or the end of the waiting list when the course is full
     * (the answer's state says which). The same work e-mail twice on one course: CONFLICT.
     */
    public Registration register(Caller caller, String tenantId, String courseId, RegistrationInput in) {
        NetworkRoles.tenant(caller, tenantId);
        Course c = course(caller, tenantId, courseId);
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zur Anmeldung fehlen");
        }
        String inst = Ids.id("institutionId", in.institutionId());
        if (NetworkRoles.coordinator(caller)) {
            members.institution(tenantId, inst).orElseThrow(() -> IkzException.invalid("institutionId", "unbekannte Einrichtung: " + inst));
        } else if (NetworkRoles.memberContact(caller)) {
            if (!members.institutionOf(caller).map(inst::equals).orElse(false)) {
                throw IkzException.invalid("institutionId", "Sie melden nur Fachkräfte Ihrer eigenen Einrichtung an.");
            }
        } else {
            throw IkzException.forbidden("Anmelden dürfen die Netzwerkkoordination und die Kontaktpersonen der Einrichtungen.");
        }
        String name = Fields.line("personName", in.personName(), 200, true);
        String mail = MembersService.email("workEmail", in.workEmail(), true);
        if (c.cancelled()) {
            throw IkzException.conflict("courseId", "Der Kurs ist abgesagt.");
        }
        if (!NetworkRoles.coordinator(caller) && !c.dates().get(0).start().toLocalDate().isAfter(today())) {
            // the coordinator may still record who took part (a late registration, a list on paper)
            throw IkzException.conflict("courseId", "Der Kurs hat bereits begonnen; Anmeldungen nimmt jetzt nur die Netzwerkkoordination vor.");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String id = Ids.unused(ts, "kinderschutz_registration", "R");
            lock(ts, c.id());
            List<Registration> regs = loadRegistrations(ts, c.id());
            if (regs.stream().anyMatch(r -> r.state() != State.CANCELLED && r.workEmail().equalsIgnoreCase(mail))) {
                throw IkzException.conflict("workEmail", mail + " ist für diesen Kurs bereits angemeldet.");
            }
            long taken = regs.stream().filter(r -> r.state() == State.REGISTERED).count();
            State state = taken < c.capacity() ? State.REGISTERED : State.WAITING;
            long queue = ts.queryOne("SELECT MAX(queue_no) FROM kinderschutz_registration WHERE tenant_id = :tenant AND course_id = ?",
                    rs -> rs.getLong(1), c.id()).orElse(0L) + 1;
            ts.update("INSERT INTO kinderschutz_registration (tenant_id, id, course_id, institution_id, person_name, work_email, state, "
                    + "queue_no, registered_at, changed_by, changed_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, c.id(), inst,
                    name, mail, state.name(), queue, stamp(), caller.user(), stamp());
            audit.append(s, caller, tenantId, "CREATE", ModuleDefinition.ID + "/registration/" + id, (state == State.WAITING
                    ? "on the waiting list of course " : "registered for course ") + c.id());
            return loadRegistrations(ts, c.id()).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        });
    }

    /** Cancels a registration; if it held a place, the first on the waiting list moves up in the same transaction. */
    public Registration cancel(Caller caller, String tenantId, String courseId, String registrationId) {
        String rid = Ids.id("registrationId", registrationId);
        Registration r = visible(caller, tenantId, courseId).stream().filter(x -> x.id().equals(rid)).findFirst()
                .orElseThrow(() -> IkzException.notFound("registration", rid));
        if (!NetworkRoles.coordinator(caller) && !NetworkRoles.memberContact(caller)) {
            throw IkzException.forbidden("Abmelden dürfen die Netzwerkkoordination und die Kontaktperson der Einrichtung.");
        }
        if (r.state() == State.CANCELLED) {
            throw IkzException.conflict("registrationId", "Die Anmeldung ist bereits storniert.");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            lock(ts, r.courseId());
            Registration now = loadRegistrations(ts, r.courseId()).stream().filter(x -> x.id().equals(rid)).findFirst().orElseThrow();
            if (now.state() == State.CANCELLED) {
                throw IkzException.conflict("registrationId", "Die Anmeldung ist bereits storniert.");
            }
            ts.update("UPDATE kinderschutz_registration SET state = ?, changed_by = ?, changed_at = ? WHERE tenant_id = :tenant AND id = ?",
                    State.CANCELLED.name(), caller.user(), stamp(), rid);
            audit.append(s, caller, tenantId, "UPDATE", ModuleDefinition.ID + "/registration/" + rid, "registration cancelled");
            if (now.state() == State.REGISTERED) {
                Optional<Registration> next = loadRegistrations(ts, r.courseId()).stream().filter(x -> x.state() == State.WAITING).findFirst();
                if (next.isPresent()) {
                    ts.update("UPDATE kinderschutz_registration SET state = ?, changed_by = ?, changed_at = ? WHERE tenant_id = :tenant "
                            + "AND id = ?", State.REGISTERED.name(), caller.user(), stamp(), next.get().id());
                    audit.append(s, caller, tenantId, "UPDATE", ModuleDefinition.ID + "/registration/" + next.get().id(),
                            "moved up from the waiting list (place freed by " + rid + ")");
                }
            }
            return loadRegistrations(ts, r.courseId()).stream().filter(x -> x.id().equals(rid)).findFirst().orElseThrow();
        });
    }

    /** Locks the course's row until commit (Derby and PostgreSQL): registrations of one course run one after another. */
    private static void lock(TenantSession ts, String courseId) {
        ts.update("UPDATE kinderschutz_course SET capacity = capacity WHERE tenant_id = :tenant AND id = ?", courseId);
    }

    // ------------------------------------------------------------------ attendance and certificates

    /** Records who was present at one date of the course (the others registered: absent). The course's trainer or the coordinator. */
    public List<Registration> attendance(Caller caller, String tenantId, String courseId, AttendanceInput in) {
        NetworkRoles.tenant(caller, tenantId);
        Course c = course(caller, tenantId, courseId);
        if (!NetworkRoles.coordinator(caller) && !trains(caller, c)) {
            if (NetworkRoles.trainer(caller)) {
                throw IkzException.notFound("course", c.id());
            }
            throw IkzException.forbidden("Die Anwesenheit erfassen die Kursleitung und die Netzwerkkoordination.");
        }
        if (in == null || in.date() == null || in.date() < 1 || in.date() > c.dates().size()) {
            throw IkzException.invalid("date", "Termin 1 bis " + c.dates().size() + " angeben.");
        }
        CourseDate d = c.dates().get(in.date() - 1);
        if (d.start().toLocalDate().isAfter(today())) {
            throw IkzException.invalid("date", "Der Termin am " + GermanFormat.date(d.start().toLocalDate()) + " liegt in der Zukunft.");
        }
        Set<String> present = new LinkedHashSet<>(in.present() == null ? List.of() : in.present());
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            List<Registration> regs = loadRegistrations(ts, c.id()).stream().filter(r -> r.state() == State.REGISTERED).toList();
            Set<String> known = new LinkedHashSet<>();
            regs.forEach(r -> known.add(r.id()));
            for (String p : present) {
                if (!known.contains(p)) {
                    throw IkzException.invalid("present", "keine Anmeldung mit Platz in diesem Kurs: " + p);
                }
            }
            for (Registration r : regs) {
                ts.update("DELETE FROM kinderschutz_attendance WHERE tenant_id = :tenant AND registration_id = ? AND pos = ?", r.id(), d.pos());
                ts.update("INSERT INTO kinderschutz_attendance (tenant_id, registration_id, pos, present) VALUES (:tenant, ?, ?, ?)",
                        r.id(), d.pos(), present.contains(r.id()));
            }
            audit.append(s, caller, tenantId, "UPDATE", ModuleDefinition.ID + "/course/" + c.id(), "attendance of date " + d.pos()
                    + ": " + present.size() + " of " + regs.size() + " present");
            return loadRegistrations(ts, c.id());
        });
    }

    /** Attended the course: registered and present at every date. */
    static boolean attended(Course c, Registration r) {
        return r.state() == State.REGISTERED && r.present().size() == c.dates().size();
    }

    /** The certificate of attendance of one registration, as PDF/A; only for a person who attended. */
    public byte[] certificate(Caller caller, String tenantId, String courseId, String registrationId) {
        Course c = course(caller, tenantId, courseId);
        String rid = Ids.id("registrationId", registrationId);
        Registration r = visible(caller, tenantId, c.id()).stream().filter(x -> x.id().equals(rid)).findFirst()
                .orElseThrow(() -> IkzException.notFound("registration", rid));
        if (!attended(c, r)) {
            throw IkzException.conflict("registrationId", r.personName() + " hat nicht an allen Terminen teilgenommen; "
                    + "eine Teilnahmebescheinigung gibt es nur für die vollständige Teilnahme.");
        }
        String network = networkName(tenantId);
        String institution = members.institution(tenantId, r.institutionId()).map(Institution::name).orElse(r.institutionId());
        List<de.ikz.api.document.Field> details = new ArrayList<>();
        details.add(new de.ikz.api.document.Field("Fortbildung", c.title()));
        details.add(new de.ikz.api.document.Field("Einrichtung", institution));
        details.add(new de.ikz.api.document.Field("Termine", String.join(", ", c.dates().stream().map(d -> GermanFormat.date(d.start().toLocalDate())
                + " " + d.start().toLocalTime() + "–" + d.end().toLocalTime() + " Uhr").toList())));
        details.add(new de.ikz.api.document.Field("Umfang", GermanFormat.number(c.hours()) + " Zeitstunden"));
        if (c.place() != null) {
            details.add(new de.ikz.api.document.Field("Ort", c.place()));
        }
        if (c.trainerNames() != null) {
            details.add(new de.ikz.api.document.Field("Kursleitung", c.trainerNames()));
        }
        LocalDate last = c.dates().get(c.dates().size() - 1).start().toLocalDate();
        Certificate cert = new Certificate(new DocumentInfo("Teilnahmebescheinigung " + c.title(), network, clock.instant(), "de",
                "teilnahmebescheinigung-" + c.id() + "-" + r.id() + ".pdf"),
                new Letterhead(network, "Netzwerkkoordination Kinderschutz", null, null, null, null, null, null),
                "Teilnahmebescheinigung", r.personName(),
                "hat an der Fortbildung für Fachkräfte im Kinderschutz vollständig teilgenommen.", details, c.place() == null ? ""
                : c.place(), last, c.trainerNames() == null ? "Netzwerkkoordination" : c.trainerNames(), "Kursleitung", null);
        byte[] pdf = documents.render(cert, DocumentService.Format.PDF);
        db.inTransaction(s -> audit.append(s, caller, tenantId, "READ", ModuleDefinition.ID + "/registration/" + r.id(),
                "certificate of attendance issued"));
        return pdf;
    }

    private String networkName(String tenantId) {
        return db.inTransaction(s -> s.tenant(tenantId).queryOne("SELECT public_name FROM kinderschutz_directory WHERE tenant_id = :tenant",
                rs -> rs.getString(1))).orElse("Kinderschutz-Netzwerk");
    }

    // ------------------------------------------------------------------ totals

    /** Registrations, attendees and hours attended of the courses starting in the year, per institution and per field. */
    public Map<String, List<Totals>> totals(Caller caller, String tenantId, int year) {
        NetworkRoles.requireReader(caller, tenantId);
        return totals(tenantId, year);
    }

    /** As {@link #totals(Caller, String, int)} without a rights check (the indicators report has checked). */
    public Map<String, List<Totals>> totals(String tenantId, int year) {
        Map<String, Institution> inst = new HashMap<>();
        members.institutions(tenantId).forEach(i -> inst.put(i.id(), i));
        Map<String, long[]> byInst = new LinkedHashMap<>();
        Map<String, BigDecimal> hoursInst = new HashMap<>();
        Map<Field, long[]> byField = new EnumMap<>(Field.class);
        Map<Field, BigDecimal> hoursField = new EnumMap<>(Field.class);
        db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            for (Course c : loadAll(ts)) {
                if (c.dates().get(0).start().getYear() != year) {
                    continue;
                }
                for (Registration r : loadRegistrations(ts, c.id())) {
                    if (r.state() != State.REGISTERED) {
                        continue;
                    }
                    boolean att = attended(c, r);
                    Field f = Optional.ofNullable(inst.get(r.institutionId())).map(Institution::field).orElse(Field.ASSOCIATION);
                    long[] a = byInst.computeIfAbsent(r.institutionId(), k -> new long[2]);
                    long[] b = byField.computeIfAbsent(f, k -> new long[2]);
                    a[0]++;
                    b[0]++;
                    if (att) {
                        a[1]++;
                        b[1]++;
                        hoursInst.merge(r.institutionId(), c.hours(), BigDecimal::add);
                        hoursField.merge(f, c.hours(), BigDecimal::add);
                    }
                }
            }
            return null;
        });
        List<Totals> perInst = new ArrayList<>();
        byInst.forEach((k, v) -> perInst.add(new Totals(k, Optional.ofNullable(inst.get(k)).map(Institution::name).orElse(k), v[0], v[1],
                hoursInst.getOrDefault(k, BigDecimal.ZERO.setScale(2)))));
        perInst.sort(java.util.Comparator.comparing(Totals::label));
        List<Totals> perField = new ArrayList<>();
        byField.forEach((k, v) -> perField.add(new Totals(k.name(), k.label(), v[0], v[1], hoursField.getOrDefault(k, BigDecimal.ZERO.setScale(2)))));
        return Map.of("institutions", perInst, "fields", perField);
    }

    // ------------------------------------------------------------------ loading

    private static List<Course> loadAll(TenantSession ts) {
        Map<String, List<CourseDate>> dates = new HashMap<>();
        ts.query("SELECT course_id, pos, starts_at, ends_at FROM kinderschutz_course_date WHERE tenant_id = :tenant ORDER BY course_id, pos",
                rs -> dates.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CourseDate(rs.getInt(2),
                        rs.getTimestamp(3).toLocalDateTime(), rs.getTimestamp(4).toLocalDateTime())));
        List<Course> list = ts.query("SELECT * FROM kinderschutz_course WHERE tenant_id = :tenant", rs -> course(rs,
                dates.getOrDefault(rs.getString("id"), List.of())));
        return list.stream().filter(c -> !c.dates().isEmpty()).sorted(java.util.Comparator.comparing((Course c) -> c.dates().get(0).start())
                .thenComparing(Course::id)).toList();
    }

    private static Course course(ResultSet rs, List<CourseDate> dates) throws SQLException {
        List<Field> fields = Fields.split(rs.getString("target_fields")).stream().map(Field::valueOf).toList();
        return new Course(rs.getString("id"), rs.getString("title"), rs.getString("description"), rs.getString("place"),
                rs.getInt("capacity"), Fields.split(rs.getString("trainer_usernames")), rs.getString("trainer_names"), fields,
                "CANCELLED".equals(rs.getString("status")), List.copyOf(dates));
    }

    private static List<Registration> loadRegistrations(TenantSession ts, String courseId) {
        Map<String, List<Integer>> present = new HashMap<>();
        ts.query("SELECT a.registration_id, a.pos FROM kinderschutz_attendance a WHERE a.tenant_id = :tenant AND a.present = ? AND "
                + "a.registration_id IN (SELECT r.id FROM kinderschutz_registration r WHERE r.tenant_id = :tenant AND r.course_id = ?) "
                + "ORDER BY a.pos", rs -> present.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2)), true, courseId);
        List<Registration> raw = ts.query("SELECT * FROM kinderschutz_registration WHERE tenant_id = :tenant AND course_id = ? "
                + "ORDER BY queue_no", rs -> new Registration(rs.getString("id"), rs.getString("course_id"), rs.getString("institution_id"),
                        rs.getString("person_name"), rs.getString("work_email"), State.valueOf(rs.getString("state")), 0,
                        rs.getTimestamp("registered_at").toInstant(), present.getOrDefault(rs.getString("id"), List.of())), courseId);
        List<Registration> out = new ArrayList<>();
        int waiting = 0;
        for (Registration r : raw) {
            int pos = r.state() == State.WAITING ? ++waiting : 0;
            out.add(new Registration(r.id(), r.courseId(), r.institutionId(), r.personName(), r.workEmail(), r.state(), pos,
                    r.registeredAt(), r.present()));
        }
        return out;
    }

    private Timestamp stamp() {
        return Timestamp.from(clock.instant());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static Instant instant(LocalDateTime t) {
        return t.atZone(GermanFormat.ZONE).toInstant();
    }
}
