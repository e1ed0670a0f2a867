package de.ikz.kinderschutz.internal.rest;

import javax.ws.rs.Path;

import de.ikz.api.rest.ModuleApi;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.db.Schema;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's REST API, served by the platform at {@code /api/v1/modules/kinderschutz/…} (see
 * {@link ModuleApi}): one sub-resource locator per part (members, meetings, courses, offers, budget,
 * reports; the public directory under {@code public/…}, whose operations need no login). The
 * class-level path is what the platform maps it to; it is here for the generated OpenAPI document.
 */
@Component(service = ModuleApi.class, property = ModuleApi.PROPERTY_ID + "=" + ModuleDefinition.ID)
@Path("modules/" + ModuleDefinition.ID)
public class ModuleRestApi implements ModuleApi {

    @Activate
    public ModuleRestApi(@Reference Schema schema) {
        // each part adds its service reference(s) to this constructor and a locator method below
    }
}
