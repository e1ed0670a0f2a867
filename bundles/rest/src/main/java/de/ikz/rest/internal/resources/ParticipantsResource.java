package de.ikz.rest.internal.resources;

import java.net.URI;
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

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.Contact;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.rest.Params;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Participants of the caller's tenant with their jurisdictions and figures. Any user of the
 * tenant reads; its tenant admins change. A platform admin without a tenant names one with
 * {@code ?tenant=<id>}; for everybody else a different tenant is "not found".
 */
@Component(service = ParticipantsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "Municipalities and districts taking part, their jurisdiction and figures")
public class ParticipantsResource {

    /** Body of POST /participants. kind: LAND, DISTRICT, DISTRICT_FREE_CITY, MUNICIPALITY, YOUTH_OFFICE, ... */
    public record NewParticipant(String id, ParticipantKind kind, String name, String key, String parentId,
                                 List<Contact> contacts) {
    }

    /** Body of PUT /participants/{id}: everything but the id, replaced as a whole. */
    public record ParticipantChange(ParticipantKind kind, String name, String key, String parentId, List<Contact> contacts) {
    }

    private final ParticipantService participants;

    @Activate
    public ParticipantsResource(@Reference ParticipantService participants) {
        this.participants = participants;
    }

    @Operation(operationId = "listParticipants", summary = "List participants")
    @GET
    public List<Participant> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return participants.list(c, c.tenantFor(tenant));
    }

    @Operation(operationId = "createParticipant", summary = "Create a participant")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Participant.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, @QueryParam("tenant") String tenant, NewParticipant body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        Caller c = CallerPrincipal.caller(sc);
        Participant p = participants.create(c, c.tenantFor(tenant),
                new Participant(body.id(), body.kind(), body.name(), body.key(), body.parentId(), body.contacts()));
        return Response.created(URI.create("participants/" + p.id())).entity(p).build();
    }

    @Operation(operationId = "getParticipant", summary = "Get a participant")
    @GET
    @Path("{id}")
    public Participant get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return participants.find(c, c.tenantFor(tenant), id).orElseThrow(() -> IkzException.notFound("participant", id));
    }

    @Operation(operationId = "updateParticipant", summary = "Update a participant")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Participant update(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                              ParticipantChange body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        Caller c = CallerPrincipal.caller(sc);
        return participants.update(c, c.tenantFor(tenant),
                new Participant(id, body.kind(), body.name(), body.key(), body.parentId(), body.contacts()));
    }

    @Operation(operationId = "listJurisdiction", summary = "List the jurisdiction history of a participant")
    @GET
    @Path("{id}/jurisdiction")
    public List<JurisdictionEntry> jurisdiction(@Context SecurityContext sc, @PathParam("id") String id,
                                                @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return participants.jurisdiction(c, c.tenantFor(tenant), id);
    }

    @Operation(operationId = "addJurisdiction", summary = "Add a jurisdiction entry")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = JurisdictionEntry.class)))
    @POST
    @Path("{id}/jurisdiction")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addJurisdiction(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                                    JurisdictionEntry body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        Caller c = CallerPrincipal.caller(sc);
        participants.addJurisdiction(c, c.tenantFor(tenant), id, body);
        return Response.created(URI.create("participants/" + id + "/jurisdiction")).entity(body).build();
    }

    /**
     * The figure summed over the participant's area on {@code on} (default today), each value at the
     * latest date on or before {@code referenceDate} (default {@code on}).
     */
    @Operation(operationId = "getParticipantFigure", summary = "Get a figure of a participant summed over its jurisdiction")
    @GET
    @Path("{id}/figures/{figure}")
    public FigureSum figure(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("figure") String figure,
                            @QueryParam("on") String on, @QueryParam("referenceDate") String referenceDate,
                            @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        LocalDate day = Params.date("on", on, LocalDate.now());
        return participants.figure(c, c.tenantFor(tenant), id, figure, day, Params.date("referenceDate", referenceDate, day));
    }
}
