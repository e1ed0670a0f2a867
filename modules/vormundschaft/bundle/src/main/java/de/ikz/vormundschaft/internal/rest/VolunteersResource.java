package de.ikz.vormundschaft.internal.rest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import de.ikz.kit.rest.Params;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Volunteers;
import de.ikz.vormundschaft.internal.service.Volunteers.StageChange;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;
import de.ikz.vormundschaft.internal.service.Volunteers.VolunteerInput;

/**
 * Volunteer guardians through the pipeline (enquiry to pool, resting, left), their certificate of
 * good conduct and their stage history. The office's coordinators (role {@code coordinator} with
 * module {@code vormundschaft}) read and change; auditors read, pseudonymised, and change nothing.
 * The tenant is the caller's; a platform admin names it with {@code ?tenant=}. The service checks
 * the rights and the pipeline rules.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormundschaft: Volunteers", description = "Volunteers through the pipeline")
public class VolunteersResource {

    /**
     * Body of POST /volunteers/{id}/stage. to: ENQUIRY, APPLICATION, SUITABILITY_INTERVIEW,
     * CONDUCT_CERTIFICATE, TRAINING, REFLECTION_TALK, POOL, RESTING or LEFT (MATCHED,
     * PROPOSED_TO_COURT and APPOINTED are reached through the child's case); on: default today.
     */
    public record StageMove(String to, LocalDate on, String note) {
    }

    /** Body of POST /volunteers/{id}/conduct-check: only the day the certificate was seen and whether it was clear. */
    public record ConductCertificate(LocalDate seen, Boolean clear) {
    }

    private final Volunteers office;

    public VolunteersResource(Volunteers office) {
        this.office = office;
    }

    /** All volunteers, or those in one stage ({@code ?stage=POOL}). */
    @Operation(operationId = "listVolunteers", summary = "List volunteers")
    @Roles({"coordinator", "auditor"})
    @GET
    public List<Volunteer> volunteers(@Context SecurityContext sc, @QueryParam("stage") String stage,
                                      @QueryParam("tenant") String tenant) {
        return office.volunteers(Params.caller(sc), Params.tenant(sc, tenant),
                Params.choice("stage", stage, VolunteerStage.class));
    }

    /** A new volunteer, in stage ENQUIRY. */
    @Operation(operationId = "createVolunteer", summary = "Register a volunteer")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Volunteer.class)))
    @Roles("coordinator")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createVolunteer(@Context SecurityContext sc, @QueryParam("tenant") String tenant, VolunteerInput body) {
        Volunteer v = office.createVolunteer(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        return Params.created(v, VormundschaftApi.BASE + "volunteers/" + v.id());
    }

    @Operation(operationId = "getVolunteer", summary = "Get a volunteer")
    @Roles({"coordinator", "auditor"})
    @GET
    @Path("{id}")
    public Volunteer volunteer(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return office.volunteer(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    /** Changes the fields given; a null field stays as it is. */
    @Operation(operationId = "updateVolunteer", summary = "Update a volunteer")
    @Roles("coordinator")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Volunteer updateVolunteer(@Context SecurityContext sc, @PathParam("id") String id,
                                     @QueryParam("tenant") String tenant, VolunteerInput body) {
        return office.updateVolunteer(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body));
    }

    /** Moves the volunteer to another stage by the pipeline rules. */
    @Operation(operationId = "moveVolunteer", summary = "Move a volunteer to another stage")
    @Roles("coordinator")
    @POST
    @Path("{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Volunteer moveVolunteer(@Context SecurityContext sc, @PathParam("id") String id,
                                   @QueryParam("tenant") String tenant, StageMove body) {
        StageMove move = Params.body(body);
        return office.moveVolunteer(Params.caller(sc), Params.tenant(sc, tenant), id,
                Params.requiredChoice("to", move.to(), VolunteerStage.class), move.on(), move.note());
    }

    @Operation(operationId = "recordConductCheck", summary = "Record a certificate of conduct check")
    @Roles("coordinator")
    @POST
    @Path("{id}/conduct-check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Volunteer recordConductCheck(@Context SecurityContext sc, @PathParam("id") String id,
                                        @QueryParam("tenant") String tenant, ConductCertificate body) {
        ConductCertificate check = Params.body(body);
        return office.recordConductCheck(Params.caller(sc), Params.tenant(sc, tenant), id, check.seen(), check.clear());
    }

    /** The volunteer's moves through the pipeline. */
    @Operation(operationId = "listStageHistory", summary = "List the stage history of a volunteer")
    @Roles({"coordinator", "auditor"})
    @GET
    @Path("{id}/history")
    public List<StageChange> stageHistory(@Context SecurityContext sc, @PathParam("id") String id,
                                          @QueryParam("tenant") String tenant) {
        return office.stageHistory(Params.caller(sc), Params.tenant(sc, tenant), id);
    }
}
