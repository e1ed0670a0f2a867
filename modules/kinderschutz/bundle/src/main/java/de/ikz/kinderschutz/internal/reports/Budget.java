package de.ikz.kinderschutz.internal.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The network budget of a year, what was spent and how it is split among the partners.
 *
 * @param basis    BUDGET (the budget is split as advances) or SPENT (what was spent is split)
 * @param key      the core key splitting it ({@code population} or {@code equal})
 * @param partners the core participants sharing it
 * @param shares   partner id to share, summing exactly to the basis amount
 */
public record Budget(int year, BigDecimal amount, String basis, String key, List<String> partners, List<Expense> expenses,
                     BigDecimal spent, BigDecimal left, Map<String, BigDecimal> shares) {

    public record Expense(String id, LocalDate spentOn, BigDecimal amount, String category, String documentNo, String note) {
    }

    /** Expense categories (German labels). */
    public enum Category {
        TRAINING("Fortbildung"), EVENTS("Veranstaltungen"), PUBLIC_RELATIONS("Öffentlichkeitsarbeit"), MATERIAL("Material"),
        FEES("Honorare"), OTHER("Sonstiges");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
