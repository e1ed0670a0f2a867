package de.ikz.rest.internal.resources;

import java.net.URI;
import java.util.List;

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
public class TenantsResource {

    /** Body of POST /tenants. */
    public record NewTenant(String id, String name) {
    }

    private final TenantService tenants;

    @Activate
    public TenantsResource(@Reference TenantService tenants) {
        this.tenants = tenants;
    }

    @GET
    public List<Tenant> list(@Context SecurityContext sc) {
        return tenants.list(CallerPrincipal.caller(sc));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, NewTenant body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        Tenant t = tenants.create(CallerPrincipal.caller(sc), body.id(), body.name());
        return Response.created(URI.create("tenants/" + t.id())).entity(t).build();
    }

    @GET
    @Path("{id}")
    public Tenant get(@Context SecurityContext sc, @PathParam("id") String id) {
        return tenants.find(CallerPrincipal.caller(sc), id).orElseThrow(() -> IkzException.notFound("tenant", id));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Context SecurityContext sc, @PathParam("id") String id) {
        tenants.delete(CallerPrincipal.caller(sc), id);
        return Response.noContent().build();
    }
}
