package de.ikz.kinderschutz.internal.members.rest;

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

import de.ikz.api.module.Roles;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.members.Institution;
import de.ikz.kinderschutz.internal.members.MembersService;
import de.ikz.kinderschutz.internal.members.MembersService.AgreementInput;
import de.ikz.kinderschutz.internal.members.MembersService.InstitutionDetails;
import de.ikz.kinderschutz.internal.members.MembersService.InstitutionInput;
import de.ikz.kinderschutz.internal.members.MembersService.PersonInput;
import de.ikz.kinderschutz.internal.members.NetworkAgreement;
import de.ikz.kinderschutz.internal.members.Person;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Member institutions, their people, specialists ({@code /institutions}, {@code /specialists}). */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kinderschutz: Members", description = "Member institutions by field, people in their roles (work contacts), specialists")
public class MembersResource {

    private final MembersService service;

    public MembersResource(MembersService service) {
        this.service = service;
    }

    /** The end of a person's role. */
    public record EndInput(LocalDate until) {
    }

    @Operation(operationId = "listInstitutions", summary = "List the member institutions (current and former)")
    @Roles({"coordinator", "member-contact", "trainer", "auditor"})
    @GET
    public List<Institution> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        return service.list(Params.caller(sc), Params.tenant(sc, tenant));
    }

    @Operation(operationId = "getInstitution", summary = "Show one institution with its work contact data")
    @Roles({"coordinator", "member-contact", "trainer", "auditor"})
    @GET
    @Path("{id}")
    public InstitutionDetails get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return service.get(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    @Operation(operationId = "createInstitution", summary = "Add a member institution")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Institution.class)))
    @Roles("coordinator")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, @QueryParam("tenant") String tenant, InstitutionInput body) {
        Institution i = service.create(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        return Params.created(i, Params.moduleBase(ModuleDefinition.ID) + "institutions/" + i.id());
    }

    @Operation(operationId = "updateInstitution", summary = "Replace an institution's record (its member contact: name and contact data only)")
    @Roles({"coordinator", "member-contact"})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Institution update(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                              InstitutionInput body) {
        return service.update(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body));
    }

    @Operation(operationId = "listPeople", summary = "List the people in their roles at an institution (work contacts)")
    @Roles({"coordinator", "member-contact", "trainer", "auditor"})
    @GET
    @Path("{id}/people")
    public List<Person> people(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        return service.people(Params.caller(sc), Params.tenant(sc, tenant), id);
    }

    @Operation(operationId = "addPerson", summary = "Add a person in a role at an institution")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Person.class)))
    @Roles({"coordinator", "member-contact"})
    @POST
    @Path("{id}/people")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addPerson(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                              PersonInput body) {
        Person p = service.addPerson(Params.caller(sc), Params.tenant(sc, tenant), id, Params.body(body));
        return Params.created(p, Params.moduleBase(ModuleDefinition.ID) + "institutions/" + id + "/people");
    }

    @Operation(operationId = "endPersonRole", summary = "End a person's role at an institution")
    @Roles({"coordinator", "member-contact"})
    @POST
    @Path("{id}/people/{personId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public Person end(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("personId") String personId,
                      @QueryParam("tenant") String tenant, EndInput body) {
        return service.endPerson(Params.caller(sc), Params.tenant(sc, tenant), personId, body == null ? null : body.until());
    }

    /** Specialists and contact persons for professionals bound to secrecy. */
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Kinderschutz: Members", description = "Member institutions by field, people in their roles (work contacts), specialists")
    public static class SpecialistsResource {
        private final MembersService service;

        public SpecialistsResource(MembersService service) {
            this.service = service;
        }

        @Operation(operationId = "listSpecialists", summary = "List the child-protection specialists and the contact persons for "
                + "professionals bound to secrecy (§ 4 KKG)")
        @Roles({"coordinator", "member-contact", "trainer", "auditor"})
        @GET
        public List<Person> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
            return service.specialists(Params.caller(sc), Params.tenant(sc, tenant));
        }
    }

    /** Agreements with member institutions and their renewal. */
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Kinderschutz: Members", description = "Member institutions by field, people in their roles (work contacts), specialists")
    public static class AgreementsResource {
        private final MembersService service;

        public AgreementsResource(MembersService service) {
            this.service = service;
        }

        @Operation(operationId = "listNetworkAgreements", summary = "List the agreements with member institutions (due=true: due for renewal)")
        @Roles({"coordinator", "auditor"})
        @GET
        public List<NetworkAgreement> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @QueryParam("due") String due) {
            return service.agreements(Params.caller(sc), Params.tenant(sc, tenant), Params.flag("due", due, false));
        }

        @Operation(operationId = "createNetworkAgreement", summary = "Record an agreement signed with a member institution")
        @ApiResponse(responseCode = "201", description = "Created",
                content = @Content(mediaType = "application/json", schema = @Schema(implementation = NetworkAgreement.class)))
        @Roles("coordinator")
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response create(@Context SecurityContext sc, @QueryParam("tenant") String tenant, AgreementInput body) {
            NetworkAgreement a = service.addAgreement(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
            return Params.created(a, Params.moduleBase(ModuleDefinition.ID) + "agreements");
        }
    }
}
