package de.ikz.vormundschaft.internal.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.module.Roles;
import de.ikz.kit.rest.Params;
import de.ikz.vormundschaft.internal.service.Reports;
import de.ikz.vormundschaft.internal.service.Reports.Due;

/**
 * The office's due list: yearly reports to the court, suitability re-checks, follow-ups of
 * contacts, allowance deadlines, appointed volunteers without contact. For the office's
 * coordinators (role {@code coordinator} with module {@code vormundschaft}) and auditors. The
 * tenant is the caller's; a platform admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormundschaft: Due", description = "What is due next")
public class DueResource {

    private final Reports office;

    public DueResource(Reports office) {
        this.office = office;
    }

    /** What is due within {@code ?days=} days from today (0 to 366, default 30: the service's), and everything overdue. */
    @Operation(operationId = "listDue", summary = "List what is due next")
    @Roles({"coordinator", "auditor"})
    @GET
    public List<Due> due(@Context SecurityContext sc, @QueryParam("days") String days, @QueryParam("tenant") String tenant) {
        Integer within = days == null || days.isBlank() ? null
                : Params.number("days", days, Reports.DEFAULT_DAYS, 0, Reports.MAX_DAYS);
        return office.due(Params.caller(sc), Params.tenant(sc, tenant), within);
    }
}
