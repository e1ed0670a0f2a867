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
import de.ikz.vormundschaft.internal.service.CoordinationOffice.AllowanceClaim;

/**
 * The yearly expense allowances claimed (a claim is made with
 * POST /appointments/{id}/allowance-claims). The office's coordinators (role {@code coordinator}
 * with module {@code vormundschaft}) and auditors read them. The tenant is the caller's; a platform
 * admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class AllowanceClaimsResource {

    private final CoordinationOffice office;

    public AllowanceClaimsResource(CoordinationOffice office) {
        this.office = office;
    }

    /** All claims, or those of one volunteer ({@code ?volunteer=<id>}). */
    @GET
    public List<AllowanceClaim> claims(@Context SecurityContext sc, @QueryParam("volunteer") String volunteer,
                                       @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.claims(c, c.tenantFor(tenant), volunteer);
    }
}
