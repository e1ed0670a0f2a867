package de.ikz.fruehehilfen.internal.visits.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.module.Roles;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.VisitService.Contact;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Contacts over a period ({@code /contacts?from&to}) of every family the caller works with: a
 * professional her own families, partner staff its office's, the coordinator and the auditor all.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frühe Hilfen: Contacts", description = "Contacts of the family-midwife service with a family")
public class ContactsResource {

    private final VisitService visits;

    public ContactsResource(VisitService visits) {
        this.visits = visits;
    }

    /** Contacts from {@code from} to {@code to} (both included; default: the 12 months up to today), newest first. */
    @Operation(operationId = "listContacts", summary = "List contacts over a period")
    @Roles({"coordinator", "professional", "partner-staff", "auditor"})
    @GET
    public List<Contact> list(@Context SecurityContext sc, @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("tenant") String tenant) {
        return visits.contacts(Params.caller(sc), Params.tenant(sc, tenant), Params.date("from", from, null),
                Params.date("to", to, null));
    }
}
