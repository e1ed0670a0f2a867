package de.ikz.rest.internal.resources;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.error.IkzException;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;
import de.ikz.api.tenant.Tenant;
import de.ikz.api.tenant.TenantService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Tenants: created by the platform admin; everybody else sees only their own. */
@Component(service = TenantsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants", description = "Tenants (cooperations)")
public class TenantsResource {

    /** Body of POST /tenants. */
    public record NewTenant(String id, String name) {
    }

    private final TenantService tenants;

    @Activate
    public TenantsResource(@Reference TenantService tenants) {
        this.tenants = tenants;
    }

    @Operation(operationId = "listTenants", summary = "List tenants")
    @GET
    public List<Tenant> list(@Context SecurityContext sc) {
        return tenants.list(CallerPrincipal.caller(sc));
    }

    @Operation(operationId = "createTenant", summary = "Create a tenant")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Tenant.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, NewTenant body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        Tenant t = tenants.create(CallerPrincipal.caller(sc), body.id(), body.name());
        return Response.created(URI.create("tenants/" + t.id())).entity(t).build();
    }

    @Operation(operationId = "getTenant", summary = "Get a tenant")
    @GET
    @Path("{id}")
    public Tenant get(@Context SecurityContext sc, @PathParam("id") String id) {
        return tenants.find(CallerPrincipal.caller(sc), id).orElseThrow(() -> IkzException.notFound("tenant", id));
    }

    @Operation(operationId = "deleteTenant", summary = "Delete a tenant")
    @DELETE
    @Path("{id}")
    public Response delete(@Context SecurityContext sc, @PathParam("id") String id) {
        tenants.delete(CallerPrincipal.caller(sc), id);
        return Response.noContent().build();
    }
}
