package de.ikz.vormundschaft.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.TrainingModule;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The catalogue of training modules a volunteer attends before the pool (the required ones must
 * all be attended to leave TRAINING). Any authenticated user of the tenant reads it: the service
 * offers it without a caller, so the only check here is the caller's tenant (a platform admin names
 * it with {@code ?tenant=}). Courses are in {@link CoursesResource}.
 */
@Component(service = TrainingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("modules/vormundschaft/training")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

    private final CoordinationOffice office;

    @Activate
    public TrainingResource(@Reference CoordinationOffice office) {
        this.office = office;
    }

    @GET
    @Path("modules")
    public List<TrainingModule> trainingModules(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        c.tenantFor(tenant);
        return office.trainingModules();
    }
}
