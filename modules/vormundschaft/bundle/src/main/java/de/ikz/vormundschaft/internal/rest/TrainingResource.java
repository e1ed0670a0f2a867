package de.ikz.vormundschaft.internal.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.module.Roles;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.service.Training;
import de.ikz.vormundschaft.internal.service.Training.TrainingModule;

/**
 * The catalogue of training modules a volunteer attends before the pool (the required ones must
 * all be attended to leave TRAINING). Any authenticated user of the tenant reads it: the service
 * offers it without a caller, so the only check here is the caller's tenant (a platform admin names
 * it with {@code ?tenant=}). Courses are in {@link CoursesResource}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormundschaft: Training", description = "The training modules")
public class TrainingResource {

    private final Training office;

    public TrainingResource(Training office) {
        this.office = office;
    }

    @Operation(operationId = "listTrainingModules", summary = "List the training modules")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("modules")
    public List<TrainingModule> trainingModules(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        c.tenantFor(tenant);
        return office.trainingModules();
    }
}
