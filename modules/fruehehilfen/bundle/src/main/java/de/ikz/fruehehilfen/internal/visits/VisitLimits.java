package de.ikz.fruehehilfen.internal.visits;

/**
 * The settings of the visit log in force ({@link VisitSettings}), bounded.
 *
 * @param maxMinutes     longest contact (1 to 1440; default 720 = 12 h)
 * @param defaultMinutes duration of a contact booked without one (1 to maxMinutes; default 60)
 * @param recent         contacts in the visit log's "recent" list (1 to 100; default 10)
 */
public record VisitLimits(int maxMinutes, int defaultMinutes, int recent) {

    public static final VisitLimits DEFAULTS = new VisitLimits(720, 60, 10);

    public VisitLimits {
        maxMinutes = Math.max(1, Math.min(1440, maxMinutes));
        defaultMinutes = Math.max(1, Math.min(maxMinutes, defaultMinutes));
        recent = Math.max(1, Math.min(100, recent));
    }

    static VisitLimits of(VisitSettings s) {
        return new VisitLimits(s.contact_maxMinutes(), s.contact_defaultMinutes(), s.log_recent());
    }
}
