package de.ikz.vormundschaft.internal.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;
import de.ikz.api.persistence.TenantSession;
import de.ikz.kit.report.SmallCounts;
import de.ikz.vormundschaft.internal.domain.ExpenseAllowance;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.Reports.Due;
import de.ikz.vormundschaft.internal.service.Reports.FunnelMonth;
import de.ikz.vormundschaft.internal.service.Reports.OfficeReport;

/**
 * Reports, due lists and the measures the module offers to allocation keys. Rights are checked
 * by the caller ({@link ReportsImpl}); this class only reads. Every list is read with a fixed
 * number of queries, whatever the number of rows.
 *
 * <p>Small counts: in every report that crosses partners a count below {@value #MIN_COUNT}
 * (0, 1 or 2) is not shown (null, and named in {@code suppressed}; the kit's {@link SmallCounts}),
 * so no single child or volunteer of another office can be singled out. Partner staff see their own office in full.
 */
final class OfficeReports {

    static final int MIN_COUNT = SmallCounts.DEFAULT_MIN;
    /** An appointed volunteer should hear from the office at least this often (days). */
    static final int CONTACT_DAYS = 42;

    static final String ACTIVE_APPOINTMENTS = "active-appointments";
    static final String VOLUNTEERS_RECRUITED = "volunteers-recruited";
    static final List<MeasureDefinition> MEASURES = List.of(
            new MeasureDefinition(ACTIVE_APPOINTMENTS, "Aktive Bestellungen je Jugendamt (im Zeitraum bestehend)", "count"),
            new MeasureDefinition(VOLUNTEERS_RECRUITED, "Gewonnene Ehrenamtliche je Jugendamtsbereich (Anfrage im Zeitraum)", "count"));

    /** The counts of the office report, in this order. */
    static final List<String> OFFICE_COUNTS = officeCounts();

    private final Database db;
    private final Directory directory;
    private final Clock clock;

    OfficeReports(Database db, Directory directory, Clock clock) {
        this.db = db;
        this.directory = directory;
        this.clock = clock;
    }

    private static List<String> officeCounts() {
        List<String> l = new ArrayList<>(List.of("childrenProposed", "childrenMatched", "childrenAppointed", "activeAppointments",
                "volunteersRecruited", "contacts"));
        for (VolunteerStage s : VolunteerStage.values()) {
            l.add("volunteers." + s.name());
        }
        return List.copyOf(l);
    }

    /**
     * Values per partner youth office (every youth office of the tenant, 0 if it has none).
     * {@code active-appointments}: appointments that existed on at least one day of the period;
     * {@code volunteers-recruited}: volunteers whose enquiry was recorded in the period, by the
     * recruiting office.
     */
    Map<String, BigDecimal> measure(String measureId, String tenantId, LocalDate from, LocalDate to) {
        String sql = switch (measureId) {
            case ACTIVE_APPOINTMENTS -> "SELECT office, COUNT(*) FROM vm_appointment WHERE tenant_id = :tenant AND appointed_on <= ? "
                    + "AND (ended_on IS NULL OR ended_on >= ?) GROUP BY office";
            case VOLUNTEERS_RECRUITED -> "SELECT office, COUNT(*) FROM vm_volunteer WHERE tenant_id = :tenant AND created_on <= ? "
                    + "AND created_on >= ? GROUP BY office";
            default -> throw new IllegalArgumentException("unknown measure " + measureId + "; the module offers "
                    + MEASURES.stream().map(MeasureDefinition::id).toList());
        };
        Map<String, BigDecimal> out = new TreeMap<>();
        directory.youthOffices(tenantId).forEach(o -> out.put(o, BigDecimal.ZERO));
        db.inTransaction(s -> s.tenant(tenantId).query(sql, rs -> out.put(rs.getString(1), BigDecimal.valueOf(rs.getLong(2))), to, from));
        return out;
    }

    List<Due> due(String tenantId, int days, java.util.function.BiConsumer<Session, List<Due>> readLog) {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(days);
        List<Due> out = new ArrayList<>();
        db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            List<Appointment> active = Rows.appointments(ts, " AND a.ended_on IS NULL", "a.id");
            Map<String, LocalDate> lastContact = new HashMap<>();
            ts.query("SELECT volunteer_id, MAX(contact_date) FROM vm_contact WHERE tenant_id = :tenant GROUP BY volunteer_id",
                    rs -> lastContact.put(rs.getString(1), rs.getDate(2).toLocalDate()));
            for (Appointment a : active) {
                if (!a.nextReportDue().isAfter(horizon)) {
                    out.add(new Due("REPORT", a.nextReportDue(), a.nextReportDue().isBefore(today), a.volunteerId(), a.id(),
                            "yearly report " + a.nextReportDue().getYear() + " to " + a.court() + " (" + a.fileNumber() + ")"));
                }
                LocalDate last = lastContact.getOrDefault(a.volunteerId(), a.appointedOn());
                if (last.isBefore(a.appointedOn())) {
                    last = a.appointedOn();
                }
                LocalDate contactDue = last.plusDays(CONTACT_DAYS);
                if (!contactDue.isAfter(horizon)) {
                    out.add(new Due("CONTACT", contactDue, contactDue.isBefore(today), a.volunteerId(), a.id(),
                            "no contact with the guardian since " + last));
                }
            }
            ts.query("SELECT id, recheck_due FROM vm_volunteer WHERE tenant_id = :tenant AND stage <> 'LEFT' AND recheck_due <= ?",
                    rs -> {
                        LocalDate d = rs.getDate(2).toLocalDate();
                        return out.add(new Due("RECHECK", d, d.isBefore(today), rs.getString(1), null, "suitability re-check"));
                    }, horizon);
            ts.query("SELECT c.id, c.volunteer_id, c.appointment_id, c.follow_up, c.follow_up_due FROM vm_contact c "
                    + "WHERE c.tenant_id = :tenant AND c.follow_up_due <= ? AND NOT EXISTS (SELECT 1 FROM vm_contact l "
                    + "WHERE l.tenant_id = :tenant AND l.volunteer_id = c.volunteer_id AND l.contact_date > c.contact_date)", rs -> {
                        LocalDate d = rs.getDate(5).toLocalDate();
                        return out.add(new Due("FOLLOW_UP", d, d.isBefore(today), rs.getString(2), rs.getString(3),
                                "follow-up of contact " + rs.getString(1) + (rs.getString(4) == null ? "" : ": " + rs.getString(4))));
                    }, horizon);
            int lastYear = today.getYear() - 1;
            LocalDate deadline = ExpenseAllowance.claimDeadline(lastYear);
            if (!deadline.isBefore(today) && !deadline.isAfter(horizon)) {
                ts.query("SELECT a.id, a.volunteer_id FROM vm_appointment a WHERE a.tenant_id = :tenant AND a.appointed_on <= ? "
                        + "AND (a.ended_on IS NULL OR a.ended_on >= ?) AND NOT EXISTS (SELECT 1 FROM vm_allowance_claim c "
                        + "WHERE c.tenant_id = :tenant AND c.appointment_id = a.id AND c.claim_year = ?)", rs -> out.add(new Due(
                                "ALLOWANCE", deadline, false, rs.getString(2), rs.getString(1), "expense allowance " + lastYear
                                + " not claimed; the claim lapses after " + deadline)),
                        LocalDate.of(lastYear, 12, 31), LocalDate.of(lastYear, 1, 1), lastYear);
            }
            out.sort(DUE_ORDER);
            readLog.accept(s, out);
            return null;
        });
        return out;
    }

    List<OfficeReport> officeReport(String tenantId, LocalDate from, LocalDate to, Optional<String> ownOffice) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        directory.youthOffices(tenantId).forEach(o -> counts.put(o, new HashMap<>()));
        db.inTransaction(s -> {
            TenantSession ts = s.tenant(tenantId);
            count(ts, counts, "childrenProposed", "SELECT office, COUNT(*) FROM vm_child WHERE tenant_id = :tenant "
                    + "AND created_on >= ? AND created_on <= ? GROUP BY office", from, to);
            count(ts, counts, "childrenMatched", "SELECT c.office, COUNT(*) FROM vm_proposal p JOIN vm_child c ON c.id = p.child_id "
                    + "WHERE p.tenant_id = :tenant AND c.tenant_id = :tenant AND p.matched_on >= ? AND p.matched_on <= ? GROUP BY c.office",
                    from, to);
            count(ts, counts, "childrenAppointed", "SELECT office, COUNT(*) FROM vm_appointment WHERE tenant_id = :tenant "
                    + "AND appointed_on >= ? AND appointed_on <= ? GROUP BY office", from, to);
            count(ts, counts, "activeAppointments", "SELECT office, COUNT(*) FROM vm_appointment WHERE tenant_id = :tenant "
                    + "AND appointed_on <= ? AND (ended_on IS NULL OR ended_on > ?) GROUP BY office", to, to);
            count(ts, counts, "volunteersRecruited", "SELECT office, COUNT(*) FROM vm_volunteer WHERE tenant_id = :tenant "
                    + "AND created_on >= ? AND created_on <= ? GROUP BY office", from, to);
            count(ts, counts, "contacts", "SELECT v.office, COUNT(*) FROM vm_contact c JOIN vm_volunteer v ON v.id = c.volunteer_id "
                    + "WHERE c.tenant_id = :tenant AND v.tenant_id = :tenant AND c.contact_date >= ? AND c.contact_date <= ? GROUP BY v.office",
                    from, to);
            ts.query("SELECT office, stage, COUNT(*) FROM vm_volunteer WHERE tenant_id = :tenant GROUP BY office, stage",
                    rs -> counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put("volunteers." + rs.getString(2), rs.getInt(3)));
            return null;
        });
        List<OfficeReport> out = new ArrayList<>();
        counts.forEach((office, values) -> {
            SmallCounts.Shown shown = SmallCounts.standard().shown(OFFICE_COUNTS, values,
                    ownOffice.map(office::equals).orElse(false));
            out.add(new OfficeReport(office, shown.counts(), shown.suppressed()));
        });
        return out;
    }

    private static void count(TenantSession ts, Map<String, Map<String, Integer>> counts, String key, String sql, Object... params) {
        ts.query(sql, rs -> counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(key, rs.getInt(2)), params);
    }

    List<FunnelMonth> funnel(String tenantId, LocalDate from, LocalDate to) {
        Map<YearMonth, Map<String, Integer>> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.put(m, new HashMap<>());
        }
        db.inTransaction(s -> s.tenant(tenantId).query("SELECT changed_on, to_stage FROM vm_stage_change WHERE tenant_id = :tenant "
                + "AND changed_on >= ? AND changed_on <= ?", rs -> months.get(YearMonth.from(rs.getDate(1).toLocalDate()))
                .merge(rs.getString(2), 1, Integer::sum), from, to));
        List<FunnelMonth> out = new ArrayList<>();
        List<String> stages = java.util.Arrays.stream(VolunteerStage.values()).map(Enum::name).toList();
        months.forEach((month, entered) -> {
            SmallCounts.Shown shown = SmallCounts.standard().shown(stages, entered, false);
            out.add(new FunnelMonth(month.toString(), shown.counts(), shown.suppressed()));
        });
        return out;
    }

    /** Due first, then kind, then volunteer. */
    private static final java.util.Comparator<Due> DUE_ORDER = java.util.Comparator.comparing(Due::due).thenComparing(Due::kind)
            .thenComparing(d -> String.valueOf(d.volunteerId()));
}
