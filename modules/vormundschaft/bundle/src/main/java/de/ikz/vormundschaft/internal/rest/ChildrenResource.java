package de.ikz.vormundschaft.internal.rest;

import java.time.LocalDate;
import java.util.List;

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
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.Appointments.Appointment;
import de.ikz.vormundschaft.internal.service.Cases.AppointmentInput;
import de.ikz.vormundschaft.internal.service.Cases.Child;
import de.ikz.vormundschaft.internal.service.Cases.ChildInput;
import de.ikz.vormundschaft.internal.service.Cases.Proposal;
import de.ikz.vormundschaft.internal.service.Cases.Suggestion;

/**
 * Children in need of a volunteer guardian, named by pseudonym, and their case: suggestions,
 * match, reasoned proposal to the family court, withdrawal, appointment. Partner staff (role
 * {@code partner-staff} of a youth office) create and see their own office's children, with
 * identities; the office's coordinators (role {@code coordinator} with module {@code vormundschaft})
 * see children only by their pseudonym and do the matching, proposals and appointments; suggestions
 * are for coordinators and auditors; auditors read everything pseudonymised and change nothing.
 * The tenant is the caller's; a platform admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormundschaft: Children", description = "Pseudonymised child profiles, matching and proposals to the family court")
public class ChildrenResource {

    /** Body of POST /children/{id}/match. on: default today. */
    public record MatchRequest(String volunteerId, LocalDate on) {
    }

    /** Body of POST /children/{id}/proposal: the family court and the reasons (required, SGB VIII § 53). on: default today. */
    public record CourtProposal(String court, String reasons, LocalDate on) {
    }

    /** Body of POST /children/{id}/withdraw: why the open match or proposal is dropped. on: default today. */
    public record Withdrawal(String reason, LocalDate on) {
    }

    private final Cases office;

    public ChildrenResource(Cases office) {
        this.office = office;
    }

    @Operation(operationId = "listChildren", summary = "List child profiles")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    public List<Child> children(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        return office.children(Params.caller(sc), Params.tenant(sc, tenant));
    }

    /** A child of the caller's own youth office; the profile gets a fresh pseudonym (its id). */
    @Operation(operationId = "createChild", summary = "Create a pseudonymised child profile")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Child.class)))
    @Roles("partner-staff")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createChild(@Context SecurityContext sc, @QueryParam("tenant") String tenant, ChildInput body) {
        Child child = office.createChild(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        return Params.created(child, VormundschaftApi.BASE + "children/" + child.id());
    }

    @Operation(operationId = "getChild", summary = "Get a child profile")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("{id}")
    public Child child(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return office.child(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    /** Suitable volunteers for the child, best first, with reasons. */
    @Operation(operationId = "listSuggestions", summary = "Suggest volunteers for a child")
    @Roles({"coordinator", "auditor"})
    @GET
    @Path("{id}/suggestions")
    public List<Suggestion> suggestions(@Context SecurityContext sc, @PathParam("id") String id,
                                        @QueryParam("tenant") String tenant) {
        return office.suggestions(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    /** The case steps of the child, newest first. */
    @Operation(operationId = "listProposals", summary = "List the proposals for a child")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("{id}/proposals")
    public List<Proposal> proposals(@Context SecurityContext sc, @PathParam("id") String id,
                                    @QueryParam("tenant") String tenant) {
        return office.proposals(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    /** Matches a volunteer to the open child (refused over capacity, untrained, wrong stage ...). */
    @Operation(operationId = "matchVolunteer", summary = "Match a volunteer to a child")
    @Roles("coordinator")
    @POST
    @Path("{id}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    public Proposal match(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                          MatchRequest body) {
        MatchRequest m = Params.body(body);
        return office.match(Params.caller(sc), Params.tenant(sc, tenant), id, m.volunteerId(), m.on());
    }

    /** Proposes the matched volunteer to the family court. */
    @Operation(operationId = "proposeToCourt", summary = "Propose the match to the family court")
    @Roles("coordinator")
    @POST
    @Path("{id}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Proposal propose(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                            CourtProposal body) {
        CourtProposal p = Params.body(body);
        return office.propose(Params.caller(sc), Params.tenant(sc, tenant), id, p.court(), p.reasons(), p.on());
    }

    /** Drops the open match or proposal; the child is open again. */
    @Operation(operationId = "withdrawProposal", summary = "Withdraw a proposal")
    @Roles("coordinator")
    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Proposal withdraw(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                             Withdrawal body) {
        Withdrawal w = Params.body(body);
        return office.withdraw(Params.caller(sc), Params.tenant(sc, tenant), id, w.reason(), w.on());
    }

    /** Records the court's appointment of the proposed volunteer; the appointment is then under /appointments/{id}. */
    @Operation(operationId = "recordAppointment", summary = "Record the court's appointment")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Appointment.class)))
    @Roles("coordinator")
    @POST
    @Path("{id}/appointment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appoint(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                            AppointmentInput body) {
        Appointment a = office.appoint(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body));
        return Params.created(a, VormundschaftApi.BASE + "appointments/" + a.id());
    }
}
