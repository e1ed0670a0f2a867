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

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyService;
import de.ikz.fruehehilfen.internal.families.FamilyService.AssignmentInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.ClosingInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.ConsentInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyFilter;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyInput;
import de.ikz.fruehehilfen.internal.families.FamilyService.IdentityInput;
import de.ikz.fruehehilfen.internal.families.rest.Views.AssignmentView;
import de.ikz.fruehehilfen.internal.families.rest.Views.ConsentView;
import de.ikz.fruehehilfen.internal.families.rest.Views.FamilyDetailsView;
import de.ikz.fruehehilfen.internal.families.rest.Views.FamilyView;
import de.ikz.fruehehilfen.internal.families.rest.Views.IdentityView;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Families of the family-midwife service as pseudonymised cases ({@code /families}): list, open,
 * show; the identity (sealed at rest, each read access-logged); consents; assignment; closing.
 * Row rules in the service: a professional her assigned families only, partner staff their office's,
 * the auditor pseudonyms only. Other parts add paths below {@code families/{id}/…} with locators
 * of their own in {@code ModuleRestApi} (e.g. {@code @Path("families/{id}/contacts")}): JAX-RS
 * prefers the longer literal path, so they do not clash with this resource.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frühe Hilfen: Families", description = "Pseudonymised families, identity, consent, assignment, closing")
public class FamiliesResource {

    private final FamilyService service;

    public FamiliesResource(FamilyService service) {
        this.service = service;
    }

    @Operation(operationId = "listFamilies", summary = "List the families the caller works with, by pseudonym")
    @Roles({"coordinator", "professional", "partner-staff", "auditor"})
    @GET
    public List<FamilyView> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant,
                                 @QueryParam("state") String state, @QueryParam("owner") String owner) {
        return service.families(Params.caller(sc), Params.tenant(sc, tenant), new FamilyFilter(open(state), owner))
                .stream().map(FamilyView::of).toList();
    }

    /** open / closed / all (default). */
    static Boolean open(String state) {
        if (state == null || state.isBlank() || "all".equalsIgnoreCase(state.strip())) {
            return null;
        }
        return switch (state.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "open" -> Boolean.TRUE;
            case "closed" -> Boolean.FALSE;
            default -> throw IkzException.invalid("state", "state must be one of open, closed, all");
        };
    }

    @Operation(operationId = "createFamily", summary = "Open a case for a family")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FamilyView.class)))
    @Roles("coordinator")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, @QueryParam("tenant") String tenant, FamilyInput body) {
        Family f = service.createFamily(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        return Params.created(FamilyView.of(f), Params.moduleBase(ModuleDefinition.ID) + "families/" + f.id());
    }

    @Operation(operationId = "getFamily", summary = "Show a family (pseudonymised) with consents and assignments")
    @Roles({"coordinator", "professional", "partner-staff", "auditor"})
    @GET
    @Path("{id}")
    public FamilyDetailsView get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return FamilyDetailsView.of(service.family(Params.caller(sc), Params.tenant(sc, tenant), id));
    }

    @Operation(operationId = "getFamilyIdentity", summary = "Show who the family is (logged)")
    @Roles({"coordinator", "professional", "partner-staff"})
    @GET
    @Path("{id}/identity")
    public IdentityView identity(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return service.identity(Params.caller(sc), Params.tenant(sc, tenant), id).map(IdentityView::of)
                .orElseThrow(() -> IkzException.notFound("identity of family", id));
    }

    @Operation(operationId = "putFamilyIdentity", summary = "Record or replace who the family is")
    @Roles({"coordinator", "professional"})
    @PUT
    @Path("{id}/identity")
    @Consumes(MediaType.APPLICATION_JSON)
    public IdentityView putIdentity(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                                    IdentityInput body) {
        return IdentityView.of(service.putIdentity(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body)));
    }

    @Operation(operationId = "addFamilyConsent", summary = "Record a consent of the family")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConsentView.class)))
    @Roles({"coordinator", "professional"})
    @POST
    @Path("{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addConsent(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                               ConsentInput body) {
        ConsentView c = ConsentView.of(service.addConsent(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body)));
        return Params.created(c, Params.moduleBase(ModuleDefinition.ID) + "families/" + c.familyId());
    }

    /** ?on=YYYY-MM-DD: the day it was withdrawn (default today). */
    @Operation(operationId = "withdrawFamilyConsent", summary = "Record that a consent was withdrawn")
    @Roles({"coordinator", "professional"})
    @POST
    @Path("{id}/consents/{consentId}/withdraw")
    public ConsentView withdraw(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("consentId") String consentId,
                                @QueryParam("tenant") String tenant, @QueryParam("on") String on) {
        return ConsentView.of(service.withdrawConsent(Params.caller(sc), Params.tenant(sc, tenant), id, consentId,
                Params.date("on", on, null)));
    }

    @Operation(operationId = "assignFamily", summary = "Assign the family to a professional from a day")
    @Roles("coordinator")
    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssignmentView assign(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                                 AssignmentInput body) {
        return AssignmentView.of(service.assign(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body)));
    }

    @Operation(operationId = "closeFamily", summary = "Close the case with a reason")
    @Roles({"coordinator", "professional"})
    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public FamilyView close(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                            ClosingInput body) {
        return FamilyView.of(service.close(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body)));
    }
}
