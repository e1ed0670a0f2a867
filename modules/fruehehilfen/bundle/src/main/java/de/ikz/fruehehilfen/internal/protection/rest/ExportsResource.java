package de.ikz.fruehehilfen.internal.protection.rest;

import javax.ws.rs.GET;
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
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.protection.FamilyExport;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /modules/fruehehilfen/exports/families/{familyId}?format=json|pdf}: everything held about one
 * family for its youth office (GDPR Art. 15). Its own top-level segment, apart from the families
 * part's {@code families/…}. The tenant is the caller's; the service lets only the coordination and
 * the owning office's partner staff through and logs the read.
 */
@Tag(name = "Frühe Hilfen: data protection", description = "GDPR Art. 15 export of a family")
public class ExportsResource {

    private final FamilyExport export;

    public ExportsResource(FamilyExport export) {
        this.export = export;
    }

    @Operation(operationId = "exportFamily", summary = "Export everything held about one family (GDPR Art. 15) as JSON or PDF/A")
    @ApiResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FamilyExport.Export.class)),
            @Content(mediaType = "application/pdf")})
    @Roles({"coordinator", "partner-staff"})
    @GET
    @Path("families/{familyId}")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
    public Response family(@Context SecurityContext sc, @QueryParam("tenant") String tenant,
                           @PathParam("familyId") String familyId,
                           @Parameter(description = "json (default) or pdf") @QueryParam("format") String format) {
        Caller caller = Params.caller(sc);
        String tenantId = Params.tenant(sc, tenant);
        String f = format == null || format.isBlank() ? "json" : format;
        return switch (f) {
            case "json" -> Response.ok(export.export(caller, tenantId, familyId, "json"), MediaType.APPLICATION_JSON).build();
            case "pdf" -> {
                byte[] pdf = export.pdf(caller, tenantId, familyId);
                yield Response.ok(pdf, "application/pdf").header("Content-Disposition",
                        "attachment; filename=\"auskunft-" + familyId.replaceAll("[^A-Za-z0-9_-]", "-") + ".pdf\"").build();
            }
            default -> throw IkzException.invalid("format", "format must be json or pdf");
        };
    }
}
