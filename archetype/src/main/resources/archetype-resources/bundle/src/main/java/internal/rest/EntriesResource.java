package ${package}.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.module.Roles;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.rest.Params;
import ${package}.internal.ModuleDefinition;
import ${package}.internal.domain.Entry;
import ${package}.internal.service.Entries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The entries of the caller's tenant ({@code /api/v1/modules/${moduleId}/entries}); a platform
 * admin names the tenant with {@code ?tenant=}. {@link Roles} on every operation says who may call
 * it: the platform enforces it before the method runs and never lets the auditor change data.
 * <p>
 * OpenAPI: each operation carries its operationId (the build prefixes it with the module:
 * {@code ${moduleId}} gives {@code listEntries} the prefix of {@code OpenApiCheck.modulePrefix}),
 * a summary, the class its tag, a create its 201 type; the problem responses (400, 401, 403, 404,
 * …) and the success status of the others are added in the build by the test kit's
 * {@code OpenApiCompletion} and checked by {@code OpenApiContractTest}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "${displayName}: Entries", description = "Entries of the module ${moduleId}")
public class EntriesResource {

    private final Entries entries;

    public EntriesResource(Entries entries) {
        this.entries = entries;
    }

    @GET
    @Operation(operationId = "listEntries", summary = "List the tenant's entries, newest first")
    @Roles({ModuleDefinition.COORDINATOR, ModuleDefinition.AUDITOR})
    public List<Entry> listEntries(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return entries.list(c, c.tenantFor(tenant));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEntry", summary = "Get an entry")
    @Roles({ModuleDefinition.COORDINATOR, ModuleDefinition.AUDITOR})
    public Entry getEntry(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return entries.get(c, c.tenantFor(tenant), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createEntry", summary = "Create an entry")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Entry.class)))
    @Roles(ModuleDefinition.COORDINATOR)
    public Response createEntry(@Context SecurityContext sc, @QueryParam("tenant") String tenant, Entry.Input body) {
        Caller c = CallerPrincipal.caller(sc);
        Entry e = entries.create(c, c.tenantFor(tenant), Params.body(body));
        return Params.created(e, Params.moduleBase(ModuleDefinition.ID) + "entries/" + e.id());
    }
}
