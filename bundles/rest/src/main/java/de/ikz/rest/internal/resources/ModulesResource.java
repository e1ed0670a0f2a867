package de.ikz.rest.internal.resources;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleInfo;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.ModuleApi;
import de.ikz.api.rest.RestConstants;

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
 */
@Component(service = ModulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("modules")
public class ModulesResource {

    private final ModuleRegistry registry;
    private final Map<String, ModuleApi> apis = new ConcurrentHashMap<>();

    @Activate
    public ModulesResource(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ModuleInfo> list(@Context SecurityContext sc) {
        CallerPrincipal.caller(sc);
        return registry.modules();
    }

    @Reference(service = ModuleApi.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + ModuleApi.PROPERTY_ID + "=*)")
    void addApi(ModuleApi api, Map<String, Object> props) {
        // the first API registered for an id stays, as in the module registry
        apis.putIfAbsent(String.valueOf(props.get(ModuleApi.PROPERTY_ID)), api);
    }

    void removeApi(ModuleApi api, Map<String, Object> props) {
        apis.remove(String.valueOf(props.get(ModuleApi.PROPERTY_ID)), api);
    }

    /** The module's API as a sub-resource; 404 while the module (or its API) is not deployed. */
    @Path("{id}")
    public Object api(@PathParam("id") String id) {
        ModuleApi api = apis.get(id);
        if (api == null) {
            throw IkzException.notFound("module API", id);
        }
        return api;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ModuleInfo get(@Context SecurityContext sc, @PathParam("id") String id) {
        CallerPrincipal.caller(sc);
        return registry.modules().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> IkzException.notFound("module", id));
    }
}
