package de.ikz.kinderschutz.internal.meetings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.NetworkRoles;
import de.ikz.kinderschutz.internal.calendar.ICalendar;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.kinderschutz.internal.meetings.Meeting.MeetingKind;
import de.ikz.kinderschutz.internal.meetings.Meeting.MeetingStatus;
import de.ikz.kinderschutz.internal.members.Institution;
import de.ikz.kinderschutz.internal.members.Members;
import de.ikz.kit.input.Fields;
import de.ikz.kit.input.Ids;
import de.ikz.kit.text.GermanFormat;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Network conferences and working groups: agenda, invited and attending institutions, minutes,
 * decisions, follow-ups on the due list until done, invitations as iCalendar.
 * <p>
 * Rules: the coordinator changes everything; a member contact reads the meetings its institution is
 * invited to and marks its institution's follow-ups done; the auditor reads. Free text is about the
 * network's work: the screens ask for no personal data of children or families.
 */
@Component(service = MeetingsService.class)
public class MeetingsService {

    /** Longest agenda, decisions list and invitation list. */
    static final int MAX_ITEMS = 100;

    public record MeetingInput(String kind, String groupName, String title, LocalDateTime start, LocalDateTime end, String place,
                               List<String> agenda, List<String> invited) {
    }

    public record MinutesInput(List<String> attended, String minutes, List<String> decisions) {
    }

    public record FollowUpInput(String task, String ownerInstitutionId, String ownerName, LocalDate dueOn) {
    }

    private final Database db;
    private final AuditLog audit;
    private final Members members;
    private final Clock clock;

    @Activate
    public MeetingsService(@Reference Database db, @Reference AuditLog audit, @Reference Members members, @Reference Schema schema) {
        this(db, audit, members, Clock.systemUTC());
    }

    /**
     * The service on its collaborators with a clock of its own (tests, benchmarks). A static factory, not a public
     * constructor: DS picks the {@code @Activate} constructor by its number of arguments, which a second public one of the
     * same length would make ambiguous.
     */
    public static MeetingsService of(Database db, AuditLog audit, Members members, Clock clock) {
        return new MeetingsService(db, audit, members, clock);
    }

    private MeetingsService(Database db, AuditLog audit, Members members, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.members = members;
        this.clock = clock;
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), GermanFormat.ZONE);
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    // ------------------------------------------------------------------ meetings

    /** The meetings the caller may see, newest first: all for the coordinator and the auditor, the invited ones for a member contact. */
    public List<Meeting> list(Caller caller, String tenantId) {
        NetworkRoles.tenant(caller, tenantId);
        Optional<String> own = ownInstitution(caller);
        List<Meeting> all = db.inTransaction(s -> loadAll(s.tenant(tenantId)));
        return all.stream().filter(m -> own.isEmpty() || m.invited().contains(own.get()) || m.attended().contains(own.get())).toList();
    }

    public Meeting get(Caller caller, String tenantId, String id) {
        String mid = Ids.id("id", id);
        return list(caller, tenantId).stream().filter(m -> m.id().equals(mid)).findFirst()
                .orElseThrow(() -> IkzException.notFound("meeting", mid));
    }

    /** Reader roles: coordinator, auditor, or a member contact (its institution's view). FORBIDDEN for a trainer. */
    private Optional<String> ownInstitution(Caller caller) {
        if (NetworkRoles.coordinator(caller) || NetworkRoles.auditor(caller)) {
            return Optional.empty();
        }
        if (NetworkRoles.memberContact(caller)) {
            return Optional.of(members.institutionOf(caller).orElse("-none-"));
        }
        throw IkzException.forbidden("Sitzungen sehen die Netzwerkkoordination, die Prüfung und die eingeladenen Einrichtungen.");
    }

    public Meeting create(Caller caller, String tenantId, MeetingInput in) {
        NetworkRoles.requireCoordinator(caller, tenantId);
        Checked c = check(tenantId, in);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String id = Ids.unused(ts, "kinderschutz_meeting", "S");
            ts.update("INSERT INTO kinderschutz_meeting (tenant_id, id, kind, group_name, title, starts_at, ends_at, place, agenda, "
                    + "status, changed_by, changed_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, c.kind.name(), c.group,
                    c.title, Timestamp.valueOf(c.start), Timestamp.valueOf(c.end), c.place, String.join("\n", c.agenda),
                    MeetingStatus.PLANNED.name(), caller.user(), stamp());
            for (String inst : c.invited) {
                ts.update("INSERT INTO kinderschutz_meeting_institution (tenant_id, meeting_id, institution_id, invited, attended) "
                        + "VALUES (:tenant, ?, ?, ?, ?)", id, inst, true, false);
            }
            audit.append(s, caller, tenantId, "CREATE", ModuleDefinition.ID + "/meeting/" + id, c.kind + " planned, "
                    + c.invited.size() + " institutions invited");
            return load(ts, id).orElseThrow();
        });
    }

    private record Checked(MeetingKind kind, String group, String title, LocalDateTime start, LocalDateTime end, String place,
                           List<String> agenda, List<String> invited) {
    }

    private Checked check(String tenantId, MeetingInput in) {
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zur Sitzung fehlen");
        }
        MeetingKind kind = Fields.choice("kind", in.kind(), MeetingKind.class, MeetingKind.CONFERENCE);
        String group = Fields.line("groupName", in.groupName(), 200, kind == MeetingKind.WORKING_GROUP);
        String title = Fields.line("title", in.title(), 200, true);
        if (in.start() == null) {
            throw IkzException.invalid("start", "start is required");
        }
        if (in.end() == null || !in.end().isAfter(in.start())) {
            throw IkzException.invalid("end", "Das Ende muss nach dem Beginn liegen.");
        }
        if (!in.end().toLocalDate().equals(in.start().toLocalDate())) {
            throw IkzException.invalid("end", "Eine Sitzung endet am Tag ihres Beginns.");
        }
        String place = Fields.line("place", in.place(), 300, false);
        List<String> agenda = items("agenda", in.agenda(), 500);
        List<String> invited = institutions(tenantId, "invited", in.invited());
        return new Checked(kind, group, title, in.start().withSecond(0).withNano(0), in.end().withSecond(0).withNano(0), place,
                agenda, invited);
    }

    private static List<String> items(String field, List<String> values, int max) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        if (values.size() > MAX_ITEMS) {
            throw IkzException.invalid(field, "höchstens " + MAX_ITEMS + " Einträge");
        }
        for (String v : values) {
            String t = Fields.line(field, v, max, false);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private List<String> institutions(String tenantId, String field, List<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_ITEMS) {
            throw IkzException.invalid(field, "höchstens " + MAX_ITEMS + " Einrichtungen");
        }
        for (String raw : ids) {
            String id = Ids.id(field, raw);
            if (members.institution(tenantId, id).isEmpty()) {
                throw IkzException.invalid(field, "unbekannte Einrichtung: " + id);
            }
            out.add(id);
        }
        return List.copyOf(out);
    }

    /** Records attendance, minutes and decisions: the meeting is then held (not before it began). */
    public Meeting recordMinutes(Caller caller, String tenantId, String id, MinutesInput in) {
        NetworkRoles.requireCoordinator(caller, tenantId);
        Meeting m = get(caller, tenantId, id);
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zum Protokoll fehlen");
        }
        if (m.status() == MeetingStatus.CANCELLED) {
            throw IkzException.conflict("status", "Die Sitzung ist abgesagt.");
        }
        if (m.start().isAfter(now())) {
            throw IkzException.invalid("attended", "Die Sitzung hat noch nicht begonnen (" + GermanFormat.date(m.start().toLocalDate()) + ").");
        }
        List<String> attended = institutions(tenantId, "attended", in.attended());
        String minutes = Fields.text("minutes", in.minutes(), 20000, false);
        List<String> decisions = items("decisions", in.decisions(), 1000);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            ts.update("UPDATE kinderschutz_meeting SET minutes_text = ?, decisions = ?, status = ?, changed_by = ?, changed_at = ? "
                    + "WHERE tenant_id = :tenant AND id = ?", minutes, String.join("\n", decisions), MeetingStatus.HELD.name(),
                    caller.user(), stamp(), m.id());
            ts.update("UPDATE kinderschutz_meeting_institution SET attended = ? WHERE tenant_id = :tenant AND meeting_id = ?", false, m.id());
            ts.update("DELETE FROM kinderschutz_meeting_institution WHERE tenant_id = :tenant AND meeting_id = ? AND invited = ?", m.id(), false);
            for (String inst : attended) {
                int n = ts.update("UPDATE kinderschutz_meeting_institution SET attended = ? WHERE tenant_id = :tenant AND meeting_id = ? "
                        + "AND institution_id = ?", true, m.id(), inst);
                if (n == 0) {
                    ts.update("INSERT INTO kinderschutz_meeting_institution (tenant_id, meeting_id, institution_id, invited, attended) "
                            + "VALUES (:tenant, ?, ?, ?, ?)", m.id(), inst, false, true);
                }
            }
            audit.append(s, caller, tenantId, "UPDATE", ModuleDefinition.ID + "/meeting/" + m.id(), "minutes recorded, "
                    + attended.size() + " institutions attended");
            return load(ts, m.id()).orElseThrow();
        });
    }

    public Meeting cancel(Caller caller, String tenantId, String id) {
        NetworkRoles.requireCoordinator(caller, tenantId);
        Meeting m = get(caller, tenantId, id);
        if (m.status() == MeetingStatus.HELD) {
            throw IkzException.conflict("status", "Eine durchgeführte Sitzung kann nicht abgesagt werden.");
        }
        return db.inTransaction(s -> {
            s.tenant(tenantId).update("UPDATE kinderschutz_meeting SET status = ?, changed_by = ?, changed_at = ? WHERE tenant_id = :tenant "
                    + "AND id = ?", MeetingStatus.CANCELLED.name(), caller.user(), stamp(), m.id());
            audit.append(s, caller, tenantId, "UPDATE", ModuleDefinition.ID + "/meeting/" + m.id(), "meeting cancelled");
            return load(s.tenant(tenantId), m.id()).orElseThrow();
        });
    }

    /** The invitation as iCalendar (METHOD:REQUEST), one event. */
    public String invitation(Caller caller, String tenantId, String id) {
        Meeting m = get(caller, tenantId, id);
        return ICalendar.calendar("REQUEST", null, clock.instant(), List.of(event(tenantId, m)));
    }

    /** Every planned or held meeting from today on as one calendar (METHOD:PUBLISH). */
    public String calendar(Caller caller, String tenantId) {
        LocalDate today = today();
        List<ICalendar.Event> events = list(caller, tenantId).stream().filter(m -> !m.start().toLocalDate().isBefore(today))
                .sorted(java.util.Comparator.comparing(Meeting::start)).map(m -> event(tenantId, m)).toList();
        return ICalendar.calendar("PUBLISH", "Sitzungen des Kinderschutz-Netzwerks", clock.instant(), events);
    }

    private ICalendar.Event event(String tenantId, Meeting m) {
        Map<String, String> names = names(tenantId);
        StringBuilder d = new StringBuilder(m.kind().label()).append(m.groupName() == null ? "" : " " + m.groupName());
        if (!m.agenda().isEmpty()) {
            d.append("\n\nTagesordnung:");
            for (int i = 0; i < m.agenda().size(); i++) {
                d.append("\n").append(i + 1).append(". ").append(m.agenda().get(i));
            }
        }
        return new ICalendar.Event(m.id() + "@" + tenantId + ".kinderschutz.ikz", m.start().atZone(GermanFormat.ZONE).toInstant(),
                m.end().atZone(GermanFormat.ZONE).toInstant(), m.title(), d.toString(), m.place(),
                m.status() == MeetingStatus.CANCELLED, m.invited().stream().map(i -> names.getOrDefault(i, i)).sorted().toList());
    }

    private Map<String, String> names(String tenantId) {
        Map<String, String> m = new LinkedHashMap<>();
        members.institutions(tenantId).forEach(i -> m.put(i.id(), i.name()));
        return m;
    }

    // ------------------------------------------------------------------ follow-ups

    /** Follow-ups the caller may see (coordinator, auditor: all; member contact: its institution's), due first. */
    public List<FollowUp> followUps(Caller caller, String tenantId, boolean openOnly) {
        NetworkRoles.tenant(caller, tenantId);
        Optional<String> own = ownInstitution(caller);
        return db.inTransaction(s -> {
            List<FollowUp> list = s.tenant(tenantId).query("SELECT * FROM kinderschutz_followup WHERE tenant_id = :tenant "
                    + "ORDER BY due_on, id", MeetingsService::followUp).stream()
                    .filter(f -> own.isEmpty() || f.ownerInstitutionId().equals(own.get()))
                    .filter(f -> !openOnly || f.open()).toList();
            // a follow-up may name its owner (a professional's work name): the read is logged
            audit.append(s, caller, tenantId, "READ", ModuleDefinition.ID + "/follow-ups", list.size() + " follow-ups shown");
            return list;
        });
    }

    public FollowUp addFollowUp(Caller caller, String tenantId, String meetingId, FollowUpInput in) {
        NetworkRoles.requireCoordinator(caller, tenantId);
        Optional<Meeting> m = meetingId == null ? Optional.empty() : Optional.of(get(caller, tenantId, meetingId));
        if (in == null) {
            throw IkzException.invalid(null, "Angaben zur Aufgabe fehlen");
        }
        String task = Fields.text("task", in.task(), 2000, true);
        String owner = Ids.id("ownerInstitutionId", in.ownerInstitutionId());
        Institution inst = members.institution(tenantId, owner)
                .orElseThrow(() -> IkzException.invalid("ownerInstitutionId", "unbekannte Einrichtung: " + owner));
        String ownerName = Fields.line("ownerName", in.ownerName(), 200, false);
        if (in.dueOn() == null) {
            throw IkzException.invalid("dueOn", "dueOn is required");
        }
        return db.inTransaction(s -> {
            String id = Ids.unused(s.tenant(tenantId), "kinderschutz_followup", "A");
            s.tenant(tenantId).update("INSERT INTO kinderschutz_followup (tenant_id, id, meeting_id, task, owner_institution_id, "
                    + "owner_name, due_on, changed_by, changed_at) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    m.map(Meeting::id).orElse(null), task, inst.id(), ownerName, Date.valueOf(in.dueOn()), caller.user(), stamp());
            audit.append(s, caller, tenantId, "CREATE", ModuleDefinition.ID + "/follow-up/" + id, "follow-up for institution "
                    + inst.id() + " due " + in.dueOn());
            return s.tenant(tenantId).queryOne("SELECT * FROM kinderschutz_followup WHERE tenant_id = :tenant AND id = ?",
                    MeetingsService::followUp, id).orElseThrow();
        });
    }

    /** Marks a follow-up done (the coordinator, or the owner institution's member contact). */
    public FollowUp done(Caller caller, String tenantId, String id, LocalDate doneOn) {
        NetworkRoles.tenant(caller, tenantId);
        String fid = Ids.id("id", id);
        Optional<String> own = ownInstitution(caller);
        FollowUp f = db.inTransaction(s -> s.tenant(tenantId).queryOne("SELECT * FROM kinderschutz_followup WHERE tenant_id = :tenant "
                + "AND id = ?", MeetingsService::followUp, fid)).filter(x -> own.isEmpty() || x.ownerInstitutionId().equals(own.get()))
                .orElseThrow(() -> IkzException.notFound("follow-up", fid));
        if (!NetworkRoles.coordinator(caller) && !NetworkRoles.memberContact(caller)) {
            throw IkzException.forbidden("Erledigt melden die Netzwerkkoordination und die zuständige Einrichtung.");
        }
        LocalDate day = doneOn == null ? today() : Fields.notFuture("doneOn", doneOn, today());
        if (!f.open()) {
            throw IkzException.conflict("doneOn", "Die Aufgabe ist bereits erledigt (" + GermanFormat.date(f.doneOn().get()) + ").");
        }
        return db.inTransaction(s -> {
            s.tenant(tenantId).update("UPDATE kinderschutz_followup SET done_on = ?, changed_by = ?, changed_at = ? WHERE "
                    + "tenant_id = :tenant AND id = ?", Date.valueOf(day), caller.user(), stamp(), fid);
            audit.append(s, caller, tenantId, "UPDATE", ModuleDefinition.ID + "/follow-up/" + fid, "follow-up done " + day);
            return s.tenant(tenantId).queryOne("SELECT * FROM kinderschutz_followup WHERE tenant_id = :tenant AND id = ?",
                    MeetingsService::followUp, fid).orElseThrow();
        });
    }

    private static FollowUp followUp(ResultSet rs) throws SQLException {
        Date done = rs.getDate("done_on");
        return new FollowUp(rs.getString("id"), Optional.ofNullable(rs.getString("meeting_id")), rs.getString("task"),
                rs.getString("owner_institution_id"), rs.getString("owner_name"), rs.getDate("due_on").toLocalDate(),
                Optional.ofNullable(done).map(Date::toLocalDate));
    }

    // ------------------------------------------------------------------ loading

    private static List<Meeting> loadAll(TenantSession ts) {
        return loadWhere(ts, null);
    }

    private static Optional<Meeting> load(TenantSession ts, String id) {
        return loadWhere(ts, id).stream().findFirst();
    }

    /** The meetings with their institutions: all of the tenant, or the one with the id. */
    private static List<Meeting> loadWhere(TenantSession ts, String id) {
        String one = id == null ? "" : " AND meeting_id = ?";
        Object[] params = id == null ? new Object[0] : new Object[] {id};
        Map<String, List<String>> invited = new LinkedHashMap<>();
        Map<String, List<String>> attended = new LinkedHashMap<>();
        ts.query("SELECT meeting_id, institution_id, invited, attended FROM kinderschutz_meeting_institution WHERE tenant_id = :tenant"
                + one + " ORDER BY meeting_id, institution_id", rs -> {
                    if (rs.getBoolean(3)) {
                        invited.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                    if (rs.getBoolean(4)) {
                        attended.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                    return null;
                }, params);
        return ts.query("SELECT * FROM kinderschutz_meeting WHERE tenant_id = :tenant" + (id == null ? "" : " AND id = ?")
                + " ORDER BY starts_at DESC, id",
                rs -> meeting(rs, invited.getOrDefault(rs.getString("id"), List.of()), attended.getOrDefault(rs.getString("id"), List.of())),
                params);
    }

    private static Meeting meeting(ResultSet rs, List<String> invited, List<String> attended) throws SQLException {
        return new Meeting(rs.getString("id"), MeetingKind.valueOf(rs.getString("kind")), rs.getString("group_name"),
                rs.getString("title"), rs.getTimestamp("starts_at").toLocalDateTime(), rs.getTimestamp("ends_at").toLocalDateTime(),
                rs.getString("place"), lines(rs.getString("agenda")), rs.getString("minutes_text"), lines(rs.getString("decisions")),
                MeetingStatus.valueOf(rs.getString("status")), List.copyOf(invited), List.copyOf(attended));
    }

    private static List<String> lines(String v) {
        return v == null || v.isEmpty() ? List.of() : List.of(v.split("\n"));
    }

    private Timestamp stamp() {
        return Timestamp.from(clock.instant());
    }
}
