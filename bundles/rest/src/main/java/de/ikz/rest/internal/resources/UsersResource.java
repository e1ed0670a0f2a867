package de.ikz.rest.internal.resources;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.UserAccount;
import de.ikz.api.tenant.UserService;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Users of the platform's realm. A tenant admin manages the users of their own tenant. */
@Component(service = UsersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "User accounts of a tenant")
public class UsersResource {

    /**
     * Body of POST /users. roles: platform-admin, tenant-admin, coordinator, partner-staff, auditor.
     * moduleRoles: roles a live module declares of its own, each "&lt;module&gt;.&lt;role&gt;" (e.g.
     * "fruehehilfen.professional"); a user of a tenant may hold only module roles. One with case access
     * becomes a pending grant a second tenant admin confirms, like coordinator.
     */
    public record NewUser(String username, String password, String tenant, List<String> roles, String participant,
                          List<String> modules, List<String> moduleRoles) {
    }

    /**
     * Body of PUT /users/{name}/password: the new password, and the current one when you change
     * your own (not needed when an admin resets another user's password; that user must then change
     * it at the next login).
     */
    public record NewPassword(String password, String currentPassword) {
    }

    /** A user as the API shows it; moduleRoles are the module roles held (confirmed), "&lt;module&gt;.&lt;role&gt;". */
    public record User(String username, String tenant, List<String> roles, String participant, List<String> modules,
                       List<String> moduleRoles) {
        static User of(UserAccount a) {
            return new User(a.username(), a.tenantId().orElse(null),
                    a.roles().stream().map(PlatformRole::shortName).sorted().toList(), a.participantId().orElse(null),
                    a.modules().stream().sorted().toList(), a.moduleRoles().stream().sorted().toList());
        }
    }

    private final UserService users;

    @Activate
    public UsersResource(@Reference UserService users) {
        this.users = users;
    }

    @Operation(operationId = "listUsers", summary = "List users")
    @GET
    public List<User> list(@Context SecurityContext sc) {
        return users.list(CallerPrincipal.caller(sc)).stream().map(User::of).toList();
    }

    @Operation(operationId = "createUser", summary = "Create a user")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = User.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, NewUser body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        Set<PlatformRole> roles = PlatformRole.parseAll("roles", body.roles());
        UserAccount a = users.create(CallerPrincipal.caller(sc), body.username(), body.password(),
                Optional.ofNullable(body.tenant()), roles, Optional.ofNullable(body.participant()),
                body.modules() == null ? Set.of() : Set.copyOf(body.modules()), moduleRoles(body.moduleRoles()));
        return Response.created(URI.create("users/" + a.username())).entity(User.of(a)).build();
    }

    @Operation(operationId = "getUser", summary = "Get a user")
    @GET
    @Path("{username}")
    public User get(@Context SecurityContext sc, @PathParam("username") String username) {
        return users.find(CallerPrincipal.caller(sc), username).map(User::of)
                .orElseThrow(() -> IkzException.notFound("user", username));
    }

    @Operation(operationId = "setUserPassword", summary = "Set a user's password")
    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response password(@Context SecurityContext sc, @PathParam("username") String username, NewPassword body) {
        if (body == null) {
            throw IkzException.invalid("password", "request body required");
        }
        users.setPassword(CallerPrincipal.caller(sc), username, body.currentPassword(), body.password());
        return Response.noContent().build();
    }

    @Operation(operationId = "deleteUser", summary = "Delete a user")
    @DELETE
    @Path("{username}")
    public Response delete(@Context SecurityContext sc, @PathParam("username") String username) {
        users.delete(CallerPrincipal.caller(sc), username);
        return Response.noContent().build();
    }

    /** The module roles of a body: absent is none; a null entry is refused naming the field. */
    static Set<String> moduleRoles(List<String> list) {
        if (list == null) {
            return Set.of();
        }
        if (list.contains(null)) {
            throw IkzException.invalid("moduleRoles", "an entry of moduleRoles is empty");
        }
        return Set.copyOf(list);
    }
}
