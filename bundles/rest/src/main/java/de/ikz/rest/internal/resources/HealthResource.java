package de.ikz.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import de.ikz.api.platform.PlatformHealth;
import de.ikz.api.rest.RestConstants;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The only resource without authentication: for load balancers and monitoring. It answers "UP"
 * only when every other core resource is published (it tracks them), so "UP" means the whole core
 * API answers, not only this path. It is published without the database too, and then answers
 * 503 DOWN naming what is missing (never 404).
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("health")
@Tag(name = "Health", description = "Liveness and readiness for monitoring")
public class HealthResource {

    // All optional and dynamic: the resource is published even while the database (and with it the
    // platform health and the other core resources) is missing, and then answers 503 DOWN naming what
    // is missing, never 404 (issue 14). Field injection, so each can come and go.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PlatformHealth health;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ModulesResource modules;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile TenantsResource tenants;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile UsersResource users;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditResource audit;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AdminResource admin;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ApiDocsResource docs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ParticipantsResource participants;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile RegisterResource register;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AgreementsResource agreements;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AllocationsResource allocations;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile GrantsResource grants;
    /** Logins (REST and web UI): without it every authenticated request answers 503, so the node is not ready. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile de.ikz.api.tenant.LoginService logins;

    /**
     * What the platform still waits for, empty when it is ready: the platform health (present once the
     * database answers and the core has started), the login service and every core resource.
     */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (de.ikz.rest.internal.WhiteboardGuard.restarting()) {
            missing.add("the JAX-RS whiteboard (restarted after a failure at start, see WhiteboardGuard in data/log/karaf.log)");
        }
        if (health == null) {
            missing.add("platform health (database service jdbc/ikz and core services)");
        }
        if (logins == null) {
            missing.add("login service (users in the database, failed-login counters)");
        }
        Object[] resources = {modules, tenants, users, audit, admin, docs, participants, register, agreements, allocations, grants};
        String[] names = {"modules", "tenants", "users", "audit", "admin", "api docs", "participants", "register",
                "agreements", "allocations", "grants"};
        for (int i = 0; i < resources.length; i++) {
            if (resources[i] == null) {
                missing.add(names[i] + " resource");
            }
        }
        return missing;
    }

    /** 503 DOWN with the reason, while the platform is not ready. */
    static Response notReady(List<String> missing) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "DOWN");
        body.put("database", Map.of("status", "UNKNOWN"));
        body.put("reason", "the platform is not ready (is the database reachable? see data/log/karaf.log); missing: "
                + String.join(", ", missing));
        body.put("missing", missing);
        return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /**
     * 200 with the report if the database answers (status "UP", or "DEGRADED" when the access
     * log's chain is broken: the platform works, an operator must act), 503 with the report if it
     * does not ("DOWN") or if a shipped module does not run ("DEGRADED" with {@code modulesNotRunning}:
     * this node does not serve all it should). Monitoring reads the status field, not only the code.
     */
    @Operation(operationId = "getHealth", summary = "Get the platform health (no authentication)")
    @ApiResponse(responseCode = "200", description = "UP, or DEGRADED (access log chain broken)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlatformHealth.Report.class)))
    @ApiResponse(responseCode = "503", description = "DOWN: the database does not answer; or DEGRADED: a shipped module does not run (modulesNotRunning)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlatformHealth.Report.class)))
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        PlatformHealth h = health;
        List<String> missing = missing();
        if (h == null || !missing.isEmpty()) {
            return notReady(missing);
        }
        PlatformHealth.Report r = h.check();
        boolean serving = !"DOWN".equals(r.status()) && r.modulesNotRunning().isEmpty();
        return Response.status(serving ? 200 : 503).entity(r).build();
    }
}
