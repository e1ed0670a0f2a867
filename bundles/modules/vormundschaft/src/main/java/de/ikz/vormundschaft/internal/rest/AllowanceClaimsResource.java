package de.ikz.vormundschaft.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.AllowanceClaim;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The yearly expense allowances claimed (a claim is made with
 * POST /appointments/{id}/allowance-claims). The office's coordinators (role {@code coordinator}
 * with module {@code vormundschaft}) and auditors read them. The tenant is the caller's; a platform
 * admin names it with {@code ?tenant=}.
 */
@Component(service = AllowanceClaimsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("modules/vormundschaft/allowance-claims")
@Produces(MediaType.APPLICATION_JSON)
public class AllowanceClaimsResource {

    private final CoordinationOffice office;

    @Activate
    public AllowanceClaimsResource(@Reference CoordinationOffice office) {
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
