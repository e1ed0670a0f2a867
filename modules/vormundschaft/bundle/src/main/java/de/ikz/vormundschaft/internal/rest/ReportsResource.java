package de.ikz.vormundschaft.internal.rest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.module.Roles;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.rest.Params;
import de.ikz.vormundschaft.internal.service.Reports;
import de.ikz.vormundschaft.internal.service.Reports.FunnelMonth;
import de.ikz.vormundschaft.internal.service.Reports.OfficeReport;

/**
 * Reports over a period ({@code ?from=&to=}, passed on as given; the service defaults {@code to} to
 * today and {@code from} to 1 January of the year of {@code to}, see {@link Reports}): counts per
 * partner youth office and the volunteer funnel per month, small counts suppressed. The office's
 * coordinators (role {@code coordinator} with module {@code vormundschaft}) and auditors read them;
 * partner staff (role {@code partner-staff} of a youth office) get their own office in full and the
 * others suppressed. The tenant is the caller's; a platform admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormundschaft: Reports", description = "Reports per office and the volunteer funnel")
public class ReportsResource {

    private final Reports office;

    public ReportsResource(Reports office) {
        this.office = office;
    }

    /** Per partner youth office: children proposed, matched, appointed; volunteers per stage; contacts. */
    @Operation(operationId = "getOfficeReport", summary = "Report per coordination office")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("offices")
    public List<OfficeReport> officeReport(@Context SecurityContext sc, @QueryParam("from") String from,
                                           @QueryParam("to") String to, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        String t = c.tenantFor(tenant);
        return office.officeReport(c, t, from(from), to(to));
    }

    /** Volunteers entering each stage per month (yyyy-MM). */
    @Operation(operationId = "getFunnel", summary = "Report the volunteer funnel per month")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("funnel")
    public List<FunnelMonth> funnel(@Context SecurityContext sc, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        String t = c.tenantFor(tenant);
        return office.funnel(c, t, from(from), to(to));
    }

    /** {@code from} as given, or null (the service's default). */
    private static LocalDate from(String from) {
        return Params.date("from", from, null);
    }

    /** {@code to} as given, or null (the service's default). */
    private static LocalDate to(String to) {
        return Params.date("to", to, null);
    }
}
