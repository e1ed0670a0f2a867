package de.ikz.vormundschaft.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.AgeBands;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.domain.Match;
import de.ikz.vormundschaft.internal.domain.Matching;
import de.ikz.vormundschaft.internal.domain.ProposalStatus;
import de.ikz.vormundschaft.internal.domain.VolunteerProfile;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.Catalogue.Area;
import de.ikz.vormundschaft.internal.service.Catalogue.Kind;
import de.ikz.vormundschaft.internal.service.Catalogue.Placement;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;
import de.ikz.kit.input.Ids;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Children and their cases on the platform database. Each step writes the proposal, the child's
 * case status and the volunteer's stage in one transaction (see {@link CaseSteps}).
 */
@Component(service = Cases.class)
public final class CasesImpl extends OfficeService implements Cases {

    @Activate
    public CasesImpl(@Reference VormundschaftSchema schema, @Reference Database db, @Reference AuditLog audit,
                     @Reference ParticipantService participants, @Reference RegisterService register) {
        this(db, audit, new PlatformDirectory(participants, register), Clock.systemDefaultZone());
    }

    CasesImpl(Database db, AuditLog audit, Directory directory, Clock clock) {
        super(db, audit, directory, clock);
    }

    @Override
    public List<Child> children(Caller caller, String tenantId) {
        Access.requireMember(caller, tenantId);
        Optional<String> own = Access.partnerOffice(caller);
        boolean all = Access.readsAll(caller);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String sql = "SELECT " + Rows.CHILD_COLUMNS + " FROM vm_child WHERE tenant_id = :tenant" + (all ? "" : " AND office = ?")
                    + " ORDER BY id";
            List<Child> rows = all ? ts.query(sql, Rows::child) : ts.query(sql, Rows::child, own.orElseThrow());
            List<Child> out = new ArrayList<>();
            for (Child c : rows) {
                out.add(Rows.withIdentity(ts, caller, c));
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
            Child c = Rows.withIdentity(ts, caller, Rows.visibleChild(ts, caller, id));
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
            int age = Period.between(identity.birthDate(), today).getYears();
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
            String id = Ids.unused(ts, "vm_child", "K");
            ts.update("INSERT INTO vm_child (tenant_id, " + Rows.CHILD_COLUMNS + ", row_version) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    id, office, ageBand, needs, Check.join(languages), municipality, Boolean.TRUE.equals(in.unaccompaniedMinor()),
                    placement.name(), CaseStatus.OPEN.name(), today);
            ts.update("INSERT INTO vm_child_identity (tenant_id, child_id, office, given_name, family_name, birth_date) "
                    + "VALUES (:tenant, ?, ?, ?, ?, ?)", id, office, given, family, identity.birthDate());
            audit.append(s, caller, tenantId, "CREATE", RECORD + "child/" + id, "profile proposed by " + office);
            return Rows.withIdentity(ts, caller, Rows.childRow(ts, id).orElseThrow());
        });
    }

    @Override
    public List<Suggestion> suggestions(Caller caller, String tenantId, String childId) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Child child = Rows.existingChild(ts, childId);
            Map<String, Volunteer> byId = new HashMap<>();
            List<VolunteerProfile> profiles = new ArrayList<>();
            for (Volunteer v : Rows.volunteers(ts, " AND stage IN ('POOL', 'APPOINTED')")) {
                if (CaseSteps.eligibleFor(v, child) == null) {
                    byId.put(v.id(), v);
                    profiles.add(CaseSteps.profile(v));
                }
            }
            List<Suggestion> out = new ArrayList<>();
            for (Match m : Matching.rank(CaseSteps.childProfile(child), profiles)) {
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
            Rows.visibleChild(ts, caller, childId);
            List<Proposal> list = ts.query("SELECT " + Rows.PROPOSAL_COLUMNS + " FROM vm_proposal WHERE tenant_id = :tenant "
                    + "AND child_id = ? ORDER BY matched_on DESC, id DESC", Rows::proposal, childId);
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
            Child child = Rows.existingChild(ts, childId);
            if (child.status() != CaseStatus.OPEN) {
                throw IkzException.conflict("childId", "child " + childId + " is " + child.status().name().toLowerCase(Locale.ROOT)
                        + "; only an open child can be matched (withdraw the current match first)");
            }
            Volunteer v = Rows.lock(ts, volunteerId).orElseThrow(() -> IkzException.invalid("volunteerId", "no volunteer " + volunteerId));
            String why = CaseSteps.eligibleFor(v, child);
            if (why != null) {
                throw IkzException.conflict("volunteerId", why);
            }
            Match m = Matching.rank(CaseSteps.childProfile(child), List.of(CaseSteps.profile(v))).get(0);
            String id = Ids.unused(ts, "vm_proposal", "P");
            ts.update("INSERT INTO vm_proposal (tenant_id, " + Rows.PROPOSAL_COLUMNS + ") VALUES (:tenant, ?, ?, ?, ?, ?, NULL, NULL, NULL, "
                    + "?, NULL, NULL)", id, childId, volunteerId, day, Check.join(m.reasons()), ProposalStatus.MATCHED.name());
            CaseSteps.setChildStatus(ts, childId, CaseStatus.OPEN, CaseStatus.MATCHED);
            if (v.stage() == VolunteerStage.POOL) {
                CaseSteps.setStage(ts, caller, v, VolunteerStage.MATCHED, day, "matched to " + childId);
            }
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "child/" + childId, "matched with volunteer " + volunteerId);
            return Rows.proposalById(ts, id);
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
            Rows.existingChild(ts, childId);
            Proposal p = CaseSteps.openProposal(ts, childId, ProposalStatus.MATCHED);
            Check.notBefore("on", day, p.matchedOn(), "the match");
            Volunteer v = Rows.lockVolunteer(ts, p.volunteerId());
            ts.update("UPDATE vm_proposal SET court = ?, proposed_on = ?, reasons = ?, status = ? WHERE tenant_id = :tenant AND id = ?",
                    courtName, day, why, ProposalStatus.PROPOSED.name(), p.id());
            CaseSteps.setChildStatus(ts, childId, CaseStatus.MATCHED, CaseStatus.PROPOSED);
            if (v.stage() == VolunteerStage.MATCHED) {
                CaseSteps.setStage(ts, caller, v, VolunteerStage.PROPOSED_TO_COURT, day, "proposed to " + courtName + " for " + childId);
            }
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "child/" + childId, "volunteer " + p.volunteerId()
                    + " proposed to " + courtName);
            return Rows.proposalById(ts, p.id());
        });
    }

    @Override
    public Proposal withdraw(Caller caller, String tenantId, String childId, String reason, LocalDate on) {
        Access.requireCoordinator(caller, tenantId);
        String why = Check.text("reason", reason, 500, true);
        LocalDate day = Check.notFuture("on", on, today());
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Child child = Rows.existingChild(ts, childId);
            Proposal p = CaseSteps.openProposal(ts, childId, null);
            Check.notBefore("on", day, p.proposedOn() == null ? p.matchedOn() : p.proposedOn(), "the last step of the case");
            Volunteer v = Rows.lockVolunteer(ts, p.volunteerId());
            CaseSteps.setProposalStatus(ts, p.id(), ProposalStatus.DROPPED, day, why);
            CaseSteps.setChildStatus(ts, childId, child.status(), CaseStatus.OPEN);
            if ((v.stage() == VolunteerStage.MATCHED || v.stage() == VolunteerStage.PROPOSED_TO_COURT) && v.active() == 1) {
                CaseSteps.setStage(ts, caller, v, VolunteerStage.POOL, day, "match with " + childId + " dropped: " + why);
            }
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "child/" + childId, "match with " + p.volunteerId() + " dropped");
            return Rows.proposalById(ts, p.id());
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
            Child child = Rows.existingChild(ts, childId);
            Proposal p = CaseSteps.openProposal(ts, childId, ProposalStatus.PROPOSED);
            Check.notBefore("appointedOn", day, p.proposedOn(), "the proposal to the court");
            String court = in.court() == null ? p.court() : Check.text("court", in.court(), 200, true);
            Volunteer v = Rows.lockVolunteer(ts, p.volunteerId());
            String id = Ids.unused(ts, "vm_appointment", "A");
            ts.update("INSERT INTO vm_appointment (tenant_id, " + Rows.APPOINTMENT_COLUMNS + ") VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            + "?, ?, NULL, NULL)", id, childId, child.office(), v.id(), kind.name(), Check.join(areas), court, fileNumber,
                    day, pfleger, Check.join(extraAreas));
            CaseSteps.setProposalStatus(ts, p.id(), ProposalStatus.APPOINTED, day, "appointed by " + court + ", " + fileNumber);
            CaseSteps.setChildStatus(ts, childId, CaseStatus.PROPOSED, CaseStatus.APPOINTED);
            if (v.stage() != VolunteerStage.APPOINTED) {
                CaseSteps.setStage(ts, caller, v, VolunteerStage.APPOINTED, day, "appointed for " + childId + " (" + fileNumber + ")");
            }
            audit.append(s, caller, tenantId, "CREATE", RECORD + "appointment/" + id, kind + " for " + childId + " by " + court);
            return Rows.existingAppointment(ts, id);
        });
    }
}
