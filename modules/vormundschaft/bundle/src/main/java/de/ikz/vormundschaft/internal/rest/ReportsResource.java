package de.ikz.vormundschaft.internal.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.FunnelMonth;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.OfficeReport;

/**
 * Reports over a period ({@code ?from=&to=}, default: 1 January of this year to today): counts per
 * partner youth office and the volunteer funnel per month, small counts suppressed. The office's
 * coordinators (role {@code coordinator} with module {@code vormundschaft}) and auditors read them;
 * partner staff (role {@code partner-staff} of a youth office) get their own office in full and the
 * others suppressed. The tenant is the caller's; a platform admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    private final CoordinationOffice office;
    private final Clock clock;

    public ReportsResource(CoordinationOffice office) {
        this(office, Clock.systemDefaultZone());
    }

    /** With the clock that says what "today" is (tests). */
    ReportsResource(CoordinationOffice office, Clock clock) {
        this.office = office;
        this.clock = clock;
    }

    /** Per partner youth office: children proposed, matched, appointed; volunteers per stage; contacts. */
    @GET
    @Path("offices")
    public List<OfficeReport> officeReport(@Context SecurityContext sc, @QueryParam("from") String from,
                                           @QueryParam("to") String to, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        String t = c.tenantFor(tenant);
        return office.officeReport(c, t, from(from), to(to));
    }

    /** Volunteers entering each stage per month (yyyy-MM). */
    @GET
    @Path("funnel")
    public List<FunnelMonth> funnel(@Context SecurityContext sc, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        String t = c.tenantFor(tenant);
        return office.funnel(c, t, from(from), to(to));
    }

    /** {@code from}, default 1 January of this year. */
    private LocalDate from(String from) {
        return Params.date("from", from, LocalDate.now(clock).withDayOfYear(1));
    }

    /** {@code to}, default today. */
    private LocalDate to(String to) {
        return Params.date("to", to, LocalDate.now(clock));
    }
}
