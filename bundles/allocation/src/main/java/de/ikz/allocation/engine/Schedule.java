package de.ikz.allocation.engine;

import java.time.MonthDay;
import java.util.List;

/**
 * How often advance payments (Abschläge) on a yearly share are due, with the default due days.
 */
public enum Schedule {

    /** One instalment, due 1 March. */
    YEARLY(List.of(MonthDay.of(3, 1))),

    /** Two instalments, due 1 January and 1 July. */
    HALF_YEARLY(List.of(MonthDay.of(1, 1), MonthDay.of(7, 1))),

    /** Four instalments, due 15 February, 15 May, 15 August and 15 November. */
    QUARTERLY(List.of(MonthDay.of(2, 15), MonthDay.of(5, 15), MonthDay.of(8, 15), MonthDay.of(11, 15)));

    private final List<MonthDay> defaultDueDays;

    Schedule(List<MonthDay> defaultDueDays) {
        this.defaultDueDays = defaultDueDays;
    }

    /** @return the number of instalments per year */
    public int instalments() {
        return defaultDueDays.size();
    }

    /** @return the default due day of each instalment, in order */
    public List<MonthDay> defaultDueDays() {
        return defaultDueDays;
    }
}
