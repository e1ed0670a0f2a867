package de.ikz.vormundschaft.internal.rest;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.AllowanceClaim;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Appointment;

/**
 * Guardianships and curatorships the family court appointed (they are created through
 * POST /children/{id}/appointment): their end, the yearly reports to the court and the yearly
 * expense allowance. The office's coordinators (role {@code coordinator} with module
 * {@code vormundschaft}) do this work; auditors read, pseudonymised, and change nothing. The tenant
 * is the caller's; a platform admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

    /** Stages a volunteer may go to when an appointment ends. */
    static final Set<VolunteerStage> AFTER_END = EnumSet.of(VolunteerStage.POOL, VolunteerStage.RESTING, VolunteerStage.LEFT);

    /**
     * Body of POST /appointments/{id}/end. on: default today; next: the volunteer's stage when no
     * other appointment is active, POOL (default), RESTING or LEFT.
     */
    public record Ending(LocalDate on, String reason, String next) {
    }

    /** Body of POST /appointments/{id}/reports: the yearly report to the court for {@code year}, received on. */
    public record ReportReceipt(Integer year, LocalDate receivedOn) {
    }

    /** Body of POST /appointments/{id}/allowance-claims: the allowance for {@code year}, claimed on. */
    public record AllowanceRequest(Integer year, LocalDate claimedOn) {
    }

    private final CoordinationOffice office;

    public AppointmentsResource(CoordinationOffice office) {
        this.office = office;
    }

    /** {@code ?active=true}: only appointments not ended; absent: all (the value is the service's {@code activeOnly}). */
    @GET
    public List<Appointment> appointments(@Context SecurityContext sc, @QueryParam("active") String active,
                                          @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.appointments(c, c.tenantFor(tenant), Params.flag("active", active));
    }

    @GET
    @Path("{id}")
    public Appointment appointment(@Context SecurityContext sc, @PathParam("id") String id,
                                   @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.appointment(c, c.tenantFor(tenant), id);
    }

    /** Ends the appointment (majority, lifted, change of guardian, ...). */
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public Appointment endAppointment(@Context SecurityContext sc, @PathParam("id") String id,
                                      @QueryParam("tenant") String tenant, Ending body) {
        Caller c = CallerPrincipal.caller(sc);
        Ending e = Params.body(body);
        return office.endAppointment(c, c.tenantFor(tenant), id, e.on(), e.reason(),
                Params.stage("next", e.next(), AFTER_END));
    }

    /** Records the yearly report to the court as received. */
    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Appointment recordReport(@Context SecurityContext sc, @PathParam("id") String id,
                                    @QueryParam("tenant") String tenant, ReportReceipt body) {
        Caller c = CallerPrincipal.caller(sc);
        ReportReceipt r = Params.body(body);
        return office.recordReport(c, c.tenantFor(tenant), id, r.year(), r.receivedOn());
    }

    /** Claims the yearly allowance; refused after 30 June of the following year. Claims are listed under /allowance-claims. */
    @POST
    @Path("{id}/allowance-claims")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response claimAllowance(@Context SecurityContext sc, @PathParam("id") String id,
                                   @QueryParam("tenant") String tenant, AllowanceRequest body) {
        Caller c = CallerPrincipal.caller(sc);
        AllowanceRequest r = Params.body(body);
        AllowanceClaim claim = office.claimAllowance(c, c.tenantFor(tenant), id, r.year(), r.claimedOn());
        return Params.created(claim, "allowance-claims", "volunteer=" + claim.volunteerId());
    }
}
