package de.ikz.fruehehilfen.internal.rest;

import javax.ws.rs.Path;

import de.ikz.api.rest.ModuleApi;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.db.Schema;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's REST API, served by the platform at {@code /api/v1/modules/fruehehilfen/…} (see
 * {@link ModuleApi}): one sub-resource per top-level segment, each part's resource class in its own
 * package. The class-level path is what the platform maps it to; it is here for the generated
 * OpenAPI document. Not a whiteboard resource: the platform's JSON handling, problem details,
 * authentication and role checks apply.
 */
@Component(service = ModuleApi.class, property = ModuleApi.PROPERTY_ID + "=" + ModuleDefinition.ID)
@Path("modules/" + ModuleDefinition.ID)
public class ModuleRestApi implements ModuleApi {

    @Activate
    public ModuleRestApi(@Reference Schema schema) {
        // each part adds its service reference(s) and sub-resource locator(s)
    }
}
