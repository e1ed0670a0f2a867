package de.ikz.vormundschaft.internal.rest;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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

import de.ikz.api.module.Roles;
import de.ikz.kit.rest.Params;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Appointments.AllowanceClaim;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;

/**
 * Guardianships and curatorships the family court appointed (they are created through
 * POST /children/{id}/appointment): their end, the yearly reports to the court and the yearly
 * expense allowance. The office's coordinators (role {@code coordinator} with module
 * {@code vormundschaft}) do this work; auditors read, pseudonymised, and change nothing. The tenant
 * is the caller's; a platform admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormundschaft: Appointments", description = "Appointments of volunteer guardians, their reports and end")
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

    private final Appointments office;

    public AppointmentsResource(Appointments office) {
        this.office = office;
    }

    /** {@code ?active=true}: only appointments not ended; absent: all (the value is the service's {@code activeOnly}). */
    @Operation(operationId = "listAppointments", summary = "List appointments")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    public List<Appointment> appointments(@Context SecurityContext sc, @QueryParam("active") String active,
                                          @QueryParam("tenant") String tenant) {
        return office.appointments(Params.caller(sc), Params.tenant(sc, tenant), Params.flag("active", active));
    }

    @Operation(operationId = "getAppointment", summary = "Get an appointment")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("{id}")
    public Appointment appointment(@Context SecurityContext sc, @PathParam("id") String id,
                                   @QueryParam("tenant") String tenant) {
        return office.appointment(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    /** Ends the appointment (majority, lifted, change of guardian, ...). */
    @Operation(operationId = "endAppointment", summary = "End an appointment")
    @Roles("coordinator")
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public Appointment endAppointment(@Context SecurityContext sc, @PathParam("id") String id,
                                      @QueryParam("tenant") String tenant, Ending body) {
        Ending e = Params.body(body);
        return office.endAppointment(Params.caller(sc), Params.tenant(sc, tenant), id, e.on(), e.reason(),
                Params.choice("next", e.next(), AFTER_END));
    }

    /** Records the yearly report to the court as received. */
    @Operation(operationId = "recordReport", summary = "Record a yearly report of an appointment")
    @Roles("coordinator")
    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Appointment recordReport(@Context SecurityContext sc, @PathParam("id") String id,
                                    @QueryParam("tenant") String tenant, ReportReceipt body) {
        ReportReceipt r = Params.body(body);
        return office.recordReport(Params.caller(sc), Params.tenant(sc, tenant), id, r.year(), r.receivedOn());
    }

    /** Claims the yearly allowance; refused after 30 June of the following year. Claims are listed under /allowance-claims. */
    @Operation(operationId = "claimAllowance", summary = "Claim the expense allowance of a year")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AllowanceClaim.class)))
    @Roles("coordinator")
    @POST
    @Path("{id}/allowance-claims")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response claimAllowance(@Context SecurityContext sc, @PathParam("id") String id,
                                   @QueryParam("tenant") String tenant, AllowanceRequest body) {
        AllowanceRequest r = Params.body(body);
        AllowanceClaim claim = office.claimAllowance(Params.caller(sc), Params.tenant(sc, tenant), id, r.year(),
                r.claimedOn());
        return Params.created(claim, VormundschaftApi.BASE + "allowance-claims", "volunteer=" + claim.volunteerId());
    }
}
