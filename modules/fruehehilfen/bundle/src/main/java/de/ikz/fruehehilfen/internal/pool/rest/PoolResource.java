package de.ikz.fruehehilfen.internal.pool.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

import de.ikz.api.module.Roles;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.pool.PoolFigures;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Contribution;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Expense;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Grant;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.NetworkWork;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Receipt;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.YearEnd;
import de.ikz.fruehehilfen.internal.pool.PoolService;
import de.ikz.fruehehilfen.internal.pool.PoolService.ContributionInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.ExpenseInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.GrantInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.NetworkWorkInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.ReceiptInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.SettingsInput;
import de.ikz.fruehehilfen.internal.pool.PoolSettings;
import de.ikz.kit.rest.Params;

/**
 * The funding pool per year under {@code /api/v1/modules/fruehehilfen/pool}: settings, grants,
 * contributions, receipts, expenses, network work, figures and the year end. The coordination
 * (role {@code coordinator} with module fruehehilfen) changes; coordination and auditor read
 * everything; partner staff read the figures, grants, contributions and receipts of their own
 * partner (the service filters). The tenant is the caller's; a platform admin holds no role here.
 * Money travels as decimal strings ("12500.00"), dates as ISO dates.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frühe Hilfen: Pool", description = "The funding pool per year: grants, own share, receipts, expenses, year end")
public class PoolResource {

    static final String BASE = Params.moduleBase(ModuleDefinition.ID) + "pool/";

    /** Body of PUT grants/{partnerId}: amount, notice date, split over the funding areas I, II, III. */
    @Schema(name = "fruehehilfenPoolGrantBody")
    public record GrantBody(BigDecimal amount, LocalDate noticeDate, Map<String, BigDecimal> byArea) {
    }

    /** Body of PUT contributions/{partnerId}; amount 0 removes the contribution. */
    @Schema(name = "fruehehilfenPoolContributionBody")
    public record ContributionBody(BigDecimal amount, @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String text) {
    }

    /** Body of POST year-end: the day the year is closed (the return's date). */
    @Schema(name = "fruehehilfenPoolYearEndBody")
    public record YearEndBody(LocalDate closedOn) {
    }

    private final PoolService pool;

    public PoolResource(PoolService pool) {
        this.pool = pool;
    }

    @Operation(operationId = "listPoolYears", summary = "List the years that have pool data")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    public List<Integer> years(@Context SecurityContext sc, @QueryParam("tenant") String tenant) {
        return pool.years(Params.caller(sc), Params.tenant(sc, tenant));
    }

    @Operation(operationId = "getPoolFigures", summary = "Figures of a pool year per partner and for the pool")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("{year}/figures")
    public PoolFigures figures(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant) {
        return pool.figures(Params.caller(sc), Params.tenant(sc, tenant), year(year));
    }

    @Operation(operationId = "getPoolSettings", summary = "Settings of a pool year")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("{year}/settings")
    public PoolSettings settings(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant) {
        return pool.settings(Params.caller(sc), Params.tenant(sc, tenant), year(year));
    }

    /** Fields left out (null) stay as they are. */
    @Operation(operationId = "changePoolSettings", summary = "Change the settings of a pool year")
    @Roles("coordinator")
    @PUT
    @Path("{year}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public PoolSettings changeSettings(@Context SecurityContext sc, @PathParam("year") String year,
                                       @QueryParam("tenant") String tenant, SettingsInput body) {
        return pool.saveSettings(Params.caller(sc), Params.tenant(sc, tenant), year(year), Params.body(body));
    }

    @Operation(operationId = "listPoolGrants", summary = "List the grants of a pool year")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("{year}/grants")
    public List<Grant> grants(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant) {
        return pool.grants(Params.caller(sc), Params.tenant(sc, tenant), year(year));
    }

    @Operation(operationId = "setPoolGrant", summary = "Set a partner's federal grant for a pool year")
    @Roles("coordinator")
    @PUT
    @Path("{year}/grants/{partnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Grant setGrant(@Context SecurityContext sc, @PathParam("year") String year, @PathParam("partnerId") String partnerId,
                          @QueryParam("tenant") String tenant, GrantBody body) {
        GrantBody b = Params.body(body);
        return pool.setGrant(Params.caller(sc), Params.tenant(sc, tenant), year(year),
                new GrantInput(partnerId, b.amount(), b.noticeDate(), b.byArea()));
    }

    @Operation(operationId = "listPoolContributions", summary = "List the fixed contributions of a pool year")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("{year}/contributions")
    public List<Contribution> contributions(@Context SecurityContext sc, @PathParam("year") String year,
                                            @QueryParam("tenant") String tenant) {
        return pool.contributions(Params.caller(sc), Params.tenant(sc, tenant), year(year));
    }

    @Operation(operationId = "setPoolContribution", summary = "Set a partner's fixed contribution for a pool year")
    @Roles("coordinator")
    @PUT
    @Path("{year}/contributions/{partnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Contribution setContribution(@Context SecurityContext sc, @PathParam("year") String year,
                                        @PathParam("partnerId") String partnerId, @QueryParam("tenant") String tenant,
                                        ContributionBody body) {
        ContributionBody b = Params.body(body);
        return pool.setContribution(Params.caller(sc), Params.tenant(sc, tenant), year(year),
                new ContributionInput(partnerId, b.amount(), b.text()));
    }

    @Operation(operationId = "listPoolReceipts", summary = "List the receipts of a pool year")
    @Roles({"coordinator", "auditor", "partner-staff"})
    @GET
    @Path("{year}/receipts")
    public List<Receipt> receipts(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant) {
        return pool.receipts(Params.caller(sc), Params.tenant(sc, tenant), year(year));
    }

    @Operation(operationId = "addPoolReceipt", summary = "Record money received from a partner")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))
    @Roles("coordinator")
    @POST
    @Path("{year}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addReceipt(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant,
                               ReceiptInput body) {
        int y = year(year);
        Receipt r = pool.addReceipt(Params.caller(sc), Params.tenant(sc, tenant), y, Params.body(body));
        return Params.created(r, BASE + y + "/receipts", "id=" + r.id());
    }

    @Operation(operationId = "listPoolExpenses", summary = "List the expenses of a pool year")
    @Roles({"coordinator", "auditor"})
    @GET
    @Path("{year}/expenses")
    public List<Expense> expenses(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant) {
        return pool.expenses(Params.caller(sc), Params.tenant(sc, tenant), year(year));
    }

    /** Beyond what the pool holds: refused (400, field amount) unless the host pre-finances (then stored as pre-financed). */
    @Operation(operationId = "addPoolExpense", summary = "Book an expense to a funding area and cost type")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Expense.class)))
    @Roles("coordinator")
    @POST
    @Path("{year}/expenses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addExpense(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant,
                               ExpenseInput body) {
        int y = year(year);
        Expense e = pool.addExpense(Params.caller(sc), Params.tenant(sc, tenant), y, Params.body(body));
        return Params.created(e, BASE + y + "/expenses", "id=" + e.id());
    }

    @Operation(operationId = "listPoolNetworkWork", summary = "List the network coordination work of a pool year")
    @Roles({"coordinator", "auditor"})
    @GET
    @Path("{year}/network-work")
    public List<NetworkWork> networkWork(@Context SecurityContext sc, @PathParam("year") String year,
                                         @QueryParam("tenant") String tenant) {
        return pool.networkWork(Params.caller(sc), Params.tenant(sc, tenant), year(year));
    }

    /** Always funding area I; a cost above zero is booked as an area-I expense by the same rule as expenses. */
    @Operation(operationId = "addPoolNetworkWork", summary = "Book network coordination work")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = NetworkWork.class)))
    @Roles("coordinator")
    @POST
    @Path("{year}/network-work")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNetworkWork(@Context SecurityContext sc, @PathParam("year") String year,
                                   @QueryParam("tenant") String tenant, NetworkWorkInput body) {
        int y = year(year);
        NetworkWork w = pool.addNetworkWork(Params.caller(sc), Params.tenant(sc, tenant), y, Params.body(body));
        return Params.created(w, BASE + y + "/network-work", "id=" + w.id());
    }

    /** The booked year end, or what it would give now (not stored). */
    @Operation(operationId = "getPoolYearEnd", summary = "The year end of a pool year, or its preview")
    @Roles({"coordinator", "auditor"})
    @GET
    @Path("{year}/year-end")
    public YearEnd yearEnd(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant) {
        return pool.previewYearEnd(Params.caller(sc), Params.tenant(sc, tenant), year(year), null);
    }

    /** Returns unspent money per partner by the raising rule, or carries it over where the year's setting says so. */
    @Operation(operationId = "closePoolYear", summary = "Close a pool year: return or carry over what is unspent")
    @Roles("coordinator")
    @POST
    @Path("{year}/year-end")
    @Consumes(MediaType.APPLICATION_JSON)
    public YearEnd closeYear(@Context SecurityContext sc, @PathParam("year") String year, @QueryParam("tenant") String tenant,
                             YearEndBody body) {
        return pool.closeYear(Params.caller(sc), Params.tenant(sc, tenant), year(year),
                body == null ? null : body.closedOn());
    }

    private static int year(String year) {
        return de.ikz.api.input.Input.year("year", year);
    }
}
