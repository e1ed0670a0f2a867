package de.ikz.rest.internal.resources;

import java.util.List;

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
import de.ikz.api.rest.RestConstants;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The live set of cooperation modules. */
@Component(service = ModulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("modules")
public class ModulesResource {

    private final ModuleRegistry registry;

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

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ModuleInfo get(@Context SecurityContext sc, @PathParam("id") String id) {
        CallerPrincipal.caller(sc);
        return registry.modules().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> IkzException.notFound("module", id));
    }
}
