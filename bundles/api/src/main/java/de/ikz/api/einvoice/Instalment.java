package de.ikz.api.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment of the payment request.
 *
 * @param due    the day it is due
 * @param amount the amount in euros, at most two decimal places, positive
 */
public record Instalment(LocalDate due, BigDecimal amount) {
}
