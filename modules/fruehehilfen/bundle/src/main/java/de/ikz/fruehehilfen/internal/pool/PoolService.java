package de.ikz.fruehehilfen.internal.pool;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.tenant.Caller;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Contribution;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Expense;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Grant;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.NetworkWork;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Receipt;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.YearEnd;

/**
 * The funding pool of the Frühe Hilfen per tenant and year: partners' federal grants split over the
 * funding areas, the own share (both readings), fixed contributions, the gap to the budget, receipts,
 * expenses, network coordination work and the year end (return per partner or carry-over).
 * <p>
 * Who: a coordinator (of this module) changes and reads everything; an auditor reads everything;
 * partner staff read the figures of their own partner (their participant) and the pool's totals, and
 * nothing else (another partner is NOT_FOUND). The pool holds no personal data, so reads write no
 * access-log entry; every change writes one ({@code fruehehilfen/pool-<thing>/<year>-<id>}) in its
 * transaction. Bad input is refused with {@code IkzException} INVALID naming the field, before
 * anything is written.
 * <p>
 * <b>Read API for the reports part:</b> {@link #figures(Caller, String, int)} — keep it stable.
 */
public interface PoolService {

    /** The figures of a year, per partner and for the pool (see {@link PoolFigures}). A year without data has zeros. */
    PoolFigures figures(Caller caller, String tenantId, int year);

    /** Years that have any pool data, newest first. */
    List<Integer> years(Caller caller, String tenantId);

    /** The settings of a year (defaults where none are stored). */
    PoolSettings settings(Caller caller, String tenantId, int year);

    /**
     * Changes the settings of a year: every non-null field of the input replaces the stored value.
     * Refused on a closed year.
     */
    PoolSettings saveSettings(Caller caller, String tenantId, int year, SettingsInput input);

    /** Grants of a year (visible to the caller), sorted by partner. */
    List<Grant> grants(Caller caller, String tenantId, int year);

    /** Sets (creates or replaces) a partner's grant for the year. The split must add up to the amount. */
    Grant setGrant(Caller caller, String tenantId, int year, GrantInput input);

    /** Fixed contributions of a year, sorted by partner. */
    List<Contribution> contributions(Caller caller, String tenantId, int year);

    /** Sets (creates or replaces; amount 0 removes) a partner's fixed yearly contribution. */
    Contribution setContribution(Caller caller, String tenantId, int year, ContributionInput input);

    List<Receipt> receipts(Caller caller, String tenantId, int year);

    Receipt addReceipt(Caller caller, String tenantId, int year, ReceiptInput input);

    List<Expense> expenses(Caller caller, String tenantId, int year);

    /**
     * Books an expense. Beyond what the pool holds (received + carried in − spent) it is refused
     * (field {@code amount}) unless the year's setting says the host pre-finances: then it is stored
     * as pre-financed.
     */
    Expense addExpense(Caller caller, String tenantId, int year, ExpenseInput input);

    List<NetworkWork> networkWork(Caller caller, String tenantId, int year);

    /** Books network coordination work (area I); a cost above zero is booked as an area-I expense (same rule). */
    NetworkWork addNetworkWork(Caller caller, String tenantId, int year, NetworkWorkInput input);

    /** What the year end would give now, stored nowhere. */
    YearEnd previewYearEnd(Caller caller, String tenantId, int year, LocalDate closedOn);

    /**
     * Closes the year: unspent money returned per partner by the rule that raised it (each partner's
     * due, largest remainder, to the cent) or, where the year's setting allows, carried over to the next
     * year. Nothing can be booked into a closed year.
     */
    YearEnd closeYear(Caller caller, String tenantId, int year, LocalDate closedOn);

    /** The year end, if the year is closed. */
    java.util.Optional<YearEnd> yearEnd(Caller caller, String tenantId, int year);

    /**
     * Settings to change; null fields stay as they are.
     *
     * @param gapPercents percent per partner for the gap key {@code percent}, summing to 100
     */
    @Schema(name = "fruehehilfenPoolSettingsInput")
    record SettingsInput(String hostId, BigDecimal ownSharePercent, String ownShareReading, BigDecimal budget,
                         String gapKey, String gapFigure, Map<String, BigDecimal> gapPercents, Boolean hostPreFinances,
                         Boolean carryOver) {
    }

    /**
     * A grant: partner, amount, notice date and the split over the funding areas ({@code I}, {@code II},
     * {@code III}; missing areas count as 0), which must add up to the amount.
     */
    @Schema(name = "fruehehilfenPoolGrantInput")
    record GrantInput(String partnerId, BigDecimal amount, LocalDate noticeDate, Map<String, BigDecimal> byArea) {
    }

    @Schema(name = "fruehehilfenPoolContributionInput")

    record ContributionInput(String partnerId, BigDecimal amount,
                             @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String text) {
    }

    /** kind: GRANT, OWN_SHARE, CONTRIBUTION or GAP_SHARE. */
    @Schema(name = "fruehehilfenPoolReceiptInput")
    record ReceiptInput(LocalDate date, String partnerId, BigDecimal amount, String kind,
                        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String text) {
    }

    /** area: I, II or III; costType: PERSONNEL, MATERIAL, TRAINING, PUBLIC_RELATIONS, SUPERVISION. */
    @Schema(name = "fruehehilfenPoolExpenseInput")
    record ExpenseInput(String area, String costType, String documentNumber, LocalDate date, String text,
                        BigDecimal amount) {
    }

    /** kind: MEETING, TRAINING, PUBLIC_RELATIONS; documentNumber for the cost's booking (optional). */
    @Schema(name = "fruehehilfenPoolNetworkWorkInput")
    record NetworkWorkInput(String kind, LocalDate date, BigDecimal hours,
                            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) BigDecimal cost, String text,
                            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String documentNumber) {
    }
}
