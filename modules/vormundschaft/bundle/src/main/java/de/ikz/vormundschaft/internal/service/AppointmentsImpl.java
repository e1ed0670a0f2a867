package de.ikz.vormundschaft.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.RowMapper;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.domain.ExpenseAllowance;
import de.ikz.vormundschaft.internal.domain.PipelineException;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Catalogue.Medium;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;
import de.ikz.kit.input.Ids;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Appointments and accompaniment on the platform database. Ending an appointment closes the
 * child's case and moves the volunteer on in the same transaction (see {@link CaseSteps}).
 */
@Component(service = Appointments.class)
public final class AppointmentsImpl extends OfficeService implements Appointments {

    private static final Set<VolunteerStage> AFTER_APPOINTMENT = Set.of(VolunteerStage.POOL, VolunteerStage.RESTING, VolunteerStage.LEFT);

    @Activate
    public AppointmentsImpl(@Reference VormundschaftSchema schema, @Reference Database db, @Reference AuditLog audit,
                            @Reference ParticipantService participants, @Reference RegisterService register) {
        this(db, audit, new PlatformDirectory(participants, register), Clock.systemDefaultZone());
    }

    AppointmentsImpl(Database db, AuditLog audit, Directory directory, Clock clock) {
        super(db, audit, directory, clock);
    }

    @Override
    public List<Appointment> appointments(Caller caller, String tenantId, Boolean activeOnly) {
        Access.requireMember(caller, tenantId);
        boolean all = Access.readsAll(caller);
        return db.inTransaction(s -> {
            String where = (activeOnly == null ? "" : activeOnly ? " AND a.ended_on IS NULL" : " AND a.ended_on IS NOT NULL")
                    + (all ? "" : " AND a.office = ?");
            Object[] params = all ? new Object[0] : new Object[] {Access.partnerOffice(caller).orElseThrow()};
            List<Appointment> out = Rows.appointments(s.tenant(tenantId), where, "a.appointed_on, a.id", params);
            List<String> ids = out.stream().map(Appointment::id).toList();
            ReadLog.list(audit, s, caller, tenantId, "appointment", ids, ids.size() + " appointments listed"
                    + (activeOnly == null ? "" : activeOnly ? " (active)" : " (ended)"));
            return out;
        });
    }

    @Override
    public Appointment appointment(Caller caller, String tenantId, String id) {
        Access.requireMember(caller, tenantId);
        return db.inTransaction(s -> {
            Appointment a = Rows.visibleAppointment(s.tenant(tenantId), caller, id);
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
        if (!AFTER_APPOINTMENT.contains(then)) {
            throw IkzException.invalid("next", "after an appointment the volunteer goes to POOL, RESTING or LEFT, not " + then);
        }
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            Appointment a = Rows.existingAppointment(ts, id);
            if (a.endedOn() != null) {
                throw IkzException.conflict("id", "appointment " + id + " ended on " + a.endedOn());
            }
            Check.notBefore("on", day, a.appointedOn(), "the appointment");
            Volunteer v = Rows.lockVolunteer(ts, a.volunteerId());
            ts.update("UPDATE vm_appointment SET ended_on = ?, end_reason = ? WHERE tenant_id = :tenant AND id = ?", day, why, id);
            CaseSteps.setChildStatus(ts, a.childId(), CaseStatus.APPOINTED, CaseStatus.CLOSED);
            if (v.active() == 1 && v.stage() == VolunteerStage.APPOINTED) {
                CaseSteps.setStage(ts, caller, v, then, day, "appointment " + id + " ended: " + why);
            }
            audit.append(s, caller, tenantId, "UPDATE", RECORD + "appointment/" + id, "ended: " + why);
            return Rows.existingAppointment(ts, id);
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
            Appointment a = Rows.existingAppointment(ts, appointmentId);
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
            return Rows.existingAppointment(ts, appointmentId);
        });
    }

    @Override
    public List<VolunteerContact> contacts(Caller caller, String tenantId, String volunteerId) {
        Access.requireOfficeReader(caller, tenantId);
        return db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            String sql = "SELECT id, volunteer_id, appointment_id, contact_date, duration_min, medium, topic, follow_up, follow_up_due "
                    + "FROM vm_contact WHERE tenant_id = :tenant" + (volunteerId == null ? "" : " AND volunteer_id = ?")
                    + " ORDER BY contact_date DESC, id";
            RowMapper<VolunteerContact> m = rs -> new VolunteerContact(rs.getString(1), rs.getString(2), rs.getString(3),
                    Check.date(rs, "contact_date"), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    Check.date(rs, "follow_up_due"));
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
            Rows.findVolunteer(ts, volunteerId).orElseThrow(() -> IkzException.invalid("volunteerId", "no volunteer " + volunteerId));
            if (appointmentId != null) {
                Appointment a = Rows.appointmentRow(ts, appointmentId)
                        .orElseThrow(() -> IkzException.invalid("appointmentId", "no appointment " + appointmentId));
                if (!a.volunteerId().equals(volunteerId)) {
                    throw IkzException.invalid("appointmentId", "appointment " + appointmentId + " is not held by " + volunteerId);
                }
            }
            String id = Ids.unused(ts, "vm_contact", "T");
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
            List<GroupEvening> list = ts.query("SELECT id, held_on, topic FROM vm_group_evening WHERE tenant_id = :tenant "
                    + "ORDER BY held_on DESC, id", rs -> new GroupEvening(rs.getString(1), Check.date(rs, "held_on"), rs.getString(3),
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
                Rows.findVolunteer(ts, v).orElseThrow(() -> IkzException.invalid("attendees", "no volunteer " + v));
            }
            String id = Ids.unused(ts, "vm_group_evening", "G");
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
            Appointment a = Rows.existingAppointment(ts, appointmentId);
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
            List<AllowanceClaim> list = s.tenant(tenantId).query(sql, rs -> new AllowanceClaim(rs.getString(1), rs.getString(2),
                    rs.getInt(3), Check.date(rs, "claimed_on"), rs.getBigDecimal(5), ExpenseAllowance.claimDeadline(rs.getInt(3))), params);
            ReadLog.list(audit, s, caller, tenantId, "allowance", list.stream().map(c -> c.appointmentId() + "/" + c.year()).toList(),
                    list.size() + " allowance claims listed" + (volunteerId == null ? "" : " of volunteer " + volunteerId));
            return list;
        });
    }
}
