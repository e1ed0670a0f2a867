package de.ikz.fruehehilfen.internal.visits.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.VisitService.Contact;
import de.ikz.fruehehilfen.internal.visits.VisitService.ContactInput;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Contacts of one family ({@code /families/{familyId}/contacts}): the coordinator and the assigned
 * professional book them (a professional only for herself and her own families: another's family is
 * 403, nothing written); the owning office's partner staff and the auditor read them. The tenant is
 * the caller's; a platform admin has no case data.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frühe Hilfen: Contacts", description = "Contacts of the family-midwife service with a family")
public class FamilyContactsResource {

    private final VisitService visits;

    public FamilyContactsResource(VisitService visits) {
        this.visits = visits;
    }

    /** The family's contacts, newest first. */
    @Operation(operationId = "listFamilyContacts", summary = "List the contacts of a family")
    @Roles({"coordinator", "professional", "partner-staff", "auditor"})
    @GET
    public List<Contact> list(@Context SecurityContext sc, @PathParam("familyId") String familyId,
                              @QueryParam("tenant") String tenant) {
        return visits.contacts(Params.caller(sc), Params.tenant(sc, tenant), familyId);
    }

    /**
     * Books a contact on the day given. Every other field may be left out: the caller's own staff record (coordinator:
     * the family's assigned staff member), 60 minutes, HOME_VISIT at HOME (PHONE for a PHONE_CALL). Refused (400 naming the field): a day before the case
     * opened or after it closed, in the future, a duration of 0 or more than 12 hours.
     */
    @Operation(operationId = "addFamilyContact", summary = "Book a contact with a family")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Contact.class)))
    @Roles({"coordinator", "professional"})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Context SecurityContext sc, @PathParam("familyId") String familyId, @QueryParam("tenant") String tenant,
                        ContactInput body) {
        if (Params.body(body).date() == null) {
            // a client names the day; the visit log's form and the console default it to today
            throw IkzException.invalid("date", "date is required (YYYY-MM-DD)");
        }
        Contact c = visits.addContact(Params.caller(sc), Params.tenant(sc, tenant), familyId, body);
        return Params.created(c, Params.moduleBase(ModuleDefinition.ID) + "families/" + c.familyId() + "/contacts");
    }
}
