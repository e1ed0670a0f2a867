package de.ikz.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import de.ikz.api.platform.PlatformHealth;
import de.ikz.api.rest.RestConstants;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The only resource without authentication: for load balancers and monitoring. It is published
 * after every other core resource (it references them), so "UP" means the whole core API answers,
 * not only this path.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("health")
public class HealthResource {

    private final PlatformHealth health;

    @Activate
    public HealthResource(@Reference PlatformHealth health, @Reference ModulesResource modules,
                          @Reference TenantsResource tenants, @Reference UsersResource users, @Reference AuditResource audit,
                          @Reference AdminResource admin, @Reference ApiDocsResource docs,
                          @Reference ParticipantsResource participants, @Reference RegisterResource register,
                          @Reference AgreementsResource agreements, @Reference AllocationsResource allocations) {
        this.health = health;
    }

    /** 200 with the report if the database answers, 503 with the report otherwise. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        PlatformHealth.Report r = health.check();
        return Response.status("UP".equals(r.status()) ? 200 : 503).entity(r).build();
    }
}
