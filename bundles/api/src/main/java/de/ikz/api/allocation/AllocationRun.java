package de.ikz.api.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One immutable run of an agreement's cost rule for a fiscal year. Running again makes a new
 * version; nothing of a run is ever changed. It stores its inputs (figures with reference dates and
 * sources, the rule and the agreement version) so that an auditor can retrace it years later.
 *
 * @param id               run id: {@code <agreement>/<year>/v<version>}
 * @param kind             "BUDGET" (shares and advance payments) or "SETTLEMENT" (final settlement)
 * @param amount           the amount split: the budget, or for a settlement actual cost less grants
 * @param rounding         rounding rule used
 * @param keyDescription   the key in words
 * @param inputs           key figures used, per partner
 * @param shares           the result, per partner, summing exactly to {@code amount}
 * @param instalments      advance payments per partner (BUDGET runs)
 * @param settlement       per partner final share, advances paid and balance (SETTLEMENT runs)
 */
public record AllocationRun(String id, String tenantId, String agreementId, int agreementVersion, int fiscalYear,
                            int version, String kind, Instant createdAt, String createdBy, BigDecimal amount,
                            BigDecimal actualCost, BigDecimal grants, String rounding, String keyDescription,
                            List<Input> inputs, List<Share> shares, List<Instalment> instalments,
                            List<SettlementLine> settlement) {

    /**
     * A key figure of a partner with its provenance.
     *
     * @param figure        the figure's id ("population", "vormundschaft/active-appointments", "part 1: percent")
     * @param referenceDate the day the value stands on: a register figure's reference date; for a module's measure the
     *                      last day counted (the end of the period, or the day of the run if that came first)
     * @param source        where it comes from ("IT.NRW", "agreement", or the module by name and version)
     * @param detail        which municipalities or which period it covers, or null
     * @param label         the figure's German name as printed, for a module's measure its label; null for the
     *                      platform's own figures (documents name those)
     */
    public record Input(String partnerId, String figure, BigDecimal value, LocalDate referenceDate, String source,
                        String detail, String label) {

        /** An input without a label (the platform's own figures). */
        public Input(String partnerId, String figure, BigDecimal value, LocalDate referenceDate, String source, String detail) {
            this(partnerId, figure, value, referenceDate, source, detail, null);
        }
    }

    /**
     * A partner's share. payable = amount − creditInKind.
     *
     * @param cashReference the Kassenzeichen of the partner's notice of this run (unique within the tenant, never
     *                      changes; the partner's treasury pays with it), or null for a preview
     */
    public record Share(String partnerId, BigDecimal exact, BigDecimal amount, BigDecimal creditInKind,
                        BigDecimal payable, String cashReference) {

        /** A share without a Kassenzeichen (not stored yet). */
        public Share(String partnerId, BigDecimal exact, BigDecimal amount, BigDecimal creditInKind, BigDecimal payable) {
            this(partnerId, exact, amount, creditInKind, payable, null);
        }

        /** This share with the given Kassenzeichen. */
        public Share withCashReference(String reference) {
            return new Share(partnerId, exact, amount, creditInKind, payable, reference);
        }
    }

    /** An advance payment. */
    public record Instalment(String partnerId, int number, LocalDate due, BigDecimal amount) {
    }

    /** Final settlement of a partner: balance &gt; 0 is a back-payment, &lt; 0 a refund. */
    public record SettlementLine(String partnerId, BigDecimal finalShare, BigDecimal creditInKind,
                                 BigDecimal advancesPaid, BigDecimal balance) {
    }
}
