package de.ikz.vormundschaft.internal.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.TenantSession;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.CaseStatus;
import de.ikz.vormundschaft.internal.domain.ProposalStatus;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.Cases.Child;
import de.ikz.vormundschaft.internal.service.Cases.ChildIdentity;
import de.ikz.vormundschaft.internal.service.Cases.Proposal;
import de.ikz.vormundschaft.internal.service.Training.Course;
import de.ikz.vormundschaft.internal.service.Training.Registration;
import de.ikz.vormundschaft.internal.service.Training.TrainingModule;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;

/**
 * Reading the module's rows into its records, inside a transaction the caller holds. Every query
 * reads the tenant's rows only ({@code :tenant}); lists read their related rows in one query
 * each, never one query per row.
 */
final class Rows {

    static final String VOLUNTEER_COLUMNS = "id, full_name, reach, office, stage, stage_since, for_child, languages, "
            + "age_band, unaccompanied_experience, municipality, travel, capacity, recheck_due, conduct_seen, conduct_clear, created_on";
    static final String CHILD_COLUMNS = "id, office, age_band, needs, languages, municipality, unaccompanied, placement, "
            + "status, created_on";
    static final String PROPOSAL_COLUMNS = "id, child_id, volunteer_id, matched_on, match_reasons, court, proposed_on, "
            + "reasons, status, closed_on, close_reason";
    static final String APPOINTMENT_COLUMNS = "id, child_id, office, volunteer_id, kind, areas, court, file_number, "
            + "appointed_on, additional_pfleger, additional_areas, ended_on, end_reason";

    /** SQL condition on vm_proposal: the step is open ({@link ProposalStatus#open()}). */
    static final String OPEN_STEP = "status IN (" + Arrays.stream(ProposalStatus.values()).filter(ProposalStatus::open)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")";

    private Rows() {
    }

    // ---------------------------------------------------------------- volunteers

    /** Per-volunteer figures that come from other tables. */
    record Derived(Map<String, Integer> active, Map<String, Set<String>> completed) {
    }

    /** Open matches/proposals plus active appointments, and attended modules; of one volunteer or all. */
    static Derived derived(TenantSession ts, String volunteerId) {
        String one = volunteerId == null ? "" : " AND volunteer_id = ?";
        Object[] p = volunteerId == null ? new Object[0] : new Object[] {volunteerId};
        Map<String, Integer> active = new HashMap<>();
        ts.query("SELECT volunteer_id, COUNT(*) FROM vm_proposal WHERE tenant_id = :tenant AND " + OPEN_STEP
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

    static Volunteer volunteer(ResultSet rs, Derived d) throws SQLException {
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

    /** Volunteers in id order; {@code where} starts with " AND" (or is empty). */
    static List<Volunteer> volunteers(TenantSession ts, String where, Object... params) {
        Derived d = derived(ts, null);
        return ts.query("SELECT " + VOLUNTEER_COLUMNS + " FROM vm_volunteer WHERE tenant_id = :tenant" + where + " ORDER BY id",
                rs -> volunteer(rs, d), params);
    }

    static Optional<Volunteer> findVolunteer(TenantSession ts, String id) {
        Derived d = derived(ts, id);
        return ts.queryOne("SELECT " + VOLUNTEER_COLUMNS + " FROM vm_volunteer WHERE tenant_id = :tenant AND id = ?",
                rs -> volunteer(rs, d), id);
    }

    /** Takes the volunteer's row lock first, so two concurrent matches cannot both pass the capacity check. */
    static Optional<Volunteer> lock(TenantSession ts, String id) {
        int n = ts.update("UPDATE vm_volunteer SET row_version = row_version + 1 WHERE tenant_id = :tenant AND id = ?", id);
        return n == 0 ? Optional.empty() : findVolunteer(ts, id);
    }

    static Volunteer lockVolunteer(TenantSession ts, String id) {
        return lock(ts, id).orElseThrow(() -> IkzException.notFound("volunteer", id));
    }

    // ---------------------------------------------------------------- children and proposals

    static Child child(ResultSet rs) throws SQLException {
        return new Child(rs.getString("id"), rs.getString("office"), rs.getString("age_band"), rs.getString("needs"),
                Check.split(rs.getString("languages")), rs.getString("municipality"), rs.getBoolean("unaccompanied"),
                rs.getString("placement"), CaseStatus.valueOf(rs.getString("status")), Check.date(rs, "created_on"), null);
    }

    static Optional<Child> childRow(TenantSession ts, String id) {
        return ts.queryOne("SELECT " + CHILD_COLUMNS + " FROM vm_child WHERE tenant_id = :tenant AND id = ?", Rows::child, id);
    }

    static Child existingChild(TenantSession ts, String id) {
        return childRow(ts, id).orElseThrow(() -> IkzException.notFound("child", id));
    }

    /** The child if the caller may see it: all for coordinators and auditors, own office for partner staff; else not found. */
    static Child visibleChild(TenantSession ts, Caller caller, String id) {
        Optional<Child> c = childRow(ts, id);
        if (c.isEmpty() || !Access.sees(caller, c.get().office())) {
            throw IkzException.notFound("child", id);
        }
        return c.get();
    }

    /** Adds the identity only for staff of the owning office. */
    static Child withIdentity(TenantSession ts, Caller caller, Child c) {
        if (!Access.staffOf(caller, c.office())) {
            return c;
        }
        ChildIdentity identity = ts.queryOne("SELECT given_name, family_name, birth_date FROM vm_child_identity "
                        + "WHERE tenant_id = :tenant AND child_id = ? AND office = ?",
                rs -> new ChildIdentity(rs.getString(1), rs.getString(2), Check.date(rs, "birth_date")), c.id(), c.office()).orElse(null);
        return new Child(c.id(), c.office(), c.ageBand(), c.needs(), c.languages(), c.municipality(), c.unaccompaniedMinor(),
                c.placement(), c.status(), c.createdOn(), identity);
    }

    static Proposal proposal(ResultSet rs) throws SQLException {
        return new Proposal(rs.getString("id"), rs.getString("child_id"), rs.getString("volunteer_id"), Check.date(rs, "matched_on"),
                Check.split(rs.getString("match_reasons")), rs.getString("court"), Check.date(rs, "proposed_on"), rs.getString("reasons"),
                ProposalStatus.valueOf(rs.getString("status")), Check.date(rs, "closed_on"), rs.getString("close_reason"));
    }

    static Proposal proposalById(TenantSession ts, String id) {
        return ts.queryOne("SELECT " + PROPOSAL_COLUMNS + " FROM vm_proposal WHERE tenant_id = :tenant AND id = ?",
                Rows::proposal, id).orElseThrow();
    }

    // ---------------------------------------------------------------- appointments

    /**
     * Appointments with their reports received, in two queries whatever their number; {@code where}
     * names columns of {@code a} (vm_appointment) and starts with " AND" (or is empty).
     */
    static List<Appointment> appointments(TenantSession ts, String where, String orderBy, Object... params) {
        Map<String, List<Integer>> reports = new HashMap<>();
        ts.query("SELECT r.appointment_id, r.report_year FROM vm_report r JOIN vm_appointment a ON a.id = r.appointment_id "
                        + "WHERE r.tenant_id = :tenant AND a.tenant_id = :tenant" + where + " ORDER BY r.report_year",
                rs -> reports.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2)), params);
        return ts.query("SELECT " + APPOINTMENT_COLUMNS + " FROM vm_appointment a WHERE a.tenant_id = :tenant" + where
                + " ORDER BY " + orderBy, rs -> appointment(rs, reports.getOrDefault(rs.getString("id"), List.of())), params);
    }

    private static Appointment appointment(ResultSet rs, List<Integer> reports) throws SQLException {
        LocalDate appointed = Check.date(rs, "appointed_on");
        LocalDate ended = Check.date(rs, "ended_on");
        return new Appointment(rs.getString("id"), rs.getString("child_id"), rs.getString("office"), rs.getString("volunteer_id"),
                rs.getString("kind"), Check.split(rs.getString("areas")), rs.getString("court"), rs.getString("file_number"),
                appointed, rs.getString("additional_pfleger"), Check.split(rs.getString("additional_areas")), ended,
                rs.getString("end_reason"), List.copyOf(reports), ended == null ? nextReportDue(appointed, reports) : null);
    }

    static Optional<Appointment> appointmentRow(TenantSession ts, String id) {
        return appointments(ts, " AND a.id = ?", "a.id", id).stream().findFirst();
    }

    static Appointment existingAppointment(TenantSession ts, String id) {
        return appointmentRow(ts, id).orElseThrow(() -> IkzException.notFound("appointment", id));
    }

    static Appointment visibleAppointment(TenantSession ts, Caller caller, String id) {
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

    // ---------------------------------------------------------------- courses

    static Optional<Course> course(TenantSession ts, String id) {
        return courses(ts, id).stream().findFirst();
    }

    /** Courses with their registrations, of one course or all (by date). */
    static List<Course> courses(TenantSession ts, String courseId) {
        Map<String, List<Registration>> regs = new HashMap<>();
        Object[] p = courseId == null ? new Object[0] : new Object[] {courseId};
        String one = courseId == null ? "" : " AND course_id = ?";
        ts.query("SELECT course_id, volunteer_id, attended FROM vm_registration WHERE tenant_id = :tenant" + one
                + " ORDER BY volunteer_id", rs -> regs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Registration(rs.getString(2), Check.bool(rs, "attended"))), p);
        return ts.query("SELECT id, module_id, course_date, place, seats FROM vm_course WHERE tenant_id = :tenant"
                + (courseId == null ? "" : " AND id = ?") + " ORDER BY course_date, id", rs -> {
                    String id = rs.getString(1);
                    return new Course(id, rs.getString(2), Catalogue.module(rs.getString(2)).map(TrainingModule::title).orElse("?"),
                            Check.date(rs, "course_date"), rs.getString(4), rs.getInt(5), List.copyOf(regs.getOrDefault(id, List.of())));
                }, p);
    }
}
