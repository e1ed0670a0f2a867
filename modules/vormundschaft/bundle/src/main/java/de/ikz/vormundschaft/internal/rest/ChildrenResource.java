package de.ikz.vormundschaft.internal.rest;

import java.time.LocalDate;
import java.util.List;

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
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Appointment;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.AppointmentInput;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Child;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.ChildInput;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Proposal;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Suggestion;

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

    private final CoordinationOffice office;

    public ChildrenResource(CoordinationOffice office) {
        this.office = office;
    }

    @GET
    public List<Child> children(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.children(c, c.tenantFor(tenant));
    }

    /** A child of the caller's own youth office; the profile gets a fresh pseudonym (its id). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createChild(@Context SecurityContext sc, @QueryParam("tenant") String tenant, ChildInput body) {
        Caller c = CallerPrincipal.caller(sc);
        Child child = office.createChild(c, c.tenantFor(tenant), Params.body(body));
        return Params.created(child, "children/" + child.id());
    }

    @GET
    @Path("{id}")
    public Child child(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.child(c, c.tenantFor(tenant), id);
    }

    /** Suitable volunteers for the child, best first, with reasons. */
    @GET
    @Path("{id}/suggestions")
    public List<Suggestion> suggestions(@Context SecurityContext sc, @PathParam("id") String id,
                                        @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.suggestions(c, c.tenantFor(tenant), id);
    }

    /** The case steps of the child, newest first. */
    @GET
    @Path("{id}/proposals")
    public List<Proposal> proposals(@Context SecurityContext sc, @PathParam("id") String id,
                                    @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.proposals(c, c.tenantFor(tenant), id);
    }

    /** Matches a volunteer to the open child (refused over capacity, untrained, wrong stage ...). */
    @POST
    @Path("{id}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    public Proposal match(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                          MatchRequest body) {
        Caller c = CallerPrincipal.caller(sc);
        MatchRequest m = Params.body(body);
        return office.match(c, c.tenantFor(tenant), id, m.volunteerId(), m.on());
    }

    /** Proposes the matched volunteer to the family court. */
    @POST
    @Path("{id}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Proposal propose(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                            CourtProposal body) {
        Caller c = CallerPrincipal.caller(sc);
        CourtProposal p = Params.body(body);
        return office.propose(c, c.tenantFor(tenant), id, p.court(), p.reasons(), p.on());
    }

    /** Drops the open match or proposal; the child is open again. */
    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Proposal withdraw(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                             Withdrawal body) {
        Caller c = CallerPrincipal.caller(sc);
        Withdrawal w = Params.body(body);
        return office.withdraw(c, c.tenantFor(tenant), id, w.reason(), w.on());
    }

    /** Records the court's appointment of the proposed volunteer; the appointment is then under /appointments/{id}. */
    @POST
    @Path("{id}/appointment")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appoint(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                            AppointmentInput body) {
        Caller c = CallerPrincipal.caller(sc);
        Appointment a = office.appoint(c, c.tenantFor(tenant), id, Params.body(body));
        return Params.created(a, "appointments/" + a.id());
    }
}
