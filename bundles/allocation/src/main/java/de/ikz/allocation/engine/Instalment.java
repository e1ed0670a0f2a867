package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One advance payment (Abschlag).
 *
 * @param number  1-based position in the year
 * @param dueDate the day it is due
 * @param amount  the amount due, two decimals (negative if the yearly share is a refund)
 */
public record Instalment(int number, LocalDate dueDate, BigDecimal amount) {
}
