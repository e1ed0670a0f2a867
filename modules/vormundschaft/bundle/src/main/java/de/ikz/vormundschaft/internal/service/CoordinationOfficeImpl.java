package de.ikz.vormundschaft.internal.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.AgeBands;
import de.ikz.vormundschaft.internal.domain.ChildProfile;
import de.ikz.vormundschaft.internal.domain.ConductCheck;
import de.ikz.vormundschaft.internal.domain.ExpenseAllowance;
import de.ikz.vormundschaft.internal.domain.Match;
import de.ikz.vormundschaft.internal.domain.Matching;
import de.ikz.vormundschaft.internal.domain.PipelineException;
import de.ikz.vormundschaft.internal.domain.VolunteerPipeline;
import de.ikz.vormundschaft.internal.domain.VolunteerProfile;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Catalogue.Area;
import de.ikz.vormundschaft.internal.service.Catalogue.Kind;
import de.ikz.vormundschaft.internal.service.Catalogue.Medium;
import de.ikz.vormundschaft.internal.service.Catalogue.Placement;
import de.ikz.vormundschaft.internal.service.Catalogue.Travel;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The coordination office's work on the platform database. Every change runs in one transaction
 * together with its access-log entry; a refusal is thrown before anything is written or rolls the
 * transaction back, so a refused request changes nothing. Reports, due lists and measures are in
 * {@link OfficeReports}.
 */
@Component(service = {CoordinationOffice.class, CoordinationOfficeImpl.class})
public final class CoordinationOfficeImpl implements CoordinationOffice {

    /** A volunteer entering the pool gets a suitability re-check this many years later unless one is set. */
    static final int RECHECK_YEARS = 2;

    private static final String RECORD = "vormundschaft/";
    private static final String VOLUNTEER_COLUMNS = "id, full_name, reach, office, stage, stage_since, for_child, languages, "
            + "age_band, unaccompanied_experience, municipality, travel, capacity, recheck_due, conduct_seen, conduct_clear, created_on";
    private static final String CHILD_COLUMNS = "id, office, age_band, needs, languages, municipality, unaccompanied, placement, "
            + "status, created_on";
    private static final String PROPOSAL_COLUMNS = "id, child_id, volunteer_id, matched_on, match_reasons, court, proposed_on, "
            + "reasons, status, closed_on, close_reason";
    private static final String APPOINTMENT_COLUMNS = "id, child_id, office, volunteer_id, kind, areas, court, file_number, "
            + "appointed_on, additional_pfleger, additional_areas, ended_on, end_reason";
    private static final Set<VolunteerStage> CASE_STAGES = Set.of(VolunteerStage.MATCHED, VolunteerStage.PROPOSED_TO_COURT,
            VolunteerStage.APPOINTED);

    private final Database db;
    private final AuditLog audit;
    private final Directory directory;
    private final Clock clock;
    private final OfficeReports reports;

    @Activate
    public CoordinationOfficeImpl(@Reference VormundschaftSchema schema, @Reference Database db, @Reference AuditLog audit,
                                  @Reference ParticipantService participants, @Reference RegisterService register) {
        this(db, audit, new PlatformDirectory(participants, register), Clock.systemDefaultZone());
    }

    CoordinationOfficeImpl(Database db, AuditLog audit, Directory directory, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
        this.reports = new OfficeReports(db, directory, clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The measures the module offers to allocation keys. */
    public List<de.ikz.api.module.MeasureDefinition> measures() {
        return OfficeReports.MEASURES;
    }

    /** Values of a measure for allocation keys (see {@link OfficeReports#measure}). */
    public Map<String, BigDecimal> measure(String measureId, String tenantId, LocalDate from, LocalDate to) {
        return reports.measure(measureId, tenantId, from, to);
    }

    // ================================================================ volunteers

    @Override
    public List<Volunteer> volunteers(Caller caller, String tenantId, VolunteerStage stage) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Derived d = derived(ts, null);
            List<Volunteer> list = stage == null
                    ? ts.query("SELECT " + VOLUNTEER_COLUMNS + " FROM vm_volunteer WHERE tenant_id = :tenant ORDER BY id",
                            rs -> volunteer(rs, d))
                    : ts.query("SELECT " + VOLUNTEER_COLUMNS + " FROM vm_volunteer WHERE tenant_id = :tenant AND stage = ? ORDER BY id",
                            rs -> volunteer(rs, d), stage.name());
            ReadLog.list(audit, s, caller, tenantId, "volunteer", list.stream().map(Volunteer::id).toList(),
                    list.size() + " volunteers listed" + (stage == null ? "" : " in stage " + stage));
            return list;
        });
    }

    @Override
    public Volunteer volunteer(Caller caller, String tenantId, String id) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            Volunteer v = findVolunteer(s.tenant(tenantId), id).orElseThrow(() -> IkzException.notFound("volunteer", id));
            ReadLog.one(audit, s, caller, tenantId, "volunteer", id, "details");
            return v;
        });
    }

    @Override
    public Volunteer createVolunteer(Caller caller, String tenantId, VolunteerInput in) {
        Access.requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "volunteer data required");
        }
        String name = Check.text("name", in.name(), 200, true);
        String reach = Check.text("reach", in.reach(), 300, false);
        String office = office("office", tenantId, in.office());
        List<String> languages = Check.list("languages", in.languages(), 40);
        String ageBand = ageBand("ageBand", in.ageBand(), true);
        String municipality = municipality("municipality", in.municipality(), false);
        Travel travel = Check.oneOf("travel", in.travel(), Travel.class, Travel.DISTRICT);
        int capacity = capacity(in.capacity() == null ? 1 : in.capacity());
        String forChild = Check.text("forChild", in.forChild(), 20, false);
        LocalDate today = today();
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            if (forChild != null && childRow(ts, forChild).isEmpty()) {
                throw IkzException.invalid("forChild", "no child with pseudonym " + forChild);
            }
            String id = freshId(ts, "vm_volunteer", "V");
            ts.update("INSERT INTO vm_volunteer (tenant_id, " + VOLUNTEER_COLUMNS + ", row_version) VALUES "
                            + "(:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    id, name, reach, office, VolunteerStage.ENQUIRY.name(), today, forChild, Check.join(languages), ageBand,
                    Boolean.TRUE.equals(in.unaccompaniedExperience()), municipality, travel.name(), capacity, in.recheckDue(),
                    null, null, today);
            stageChange(ts, caller, id, null, VolunteerStage.ENQUIRY, today, "enquiry recorded");
            audit.append(s, caller, tenantId, "CREATE", RECORD + "volunteer/" + id, "enquiry, office " + office);
            return findVolunteer(ts, id).orElseThrow();
        });
    }

    @Override
    public Volunteer updateVolunteer(Caller caller, String tenantId, String id, VolunteerInput in) {
        Access.requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "changes required");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Volunteer v = lockVolunteer(ts, id);
            String name = in.name() == null ? v.name() : Check.text("name", in.name(), 200, true);
            String reach = in.reach() == null ? v.reach() : Check.text("reach", in.reach(), 300, false);
            String office = in.office() == null ? v.office() : office("office", tenantId, in.office());
            List<String> languages = in.languages() == null ? v.languages() : Check.list("languages", in.languages(), 40);
            String ageBand = in.ageBand() == null ? v.ageBand() : ageBand("ageBand", in.ageBand().isBlank() ? null : in.ageBand(), true);
            String municipality = in.municipality() == null ? v.municipality() : municipality("municipality", in.municipality(), false);
            String travel = in.travel() == null ? v.travel() : Check.oneOf("travel", in.travel(), Travel.class, null).name();
            int capacity = in.capacity() == null ? v.capacity() : capacity(in.capacity());
            if (capacity < v.active()) {
                throw IkzException.conflict("capacity", "the volunteer holds " + v.active()
                        + " open matches or appointments; capacity cannot go below that");
            }
            boolean unaccompanied = in.unaccompaniedExperience() == null ? v.unaccompaniedExperience() : in.unaccompaniedExperience();
            LocalDate recheck = in.recheckDue() == null ? v.recheckDue() : in.recheckDue();
            String forChild = in.forChild() == null ? v.forChild() : Check.text("forChild", in.forChild(), 20, false);
            if (forChild != null && !forChild.equals(v.forChild()) && childRow(ts, forChild).isEmpty()) {
                throw IkzException.invalid("forChild", "no child with pseudonym " + forChild);
            }
            ts.update("UPDATE vm_volunteer SET full_name = ?, reach = ?, office = ?, languages = ?, age_band = ?, municipality = ?, "
                            + "travel = ?, capacity = ?, unaccompanied_experience = ?, recheck_due = ?, for_child = ? "
                            + "WHERE tenant_id = :tenant AND id = ?",
                    name, reach, office, Check.join(languages), ageBand, municipality, travel, capacity, unaccompanied, recheck,
                    forChild, id);
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "volunteer/" + id, "profile changed");
            return findVolunteer(ts, id).orElseThrow();
        });
    }

    @Override
    public Volunteer moveVolunteer(Caller caller, String tenantId, String id, VolunteerStage to, LocalDate on, String note) {
        Access.requireCoordinator(caller, tenantId);
        if (to == null) {
            throw IkzException.invalid("to", "the new stage is required");
        }
        if (CASE_STAGES.contains(to)) {
            throw IkzException.invalid("to", "stage " + to + " is reached through the child's case: match, proposal to the court, "
                    + "appointment (modules/vormundschaft/children/{id}/...)");
        }
        LocalDate day = Check.notFuture("on", on, today());
        String why = Check.text("note", note, 500, false);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Volunteer v = lockVolunteer(ts, id);
            Check.notBefore("on", day, v.stageSince(), "the volunteer entered stage " + v.stage());
            ConductCheck conduct = v.conductSeen() == null ? null : new ConductCheck(v.conductSeen(), Boolean.TRUE.equals(v.conductClear()));
            try {
                VolunteerPipeline.check(v.stage(), to, conduct, day);
            } catch (PipelineException e) {
                throw Check.refused(e, true);
            }
            if (v.stage() == VolunteerStage.TRAINING && to == VolunteerStage.REFLECTION_TALK && !v.trainingComplete()) {
                throw IkzException.conflict("to", "training is not complete: required modules missing: "
                        + String.join(", ", v.missingModules()));
            }
            if (v.active() > 0) {
                throw IkzException.conflict("to", "the volunteer holds " + v.active() + " open match(es), proposal(s) or appointment(s); "
                        + "withdraw the match or end the appointment first");
            }
            LocalDate recheck = v.recheckDue();
            if (to == VolunteerStage.POOL && recheck == null) {
                recheck = day.plusYears(RECHECK_YEARS);
            }
            ts.update("UPDATE vm_volunteer SET stage = ?, stage_since = ?, recheck_due = ? WHERE tenant_id = :tenant AND id = ?",
                    to.name(), day, recheck, id);
            stageChange(ts, caller, id, v.stage(), to, day, why);
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "volunteer/" + id, "stage " + v.stage() + " -> " + to);
            return findVolunteer(ts, id).orElseThrow();
        });
    }

    @Override
    public Volunteer recordConductCheck(Caller caller, String tenantId, String id, LocalDate seen, Boolean clear) {
        Access.requireCoordinator(caller, tenantId);
        if (seen == null) {
            throw IkzException.invalid("seen", "the date the certificate of good conduct was seen is required");
        }
        LocalDate day = Check.notFuture("seen", seen, today());
        if (clear == null) {
            throw IkzException.invalid("clear", "whether the certificate was clear is required (true or false)");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Volunteer v = lockVolunteer(ts, id);
            if (v.stage() == VolunteerStage.LEFT) {
                throw IkzException.conflict("id", "the volunteer has left");
            }
            ts.update("UPDATE vm_volunteer SET conduct_seen = ?, conduct_clear = ? WHERE tenant_id = :tenant AND id = ?", day, clear, id);
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "volunteer/" + id, "certificate of good conduct seen " + day
                    + (clear ? ", clear" : ", NOT clear"));
            return findVolunteer(ts, id).orElseThrow();
        });
    }

    @Override
    public List<StageChange> stageHistory(Caller caller, String tenantId, String id) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            if (findVolunteer(ts, id).isEmpty()) {
                throw IkzException.notFound("volunteer", id);
            }
            List<StageChange> history = ts.query("SELECT from_stage, to_stage, changed_on, note, changed_by FROM vm_stage_change "
                    + "WHERE tenant_id = :tenant AND volunteer_id = ? ORDER BY seq", rs -> new StageChange(
                    rs.getString(1) == null ? null : VolunteerStage.valueOf(rs.getString(1)), VolunteerStage.valueOf(rs.getString(2)),
                    Check.date(rs, "changed_on"), rs.getString(4), rs.getString(5)), id);
            ReadLog.one(audit, s, caller, tenantId, "volunteer", id, "stage history, " + history.size() + " changes");
            return history;
        });
    }

    // ================================================================ training

    @Override
    public List<TrainingModule> trainingModules() {
        return Catalogue.TRAINING;
    }

    @Override
    public List<Course> courses(Caller caller, String tenantId) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Map<String, List<Registration>> regs = registrations(ts, null);
            List<Course> list = ts.query("SELECT id, module_id, course_date, place, seats FROM vm_course WHERE tenant_id = :tenant "
                    + "ORDER BY course_date, id", rs -> course(rs, regs));
            ReadLog.list(audit, s, caller, tenantId, "course", list.stream().map(Course::id).toList(),
                    list.size() + " courses with their registered volunteers listed");
            return list;
        });
    }

    @Override
    public Course createCourse(Caller caller, String tenantId, CourseInput in) {
        Access.requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "course data required");
        }
        String module = Check.text("module", in.module(), 40, true);
        if (Catalogue.module(module).isEmpty()) {
            throw IkzException.invalid("module", "unknown training module " + module + "; one of "
                    + Catalogue.TRAINING.stream().map(TrainingModule::id).toList());
        }
        if (in.date() == null) {
            throw IkzException.invalid("date", "the course date is required");
        }
        String place = Check.text("place", in.place(), 200, false);
        int seats = in.seats() == null ? 12 : in.seats();
        if (seats < 1 || seats > 100) {
            throw IkzException.invalid("seats", "seats must be between 1 and 100");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String id = freshId(ts, "vm_course", "C");
            ts.update("INSERT INTO vm_course (tenant_id, id, module_id, course_date, place, seats) VALUES (:tenant, ?, ?, ?, ?, ?)",
                    id, module, in.date(), place, seats);
            audit.append(s, caller, tenantId, "CREATE", RECORD + "course/" + id, module + " on " + in.date());
            return course(ts, id).orElseThrow();
        });
    }

    @Override
    public Course register(Caller caller, String tenantId, String courseId, String volunteerId) {
        Access.requireCoordinator(caller, tenantId);
        Check.text("volunteerId", volunteerId, 20, true);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Course c = course(ts, courseId).orElseThrow(() -> IkzException.notFound("course", courseId));
            Volunteer v = findVolunteer(ts, volunteerId)
                    .orElseThrow(() -> IkzException.invalid("volunteerId", "no volunteer " + volunteerId));
            if (v.stage() == VolunteerStage.LEFT) {
                throw IkzException.conflict("volunteerId", "volunteer " + volunteerId + " has left");
            }
            if (c.registrations().stream().anyMatch(r -> r.volunteerId().equals(volunteerId))) {
                throw IkzException.conflict("volunteerId", "volunteer " + volunteerId + " is already registered for " + courseId);
            }
            if (c.registrations().size() >= c.seats()) {
                throw IkzException.conflict("courseId", "course " + courseId + " is full (" + c.seats() + " seats)");
            }
            ts.update("INSERT INTO vm_registration (tenant_id, course_id, volunteer_id, attended) VALUES (:tenant, ?, ?, NULL)",
                    courseId, volunteerId);
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "course/" + courseId, "registered " + volunteerId);
            return course(ts, courseId).orElseThrow();
        });
    }

    @Override
    public Course recordAttendance(Caller caller, String tenantId, String courseId, String volunteerId, Boolean attended) {
        Access.requireCoordinator(caller, tenantId);
        Check.text("volunteerId", volunteerId, 20, true);
        if (attended == null) {
            throw IkzException.invalid("attended", "attended (true or false) is required");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Course c = course(ts, courseId).orElseThrow(() -> IkzException.notFound("course", courseId));
            if (c.date().isAfter(today())) {
                throw IkzException.conflict("attended", "the course takes place on " + c.date() + "; attendance is recorded afterwards");
            }
            int n = ts.update("UPDATE vm_registration SET attended = ? WHERE tenant_id = :tenant AND course_id = ? AND volunteer_id = ?",
                    attended, courseId, volunteerId);
            if (n == 0) {
                throw IkzException.invalid("volunteerId", "volunteer " + volunteerId + " is not registered for course " + courseId);
            }
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "course/" + courseId, volunteerId + (attended ? " attended" : " absent"));
            return course(ts, courseId).orElseThrow();
        });
    }

    // ================================================================ children

    @Override
    public List<Child> children(Caller caller, String tenantId) {
        Access.requireMember(caller, tenantId);
        Optional<String> own = Access.partnerOffice(caller);
        boolean all = Access.readsAll(caller);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            List<Child> rows = all
                    ? ts.query("SELECT " + CHILD_COLUMNS + " FROM vm_child WHERE tenant_id = :tenant ORDER BY id", CoordinationOfficeImpl::child)
                    : ts.query("SELECT " + CHILD_COLUMNS + " FROM vm_child WHERE tenant_id = :tenant AND office = ? ORDER BY id",
                            CoordinationOfficeImpl::child, own.orElseThrow());
            List<Child> out = new ArrayList<>();
            for (Child c : rows) {
                out.add(withIdentity(ts, caller, c));
            }
            long identities = out.stream().filter(c -> c.identity() != null).count();
            ReadLog.list(audit, s, caller, tenantId, "child", out.stream().map(Child::id).toList(), out.size() + " child profiles listed"
                    + (identities == 0 ? " (pseudonymised)" : ", " + identities + " with identity of office " + own.orElse("")));
            return out;
        });
    }

    @Override
    public Child child(Caller caller, String tenantId, String id) {
        Access.requireMember(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Child c = withIdentity(ts, caller, visibleChild(ts, caller, id));
            ReadLog.one(audit, s, caller, tenantId, "child", id, c.identity() != null ? "profile with identity" : "profile (pseudonymised)");
            return c;
        });
    }

    @Override
    public Child createChild(Caller caller, String tenantId, ChildInput in) {
        String office = Access.requirePartner(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "child profile required");
        }
        office("office", tenantId, office);
        String ageBand = ageBand("ageBand", in.ageBand(), false);
        String needs = Check.text("needs", in.needs(), 1000, false);
        List<String> languages = Check.list("languages", in.languages(), 40);
        String municipality = municipality("municipality", in.municipality(), true);
        Placement placement = Check.oneOf("placement", in.placement(), Placement.class, null);
        ChildIdentity identity = in.identity();
        if (identity == null) {
            throw IkzException.invalid("identity", "the identity is required; it stays with your youth office");
        }
        String given = Check.text("identity.givenName", identity.givenName(), 200, true);
        String family = Check.text("identity.familyName", identity.familyName(), 200, true);
        LocalDate today = today();
        if (identity.birthDate() != null) {
            Check.notFuture("identity.birthDate", identity.birthDate(), today);
            int age = java.time.Period.between(identity.birthDate(), today).getYears();
            if (age >= 18) {
                throw IkzException.invalid("identity.birthDate", "the child is " + age + "; guardianship ends at majority");
            }
            String band = AgeBands.of(age);
            if (!band.equals(ageBand)) {
                throw IkzException.invalid("ageBand", "the birth date gives age " + age + ", age band " + band + ", not " + ageBand);
            }
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String id = freshId(ts, "vm_child", "K");
            ts.update("INSERT INTO vm_child (tenant_id, " + CHILD_COLUMNS + ", row_version) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    id, office, ageBand, needs, Check.join(languages), municipality, Boolean.TRUE.equals(in.unaccompaniedMinor()),
                    placement.name(), "OPEN", today);
            ts.update("INSERT INTO vm_child_identity (tenant_id, child_id, office, given_name, family_name, birth_date) "
                    + "VALUES (:tenant, ?, ?, ?, ?, ?)", id, office, given, family, identity.birthDate());
            audit.append(s, caller, tenantId, "CREATE", RECORD + "child/" + id, "profile proposed by " + office);
            return withIdentity(ts, caller, childRow(ts, id).orElseThrow());
        });
    }

    // ================================================================ matching, proposals, appointments

    @Override
    public List<Suggestion> suggestions(Caller caller, String tenantId, String childId) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Child child = childRow(ts, childId).orElseThrow(() -> IkzException.notFound("child", childId));
            Derived d = derived(ts, null);
            List<Volunteer> candidates = ts.query("SELECT " + VOLUNTEER_COLUMNS + " FROM vm_volunteer WHERE tenant_id = :tenant "
                    + "AND stage IN ('POOL', 'APPOINTED') ORDER BY id", rs -> volunteer(rs, d));
            Map<String, Volunteer> byId = new HashMap<>();
            List<VolunteerProfile> profiles = new ArrayList<>();
            for (Volunteer v : candidates) {
                if (eligibleFor(v, child) == null) {
                    byId.put(v.id(), v);
                    profiles.add(profile(v));
                }
            }
            List<Suggestion> out = new ArrayList<>();
            for (Match m : Matching.rank(childProfile(child), profiles)) {
                Volunteer v = byId.get(m.volunteerId());
                List<String> reasons = new ArrayList<>(m.reasons());
                if (childId.equals(v.forChild())) {
                    reasons.add(0, "für dieses Kind qualifiziert (Verwandte/r oder Bekannte/r)");
                }
                out.add(new Suggestion(v.id(), v.name(), v.office(), m.score(), reasons));
            }
            ReadLog.list(audit, s, caller, tenantId, "volunteer", out.stream().map(Suggestion::volunteerId).toList(),
                    "suggestions for child " + childId);
            return out;
        });
    }

    @Override
    public List<Proposal> proposals(Caller caller, String tenantId, String childId) {
        Access.requireMember(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            visibleChild(ts, caller, childId);
            List<Proposal> list = ts.query("SELECT " + PROPOSAL_COLUMNS + " FROM vm_proposal WHERE tenant_id = :tenant AND child_id = ? "
                    + "ORDER BY matched_on DESC, id DESC", CoordinationOfficeImpl::proposal, childId);
            ReadLog.list(audit, s, caller, tenantId, "proposal", list.stream().map(Proposal::id).toList(), "proposals for child " + childId);
            return list;
        });
    }

    @Override
    public Proposal match(Caller caller, String tenantId, String childId, String volunteerId, LocalDate on) {
        Access.requireCoordinator(caller, tenantId);
        Check.text("volunteerId", volunteerId, 20, true);
        LocalDate day = Check.notFuture("on", on, today());
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Child child = childRow(ts, childId).orElseThrow(() -> IkzException.notFound("child", childId));
            if (!"OPEN".equals(child.status())) {
                throw IkzException.conflict("childId", "child " + childId + " is " + child.status().toLowerCase(java.util.Locale.ROOT)
                        + "; only an open child can be matched (withdraw the current match first)");
            }
            Volunteer v = lock(ts, volunteerId).orElseThrow(() -> IkzException.invalid("volunteerId", "no volunteer " + volunteerId));
            String why = eligibleFor(v, child);
            if (why != null) {
                throw IkzException.conflict("volunteerId", why);
            }
            Match m = Matching.rank(childProfile(child), List.of(profile(v))).get(0);
            String id = freshId(ts, "vm_proposal", "P");
            ts.update("INSERT INTO vm_proposal (tenant_id, " + PROPOSAL_COLUMNS + ") VALUES (:tenant, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, NULL, NULL)",
                    id, childId, volunteerId, day, Check.join(m.reasons()), "MATCHED");
            setChildStatus(ts, childId, "OPEN", "MATCHED");
            if (v.stage() == VolunteerStage.POOL) {
                setStage(ts, caller, v, VolunteerStage.MATCHED, day, "matched to " + childId);
            }
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "child/" + childId, "matched with volunteer " + volunteerId);
            return proposalById(ts, id);
        });
    }

    @Override
    public Proposal propose(Caller caller, String tenantId, String childId, String court, String reasons, LocalDate on) {
        Access.requireCoordinator(caller, tenantId);
        String courtName = Check.text("court", court, 200, true);
        String why = Check.text("reasons", reasons, 4000, true);
        if (why.length() < 20) {
            throw IkzException.invalid("reasons", "the proposal to the family court must give its reasons (SGB VIII § 53); "
                    + "at least a sentence");
        }
        LocalDate day = Check.notFuture("on", on, today());
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            childRow(ts, childId).orElseThrow(() -> IkzException.notFound("child", childId));
            Proposal p = openProposal(ts, childId, "MATCHED");
            Check.notBefore("on", day, p.matchedOn(), "the match");
            Volunteer v = lockVolunteer(ts, p.volunteerId());
            ts.update("UPDATE vm_proposal SET court = ?, proposed_on = ?, reasons = ?, status = 'PROPOSED' WHERE tenant_id = :tenant AND id = ?",
                    courtName, day, why, p.id());
            setChildStatus(ts, childId, "MATCHED", "PROPOSED");
            if (v.stage() == VolunteerStage.MATCHED) {
                setStage(ts, caller, v, VolunteerStage.PROPOSED_TO_COURT, day, "proposed to " + courtName + " for " + childId);
            }
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "child/" + childId, "volunteer " + p.volunteerId()
                    + " proposed to " + courtName);
            return proposalById(ts, p.id());
        });
    }

    @Override
    public Proposal withdraw(Caller caller, String tenantId, String childId, String reason, LocalDate on) {
        Access.requireCoordinator(caller, tenantId);
        String why = Check.text("reason", reason, 500, true);
        LocalDate day = Check.notFuture("on", on, today());
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Child child = childRow(ts, childId).orElseThrow(() -> IkzException.notFound("child", childId));
            Proposal p = openProposal(ts, childId, null);
            Check.notBefore("on", day, p.proposedOn() == null ? p.matchedOn() : p.proposedOn(), "the last step of the case");
            Volunteer v = lockVolunteer(ts, p.volunteerId());
            ts.update("UPDATE vm_proposal SET status = 'DROPPED', closed_on = ?, close_reason = ? WHERE tenant_id = :tenant AND id = ?",
                    day, why, p.id());
            setChildStatus(ts, childId, child.status(), "OPEN");
            if ((v.stage() == VolunteerStage.MATCHED || v.stage() == VolunteerStage.PROPOSED_TO_COURT) && v.active() == 1) {
                setStage(ts, caller, v, VolunteerStage.POOL, day, "match with " + childId + " dropped: " + why);
            }
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "child/" + childId, "match with " + p.volunteerId() + " dropped");
            return proposalById(ts, p.id());
        });
    }

    @Override
    public Appointment appoint(Caller caller, String tenantId, String childId, AppointmentInput in) {
        Access.requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "appointment data required");
        }
        String fileNumber = Check.text("fileNumber", in.fileNumber(), 60, true);
        if (in.appointedOn() == null) {
            throw IkzException.invalid("appointedOn", "the date of the appointment is required");
        }
        LocalDate day = Check.notFuture("appointedOn", in.appointedOn(), today());
        Kind kind = Check.oneOf("kind", in.kind(), Kind.class, Kind.GUARDIANSHIP);
        List<String> areas = areas("areas", in.areas());
        if (kind == Kind.CURATORSHIP && areas.isEmpty()) {
            throw IkzException.invalid("areas", "a Pflegschaft names its areas of care: " + List.of(Area.values()));
        }
        if (kind == Kind.GUARDIANSHIP && !areas.isEmpty()) {
            throw IkzException.invalid("areas", "a guardianship covers all areas of care; areas are named only for a Pflegschaft"
                    + " (kind CURATORSHIP) or an additional Pfleger");
        }
        String pfleger = Check.text("additionalPfleger", in.additionalPfleger(), 200, false);
        List<String> extraAreas = areas("additionalPflegerAreas", in.additionalPflegerAreas());
        if ((pfleger == null) != extraAreas.isEmpty()) {
            throw IkzException.invalid("additionalPflegerAreas", "an additional Pfleger and the areas of care they take go together");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Child child = childRow(ts, childId).orElseThrow(() -> IkzException.notFound("child", childId));
            Proposal p = openProposal(ts, childId, "PROPOSED");
            Check.notBefore("appointedOn", day, p.proposedOn(), "the proposal to the court");
            String court = in.court() == null ? p.court() : Check.text("court", in.court(), 200, true);
            Volunteer v = lockVolunteer(ts, p.volunteerId());
            String id = freshId(ts, "vm_appointment", "A");
            ts.update("INSERT INTO vm_appointment (tenant_id, " + APPOINTMENT_COLUMNS + ") VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
                    id, childId, child.office(), v.id(), kind.name(), Check.join(areas), court, fileNumber, day, pfleger,
                    Check.join(extraAreas));
            ts.update("UPDATE vm_proposal SET status = 'APPOINTED', closed_on = ?, close_reason = ? WHERE tenant_id = :tenant AND id = ?",
                    day, "appointed by " + court + ", " + fileNumber, p.id());
            setChildStatus(ts, childId, "PROPOSED", "APPOINTED");
            if (v.stage() != VolunteerStage.APPOINTED) {
                setStage(ts, caller, v, VolunteerStage.APPOINTED, day, "appointed for " + childId + " (" + fileNumber + ")");
            }
            audit.append(s, caller, tenantId, "CREATE", RECORD + "appointment/" + id, kind + " for " + childId + " by " + court);
            return appointmentById(ts, id);
        });
    }

    @Override
    public List<Appointment> appointments(Caller caller, String tenantId, Boolean activeOnly) {
        Access.requireMember(caller, tenantId);
        boolean all = Access.readsAll(caller);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String where = (activeOnly == null ? "" : activeOnly ? " AND ended_on IS NULL" : " AND ended_on IS NOT NULL") + (all ? "" : " AND office = ?");
            Object[] params = all ? new Object[0] : new Object[] {Access.partnerOffice(caller).orElseThrow()};
            List<String> ids = ts.query("SELECT id FROM vm_appointment WHERE tenant_id = :tenant" + where + " ORDER BY appointed_on, id",
                    rs -> rs.getString(1), params);
            List<Appointment> out = new ArrayList<>();
            for (String id : ids) {
                out.add(appointmentById(ts, id));
            }
            ReadLog.list(audit, s, caller, tenantId, "appointment", ids, ids.size() + " appointments listed"
                    + (activeOnly == null ? "" : activeOnly ? " (active)" : " (ended)"));
            return out;
        });
    }

    @Override
    public Appointment appointment(Caller caller, String tenantId, String id) {
        Access.requireMember(caller, tenantId);
        return db.inTransaction(s -> {
            Appointment a = visibleAppointment(s.tenant(tenantId), caller, id);
            ReadLog.one(audit, s, caller, tenantId, "appointment", id, "details with court file number");
            return a;
        });
    }

    @Override
    public Appointment endAppointment(Caller caller, String tenantId, String id, LocalDate on, String reason, VolunteerStage next) {
        Access.requireCoordinator(caller, tenantId);
        String why = Check.text("reason", reason, 500, true);
        LocalDate day = Check.notFuture("on", on, today());
        VolunteerStage then = next == null ? VolunteerStage.POOL : next;
        if (!Set.of(VolunteerStage.POOL, VolunteerStage.RESTING, VolunteerStage.LEFT).contains(then)) {
            throw IkzException.invalid("next", "after an appointment the volunteer goes to POOL, RESTING or LEFT, not " + then);
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Appointment a = appointmentRow(ts, id).orElseThrow(() -> IkzException.notFound("appointment", id));
            if (a.endedOn() != null) {
                throw IkzException.conflict("id", "appointment " + id + " ended on " + a.endedOn());
            }
            Check.notBefore("on", day, a.appointedOn(), "the appointment");
            Volunteer v = lockVolunteer(ts, a.volunteerId());
            ts.update("UPDATE vm_appointment SET ended_on = ?, end_reason = ? WHERE tenant_id = :tenant AND id = ?", day, why, id);
            setChildStatus(ts, a.childId(), "APPOINTED", "CLOSED");
            if (v.active() == 1 && v.stage() == VolunteerStage.APPOINTED) {
                setStage(ts, caller, v, then, day, "appointment " + id + " ended: " + why);
            }
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "appointment/" + id, "ended: " + why);
            return appointmentById(ts, id);
        });
    }

    @Override
    public Appointment recordReport(Caller caller, String tenantId, String appointmentId, Integer year, LocalDate receivedOn) {
        Access.requireCoordinator(caller, tenantId);
        if (year == null) {
            throw IkzException.invalid("year", "the year of the report is required");
        }
        LocalDate day = Check.notFuture("receivedOn", receivedOn, today());
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Appointment a = appointmentRow(ts, appointmentId).orElseThrow(() -> IkzException.notFound("appointment", appointmentId));
            int last = a.endedOn() == null ? today().getYear() : a.endedOn().getYear();
            if (year < a.appointedOn().getYear() || year > last) {
                throw IkzException.invalid("year", "the appointment runs from " + a.appointedOn().getYear() + " to " + last
                        + "; no report for " + year);
            }
            if (a.reportsReceived().contains(year)) {
                throw IkzException.conflict("year", "the report for " + year + " was already received");
            }
            ts.update("INSERT INTO vm_report (tenant_id, appointment_id, report_year, received_on) VALUES (:tenant, ?, ?, ?)",
                    appointmentId, year, day);
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "appointment/" + appointmentId, "report " + year + " received");
            return appointmentById(ts, appointmentId);
        });
    }

    // ================================================================ accompaniment

    @Override
    public List<VolunteerContact> contacts(Caller caller, String tenantId, String volunteerId) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String sql = "SELECT id, volunteer_id, appointment_id, contact_date, duration_min, medium, topic, follow_up, follow_up_due "
                    + "FROM vm_contact WHERE tenant_id = :tenant" + (volunteerId == null ? "" : " AND volunteer_id = ?")
                    + " ORDER BY contact_date DESC, id";
            de.ikz.api.persistence.RowMapper<VolunteerContact> m = rs -> new VolunteerContact(rs.getString(1), rs.getString(2), rs.getString(3), Check.date(rs, "contact_date"),
                    rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), Check.date(rs, "follow_up_due"));
            List<VolunteerContact> list = volunteerId == null ? ts.query(sql, m) : ts.query(sql, m, volunteerId);
            ReadLog.list(audit, s, caller, tenantId, "contact", list.stream().map(VolunteerContact::id).toList(),
                    list.size() + " contacts listed" + (volunteerId == null ? "" : " of volunteer " + volunteerId));
            return list;
        });
    }

    @Override
    public VolunteerContact addContact(Caller caller, String tenantId, ContactInput in) {
        Access.requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "contact data required");
        }
        String volunteerId = Check.text("volunteerId", in.volunteerId(), 20, true);
        LocalDate day = Check.notFuture("date", in.date(), today());
        if (in.minutes() == null || in.minutes() < 1 || in.minutes() > 600) {
            throw IkzException.invalid("minutes", "the duration in minutes is required, 1 to 600");
        }
        Medium medium = Check.oneOf("medium", in.medium(), Medium.class, null);
        String topic = Check.text("topic", in.topic(), 500, true);
        String followUp = Check.text("followUp", in.followUp(), 500, false);
        if (in.followUpDue() != null) {
            Check.notBefore("followUpDue", in.followUpDue(), day, "the contact");
        }
        String appointmentId = Check.text("appointmentId", in.appointmentId(), 20, false);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            findVolunteer(ts, volunteerId).orElseThrow(() -> IkzException.invalid("volunteerId", "no volunteer " + volunteerId));
            if (appointmentId != null) {
                Appointment a = appointmentRow(ts, appointmentId)
                        .orElseThrow(() -> IkzException.invalid("appointmentId", "no appointment " + appointmentId));
                if (!a.volunteerId().equals(volunteerId)) {
                    throw IkzException.invalid("appointmentId", "appointment " + appointmentId + " is not held by " + volunteerId);
                }
            }
            String id = freshId(ts, "vm_contact", "T");
            ts.update("INSERT INTO vm_contact (tenant_id, id, volunteer_id, appointment_id, contact_date, duration_min, medium, topic, "
                            + "follow_up, follow_up_due) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, volunteerId, appointmentId, day, in.minutes(), medium.name(), topic, followUp, in.followUpDue());
            audit.append(s, caller, tenantId, "CREATE", RECORD + "contact/" + id, "contact with " + volunteerId + " on " + day);
            return new VolunteerContact(id, volunteerId, appointmentId, day, in.minutes(), medium.name(), topic, followUp, in.followUpDue());
        });
    }

    @Override
    public List<GroupEvening> evenings(Caller caller, String tenantId) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Map<String, List<String>> attendees = new HashMap<>();
            ts.query("SELECT evening_id, volunteer_id FROM vm_evening_attendance WHERE tenant_id = :tenant ORDER BY volunteer_id",
                    rs -> attendees.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
            List<GroupEvening> list = ts.query("SELECT id, held_on, topic FROM vm_group_evening WHERE tenant_id = :tenant ORDER BY held_on DESC, id",
                    rs -> new GroupEvening(rs.getString(1), Check.date(rs, "held_on"), rs.getString(3),
                            List.copyOf(attendees.getOrDefault(rs.getString(1), List.of()))));
            ReadLog.list(audit, s, caller, tenantId, "evening", list.stream().map(GroupEvening::id).toList(),
                    list.size() + " group evenings with attending volunteers listed");
            return list;
        });
    }

    @Override
    public GroupEvening addEvening(Caller caller, String tenantId, EveningInput in) {
        Access.requireCoordinator(caller, tenantId);
        if (in == null) {
            throw IkzException.invalid(null, "group evening data required");
        }
        if (in.date() == null) {
            throw IkzException.invalid("date", "the date of the group evening is required");
        }
        String topic = Check.text("topic", in.topic(), 500, true);
        List<String> attendees = Check.list("attendees", in.attendees(), 20);
        if (!attendees.isEmpty() && in.date().isAfter(today())) {
            throw IkzException.invalid("attendees", "attendance is recorded on or after the evening (" + in.date() + ")");
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            for (String v : attendees) {
                findVolunteer(ts, v).orElseThrow(() -> IkzException.invalid("attendees", "no volunteer " + v));
            }
            String id = freshId(ts, "vm_group_evening", "G");
            ts.update("INSERT INTO vm_group_evening (tenant_id, id, held_on, topic) VALUES (:tenant, ?, ?, ?)", id, in.date(), topic);
            for (String v : attendees) {
                ts.update("INSERT INTO vm_evening_attendance (tenant_id, evening_id, volunteer_id) VALUES (:tenant, ?, ?)", id, v);
            }
            audit.append(s, caller, tenantId, "CREATE", RECORD + "evening/" + id, topic + ", " + attendees.size() + " attending");
            return new GroupEvening(id, in.date(), topic, attendees.stream().sorted().toList());
        });
    }

    @Override
    public AllowanceClaim claimAllowance(Caller caller, String tenantId, String appointmentId, Integer year, LocalDate claimedOn) {
        Access.requireCoordinator(caller, tenantId);
        if (year == null) {
            throw IkzException.invalid("year", "the year of the allowance is required");
        }
        LocalDate day = Check.notFuture("claimedOn", claimedOn, today());
        try {
            ExpenseAllowance.checkClaim(year, day);
        } catch (PipelineException e) {
            throw Check.refused(e, false);
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Appointment a = appointmentRow(ts, appointmentId).orElseThrow(() -> IkzException.notFound("appointment", appointmentId));
            int last = a.endedOn() == null ? day.getYear() : a.endedOn().getYear();
            if (year < a.appointedOn().getYear() || year > last) {
                throw IkzException.invalid("year", "the guardianship was not held in " + year + " (appointed "
                        + a.appointedOn() + (a.endedOn() == null ? "" : ", ended " + a.endedOn()) + ")");
            }
            if (!ts.query("SELECT claim_year FROM vm_allowance_claim WHERE tenant_id = :tenant AND appointment_id = ? AND claim_year = ?",
                    rs -> rs.getInt(1), appointmentId, year).isEmpty()) {
                throw IkzException.conflict("year", "the allowance for " + year + " was already claimed for " + appointmentId);
            }
            ts.update("INSERT INTO vm_allowance_claim (tenant_id, appointment_id, claim_year, volunteer_id, claimed_on, amount) "
                    + "VALUES (:tenant, ?, ?, ?, ?, ?)", appointmentId, year, a.volunteerId(), day, ExpenseAllowance.AMOUNT);
            audit.append(s, caller, tenantId, "CREATE", RECORD + "allowance/" + appointmentId + "/" + year,
                    ExpenseAllowance.AMOUNT + " EUR claimed on " + day);
            return new AllowanceClaim(appointmentId, a.volunteerId(), year, day, ExpenseAllowance.AMOUNT,
                    ExpenseAllowance.claimDeadline(year));
        });
    }

    @Override
    public List<AllowanceClaim> claims(Caller caller, String tenantId, String volunteerId) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            String sql = "SELECT appointment_id, volunteer_id, claim_year, claimed_on, amount FROM vm_allowance_claim WHERE tenant_id = :tenant"
                    + (volunteerId == null ? "" : " AND volunteer_id = ?") + " ORDER BY claim_year DESC, appointment_id";
            Object[] params = volunteerId == null ? new Object[0] : new Object[] {volunteerId};
            List<AllowanceClaim> list = s.tenant(tenantId).query(sql, rs -> new AllowanceClaim(rs.getString(1), rs.getString(2), rs.getInt(3),
                    Check.date(rs, "claimed_on"), rs.getBigDecimal(5), ExpenseAllowance.claimDeadline(rs.getInt(3))), params);
            ReadLog.list(audit, s, caller, tenantId, "allowance", list.stream().map(c -> c.appointmentId() + "/" + c.year()).toList(),
                    list.size() + " allowance claims listed" + (volunteerId == null ? "" : " of volunteer " + volunteerId));
            return list;
        });
    }

    // ================================================================ reports (in OfficeReports)

    @Override
    public List<Due> due(Caller caller, String tenantId, int days) {
        Access.requireOfficeReader(caller, tenantId);
        if (days < 0 || days > 366) {
            throw IkzException.invalid("days", "days must be between 0 and 366");
        }
        return reports.due(tenantId, days, (s, list) -> ReadLog.list(audit, s, caller, tenantId, "due",
                list.stream().map(d -> d.kind() + ":" + (d.appointmentId() != null ? d.appointmentId() : d.volunteerId())).toList(),
                list.size() + " due items within " + days + " days"));
    }

    @Override
    public List<OfficeReport> officeReport(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        Access.requireMember(caller, tenantId);
        period(from, to);
        Optional<String> own = Access.partnerOffice(caller).filter(o -> !Access.readsAll(caller));
        return reports.officeReport(tenantId, from, to, own);
    }

    @Override
    public List<FunnelMonth> funnel(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        Access.requireMember(caller, tenantId);
        period(from, to);
        return reports.funnel(tenantId, from, to);
    }

    private static void period(LocalDate from, LocalDate to) {
        if (from == null) {
            throw IkzException.invalid("from", "the start of the period is required");
        }
        if (to == null) {
            throw IkzException.invalid("to", "the end of the period is required");
        }
        if (to.isBefore(from)) {
            throw IkzException.invalid("to", "the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw IkzException.invalid("to", "a report covers at most 10 years");
        }
    }

    // ================================================================ rows and helpers

    /** Per-volunteer figures that come from other tables. */
    record Derived(Map<String, Integer> active, Map<String, Set<String>> completed) {
    }

    /** Open matches/proposals plus active appointments, and attended modules; of one volunteer or all. */
    static Derived derived(TenantSession ts, String volunteerId) {
        String one = volunteerId == null ? "" : " AND volunteer_id = ?";
        Object[] p = volunteerId == null ? new Object[0] : new Object[] {volunteerId};
        Map<String, Integer> active = new HashMap<>();
        ts.query("SELECT volunteer_id, COUNT(*) FROM vm_proposal WHERE tenant_id = :tenant AND status IN ('MATCHED', 'PROPOSED')"
                + one + " GROUP BY volunteer_id", rs -> active.merge(rs.getString(1), rs.getInt(2), Integer::sum), p);
        ts.query("SELECT volunteer_id, COUNT(*) FROM vm_appointment WHERE tenant_id = :tenant AND ended_on IS NULL"
                + one + " GROUP BY volunteer_id", rs -> active.merge(rs.getString(1), rs.getInt(2), Integer::sum), p);
        Map<String, Set<String>> completed = new HashMap<>();
        ts.query("SELECT r.volunteer_id, c.module_id FROM vm_registration r JOIN vm_course c ON c.id = r.course_id "
                        + "WHERE r.tenant_id = :tenant AND c.tenant_id = :tenant AND r.attended = TRUE"
                        + (volunteerId == null ? "" : " AND r.volunteer_id = ?"),
                rs -> completed.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2)), p);
        return new Derived(active, completed);
    }

    private static Volunteer volunteer(ResultSet rs, Derived d) throws SQLException {
        String id = rs.getString("id");
        int capacity = rs.getInt("capacity");
        int active = d.active().getOrDefault(id, 0);
        Set<String> done = d.completed().getOrDefault(id, Set.of());
        List<String> missing = Catalogue.required().stream().filter(m -> !done.contains(m)).toList();
        return new Volunteer(id, rs.getString("full_name"), rs.getString("reach"), rs.getString("office"),
                VolunteerStage.valueOf(rs.getString("stage")), Check.date(rs, "stage_since"), rs.getString("for_child"),
                Check.split(rs.getString("languages")), rs.getString("age_band"), rs.getBoolean("unaccompanied_experience"),
                rs.getString("municipality"), rs.getString("travel"), capacity, active, Math.max(0, capacity - active),
                Check.date(rs, "recheck_due"), Check.date(rs, "conduct_seen"), Check.bool(rs, "conduct_clear"),
                List.copyOf(done), missing, missing.isEmpty(), Check.date(rs, "created_on"));
    }

    static Optional<Volunteer> findVolunteer(TenantSession ts, String id) {
        Derived d = derived(ts, id);
        return ts.queryOne("SELECT " + VOLUNTEER_COLUMNS + " FROM vm_volunteer WHERE tenant_id = :tenant AND id = ?",
                rs -> volunteer(rs, d), id);
    }

    /** Takes the volunteer's row lock first, so two concurrent matches cannot both pass the capacity check. */
    private static Volunteer lockVolunteer(TenantSession ts, String id) {
        return lock(ts, id).orElseThrow(() -> IkzException.notFound("volunteer", id));
    }

    private static Optional<Volunteer> lock(TenantSession ts, String id) {
        int n = ts.update("UPDATE vm_volunteer SET row_version = row_version + 1 WHERE tenant_id = :tenant AND id = ?", id);
        return n == 0 ? Optional.empty() : findVolunteer(ts, id);
    }

    private void setStage(TenantSession ts, Caller caller, Volunteer v, VolunteerStage to, LocalDate day, String note) {
        try {
            VolunteerPipeline.check(v.stage(), to);
        } catch (PipelineException e) {
            throw Check.refused(e, true);
        }
        ts.update("UPDATE vm_volunteer SET stage = ?, stage_since = ? WHERE tenant_id = :tenant AND id = ?", to.name(), day, v.id());
        stageChange(ts, caller, v.id(), v.stage(), to, day, note);
    }

    private static void stageChange(TenantSession ts, Caller caller, String id, VolunteerStage from, VolunteerStage to, LocalDate day,
                                    String note) {
        int seq = ts.queryOne("SELECT COALESCE(MAX(seq), 0) FROM vm_stage_change WHERE tenant_id = :tenant AND volunteer_id = ?",
                rs -> rs.getInt(1), id).orElse(0) + 1;
        ts.update("INSERT INTO vm_stage_change (tenant_id, volunteer_id, seq, from_stage, to_stage, changed_on, note, changed_by) "
                + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?)", id, seq, from == null ? null : from.name(), to.name(), day, note, caller.user());
    }

    /** Why the volunteer cannot take this child, or null if they can. */
    private static String eligibleFor(Volunteer v, Child child) {
        if (v.stage() != VolunteerStage.POOL && v.stage() != VolunteerStage.APPOINTED) {
            return "volunteer " + v.id() + " is in stage " + v.stage().label()
                    + "; only volunteers in the pool (or appointed with free capacity) can be matched";
        }
        if (!v.trainingComplete()) {
            return "volunteer " + v.id() + " has not completed the training: missing " + String.join(", ", v.missingModules());
        }
        if (v.free() <= 0) {
            return "volunteer " + v.id() + " is at capacity: holds " + v.active() + " of " + v.capacity();
        }
        if (v.forChild() != null && !v.forChild().equals(child.id())) {
            return "volunteer " + v.id() + " is qualified only for child " + v.forChild();
        }
        if (v.municipality() != null) {
            if (Travel.MUNICIPALITY.name().equals(v.travel()) && !v.municipality().equals(child.municipality())) {
                return "volunteer " + v.id() + " takes children only in their own municipality (" + v.municipality() + ")";
            }
            if (Travel.DISTRICT.name().equals(v.travel()) && !v.municipality().substring(0, 5).equals(child.municipality().substring(0, 5))) {
                return "volunteer " + v.id() + " takes children only in their own district (" + v.municipality().substring(0, 5) + ")";
            }
        }
        return null;
    }

    private static VolunteerProfile profile(Volunteer v) {
        return new VolunteerProfile(v.id(), Set.copyOf(v.languages()), v.ageBand(), v.unaccompaniedExperience(), v.capacity(),
                v.active(), v.trainingComplete(), v.municipality());
    }

    private static ChildProfile childProfile(Child c) {
        return new ChildProfile(c.id(), c.ageBand(), Set.copyOf(c.languages()), c.unaccompaniedMinor(), c.municipality());
    }

    private static Child child(ResultSet rs) throws SQLException {
        return new Child(rs.getString("id"), rs.getString("office"), rs.getString("age_band"), rs.getString("needs"),
                Check.split(rs.getString("languages")), rs.getString("municipality"), rs.getBoolean("unaccompanied"),
                rs.getString("placement"), rs.getString("status"), Check.date(rs, "created_on"), null);
    }

    static Optional<Child> childRow(TenantSession ts, String id) {
        return ts.queryOne("SELECT " + CHILD_COLUMNS + " FROM vm_child WHERE tenant_id = :tenant AND id = ?",
                CoordinationOfficeImpl::child, id);
    }

    /** The child if the caller may see it: all for coordinators and auditors, own office for partner staff; else not found. */
    private static Child visibleChild(TenantSession ts, Caller caller, String id) {
        Optional<Child> c = childRow(ts, id);
        if (c.isEmpty() || !Access.sees(caller, c.get().office())) {
            throw IkzException.notFound("child", id);
        }
        return c.get();
    }

    /** Adds the identity only for staff of the owning office. */
    private static Child withIdentity(TenantSession ts, Caller caller, Child c) {
        if (!Access.staffOf(caller, c.office())) {
            return c;
        }
        ChildIdentity identity = ts.queryOne("SELECT given_name, family_name, birth_date FROM vm_child_identity "
                        + "WHERE tenant_id = :tenant AND child_id = ? AND office = ?",
                rs -> new ChildIdentity(rs.getString(1), rs.getString(2), Check.date(rs, "birth_date")), c.id(), c.office()).orElse(null);
        return new Child(c.id(), c.office(), c.ageBand(), c.needs(), c.languages(), c.municipality(), c.unaccompaniedMinor(),
                c.placement(), c.status(), c.createdOn(), identity);
    }

    private static void setChildStatus(TenantSession ts, String id, String from, String to) {
        int n = ts.update("UPDATE vm_child SET status = ?, row_version = row_version + 1 WHERE tenant_id = :tenant AND id = ? AND status = ?",
                to, id, from);
        if (n == 0) {
            throw IkzException.conflict("childId", "child " + id + " changed meanwhile; reload and try again");
        }
    }

    private static Proposal proposal(ResultSet rs) throws SQLException {
        return new Proposal(rs.getString("id"), rs.getString("child_id"), rs.getString("volunteer_id"), Check.date(rs, "matched_on"),
                Check.split(rs.getString("match_reasons")), rs.getString("court"), Check.date(rs, "proposed_on"), rs.getString("reasons"),
                rs.getString("status"), Check.date(rs, "closed_on"), rs.getString("close_reason"));
    }

    private static Proposal proposalById(TenantSession ts, String id) {
        return ts.queryOne("SELECT " + PROPOSAL_COLUMNS + " FROM vm_proposal WHERE tenant_id = :tenant AND id = ?",
                CoordinationOfficeImpl::proposal, id).orElseThrow();
    }

    /** The child's open case step, optionally in a given status; else a conflict saying what is missing. */
    private static Proposal openProposal(TenantSession ts, String childId, String status) {
        Optional<Proposal> p = ts.queryOne("SELECT " + PROPOSAL_COLUMNS + " FROM vm_proposal WHERE tenant_id = :tenant AND child_id = ? "
                + "AND status IN ('MATCHED', 'PROPOSED')", CoordinationOfficeImpl::proposal, childId);
        if (p.isEmpty()) {
            throw IkzException.conflict("childId", "child " + childId + " has no open match; match a volunteer first");
        }
        if (status != null && !status.equals(p.get().status())) {
            throw IkzException.conflict("childId", "child " + childId + " is " + p.get().status().toLowerCase(java.util.Locale.ROOT)
                    + ("MATCHED".equals(status) ? "; it was already proposed to the court" : "; propose the volunteer to the court first"));
        }
        return p.get();
    }

    static Optional<Appointment> appointmentRow(TenantSession ts, String id) {
        List<Integer> reports = ts.query("SELECT report_year FROM vm_report WHERE tenant_id = :tenant AND appointment_id = ? "
                + "ORDER BY report_year", rs -> rs.getInt(1), id);
        return ts.queryOne("SELECT " + APPOINTMENT_COLUMNS + " FROM vm_appointment WHERE tenant_id = :tenant AND id = ?", rs -> {
            LocalDate appointed = Check.date(rs, "appointed_on");
            LocalDate ended = Check.date(rs, "ended_on");
            return new Appointment(rs.getString("id"), rs.getString("child_id"), rs.getString("office"), rs.getString("volunteer_id"),
                    rs.getString("kind"), Check.split(rs.getString("areas")), rs.getString("court"), rs.getString("file_number"),
                    appointed, rs.getString("additional_pfleger"), Check.split(rs.getString("additional_areas")), ended,
                    rs.getString("end_reason"), reports, ended == null ? nextReportDue(appointed, reports) : null);
        }, id);
    }

    private static Appointment appointmentById(TenantSession ts, String id) {
        return appointmentRow(ts, id).orElseThrow();
    }

    private static Appointment visibleAppointment(TenantSession ts, Caller caller, String id) {
        Optional<Appointment> a = appointmentRow(ts, id);
        if (a.isEmpty() || !Access.sees(caller, a.get().office())) {
            throw IkzException.notFound("appointment", id);
        }
        return a.get();
    }

    /**
     * The yearly report to the family court is due on each anniversary of the appointment; the
     * next one due is the first anniversary whose year has no report received.
     */
    static LocalDate nextReportDue(LocalDate appointed, List<Integer> received) {
        LocalDate due = appointed.plusYears(1);
        while (received.contains(due.getYear())) {
            due = due.plusYears(1);
        }
        return due;
    }

    private String office(String field, String tenantId, String office) {
        String id = Check.text(field, office, 40, true);
        if (!directory.youthOffices(tenantId).contains(id)) {
            throw IkzException.invalid(field, id + " is not a youth office (participant of kind YOUTH_OFFICE) of this tenant");
        }
        return id;
    }

    private static String ageBand(String field, String band, boolean nullAllowed) {
        try {
            AgeBands.require(field, band == null ? null : band.strip(), nullAllowed);
        } catch (PipelineException e) {
            throw Check.refused(e, false);
        }
        return band == null ? null : band.strip();
    }

    private String municipality(String field, String value, boolean required) {
        String ags = Check.ags(field, value, required);
        if (ags != null && !directory.municipalityKnown(ags)) {
            throw IkzException.invalid(field, "municipality " + ags + " is not in the municipal register");
        }
        return ags;
    }

    private static int capacity(int capacity) {
        if (capacity < 1 || capacity > 5) {
            throw IkzException.invalid("capacity", "a volunteer holds 1 to 5 guardianships (usually 1 or 2), not " + capacity);
        }
        return capacity;
    }

    private static List<String> areas(String field, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String a : Check.list(field, values, 40)) {
            out.add(Check.oneOf(field, a, Area.class, null).name());
        }
        return List.copyOf(out);
    }

    private static Optional<Course> course(TenantSession ts, String id) {
        Map<String, List<Registration>> regs = registrations(ts, id);
        return ts.queryOne("SELECT id, module_id, course_date, place, seats FROM vm_course WHERE tenant_id = :tenant AND id = ?",
                rs -> course(rs, regs), id);
    }

    /** Registrations per course, of one course or all. */
    private static Map<String, List<Registration>> registrations(TenantSession ts, String courseId) {
        Map<String, List<Registration>> regs = new HashMap<>();
        Object[] p = courseId == null ? new Object[0] : new Object[] {courseId};
        ts.query("SELECT course_id, volunteer_id, attended FROM vm_registration WHERE tenant_id = :tenant"
                + (courseId == null ? "" : " AND course_id = ?") + " ORDER BY volunteer_id",
                rs -> regs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Registration(rs.getString(2), Check.bool(rs, "attended"))), p);
        return regs;
    }

    private static Course course(ResultSet rs, Map<String, List<Registration>> regs) throws SQLException {
        String id = rs.getString(1);
        return new Course(id, rs.getString(2), Catalogue.module(rs.getString(2)).map(TrainingModule::title).orElse("?"),
                Check.date(rs, "course_date"), rs.getString(4), rs.getInt(5), List.copyOf(regs.getOrDefault(id, List.of())));
    }

    private static String freshId(TenantSession ts, String table, String prefix) {
        for (int i = 0; i < 20; i++) {
            String id = Check.newId(prefix);
            if (ts.query("SELECT id FROM " + table + " WHERE tenant_id = :tenant AND id = ?", rs -> rs.getString(1), id).isEmpty()) {
                return id;
            }
        }
        throw new IllegalStateException("no free id in " + table);
    }
}
