package de.ikz.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Health", description = "Liveness and readiness for monitoring")
public class HealthResource {

    private final PlatformHealth health;

    @Activate
    public HealthResource(@Reference PlatformHealth health, @Reference ModulesResource modules,
                          @Reference TenantsResource tenants, @Reference UsersResource users, @Reference AuditResource audit,
                          @Reference AdminResource admin, @Reference ApiDocsResource docs,
                          @Reference ParticipantsResource participants, @Reference RegisterResource register,
                          @Reference AgreementsResource agreements, @Reference AllocationsResource allocations,
                          @Reference GrantsResource grants) {
        this.health = health;
    }

    /**
     * 200 with the report if the database answers (status "UP", or "DEGRADED" when the access
     * log's chain is broken: the platform works, an operator must act), 503 with the report if it
     * does not ("DOWN"). Monitoring reads the status field, not only the code.
     */
    @Operation(operationId = "getHealth", summary = "Get the platform health (no authentication)")
    @ApiResponse(responseCode = "200", description = "UP or DEGRADED", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlatformHealth.Report.class)))
    @ApiResponse(responseCode = "503", description = "DOWN: the database does not answer", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlatformHealth.Report.class)))
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        PlatformHealth.Report r = health.check();
        return Response.status("DOWN".equals(r.status()) ? 503 : 200).entity(r).build();
    }
}
