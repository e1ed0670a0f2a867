package ${package}.internal.rest;

import javax.ws.rs.Path;

import de.ikz.api.rest.ModuleApi;
import ${package}.internal.ModuleDefinition;
import ${package}.internal.service.Entries;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's REST API, served by the platform at {@code /api/v1/modules/${moduleId}/…} (see
 * {@link ModuleApi}): one sub-resource per top-level segment. The class-level path is what the
 * platform maps it to; it is here for the generated OpenAPI document. Not a whiteboard resource:
 * the platform's JSON handling, problem details, authentication and role checks apply.
 */
@Component(service = ModuleApi.class, property = ModuleApi.PROPERTY_ID + "=" + ModuleDefinition.ID)
@Path("modules/" + ModuleDefinition.ID)
public class ModuleRestApi implements ModuleApi {

    private final EntriesResource entries;

    @Activate
    public ModuleRestApi(@Reference Entries entries) {
        this.entries = new EntriesResource(entries);
    }

    @Path("entries")
    public EntriesResource entries() {
        return entries;
    }
}
