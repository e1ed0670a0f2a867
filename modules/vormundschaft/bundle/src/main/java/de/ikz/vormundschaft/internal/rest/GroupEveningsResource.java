package de.ikz.vormundschaft.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.EveningInput;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.GroupEvening;

/**
 * Group evenings of the volunteers (exchange, supervision) with their attendees. The office's
 * coordinators (role {@code coordinator} with module {@code vormundschaft}) record them; auditors
 * read, pseudonymised, and change nothing. The tenant is the caller's; a platform admin names it
 * with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class GroupEveningsResource {

    private final CoordinationOffice office;

    public GroupEveningsResource(CoordinationOffice office) {
        this.office = office;
    }

    @GET
    public List<GroupEvening> evenings(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.evenings(c, c.tenantFor(tenant));
    }

    /** Records an evening; the answer is listed under /group-evenings. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addEvening(@Context SecurityContext sc, @QueryParam("tenant") String tenant, EveningInput body) {
        Caller c = CallerPrincipal.caller(sc);
        GroupEvening evening = office.addEvening(c, c.tenantFor(tenant), Params.body(body));
        return Params.created(evening, "group-evenings");
    }
}
