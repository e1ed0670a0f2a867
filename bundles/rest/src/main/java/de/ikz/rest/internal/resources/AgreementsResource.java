package de.ikz.rest.internal.resources;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
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

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementService;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.input.Input;
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
 * Agreements with their amendment history, and the allocation runs of each agreement. The tenant
 * is the caller's; a platform admin names it with {@code ?tenant=}.
 */
@Component(service = AgreementsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Agreements, their amendments, allocation runs, settlements and documents")
public class AgreementsResource {

    /**
     * The JSON profile as the agreement bundle writes it (documentation only): the version in force on {@code on}, the
     * fields of the state IKZ database with English keys; a field without a value is null.
     */
    @Schema(name = "AgreementProfile")
    public record Profile(String id, int version, LocalDate validFrom, LocalDate on, String title,
                          @Schema(description = "lead and partner bodies, lead first") List<String> participants, List<String> tags,
                          @Schema(nullable = true, description = "the lead body (Hauptverantwortlich)") String lead,
                          @Schema(description = "parties with role other") List<String> otherParticipants, ProfileSummary summary,
                          @Schema(nullable = true, description = "Anlass") String occasion,
                          @Schema(nullable = true, description = "Ziel") String goal,
                          @Schema(nullable = true, description = "Umsetzung") String implementation, ProfileFinancing financing,
                          @Schema(nullable = true) de.ikz.api.agreement.LegalForm legalForm,
                          @Schema(nullable = true, description = "the day the agreement came into force") LocalDate cooperationSince,
                          @Schema(nullable = true) String contact, List<String> links) {
    }

    /** The cooperation's whole area on the day: the union of all parties' areas, each municipality once. */
    @Schema(name = "AgreementProfileSummary")
    public record ProfileSummary(@Schema(description = "Regierungsbezirke (North Rhine-Westphalia)") List<String> regions,
                                 @Schema(nullable = true, description = "null if a municipality has no population figure") ProfilePopulation population,
                                 @Schema(nullable = true) BigDecimal areaKm2) {
    }

    /** Inhabitants of the cooperation's area with the newest reference date and the sources of the figures. */
    @Schema(name = "AgreementProfilePopulation")
    public record ProfilePopulation(long count, @Schema(description = "municipalities of the area") int municipalities,
                                    LocalDate referenceDate, @Schema(nullable = true) String source) {
    }

    /** The cost rule of the version in force in German words, and the agreement's text on financing written for it. */
    @Schema(name = "AgreementProfileFinancing")
    public record ProfileFinancing(@Schema(nullable = true, description = "null: the agreement has no cost rule") String costRule,
                                   @Schema(nullable = true, description = "null if absent or written for an earlier cost rule") String text) {
    }

    /**
     * Body of POST /agreements/{id}/runs. fiscalYear: 1990 to 2100; budget: a decimal string with at most two
     * decimals, e.g. "98000.00", from 0 to 1000000000000.
     */
    public record RunRequest(Integer fiscalYear, BigDecimal budget) {
    }

    /**
     * Body of POST /agreements/{id}/settlements: amounts are decimal strings from 0 to 1000000000000 with at most two
     * decimals. advancesPaid: optional, else those of the latest budget run.
     */
    public record SettlementRequest(Integer fiscalYear, BigDecimal actualCost,
                                    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) BigDecimal grants,
                                    @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) Map<String, BigDecimal> advancesPaid) {
    }

    private final AgreementService agreements;
    private final AllocationService allocations;

    @Activate
    public AgreementsResource(@Reference AgreementService agreements, @Reference AllocationService allocations) {
        this.agreements = agreements;
        this.allocations = allocations;
    }

    @Operation(operationId = "listAgreements", summary = "List agreements")
    @GET
    public List<Agreement> list(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        Caller c = CallerPrincipal.caller(sc);
        return agreements.list(c, c.tenantFor(tenant));
    }

    @Operation(operationId = "createAgreement", summary = "Create an agreement")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Agreement.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, @QueryParam("tenant") String tenant, Agreement body) {
        Caller c = CallerPrincipal.caller(sc);
        Agreement a = agreements.create(c, c.tenantFor(tenant), Params.body(body));
        return Response.created(URI.create("agreements/" + a.id())).entity(a).build();
    }

    /** The version in force on {@code on} (default: today). */
    @Operation(operationId = "getAgreement", summary = "Get the agreement version in force on a day")
    @GET
    @Path("{id}")
    public Agreement get(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("id") String id,
                         @QueryParam("on") String on) {
        Caller c = CallerPrincipal.caller(sc);
        String t = c.tenantFor(tenant);
        LocalDate day = Params.date("on", on, LocalDate.now());
        return agreements.asOf(c, t, id, day).orElseThrow(() -> agreements.history(c, t, id).isEmpty()
                ? IkzException.notFound("agreement", id)
                : IkzException.notFound("version of agreement '" + id + "' on", day.toString()));
    }

    @Operation(operationId = "listAgreementVersions", summary = "List all versions of an agreement")
    @GET
    @Path("{id}/history")
    public List<Agreement> history(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("id") String id) {
        Caller c = CallerPrincipal.caller(sc);
        List<Agreement> h = agreements.history(c, c.tenantFor(tenant), id);
        if (h.isEmpty()) {
            throw IkzException.notFound("agreement", id);
        }
        return h;
    }

    /** Records an amendment (the next version, valid from {@code validFrom}; {@code note} says what changed). */
    @Operation(operationId = "amendAgreement", summary = "Record an amendment (the next version)")
    @ApiResponse(responseCode = "201", description = "The new version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Agreement.class)))
    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response amend(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("id") String id,
                          Agreement body) {
        Caller c = CallerPrincipal.caller(sc);
        if (!id.equals(Params.body(body).id())) {
            throw IkzException.invalid("id", "the body's id must be the agreement's id '" + id + "'");
        }
        Agreement a = agreements.amend(c, c.tenantFor(tenant), body);
        return Response.created(URI.create("agreements/" + id + "/history")).entity(a).build();
    }

    @Operation(operationId = "listAllocationRuns", summary = "List the allocation runs of an agreement")
    @GET
    @Path("{id}/runs")
    public List<AllocationRun> runs(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("id") String id) {
        Caller c = CallerPrincipal.caller(sc);
        return allocations.runs(c, c.tenantFor(tenant), id);
    }

    /** A budget run: shares and advance payments; each call makes a new version. */
    @Operation(operationId = "createAllocationRun", summary = "Run a budget allocation (a new version)")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AllocationRun.class)))
    @POST
    @Path("{id}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("id") String id,
                        RunRequest body) {
        Caller c = CallerPrincipal.caller(sc);
        RunRequest b = Params.body(body);
        AllocationRun r = allocations.run(c, c.tenantFor(tenant), id, fiscalYear(b.fiscalYear()), budget(b.budget()));
        return Response.created(URI.create("agreements/" + r.id())).entity(r).build();
    }

    /** What a budget run would give, computed from the database but stored nowhere (planning). */
    @Operation(operationId = "calculateAllocation", summary = "Calculate an allocation without storing it")
    @POST
    @Path("{id}/calculate")
    @Consumes(MediaType.APPLICATION_JSON)
    public AllocationRun calculate(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("id") String id,
                                   RunRequest body) {
        Caller c = CallerPrincipal.caller(sc);
        RunRequest b = Params.body(body);
        return allocations.calculate(c, c.tenantFor(tenant), id, fiscalYear(b.fiscalYear()), budget(b.budget()));
    }

    /** The final settlement of a fiscal year (actual cost less grants, less advances paid). */
    @Operation(operationId = "createSettlement", summary = "Settle a fiscal year")
    @ApiResponse(responseCode = "201", description = "The settlement run", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AllocationRun.class)))
    @POST
    @Path("{id}/settlements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response settle(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("id") String id,
                           SettlementRequest body) {
        Caller c = CallerPrincipal.caller(sc);
        SettlementRequest b = Params.body(body);
        int year = fiscalYear(b.fiscalYear());
        BigDecimal actualCost = Amount.of("actualCost", b.actualCost(), Amount.Sign.NON_NEGATIVE).value();
        BigDecimal grants = Amount.optional("grants", b.grants(), Amount.Sign.NON_NEGATIVE);
        Map<String, BigDecimal> advances = Amount.each("advancesPaid", b.advancesPaid(), Amount.Sign.NON_NEGATIVE);
        AllocationRun r = allocations.settle(c, c.tenantFor(tenant), id, year, actualCost, grants, advances);
        return Response.created(URI.create("agreements/" + r.id())).entity(r).build();
    }

    @Operation(operationId = "getAllocationRun", summary = "Get one version of an allocation run")
    @GET
    @Path("{id}/runs/{year}/{version}")
    public AllocationRun runVersion(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("id") String id,
                                    @PathParam("year") String year, @PathParam("version") String version) {
        Caller c = CallerPrincipal.caller(sc);
        String runId = id + "/" + year + "/" + version;
        return allocations.find(c, c.tenantFor(tenant), runId).orElseThrow(() -> IkzException.notFound("run", runId));
    }

    /**
     * The run summary (all partners) as a PDF/A report or as one flat CSV table (one row per partner with its
     * Kassenzeichen); {@code ?dialect=de} gives the CSV for German spreadsheets (';', decimal comma).
     */
    @Operation(operationId = "getRunSummaryDocument", summary = "Get the run summary as PDF/A or CSV")
    @GET
    @Path("{id}/runs/{year}/{version}/summary.{format}")
    @Produces({"application/pdf", "text/csv"})
    public Response summary(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("id") String id,
                            @PathParam("year") String year, @PathParam("version") String version,
                            @Parameter(description = "pdf or csv") @PathParam("format") String format,
                            @Parameter(description = "de: CSV for German spreadsheets (';' and decimal comma); default: ',' and decimal point")
                            @QueryParam("dialect") String dialect) {
        Caller c = CallerPrincipal.caller(sc);
        String runId = id + "/" + year + "/" + version;
        byte[] doc = allocations.document(c, c.tenantFor(tenant), runId, "summary", null, documentFormat(format, dialect));
        return file(doc, format, id + "-" + year + "-" + version + "-uebersicht");
    }

    /**
     * The notice to one partner: a DIN 5008 letter with the Kassenzeichen, the payment request and the basis (PDF/A),
     * or its payment lines as one flat CSV table; {@code ?dialect=de} as for the summary.
     */
    @Operation(operationId = "getPartnerNotice", summary = "Get the notice to one partner as PDF/A, CSV or XRechnung e-invoice")
    @GET
    @Path("{id}/runs/{year}/{version}/notices/{partner}.{format}")
    @Produces({"application/pdf", "text/csv", "application/xml"})
    public Response notice(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("id") String id,
                           @PathParam("year") String year, @PathParam("version") String version,
                           @PathParam("partner") String partner,
                           @Parameter(description = "pdf, csv, or xml (the notice as an XRechnung 3.0 CII e-invoice)")
                           @PathParam("format") String format,
                           @Parameter(description = "de: CSV for German spreadsheets (';' and decimal comma); default: ',' and decimal point")
                           @QueryParam("dialect") String dialect) {
        Caller c = CallerPrincipal.caller(sc);
        String runId = id + "/" + year + "/" + version;
        String f = "xml".equals(format) && (dialect == null || dialect.isEmpty()) ? "xrechnung" : documentFormat(format, dialect);
        byte[] doc = allocations.document(c, c.tenantFor(tenant), runId, "notice", partner, f);
        return file(doc, format, id + "-" + year + "-" + version + "-" + partner);
    }

    /** The service's format: "pdf", "csv" or "csv-de"; a dialect other than "de" (or one for a PDF) is refused. */
    private static String documentFormat(String format, String dialect) {
        if (!"pdf".equals(format) && !"csv".equals(format)) {
            throw IkzException.invalid("format", "format must be pdf or csv (a notice also xml: XRechnung)");
        }
        if (dialect == null || dialect.isEmpty()) {
            return format;
        }
        if (!"de".equals(dialect) || !"csv".equals(format)) {
            throw IkzException.invalid("dialect", "dialect=de is the only variant, and only for csv");
        }
        return "csv-de";
    }

    /**
     * The profile of the agreement version in force on {@code ?on=} (default today), in the field order of the state IKZ
     * database: ?format=json (default; English keys, see {@link Profile}), markdown or pdf (German labels; PDF/A from the
     * document service).
     */
    @Operation(operationId = "getAgreementProfile", summary = "Get the agreement profile of a day as JSON, Markdown or PDF/A")
    @ApiResponse(responseCode = "200", description = "The profile", content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Profile.class)), @Content(mediaType = "text/markdown", schema = @Schema(type = "string")), @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @GET
    @Path("{id}/profile")
    @Produces({MediaType.APPLICATION_JSON, "text/markdown", "application/pdf"})
    public Response profile(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("id") String id,
                            @Parameter(description = "the day (ISO date) whose agreement version and area are shown; default today")
                            @QueryParam("on") String on,
                            @Parameter(description = "json (default), markdown or pdf") @QueryParam("format") String format) {
        Caller c = CallerPrincipal.caller(sc);
        String f = format == null ? "json" : format;
        byte[] doc = agreements.profile(c, c.tenantFor(tenant), id, Params.date("on", on, LocalDate.now()), f);
        String type = switch (f) {
            case "pdf" -> "application/pdf";
            case "markdown", "md" -> "text/markdown; charset=UTF-8";
            default -> MediaType.APPLICATION_JSON;
        };
        Response.ResponseBuilder rb = Response.ok(doc, type);
        if ("pdf".equals(f)) {
            rb.header("Content-Disposition", "attachment; filename=\"" + id + "-profil.pdf\"");
        }
        return rb.build();
    }

    private static Response file(byte[] doc, String format, String name) {
        String type = "pdf".equals(format) ? "application/pdf" : "xml".equals(format) ? "application/xml; charset=UTF-8"
                : "text/csv; charset=UTF-8";
        return Response.ok(doc, type).header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"").build();
    }

    /** Per partner difference b − a between two runs, e.g. {@code ?a=2026/v1&b=2026/v2}. */
    @Operation(operationId = "compareAllocationKeys", summary = "Compare the shares under each allocation key")
    @GET
    @Path("{id}/compare")
    public Map<String, BigDecimal> compare(@Context SecurityContext sc, @QueryParam("tenant") String tenant,
                                           @PathParam("id") String id, @QueryParam("a") String a, @QueryParam("b") String b) {
        Caller c = CallerPrincipal.caller(sc);
        if (a == null || b == null) {
            throw IkzException.invalid(a == null ? "a" : "b", "name two runs, e.g. a=2026/v1&b=2026/v2");
        }
        return allocations.compare(c, c.tenantFor(tenant), id + "/" + a, id + "/" + b);
    }

    /** The fiscal year of a request, bounded (1990 to 2100) before anything is looked up; the service checks again. */
    private static int fiscalYear(Integer year) {
        return Input.year("fiscalYear", year);
    }

    /** A budget: a bounded, non-negative amount with at most two decimals. */
    private static BigDecimal budget(BigDecimal budget) {
        return Amount.of("budget", budget, Amount.Sign.NON_NEGATIVE).value();
    }
}
