package de.ikz.vormundschaft.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.StageChange;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Volunteer;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.VolunteerInput;

/**
 * Volunteer guardians through the pipeline (enquiry to pool, resting, left), their certificate of
 * good conduct and their stage history. The office's coordinators (role {@code coordinator} with
 * module {@code vormundschaft}) read and change; auditors read, pseudonymised, and change nothing.
 * The tenant is the caller's; a platform admin names it with {@code ?tenant=}. The service checks
 * the rights and the pipeline rules.
 */
@Produces(MediaType.APPLICATION_JSON)
public class VolunteersResource {

    /**
     * Body of POST /volunteers/{id}/stage. to: ENQUIRY, APPLICATION, SUITABILITY_INTERVIEW,
     * CONDUCT_CERTIFICATE, TRAINING, REFLECTION_TALK, POOL, RESTING or LEFT (MATCHED,
     * PROPOSED_TO_COURT and APPOINTED are reached through the child's case); on: default today.
     */
    public record StageMove(String to, LocalDate on, String note) {
    }

    /** Body of POST /volunteers/{id}/conduct-check: only the day the certificate was seen and whether it was clear. */
    public record ConductCertificate(LocalDate seen, Boolean clear) {
    }

    private final CoordinationOffice office;

    public VolunteersResource(CoordinationOffice office) {
        this.office = office;
    }

    /** All volunteers, or those in one stage ({@code ?stage=POOL}). */
    @GET
    public List<Volunteer> volunteers(@Context SecurityContext sc, @QueryParam("stage") String stage,
                                      @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.volunteers(c, c.tenantFor(tenant), Params.stage("stage", stage));
    }

    /** A new volunteer, in stage ENQUIRY. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createVolunteer(@Context SecurityContext sc, @QueryParam("tenant") String tenant, VolunteerInput body) {
        Caller c = CallerPrincipal.caller(sc);
        Volunteer v = office.createVolunteer(c, c.tenantFor(tenant), Params.body(body));
        return Params.created(v, "volunteers/" + v.id());
    }

    @GET
    @Path("{id}")
    public Volunteer volunteer(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.volunteer(c, c.tenantFor(tenant), id);
    }

    /** Changes the fields given; a null field stays as it is. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Volunteer updateVolunteer(@Context SecurityContext sc, @PathParam("id") String id,
                                     @QueryParam("tenant") String tenant, VolunteerInput body) {
        Caller c = CallerPrincipal.caller(sc);
        return office.updateVolunteer(c, c.tenantFor(tenant), id, Params.body(body));
    }

    /** Moves the volunteer to another stage by the pipeline rules. */
    @POST
    @Path("{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Volunteer moveVolunteer(@Context SecurityContext sc, @PathParam("id") String id,
                                   @QueryParam("tenant") String tenant, StageMove body) {
        Caller c = CallerPrincipal.caller(sc);
        StageMove move = Params.body(body);
        return office.moveVolunteer(c, c.tenantFor(tenant), id, Params.requiredStage("to", move.to()), move.on(),
                move.note());
    }

    @POST
    @Path("{id}/conduct-check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Volunteer recordConductCheck(@Context SecurityContext sc, @PathParam("id") String id,
                                        @QueryParam("tenant") String tenant, ConductCertificate body) {
        Caller c = CallerPrincipal.caller(sc);
        ConductCertificate check = Params.body(body);
        return office.recordConductCheck(c, c.tenantFor(tenant), id, check.seen(), check.clear());
    }

    /** The volunteer's moves through the pipeline. */
    @GET
    @Path("{id}/history")
    public List<StageChange> stageHistory(@Context SecurityContext sc, @PathParam("id") String id,
                                          @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.stageHistory(c, c.tenantFor(tenant), id);
    }
}
