package de.ikz.vormundschaft.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.ConductCheck;
import de.ikz.vormundschaft.internal.domain.PipelineException;
import de.ikz.vormundschaft.internal.domain.VolunteerPipeline;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Catalogue.Travel;
import de.ikz.kit.input.Ids;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Volunteers on the platform database. Every change runs in one transaction together with its
 * access-log entry; a refusal is thrown before anything is written or rolls the transaction back.
 */
@Component(service = Volunteers.class)
public final class VolunteersImpl extends OfficeService implements Volunteers {

    /** A volunteer entering the pool gets a suitability re-check this many years later unless one is set. */
    static final int RECHECK_YEARS = 2;

    @Activate
    public VolunteersImpl(@Reference VormundschaftSchema schema, @Reference Database db, @Reference AuditLog audit,
                          @Reference ParticipantService participants, @Reference RegisterService register) {
        this(db, audit, new PlatformDirectory(participants, register), Clock.systemDefaultZone());
    }

    VolunteersImpl(Database db, AuditLog audit, Directory directory, Clock clock) {
        super(db, audit, directory, clock);
    }

    @Override
    public List<Volunteer> volunteers(Caller caller, String tenantId, VolunteerStage stage) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            List<Volunteer> list = stage == null ? Rows.volunteers(ts, "") : Rows.volunteers(ts, " AND stage = ?", stage.name());
            ReadLog.list(audit, s, caller, tenantId, "volunteer", list.stream().map(Volunteer::id).toList(),
                    list.size() + " volunteers listed" + (stage == null ? "" : " in stage " + stage));
            return list;
        });
    }

    @Override
    public Volunteer volunteer(Caller caller, String tenantId, String id) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            Volunteer v = Rows.findVolunteer(s.tenant(tenantId), id).orElseThrow(() -> IkzException.notFound("volunteer", id));
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
            if (forChild != null && Rows.childRow(ts, forChild).isEmpty()) {
                throw IkzException.invalid("forChild", "no child with pseudonym " + forChild);
            }
            String id = Ids.unused(ts, "vm_volunteer", "V");
            ts.update("INSERT INTO vm_volunteer (tenant_id, " + Rows.VOLUNTEER_COLUMNS + ", row_version) VALUES "
                            + "(:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    id, name, reach, office, VolunteerStage.ENQUIRY.name(), today, forChild, Check.join(languages), ageBand,
                    Boolean.TRUE.equals(in.unaccompaniedExperience()), municipality, travel.name(), capacity, in.recheckDue(),
                    null, null, today);
            CaseSteps.stageChange(ts, caller, id, null, VolunteerStage.ENQUIRY, today, "enquiry recorded");
            audit.append(s, caller, tenantId, "CREATE", RECORD + "volunteer/" + id, "enquiry, office " + office);
            return Rows.findVolunteer(ts, id).orElseThrow();
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
            Volunteer v = Rows.lockVolunteer(ts, id);
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
            if (forChild != null && !forChild.equals(v.forChild()) && Rows.childRow(ts, forChild).isEmpty()) {
                throw IkzException.invalid("forChild", "no child with pseudonym " + forChild);
            }
            ts.update("UPDATE vm_volunteer SET full_name = ?, reach = ?, office = ?, languages = ?, age_band = ?, municipality = ?, "
                            + "travel = ?, capacity = ?, unaccompanied_experience = ?, recheck_due = ?, for_child = ? "
                            + "WHERE tenant_id = :tenant AND id = ?",
                    name, reach, office, Check.join(languages), ageBand, municipality, travel, capacity, unaccompanied, recheck,
                    forChild, id);
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "volunteer/" + id, "profile changed");
            return Rows.findVolunteer(ts, id).orElseThrow();
        });
    }

    @Override
    public Volunteer moveVolunteer(Caller caller, String tenantId, String id, VolunteerStage to, LocalDate on, String note) {
        Access.requireCoordinator(caller, tenantId);
        if (to == null) {
            throw IkzException.invalid("to", "the new stage is required");
        }
        if (CaseSteps.CASE_STAGES.contains(to)) {
            throw IkzException.invalid("to", "stage " + to + " is reached through the child's case: match, proposal to the court, "
                    + "appointment (modules/vormundschaft/children/{id}/...)");
        }
        LocalDate day = Check.notFuture("on", on, today());
        String why = Check.text("note", note, 500, false);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Volunteer v = Rows.lockVolunteer(ts, id);
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
            CaseSteps.stageChange(ts, caller, id, v.stage(), to, day, why);
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "volunteer/" + id, "stage " + v.stage() + " -> " + to);
            return Rows.findVolunteer(ts, id).orElseThrow();
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
            Volunteer v = Rows.lockVolunteer(ts, id);
            if (v.stage() == VolunteerStage.LEFT) {
                throw IkzException.conflict("id", "the volunteer has left");
            }
            ts.update("UPDATE vm_volunteer SET conduct_seen = ?, conduct_clear = ? WHERE tenant_id = :tenant AND id = ?", day, clear, id);
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "volunteer/" + id, "certificate of good conduct seen " + day
                    + (clear ? ", clear" : ", NOT clear"));
            return Rows.findVolunteer(ts, id).orElseThrow();
        });
    }

    @Override
    public List<StageChange> stageHistory(Caller caller, String tenantId, String id) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            if (Rows.findVolunteer(ts, id).isEmpty()) {
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
}
