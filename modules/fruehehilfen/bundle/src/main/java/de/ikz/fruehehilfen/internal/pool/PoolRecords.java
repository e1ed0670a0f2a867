package de.ikz.fruehehilfen.internal.pool;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The records of the pool: what is stored per year, as read and written by {@link PoolService}. */
public final class PoolRecords {

    private PoolRecords() {
    }

    /**
     * A partner's federal grant for the year, split over the funding areas (the split adds up to the amount).
     *
     * @param byArea amount per funding area; every area present
     */
    @Schema(name = "fruehehilfenPoolGrant")
    public record Grant(int year, String partnerId, BigDecimal amount, LocalDate noticeDate,
                        Map<FundingArea, BigDecimal> byArea, Instant recordedAt, String recordedBy) {
    }

    /** A partner's fixed yearly contribution. */
    @Schema(name = "fruehehilfenPoolContribution")
    public record Contribution(int year, String partnerId, BigDecimal amount,
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String text, Instant recordedAt,
                               String recordedBy) {
    }

    /** Money received from a partner. */
    @Schema(name = "fruehehilfenPoolReceipt")
    public record Receipt(String id, int year, LocalDate date, String partnerId, BigDecimal amount, ReceiptKind kind,
                          @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String text, Instant recordedAt,
                          String recordedBy) {
    }

    /**
     * An expense booked to the pool.
     *
     * @param preFinanced   the host pre-financed it (the pool did not hold enough when it was booked)
     * @param networkWorkId the network work it stems from, or null
     */
    @Schema(name = "fruehehilfenPoolExpense")
    public record Expense(String id, int year, FundingArea area, CostType costType, String documentNumber,
                          LocalDate date, String text, BigDecimal amount, boolean preFinanced,
                          @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String networkWorkId,
                          Instant recordedAt, String recordedBy) {
    }

    /** Network coordination work (always funding area I); its cost is booked as an area-I expense. */
    @Schema(name = "fruehehilfenPoolNetworkWork")
    public record NetworkWork(String id, int year, NetworkWorkKind kind, LocalDate date, BigDecimal hours,
                              BigDecimal cost, String text,
                              @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String expenseId,
                              Instant recordedAt, String recordedBy) {
    }

    /**
     * The year end: returned per partner or carried over.
     *
     * @param returned    per partner id, summing to {@code unspent} when returned (else empty)
     * @param carriedOver carried into the next year (zero when returned)
     */
    @Schema(name = "fruehehilfenPoolYearEnd")
    public record YearEnd(int year, LocalDate closedOn, BigDecimal unspent, Map<String, BigDecimal> returned,
                          BigDecimal carriedOver,
                          @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) Instant recordedAt,
                          @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String recordedBy) {
    }
}
