package de.ikz.rest.internal.resources;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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

import de.ikz.api.error.IkzException;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.RoleGrant;
import de.ikz.api.tenant.RoleGrantService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Four-eyes grants of case access: a tenant admin (or platform admin) asks, a second tenant admin
 * of the same tenant confirms or rejects. A user without admin rights sees their own grants and
 * what is missing (field {@code message}).
 */
@Component(service = GrantsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Role grants", description = "Requests for roles, confirmed by a second person")
public class GrantsResource {

    /**
     * Body of POST /grants: case-access roles for an existing user. roles: partner-staff,
     * coordinator (and any platform role a module declares as case access); participant with
     * partner-staff, modules with coordinator; moduleRoles: roles a live module declares of its own with
     * case access, each "&lt;module&gt;.&lt;role&gt;" (e.g. "fruehehilfen.professional").
     */
    public record NewGrant(String username, List<String> roles, String participant, List<String> modules, String reason,
                           List<String> moduleRoles) {
    }

    /** Body of POST /grants/{id}/confirm and /reject (optional). */
    public record Decision(String note) {
    }

    /** A grant as the API shows it; state PENDING, CONFIRMED or REJECTED. */
    public record Grant(String id, String tenant, String username, List<String> roles, String state, String requestedBy,
                        Instant requestedAt, String reason, String decidedBy, Instant decidedAt, String note, String message) {
        static Grant of(RoleGrant g) {
            return new Grant(g.id(), g.tenantId(), g.username(), g.roles(), g.state().name(), g.requestedBy(), g.requestedAt(),
                    g.reason().orElse(null), g.decidedBy().orElse(null), g.decidedAt().orElse(null), g.note().orElse(null),
                    g.message());
        }
    }

    private final RoleGrantService grants;

    @Activate
    public GrantsResource(@Reference RoleGrantService grants) {
        this.grants = grants;
    }

    /** Admins and auditors: the tenant's grants (filter by user and state); everybody else: their own. */
    @Operation(operationId = "listGrants", summary = "List role grants")
    @GET
    public List<Grant> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @QueryParam("user") String user,
                            @QueryParam("state") String state) {
        return grants.list(CallerPrincipal.caller(sc), tenant, Optional.ofNullable(user).filter(u -> !u.isBlank()),
                RoleGrant.State.parse("state", state))
                .stream().map(Grant::of).toList();
    }

    @Operation(operationId = "requestGrant", summary = "Request a role grant")
    @ApiResponse(responseCode = "201", description = "The pending grant", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Grant.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@Context SecurityContext sc, NewGrant body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        RoleGrant g = grants.request(CallerPrincipal.caller(sc), body.username(), PlatformRole.parseAll("roles", body.roles()), Optional.ofNullable(body.participant()),
                body.modules() == null ? Set.of() : Set.copyOf(body.modules()), UsersResource.moduleRoles(body.moduleRoles()),
                body.reason());
        return Response.created(URI.create("grants/" + g.id())).entity(Grant.of(g)).build();
    }

    @Operation(operationId = "getGrant", summary = "Get a role grant")
    @GET
    @Path("{id}")
    public Grant get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return grants.find(CallerPrincipal.caller(sc), tenant, id).map(Grant::of).orElseThrow(() -> IkzException.notFound("grant", id));
    }

    /** A tenant admin of the grant's tenant who neither requested it nor is its user; never a platform admin. */
    @Operation(operationId = "confirmGrant", summary = "Confirm a pending role grant")
    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Grant confirm(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant, Decision body) {
        return Grant.of(grants.confirm(CallerPrincipal.caller(sc), tenant, id, body == null ? null : body.note()));
    }

    /** An admin of the tenant, or the requester (withdrawal). */
    @Operation(operationId = "rejectGrant", summary = "Reject a pending role grant")
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Grant reject(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant, Decision body) {
        return Grant.of(grants.reject(CallerPrincipal.caller(sc), tenant, id, body == null ? null : body.note()));
    }
}
