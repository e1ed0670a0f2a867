package de.ikz.vormundschaft.internal.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.module.Roles;
import de.ikz.kit.rest.Params;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Appointments.EveningInput;
import de.ikz.vormundschaft.internal.service.Appointments.GroupEvening;

/**
 * Group evenings of the volunteers (exchange, supervision) with their attendees. The office's
 * coordinators (role {@code coordinator} with module {@code vormundschaft}) record them; auditors
 * read, pseudonymised, and change nothing. The tenant is the caller's; a platform admin names it
 * with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormundschaft: Group evenings", description = "Group evenings for volunteers")
public class GroupEveningsResource {

    private final Appointments office;

    public GroupEveningsResource(Appointments office) {
        this.office = office;
    }

    @Operation(operationId = "listGroupEvenings", summary = "List group evenings")
    @Roles({"coordinator", "auditor"})
    @GET
    public List<GroupEvening> evenings(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        return office.evenings(Params.caller(sc), Params.tenant(sc, tenant));
    }

    /** Records an evening; the answer is listed under /group-evenings. */
    @Operation(operationId = "addGroupEvening", summary = "Record a group evening")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = GroupEvening.class)))
    @Roles("coordinator")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addEvening(@Context SecurityContext sc, @QueryParam("tenant") String tenant, EveningInput body) {
        GroupEvening evening = office.addEvening(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        return Params.created(evening, VormundschaftApi.BASE + "group-evenings");
    }
}
