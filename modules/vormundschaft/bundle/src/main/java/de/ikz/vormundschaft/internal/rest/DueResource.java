package de.ikz.vormundschaft.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Due;

/**
 * The office's due list: yearly reports to the court, suitability re-checks, follow-ups of
 * contacts, allowance deadlines, appointed volunteers without contact. For the office's
 * coordinators (role {@code coordinator} with module {@code vormundschaft}) and auditors. The
 * tenant is the caller's; a platform admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class DueResource {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    private final CoordinationOffice office;

    public DueResource(CoordinationOffice office) {
        this.office = office;
    }

    /** What is due within {@code ?days=} days from today (0 to 366, default 30), and everything overdue. */
    @GET
    public List<Due> due(@Context SecurityContext sc, @QueryParam("days") String days, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.due(c, c.tenantFor(tenant), Params.number("days", days, DEFAULT_DAYS, 0, MAX_DAYS));
    }
}
