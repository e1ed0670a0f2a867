package de.ikz.fruehehilfen.internal.reports.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

import de.ikz.api.document.DocumentService.Format;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Input;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.reports.Reports;
import de.ikz.fruehehilfen.internal.reports.Reports.Due;
import de.ikz.fruehehilfen.internal.reports.Reports.ProofOfUse;
import de.ikz.fruehehilfen.internal.reports.Reports.ProofStatus;
import de.ikz.fruehehilfen.internal.reports.Reports.ReportFile;
import de.ikz.fruehehilfen.internal.reports.SteeringReport;
import de.ikz.kit.rest.Params;

/**
 * {@code /modules/fruehehilfen/reports/…}: what is due, the steering committee's report for any
 * period ({@code ?from=&to=}, passed on as given: the service defaults {@code to} to today and
 * {@code from} to 1 January of its year) as JSON, PDF/A or CSV, and the proof of use per year and
 * partner ({@code pool} for the pool as a whole): read, write its text, mark it final, download.
 * The tenant is the caller's; a platform admin names it with {@code ?tenant=} (and sees no data of
 * the module: the service refuses him).
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frühe Hilfen: reports", description = "Due list, steering report, proof of use (Verwendungsnachweis)")
public class ReportsResource {

    private final Reports reports;

    public ReportsResource(Reports reports) {
        this.reports = reports;
    }

    /** The body of a text change. */
    @Schema(name = "fruehehilfenProofText")
    public record ProofText(String text) {
    }

    @Operation(operationId = "listDue", summary = "List proofs of use that are due or overdue")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("due")
    public List<Due> due(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        return reports.due(Params.caller(sc), Params.tenant(sc, tenant));
    }

    @Operation(operationId = "getSteeringReport", summary = "Get the steering committee's report per municipality for a period")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("steering")
    public SteeringReport steering(@Context SecurityContext sc, @QueryParam("tenant") String tenant,
                                   @Parameter(description = "first day (ISO); default 1 January of the year of to") @QueryParam("from") String from,
                                   @Parameter(description = "last day (ISO); default today") @QueryParam("to") String to) {
        return reports.steering(Params.caller(sc), Params.tenant(sc, tenant), Params.date("from", from, null),
                Params.date("to", to, null));
    }

    @Operation(operationId = "getSteeringDocument", summary = "Get the steering committee's report as PDF/A or CSV")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("steering/document.{format}")
    @Produces({"application/pdf", "text/csv"})
    public Response steeringDocument(@Context SecurityContext sc, @QueryParam("tenant") String tenant,
                                     @Parameter(description = "pdf or csv") @PathParam("format") String format,
                                     @Parameter(description = "de: CSV for German spreadsheets") @QueryParam("dialect") String dialect,
                                     @QueryParam("from") String from, @QueryParam("to") String to) {
        Format f = format(format, dialect);
        return download(reports.steeringFile(Params.caller(sc), Params.tenant(sc, tenant), Params.date("from", from, null),
                Params.date("to", to, null), f));
    }

    @Operation(operationId = "listProofs", summary = "List the proofs of use of a year with deadline and final version")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("proofs")
    public List<ProofStatus> proofs(@Context SecurityContext sc, @QueryParam("tenant") String tenant,
                                    @Parameter(description = "the year; default last year") @QueryParam("year") String year) {
        return reports.proofs(Params.caller(sc), Params.tenant(sc, tenant), Params.year("year", year, null));
    }

    @Operation(operationId = "listProofPlaceholders", summary = "List the placeholders a proof-of-use text may use")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("proofs/placeholders")
    public Map<String, String> placeholders() {
        return reports.placeholders();
    }

    @Operation(operationId = "getProof", summary = "Get a proof of use: text, filled text, figures, deadline, final versions")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("proofs/{year}/{partner}")
    public ProofOfUse proof(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("year") String year,
                            @Parameter(description = "a partner youth office's id, or pool") @PathParam("partner") String partner) {
        return reports.proof(Params.caller(sc), Params.tenant(sc, tenant), Input.year("year", year), partner);
    }

    @Operation(operationId = "saveProofText", summary = "Save the narrative text of a proof of use (placeholders in braces)")
    @Roles("coordinator")
    @PUT
    @Path("proofs/{year}/{partner}/text")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProofOfUse saveText(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("year") String year,
                               @PathParam("partner") String partner, ProofText body) {
        Caller c = Params.caller(sc);
        return reports.saveText(c, Params.tenant(sc, tenant), Input.year("year", year), partner, Params.body(body).text());
    }

    @Operation(operationId = "markProofFinal", summary = "Mark the proof of use final as its next version (text and figures kept)")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ProofOfUse.class)))
    @Roles("coordinator")
    @POST
    @Path("proofs/{year}/{partner}/final")
    public Response markFinal(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("year") String year,
                              @PathParam("partner") String partner) {
        ProofOfUse p = reports.markFinal(Params.caller(sc), Params.tenant(sc, tenant), Input.year("year", year), partner);
        return Params.created(p, Params.moduleBase(ModuleDefinition.ID) + "reports/proofs/" + p.year() + "/" + p.partner()
                + "/document.pdf", "version=" + p.finals().size());
    }

    @Operation(operationId = "getProofDocument", summary = "Get a proof of use as PDF/A or CSV (a final version, or the draft)")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("proofs/{year}/{partner}/document.{format}")
    @Produces({"application/pdf", "text/csv"})
    public Response proofDocument(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @PathParam("year") String year,
                                  @PathParam("partner") String partner,
                                  @Parameter(description = "pdf or csv") @PathParam("format") String format,
                                  @Parameter(description = "the final version; default the newest, or the draft if none")
                                  @QueryParam("version") String version,
                                  @Parameter(description = "de: CSV for German spreadsheets") @QueryParam("dialect") String dialect) {
        Format f = format(format, dialect);
        Integer v = version == null || version.isBlank() ? null : Params.number("version", version, 1, 1, 1000);
        return download(reports.proofFile(Params.caller(sc), Params.tenant(sc, tenant), Input.year("year", year), partner, v, f));
    }

    /** pdf, csv, or csv with {@code dialect=de}; anything else refused naming the field. */
    static Format format(String format, String dialect) {
        boolean de = dialect != null && !dialect.isBlank();
        if (de && !"de".equals(dialect)) {
            throw IkzException.invalid("dialect", "dialect=de is the only variant, and only for csv");
        }
        return switch (String.valueOf(format)) {
            case "pdf" -> {
                if (de) {
                    throw IkzException.invalid("dialect", "dialect=de is the only variant, and only for csv");
                }
                yield Format.PDF;
            }
            case "csv" -> de ? Format.CSV_DE : Format.CSV;
            default -> throw IkzException.invalid("format", "format must be pdf or csv");
        };
    }

    private static Response download(ReportFile file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }
}
