package de.ikz.rest.internal.resources;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.GET;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.ModuleApi;
import de.ikz.api.rest.RestConstants;
import de.ikz.api.tenant.Caller;
import de.ikz.rest.internal.ModuleContract;
import de.ikz.rest.internal.ModuleOperations;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The live set of cooperation modules, and the door to their REST APIs: {@code /modules/<id>/…}
 * is handed to the module's {@link ModuleApi} service as a sub-resource. The module APIs are a
 * dynamic reference, so a module coming or going changes nothing in the JAX-RS application (no
 * republish, no 404 for anybody else).
 * <p>
 * The platform enforces the module contract here ({@link ModuleContract}): before the module's
 * sub-resource gets a request, the method and path are matched against the module's operation
 * table and the caller must hold one of the roles the operation declares (a read-only role never
 * for a changing one); otherwise 403. This is the one place that sees every module request after
 * authentication: CXF runs post-matching filters for the root resource only, i.e. this locator.
 */
@Component(service = ModulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("modules")
@Tag(name = "Modules", description = "Deployed modules and their operations")
public class ModulesResource {

    /** One operation of a module as the platform enforces it, for {@code GET /modules/{id}/operations}. */
    public record OperationView(String method, String path, List<String> roles, boolean publicOperation,
                                boolean changes, boolean refused, List<String> findings) {
    }

    private final ModuleRegistry registry;
    private final ModuleContract contract;

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry, @Reference ModuleContract contract) {
        this.registry = registry;
        this.contract = contract;
    }

    @Operation(operationId = "listModules", summary = "List deployed modules")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ModuleInfo> list(@Context SecurityContext sc) {
        CallerPrincipal.caller(sc);
        return registry.modules();
    }

    @Reference(service = ModuleApi.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + ModuleApi.PROPERTY_ID + "=*)")
    void addApi(ModuleApi api, Map<String, Object> props) {
        // the first API registered for an id stays, as in the module registry (a second one is logged)
        contract.add(String.valueOf(props.get(ModuleApi.PROPERTY_ID)), api);
    }

    void removeApi(ModuleApi api, Map<String, Object> props) {
        contract.remove(String.valueOf(props.get(ModuleApi.PROPERTY_ID)), api);
    }

    /**
     * The module's API as a sub-resource, after the contract check; 404 while the module (or its
     * API) is not deployed or has no such path, 405 for another method, 403 for a caller without
     * one of the operation's roles.
     */
    @Path("{id}")
    public Object api(@PathParam("id") String id, @Context UriInfo uri, @Context Request request,
                      @Context SecurityContext sc) {
        ModuleApi api = contract.api(id).orElseThrow(() -> IkzException.notFound("module API", id));
        // CXF caches the model of each class this locator returns and never lets go: earlier generations of a
        // redeployed module would stay loaded (SubResourceCache)
        de.ikz.rest.internal.SubResourceCache.prune(contract::served);
        // the path below modules/<id>/, as sent (JAX-RS matches the encoded path)
        String[] seg = ModuleOperations.normalize(uri.getPath(false)).split("/", 3);
        // CXF calls this locator while matching, before authentication: only the path is decided here (404/405 for
        // a path the module's table lacks); the roles are checked by the authentication filter (ModuleContract#authorize)
        ModuleContract.Verdict v = contract.route(id, request.getMethod(), seg.length > 2 ? seg[2] : "");
        if (!v.passes()) {
            // a path the module's table does not have: answered here, so nothing the table misses can run
            if (v.allowed().isEmpty()) {
                throw new NotFoundException();
            }
            throw new NotAllowedException(v.allowed().iterator().next(), v.allowed().toArray(String[]::new));
        }
        return api;
    }

    /**
     * The module's operations as the platform enforces them: method, path, the roles that may call
     * each, whether it is public or changes data, and why an operation is refused to everybody.
     * For platform admins (operators and integrators checking a module).
     */
    @Operation(operationId = "listModuleOperations", summary = "List the operations of a module with their roles")
    @GET
    @Path("{id}/operations")
    @Produces(MediaType.APPLICATION_JSON)
    public List<OperationView> operations(@Context SecurityContext sc, @PathParam("id") String id) {
        Caller caller = CallerPrincipal.caller(sc);
        if (!caller.isPlatformAdmin()) {
            throw IkzException.forbidden("only a platform admin may list a module's operations");
        }
        return contract.operations(id).orElseThrow(() -> IkzException.notFound("module API", id)).operations().stream()
                .sorted(java.util.Comparator.comparing(ModuleOperations.Operation::path)
                        .thenComparing(ModuleOperations.Operation::method))
                .map(o -> new OperationView(o.method(), "/" + o.path(), o.roles(), o.open(), o.changes(), !o.valid(),
                        o.findings()))
                .toList();
    }

    @Operation(operationId = "getModule", summary = "Get a deployed module")
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ModuleInfo get(@Context SecurityContext sc, @PathParam("id") String id) {
        CallerPrincipal.caller(sc);
        return registry.modules().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> IkzException.notFound("module", id));
    }
}
