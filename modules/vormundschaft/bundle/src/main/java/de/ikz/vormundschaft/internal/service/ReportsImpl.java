package de.ikz.vormundschaft.internal.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Database;
import de.ikz.api.tenant.Caller;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The due list, the reports and the measures for allocation keys: rights, defaults and bounds
 * here, the queries in {@link OfficeReports}. Also registered under its class for the module
 * registration, which offers the measures.
 */
@Component(service = {Reports.class, ReportsImpl.class})
public final class ReportsImpl extends OfficeService implements Reports {

    private final OfficeReports reports;

    @Activate
    public ReportsImpl(@Reference VormundschaftSchema schema, @Reference Database db, @Reference AuditLog audit,
                       @Reference ParticipantService participants, @Reference RegisterService register) {
        this(db, audit, new PlatformDirectory(participants, register), Clock.systemDefaultZone());
    }

    ReportsImpl(Database db, AuditLog audit, Directory directory, Clock clock) {
        super(db, audit, directory, clock);
        this.reports = new OfficeReports(db, directory, clock);
    }

    /** The measures the module offers to allocation keys. */
    public List<MeasureDefinition> measures() {
        return OfficeReports.MEASURES;
    }

    /** Values of a measure for allocation keys (see {@link OfficeReports#measure}). */
    public Map<String, BigDecimal> measure(String measureId, String tenantId, LocalDate from, LocalDate to) {
        return reports.measure(measureId, tenantId, from, to);
    }

    @Override
    public List<Due> due(Caller caller, String tenantId, Integer days) {
        Access.requireOfficeReader(caller, tenantId);
        int within = days == null ? DEFAULT_DAYS : days;
        if (within < 0 || within > MAX_DAYS) {
            throw IkzException.invalid("days", "days must be between 0 and " + MAX_DAYS);
        }
        return reports.due(tenantId, within, (s, list) -> ReadLog.list(audit, s, caller, tenantId, "due",
                list.stream().map(d -> d.kind() + ":" + (d.appointmentId() != null ? d.appointmentId() : d.volunteerId())).toList(),
                list.size() + " due items within " + within + " days"));
    }

    @Override
    public List<OfficeReport> officeReport(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        Access.requireMember(caller, tenantId);
        Period p = period(from, to);
        Optional<String> own = Access.partnerOffice(caller).filter(o -> !Access.readsAll(caller));
        return reports.officeReport(tenantId, p.from(), p.to(), own);
    }

    @Override
    public List<FunnelMonth> funnel(Caller caller, String tenantId, LocalDate from, LocalDate to) {
        Access.requireMember(caller, tenantId);
        Period p = period(from, to);
        return reports.funnel(tenantId, p.from(), p.to());
    }

    @Override
    public Period period(LocalDate from, LocalDate to) {
        return Period.of(from, to, today());
    }
}
