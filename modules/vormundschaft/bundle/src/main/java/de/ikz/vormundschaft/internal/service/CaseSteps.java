package de.ikz.vormundschaft.internal.service;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.domain.ChildProfile;
import de.ikz.vormundschaft.internal.domain.PipelineException;
import de.ikz.vormundschaft.internal.domain.ProposalStatus;
import de.ikz.vormundschaft.internal.domain.VolunteerPipeline;
import de.ikz.vormundschaft.internal.domain.VolunteerProfile;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Cases.Child;
import de.ikz.vormundschaft.internal.service.Cases.Proposal;
import de.ikz.vormundschaft.internal.service.Catalogue.Travel;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;

/**
 * Changes that one step of a case makes to another aggregate — the volunteer's stage, the
 * child's case status — inside the caller's transaction ({@code TenantSession}), so a step is
 * written whole or not at all.
 */
final class CaseSteps {

    /** Stages reached only through a child's case (match, proposal, appointment). */
    static final Set<VolunteerStage> CASE_STAGES = Set.of(VolunteerStage.MATCHED, VolunteerStage.PROPOSED_TO_COURT,
            VolunteerStage.APPOINTED);

    private CaseSteps() {
    }

    /** Moves the volunteer by the pipeline rules and records the move in the stage history. */
    static void setStage(TenantSession ts, Caller caller, Volunteer v, VolunteerStage to, LocalDate day, String note) {
        try {
            VolunteerPipeline.check(v.stage(), to);
        } catch (PipelineException e) {
            throw Check.refused(e, true);
        }
        ts.update("UPDATE vm_volunteer SET stage = ?, stage_since = ? WHERE tenant_id = :tenant AND id = ?", to.name(), day, v.id());
        stageChange(ts, caller, v.id(), v.stage(), to, day, note);
    }

    static void stageChange(TenantSession ts, Caller caller, String id, VolunteerStage from, VolunteerStage to, LocalDate day,
                            String note) {
        int seq = ts.queryOne("SELECT COALESCE(MAX(seq), 0) FROM vm_stage_change WHERE tenant_id = :tenant AND volunteer_id = ?",
                rs -> rs.getInt(1), id).orElse(0) + 1;
        ts.update("INSERT INTO vm_stage_change (tenant_id, volunteer_id, seq, from_stage, to_stage, changed_on, note, changed_by) "
                + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?)", id, seq, from == null ? null : from.name(), to.name(), day, note, caller.user());
    }

    /** Sets the child's case status if it is still {@code from}; else someone changed it meanwhile. */
    static void setChildStatus(TenantSession ts, String id, CaseStatus from, CaseStatus to) {
        int n = ts.update("UPDATE vm_child SET status = ?, row_version = row_version + 1 WHERE tenant_id = :tenant AND id = ? AND status = ?",
                to.name(), id, from.name());
        if (n == 0) {
            throw IkzException.conflict("childId", "child " + id + " changed meanwhile; reload and try again");
        }
    }

    static void setProposalStatus(TenantSession ts, String id, ProposalStatus to, LocalDate closedOn, String closeReason) {
        ts.update("UPDATE vm_proposal SET status = ?, closed_on = ?, close_reason = ? WHERE tenant_id = :tenant AND id = ?",
                to.name(), closedOn, closeReason, id);
    }

    /** The child's open case step, optionally in a given status; else a conflict saying what is missing. */
    static Proposal openProposal(TenantSession ts, String childId, ProposalStatus status) {
        Optional<Proposal> p = ts.queryOne("SELECT " + Rows.PROPOSAL_COLUMNS + " FROM vm_proposal WHERE tenant_id = :tenant "
                + "AND child_id = ? AND " + Rows.OPEN_STEP, Rows::proposal, childId);
        if (p.isEmpty()) {
            throw IkzException.conflict("childId", "child " + childId + " has no open match; match a volunteer first");
        }
        if (status != null && status != p.get().status()) {
            throw IkzException.conflict("childId", "child " + childId + " is " + p.get().status().name().toLowerCase(Locale.ROOT)
                    + (status == ProposalStatus.MATCHED ? "; it was already proposed to the court"
                    : "; propose the volunteer to the court first"));
        }
        return p.get();
    }

    /** Why the volunteer cannot take this child, or null if they can. */
    static String eligibleFor(Volunteer v, Child child) {
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

    static VolunteerProfile profile(Volunteer v) {
        return new VolunteerProfile(v.id(), Set.copyOf(v.languages()), v.ageBand(), v.unaccompaniedExperience(), v.capacity(),
                v.active(), v.trainingComplete(), v.municipality());
    }

    static ChildProfile childProfile(Child c) {
        return new ChildProfile(c.id(), c.ageBand(), Set.copyOf(c.languages()), c.unaccompaniedMinor(), c.municipality());
    }
}
