package de.ikz.allocation.engine;

import java.math.BigDecimal;

/**
 * One partner's line of an {@link Allocation}.
 *
 * @param partnerId    the partner
 * @param keyFigure    the figure the key used for this partner (see {@link Key#keyFigure}), or
 *                     {@code null}
 * @param exactShare   the exact share before rounding, {@value Money#EXACT_SCALE} decimals
 * @param amount       the share rounded to the cent by the allocation's {@link RoundingRule}
 * @param creditInKind the value of the partner's contribution in kind credited against its share
 *                     (rooms, staff overhead of the host), {@code 0.00} if none
 * @param payable      what the partner pays in money: {@code amount − creditInKind}
 */
public record PartnerShare(String partnerId, BigDecimal keyFigure, BigDecimal exactShare,
                           BigDecimal amount, BigDecimal creditInKind, BigDecimal payable) {
}
