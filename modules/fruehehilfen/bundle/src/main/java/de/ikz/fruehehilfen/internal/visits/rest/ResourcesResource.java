package de.ikz.fruehehilfen.internal.visits.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.module.Roles;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.VisitService.Resources;
import de.ikz.fruehehilfen.internal.visits.VisitService.ResourcesInput;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The checklist of resources and burdens of one family ({@code /families/{familyId}/resources}),
 * sealed at rest. A health-related factor needs a consent covering health data (else 400 on
 * {@code factors}); health-related factors are shown only to the coordinator, the assigned
 * professional and the owning office (the auditor gets their number).
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frühe Hilfen: Resources and burdens", description = "Checklist of a family's resources and burdens")
public class ResourcesResource {

    private final VisitService visits;

    public ResourcesResource(VisitService visits) {
        this.visits = visits;
    }

    /** The family's checklists, newest first. */
    @Operation(operationId = "listResources", summary = "List the resources and burdens of a family")
    @Roles({"coordinator", "professional", "partner-staff", "auditor"})
    @GET
    public List<Resources> list(@Context SecurityContext sc, @PathParam("familyId") String familyId,
                                @QueryParam("tenant") String tenant) {
        return visits.resources(Params.caller(sc), Params.tenant(sc, tenant), familyId);
    }

    /** Records a checklist. */
    @Operation(operationId = "addResources", summary = "Record the resources and burdens of a family")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Resources.class)))
    @Roles({"coordinator", "professional"})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Context SecurityContext sc, @PathParam("familyId") String familyId, @QueryParam("tenant") String tenant,
                        ResourcesInput body) {
        Resources r = visits.addResources(Params.caller(sc), Params.tenant(sc, tenant), familyId, Params.body(body));
        return Params.created(r, Params.moduleBase(ModuleDefinition.ID) + "families/" + r.familyId() + "/resources");
    }
}
