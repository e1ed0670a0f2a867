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
import de.ikz.fruehehilfen.internal.visits.VisitService.Assessment;
import de.ikz.fruehehilfen.internal.visits.VisitService.AssessmentInput;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Assessments of one family on the six areas of the national template
 * ({@code /families/{familyId}/assessments}): START once, DURING any number of times, END once; each
 * area rated 1 (considerable problems) to 5 (good).
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frühe Hilfen: Assessments", description = "Six-area assessments of a family at start, during and end")
public class AssessmentsResource {

    private final VisitService visits;

    public AssessmentsResource(VisitService visits) {
        this.visits = visits;
    }

    /** The family's assessments, oldest first. */
    @Operation(operationId = "listAssessments", summary = "List the assessments of a family")
    @Roles({"coordinator", "professional", "partner-staff", "auditor"})
    @GET
    public List<Assessment> list(@Context SecurityContext sc, @PathParam("familyId") String familyId,
                                 @QueryParam("tenant") String tenant) {
        return visits.assessments(Params.caller(sc), Params.tenant(sc, tenant), familyId);
    }

    /** Records an assessment; a second START or END is 409 (field {@code phase}). */
    @Operation(operationId = "addAssessment", summary = "Record an assessment of a family")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Assessment.class)))
    @Roles({"coordinator", "professional"})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Context SecurityContext sc, @PathParam("familyId") String familyId, @QueryParam("tenant") String tenant,
                        AssessmentInput body) {
        Assessment a = visits.addAssessment(Params.caller(sc), Params.tenant(sc, tenant), familyId, Params.body(body));
        return Params.created(a, Params.moduleBase(ModuleDefinition.ID) + "families/" + a.familyId() + "/assessments");
    }
}
