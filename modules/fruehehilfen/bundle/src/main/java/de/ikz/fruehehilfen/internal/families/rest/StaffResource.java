package de.ikz.fruehehilfen.internal.families.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.module.Roles;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.families.FamilyService.StaffInput;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.fruehehilfen.internal.families.rest.Views.StaffView;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Staff of the family-midwife service ({@code /staff}): the coordination keeps the records;
 * professionals and the auditor read them (work contacts only).
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frühe Hilfen: Staff", description = "Family midwives, FGKiKP and coordination of the service")
public class StaffResource {

    private final FamilyService service;

    public StaffResource(FamilyService service) {
        this.service = service;
    }

    @Operation(operationId = "listStaff", summary = "List the staff of the service")
    @Roles({"coordinator", "professional", "auditor"})
    @GET
    public List<StaffView> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        return service.staffList(Params.caller(sc), Params.tenant(sc, tenant)).stream().map(StaffView::of).toList();
    }

    @Operation(operationId = "getStaff", summary = "Show one staff member")
    @Roles({"coordinator", "professional", "auditor"})
    @GET
    @Path("{id}")
    public StaffView get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return StaffView.of(service.staffMember(Params.caller(sc), Params.tenant(sc, tenant), id));
    }

    @Operation(operationId = "createStaff", summary = "Add a staff member")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StaffView.class)))
    @Roles("coordinator")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, @QueryParam("tenant") String tenant, StaffInput body) {
        Staff s = service.createStaff(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        return Params.created(StaffView.of(s), Params.moduleBase(ModuleDefinition.ID) + "staff/" + s.id());
    }

    @Operation(operationId = "updateStaff", summary = "Replace a staff record")
    @Roles("coordinator")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffView update(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                            StaffInput body) {
        return StaffView.of(service.updateStaff(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body)));
    }
}
