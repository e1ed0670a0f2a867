package de.ikz.rest.internal.resources;

import java.net.URI;
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
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Contact;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.PostalAddress;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.rest.Params;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Participants of the caller's tenant with their jurisdictions and figures. Any user of the
 * tenant reads; its tenant admins change. A platform admin without a tenant names one with
 * {@code ?tenant=<id>}; for everybody else a different tenant is "not found".
 */
@Component(service = ParticipantsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "Municipalities and districts taking part, their jurisdiction and figures")
public class ParticipantsResource {

    /**
     * Body of POST /participants. kind: LAND, DISTRICT, DISTRICT_FREE_CITY, MUNICIPALITY, YOUTH_OFFICE, ... The letter
     * details (address, contactPerson, phone, email, bank) are optional: where they are missing, letters print the
     * host's default.
     */
    public record NewParticipant(String id, ParticipantKind kind, String name,
                                 @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "AGS (8 digits) of a municipality, district key (5 digits) of a district or district-free city") String key,
                                 @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String parentId,
                                 @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<Contact> contacts,
                                 @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) AddressInput address,
                                 @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "the person named on its letters", example = "Anna Beispiel") String contactPerson,
                                 @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "digits, spaces and + - ( ) /", example = "02452 13-0") String phone,
                                 @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, example = "jugendamt@example.org") String email,
                                 @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) BankAccountInput bank) {

        Participant participant() {
            return new Participant(id, kind, name, key, parentId, contacts, AddressInput.of(address), contactPerson, phone, email,
                    BankAccountInput.of(bank));
        }
    }

    /**
     * Body of PUT /participants/{id}: everything but the id, replaced as a whole. What is left out (or null) is
     * cleared: an update without {@code bank} removes the account, as one without {@code parentId} removes the parent.
     */
    public record ParticipantChange(ParticipantKind kind, String name,
                                    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String key,
                                    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String parentId,
                                    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<Contact> contacts,
                                    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) AddressInput address,
                                    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, example = "Anna Beispiel") String contactPerson,
                                    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, example = "02452 13-0") String phone,
                                    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, example = "jugendamt@example.org") String email,
                                    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) BankAccountInput bank) {

        Participant participant(String id) {
            return new Participant(id, kind, name, key, parentId, contacts, AddressInput.of(address), contactPerson, phone, email,
                    BankAccountInput.of(bank));
        }
    }

    /**
     * A postal address in a request (answered as {@link PostalAddress}): street, postalCode (five digits) and city
     * together; name and addition optional.
     */
    @Schema(description = "Postal address for letters: street, postalCode and city together; name and addition optional")
    public record AddressInput(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "addressee, if not the participant's name", example = "Kreis Heinsberg") String name,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "department or z. Hd.", example = "Amt für Kinder, Jugend und Familie") String addition,
            @Schema(example = "Valkenburger Straße 45") String street,
            @Schema(description = "German postal code, five digits", example = "52525") String postalCode,
            @Schema(example = "Heinsberg") String city) {

        static PostalAddress of(AddressInput a) {
            return a == null ? null : new PostalAddress(a.name(), a.addition(), a.street(), a.postalCode(), a.city());
        }
    }

    /** The treasury's account in a request (answered as {@link BankAccount}, the IBAN without spaces in upper case). */
    @Schema(description = "Account of the participant's treasury, printed on its payment requests")
    public record BankAccountInput(
            @Schema(description = "account holder", example = "Kreiskasse Heinsberg") String holder,
            @Schema(description = "IBAN, spaces allowed; checked (country, length, mod 97)", example = "DE52 0000 0000 0012 3456 78") String iban,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "BIC, 8 or 11 characters") String bic,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "name of the bank", example = "Demo-Sparkasse (kein echtes Konto)") String bank) {

        static BankAccount of(BankAccountInput b) {
            return b == null ? null : new BankAccount(b.holder(), b.iban(), b.bic(), b.bank());
        }
    }

    private final ParticipantService participants;

    @Activate
    public ParticipantsResource(@Reference ParticipantService participants) {
        this.participants = participants;
    }

    @Operation(operationId = "listParticipants", summary = "List participants")
    @GET
    public List<Participant> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return participants.list(c, c.tenantFor(tenant));
    }

    @Operation(operationId = "createParticipant", summary = "Create a participant",
            description = "With optional letter details: address (street, postalCode, city together), contactPerson, phone, "
                    + "email and the treasury's bank account (IBAN checked and stored without spaces). A refusal names the "
                    + "field as in the JSON, e.g. bank.iban or address.postalCode.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Participant.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, @QueryParam("tenant") String tenant, NewParticipant body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        Caller c = CallerPrincipal.caller(sc);
        Participant p = participants.create(c, c.tenantFor(tenant), body.participant());
        return Response.created(URI.create("participants/" + p.id())).entity(p).build();
    }

    @Operation(operationId = "getParticipant", summary = "Get a participant")
    @GET
    @Path("{id}")
    public Participant get(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return participants.find(c, c.tenantFor(tenant), id).orElseThrow(() -> IkzException.notFound("participant", id));
    }

    @Operation(operationId = "updateParticipant", summary = "Update a participant",
            description = "Replaces the participant as a whole: a field left out or null is cleared (key, parent, contacts, "
                    + "address, contactPerson, phone, email, bank).")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Participant update(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                              ParticipantChange body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        Caller c = CallerPrincipal.caller(sc);
        return participants.update(c, c.tenantFor(tenant), body.participant(id));
    }

    @Operation(operationId = "listJurisdiction", summary = "List the jurisdiction history of a participant")
    @GET
    @Path("{id}/jurisdiction")
    public List<JurisdictionEntry> jurisdiction(@Context SecurityContext sc, @PathParam("id") String id,
                                                @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return participants.jurisdiction(c, c.tenantFor(tenant), id);
    }

    @Operation(operationId = "addJurisdiction", summary = "Add a jurisdiction entry")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = JurisdictionEntry.class)))
    @POST
    @Path("{id}/jurisdiction")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addJurisdiction(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("tenant") String tenant,
                                    JurisdictionEntry body) {
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        Caller c = CallerPrincipal.caller(sc);
        participants.addJurisdiction(c, c.tenantFor(tenant), id, body);
        return Response.created(URI.create("participants/" + id + "/jurisdiction")).entity(body).build();
    }

    /**
     * The figure summed over the participant's area on {@code on} (default today), each value at the
     * latest date on or before {@code referenceDate} (default {@code on}).
     */
    @Operation(operationId = "getParticipantFigure", summary = "Get a figure of a participant summed over its jurisdiction")
    @GET
    @Path("{id}/figures/{figure}")
    public FigureSum figure(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("figure") String figure,
                            @QueryParam("on") String on, @QueryParam("referenceDate") String referenceDate,
                            @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        LocalDate day = Params.date("on", on, LocalDate.now());
        return participants.figure(c, c.tenantFor(tenant), id, figure, day, Params.date("referenceDate", referenceDate, day));
    }
}
