package de.ikz.kinderschutz.internal.reports.rest;

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

import de.ikz.api.document.DocumentService;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.Roles;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.reports.Budget;
import de.ikz.kinderschutz.internal.reports.Indicators;
import de.ikz.kinderschutz.internal.reports.ReportsService;
import de.ikz.kinderschutz.internal.reports.ReportsService.BudgetInput;
import de.ikz.kinderschutz.internal.reports.ReportsService.ExpenseInput;
import de.ikz.kinderschutz.internal.reports.ReportsService.File;
import de.ikz.kit.rest.Params;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The network budget ({@code /budget/{year}}) and the yearly indicators ({@code /reports/indicators}). */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kinderschutz: Budget and indicators", description = "Network budget, its split and notices; yearly indicators")
public class ReportsResource {

    private final ReportsService service;

    public ReportsResource(ReportsService service) {
        this.service = service;
    }

    @Operation(operationId = "getNetworkBudget", summary = "The year's network budget, expenses and split among the partners")
    @Roles({"coordinator", "auditor"})
    @GET
    @Path("{year}")
    public Budget budget(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant) {
        int y = Params.year("year", year, null);
        return service.budget(Params.caller(sc), Params.tenant(sc, tenant), y)
                .orElseThrow(() -> IkzException.notFound("budget", String.valueOf(y)));
    }

    @Operation(operationId = "setNetworkBudget", summary = "Set the year's budget, basis (BUDGET or SPENT), key and partners")
    @Roles("coordinator")
    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Budget setBudget(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant,
                            BudgetInput body) {
        return service.setBudget(Params.caller(sc), Params.tenant(sc, tenant), Params.year("year", year, null), Params.body(body));
    }

    @Operation(operationId = "addNetworkExpense", summary = "Book an expense of the network budget")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Budget.class)))
    @Roles("coordinator")
    @POST
    @Path("{year}/expenses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addExpense(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant,
                               ExpenseInput body) {
        int y = Params.year("year", year, null);
        Budget b = service.addExpense(Params.caller(sc), Params.tenant(sc, tenant), y, Params.body(body));
        return Params.created(b, Params.moduleBase(ModuleDefinition.ID) + "budget/" + y);
    }

    @Operation(operationId = "networkBudgetNotice", summary = "The notice to one partner about its share (PDF/A)")
    @ApiResponse(responseCode = "200", description = "PDF/A", content = @Content(mediaType = "application/pdf"))
    @Roles({"coordinator", "auditor"})
    @GET
    @Path("{year}/notices/{partner}.pdf")
    @Produces("application/pdf")
    public Response notice(@Context SecurityContext sc, @PathParam("year") String year, @PathParam("partner") String partner,
                           @QueryParam("tenant") String tenant) {
        return file(service.notice(Params.caller(sc), Params.tenant(sc, tenant), Params.year("year", year, null), partner));
    }

    /** The yearly indicators ({@code /reports/indicators}). */
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Kinderschutz: Budget and indicators", description = "Network budget, its split and notices; yearly indicators")
    public static class IndicatorsResource {
        private final ReportsService service;

        public IndicatorsResource(ReportsService service) {
            this.service = service;
        }

        @Operation(operationId = "networkIndicators", summary = "The year's indicators: partners by field, meetings, attendance, training, follow-ups")
        @Roles({"coordinator", "auditor"})
        @GET
        @Path("indicators")
        public Indicators indicators(@Context SecurityContext sc, @QueryParam("tenant") String tenant, @QueryParam("year") String year) {
            return service.indicators(Params.caller(sc), Params.tenant(sc, tenant), Params.year("year", year, service.today().getYear() - 1));
        }

        @Operation(operationId = "networkIndicatorsDocument", summary = "The year's indicators as PDF/A (format pdf) or CSV (format csv)")
        @ApiResponse(responseCode = "200", description = "PDF/A or CSV", content = {@Content(mediaType = "application/pdf"),
                @Content(mediaType = "text/csv")})
        @Roles({"coordinator", "auditor"})
        @GET
        @Path("indicators/document.{format}")
        @Produces({"application/pdf", "text/csv"})
        public Response indicatorsDocument(@Context SecurityContext sc, @PathParam("format") String format, @QueryParam("tenant") String tenant,
                                           @QueryParam("year") String year) {
            DocumentService.Format f = switch (format) {
                case "pdf" -> DocumentService.Format.PDF;
                case "csv" -> DocumentService.Format.CSV;
                default -> throw IkzException.invalid("format", "pdf oder csv");
            };
            return file(service.indicatorsDocument(Params.caller(sc), Params.tenant(sc, tenant),
                    Params.year("year", year, service.today().getYear() - 1), f));
        }

    }

    static Response file(File f) {
        return Response.ok(f.content(), f.mediaType()).header("Content-Disposition", "attachment; filename=\"" + f.name() + "\"").build();
    }
}
