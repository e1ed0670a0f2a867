package de.ikz.kinderschutz.internal.offers.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import de.ikz.api.module.PublicOperation;
import de.ikz.kinderschutz.internal.calendar.ICalendar;
import de.ikz.kinderschutz.internal.offers.DirectoryExports;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.offers.OffersService.Facets;
import de.ikz.kinderschutz.internal.offers.OffersService.SearchPage;
import de.ikz.kinderschutz.internal.offers.PublicOffer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public offers directory of a network ({@code /public/{network}/…}): read-only, WITHOUT LOGIN
 * (every operation is a {@link PublicOperation}, rate-limited per client address by the platform:
 * 429 with Retry-After). Only published offers of a published directory; an unknown or unpublished
 * network is 404. Queries are bounded (size ≤ 50, q ≤ 100 characters, page ≤ 1000): 400 naming the field.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kinderschutz: Public directory", description = "Offers for families, without login: search and exports")
public class PublicDirectoryResource {

    private final OffersService service;
    private final DirectoryExports exports;

    public PublicDirectoryResource(OffersService service, DirectoryExports exports) {
        this.service = service;
        this.exports = exports;
    }

    @Operation(operationId = "publicDirectory", summary = "What the directory's search offers: municipalities, languages, types", extensions = @Extension(properties = @ExtensionProperty(name = "x-ikz-public", value = "true")))
    @PublicOperation
    @GET
    public Facets facets(@PathParam("network") String network) {
        return service.facets(network);
    }

    @Operation(operationId = "publicSearchOffers", summary = "Search offers by municipality, language, type, child's age (years), date, words", extensions = @Extension(properties = @ExtensionProperty(name = "x-ikz-public", value = "true")))
    @PublicOperation
    @GET
    @Path("offers")
    public SearchPage search(@PathParam("network") String network, @QueryParam("ags") String ags, @QueryParam("language") String language,
                             @QueryParam("type") String type, @QueryParam("age") String age, @QueryParam("date") String date,
                             @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.search(network, OffersService.query(ags, language, type, age, date, q, page, size));
    }

    @Operation(operationId = "publicGetOffer", summary = "One offer, its texts in the language asked for (German where none)", extensions = @Extension(properties = @ExtensionProperty(name = "x-ikz-public", value = "true")))
    @PublicOperation
    @GET
    @Path("offers/{id}")
    public PublicOffer offer(@PathParam("network") String network, @PathParam("id") String id, @QueryParam("language") String language) {
        return service.publicOffer(network, id, language);
    }

    @Operation(operationId = "publicExportJson", summary = "Every published offer with all texts (JSON, for websites and portals)", extensions = @Extension(properties = @ExtensionProperty(name = "x-ikz-public", value = "true")))
    @ApiResponse(responseCode = "200", description = "JSON", content = @Content(mediaType = "application/json",
            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object")))
    @PublicOperation
    @GET
    @Path("offers.json")
    public Response json(@PathParam("network") String network) {
        return Response.ok(exports.json(network), MediaType.APPLICATION_JSON).build();
    }

    @Operation(operationId = "publicExportCsv", summary = "Every published offer, one row per offer and language (CSV)", extensions = @Extension(properties = @ExtensionProperty(name = "x-ikz-public", value = "true")))
    @ApiResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv"))
    @PublicOperation
    @GET
    @Path("offers.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("network") String network) {
        return Response.ok(exports.csv(network), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"angebote-" + network + ".csv\"").build();
    }

    @Operation(operationId = "publicExportEvents", summary = "The offers' events as iCalendar", extensions = @Extension(properties = @ExtensionProperty(name = "x-ikz-public", value = "true")))
    @ApiResponse(responseCode = "200", description = "iCalendar", content = @Content(mediaType = "text/calendar"))
    @PublicOperation
    @GET
    @Path("events.ics")
    @Produces("text/calendar")
    public Response ical(@PathParam("network") String network) {
        return Response.ok(exports.ical(network), ICalendar.MEDIA_TYPE).build();
    }

    @Operation(operationId = "publicExportJsonLd", summary = "The offers as schema.org JSON-LD (an ItemList of Services with Events)", extensions = @Extension(properties = @ExtensionProperty(name = "x-ikz-public", value = "true")))
    @ApiResponse(responseCode = "200", description = "JSON-LD", content = @Content(mediaType = "application/ld+json"))
    @PublicOperation
    @GET
    @Path("offers.jsonld")
    @Produces("application/ld+json")
    public Response jsonLd(@PathParam("network") String network) {
        return Response.ok(exports.jsonLd(network), "application/ld+json; charset=utf-8").build();
    }
}
