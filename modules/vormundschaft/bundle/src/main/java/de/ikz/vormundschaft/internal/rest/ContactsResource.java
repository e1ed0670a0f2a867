package de.ikz.vormundschaft.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.service.CoordinationOffice;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.VolunteerContact;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.ContactInput;

/**
 * The accompaniment of the volunteers: contacts of the office with a volunteer (visit, call, ...)
 * with follow-ups. The office's coordinators (role {@code coordinator} with module
 * {@code vormundschaft}) record them; coordinators and auditors read them (auditors pseudonymised,
 * changing nothing). The tenant is the caller's; a platform admin names it with {@code ?tenant=}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource {

    private final CoordinationOffice office;

    public ContactsResource(CoordinationOffice office) {
        this.office = office;
    }

    /** Contacts, newest first; of one volunteer with {@code ?volunteer=<id>}. */
    @GET
    public List<VolunteerContact> contacts(@Context SecurityContext sc, @QueryParam("volunteer") String volunteer,
                                  @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return office.contacts(c, c.tenantFor(tenant), volunteer);
    }

    /** Records a contact (refused when dated in the future). The answer lists it under /contacts?volunteer=. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addContact(@Context SecurityContext sc, @QueryParam("tenant") String tenant, ContactInput body) {
        Caller c = CallerPrincipal.caller(sc);
        VolunteerContact contact = office.addContact(c, c.tenantFor(tenant), Params.body(body));
        return Params.created(contact, "contacts", "volunteer=" + contact.volunteerId());
    }
}
