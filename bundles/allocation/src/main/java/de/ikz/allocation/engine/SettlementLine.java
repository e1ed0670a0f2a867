package de.ikz.allocation.engine;

import java.math.BigDecimal;

/**
 * One partner's line of a {@link Settlement}.
 *
 * @param partnerId    the partner
 * @param keyFigure    the figure the key used for this partner, or {@code null}
 * @param exactShare   the exact final share before rounding, {@value Money#EXACT_SCALE} decimals
 * @param finalShare   the partner's rounded share of the net amount (actual cost less grants)
 * @param creditInKind contribution in kind credited against the final share, {@code 0.00} if none
 * @param advancesPaid the advance payments the partner made during the year
 * @param balance      {@code finalShare − creditInKind − advancesPaid}: positive = back-payment
 *                     owed by the partner (Nachzahlung), negative = refund to the partner
 *                     (Erstattung)
 */
public record SettlementLine(String partnerId, BigDecimal keyFigure, BigDecimal exactShare,
                             BigDecimal finalShare, BigDecimal creditInKind, BigDecimal advancesPaid,
                             BigDecimal balance) {
}
