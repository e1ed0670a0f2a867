package de.ikz.kinderschutz.internal.offers.rest;

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
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.offers.Offer;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.offers.OffersService.Directory;
import de.ikz.kinderschutz.internal.offers.OffersService.DirectoryInput;
import de.ikz.kinderschutz.internal.offers.OffersService.EventInput;
import de.ikz.kinderschutz.internal.offers.OffersService.OfferInput;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The offers directory, staff side ({@code /offers}, {@code /directory}). */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kinderschutz: Offers", description = "Offers for families with texts per language and events (staff side)")
public class OffersResource {

    private final OffersService service;

    public OffersResource(OffersService service) {
        this.service = service;
    }

    @Operation(operationId = "listOffers", summary = "List the offers (a member contact: its institution's)")
    @Roles({"coordinator", "member-contact", "auditor"})
    @GET
    public List<Offer> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        return service.list(Params.caller(sc), Params.tenant(sc, tenant));
    }

    @Operation(operationId = "getOffer", summary = "Show one offer with all texts and events")
    @Roles({"coordinator", "member-contact", "auditor"})
    @GET
    @Path("{id}")
    public Offer get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return service.get(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    @Operation(operationId = "createOffer", summary = "Add an offer (German text required, other languages as entered)")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Offer.class)))
    @Roles({"coordinator", "member-contact"})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, @QueryParam("tenant") String tenant, OfferInput body) {
        Offer o = service.create(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        return Params.created(o, Params.moduleBase(ModuleDefinition.ID) + "offers/" + o.id());
    }

    @Operation(operationId = "updateOffer", summary = "Replace an offer with its texts")
    @Roles({"coordinator", "member-contact"})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Offer update(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant, OfferInput body) {
        return service.update(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body));
    }

    @Operation(operationId = "addOfferEvent", summary = "Add a dated event to an offer")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Offer.class)))
    @Roles({"coordinator", "member-contact"})
    @POST
    @Path("{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addEvent(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant, EventInput body) {
        Offer o = service.addEvent(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body));
        return Params.created(o, Params.moduleBase(ModuleDefinition.ID) + "offers/" + o.id());
    }

    @Operation(operationId = "cancelOfferEvent", summary = "Cancel an event of an offer")
    @Roles({"coordinator", "member-contact"})
    @POST
    @Path("{id}/events/{eventId}/cancel")
    public Offer cancelEvent(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("eventId") String eventId,
                             @QueryParam("tenant") String tenant) {
        return service.cancelEvent(Params.caller(sc), Params.tenant(sc, tenant), id, eventId);
    }

    /** The network's public directory: its address and name, published or not ({@code /directory}). */
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Kinderschutz: Offers", description = "Offers for families with texts per language and events (staff side)")
    public static class DirectoryResource {
        private final OffersService service;

        public DirectoryResource(OffersService service) {
            this.service = service;
        }

        @Operation(operationId = "getDirectory", summary = "The public directory's address and name")
        @Roles({"coordinator", "member-contact", "auditor"})
        @GET
        public Directory get(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
            return service.directory(Params.caller(sc), Params.tenant(sc, tenant))
                    .orElseThrow(() -> IkzException.notFound("directory", "of this network"));
        }

        @Operation(operationId = "publishDirectory", summary = "Set the public directory's address and name, publish or withdraw it")
        @Roles("coordinator")
        @PUT
        @Consumes(MediaType.APPLICATION_JSON)
        public Directory put(@Context SecurityContext sc, @QueryParam("tenant") String tenant, DirectoryInput body) {
            return service.publish(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        }
    }
}
