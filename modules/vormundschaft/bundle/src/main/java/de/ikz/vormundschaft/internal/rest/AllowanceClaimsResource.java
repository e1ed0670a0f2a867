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
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Appointments.AllowanceClaim;

/**
 * The yearly expense allowances claimed (a claim is made with
 * POST /appointments/{id}/allowance-claims). The office's coordinators (role {@code coordinator}
 * with module {@code vormundschaft}) and auditors read them. The tenant is the caller's; a platform
 * admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormundschaft: Allowance claims", description = "Expense allowance claims of volunteer guardians")
public class AllowanceClaimsResource {

    private final Appointments office;

    public AllowanceClaimsResource(Appointments office) {
        this.office = office;
    }

    /** All claims, or those of one volunteer ({@code ?volunteer=<id>}). */
    @Operation(operationId = "listAllowanceClaims", summary = "List expense allowance claims")
    @Roles({"coordinator", "auditor"})
    @GET
    public List<AllowanceClaim> claims(@Context SecurityContext sc, @QueryParam("volunteer") String volunteer,
                                       @QueryParam("tenant") String tenant) {
        return office.claims(Params.caller(sc), Params.tenant(sc, tenant), volunteer);
    }
}
