package de.ikz.vormundschaft.internal.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.module.Roles;
import de.ikz.kit.rest.Params;
import de.ikz.vormundschaft.internal.service.Appointments;
import de.ikz.vormundschaft.internal.service.Appointments.VolunteerContact;
import de.ikz.vormundschaft.internal.service.Appointments.ContactInput;

/**
 * The accompaniment of the volunteers: contacts of the office with a volunteer (visit, call, ...)
 * with follow-ups. The office's coordinators (role {@code coordinator} with module
 * {@code vormundschaft}) record them; coordinators and auditors read them (auditors pseudonymised,
 * changing nothing). The tenant is the caller's; a platform admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormundschaft: Contacts", description = "Accompaniment contacts with volunteers")
public class ContactsResource {

    private final Appointments office;

    public ContactsResource(Appointments office) {
        this.office = office;
    }

    /** Contacts, newest first; of one volunteer with {@code ?volunteer=<id>}. */
    @Operation(operationId = "listContacts", summary = "List accompaniment contacts")
    @Roles({"coordinator", "auditor"})
    @GET
    public List<VolunteerContact> contacts(@Context SecurityContext sc, @QueryParam("volunteer") String volunteer,
                                  @QueryParam("tenant") String tenant) {
        return office.contacts(Params.caller(sc), Params.tenant(sc, tenant), volunteer);
    }

    /** Records a contact (refused when dated in the future). The answer lists it under /contacts?volunteer=. */
    @Operation(operationId = "addContact", summary = "Record an accompaniment contact")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerContact.class)))
    @Roles("coordinator")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addContact(@Context SecurityContext sc, @QueryParam("tenant") String tenant, ContactInput body) {
        VolunteerContact contact = office.addContact(Params.caller(sc), Params.tenant(sc, tenant), Params.body(body));
        return Params.created(contact, VormundschaftApi.BASE + "contacts", "volunteer=" + contact.volunteerId());
    }
}
