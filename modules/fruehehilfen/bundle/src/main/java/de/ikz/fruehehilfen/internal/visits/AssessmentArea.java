package de.ikz.fruehehilfen.internal.visits;

/**
 * The six areas of the national documentation template (NZFH) on which a family midwife or FGKiKP
 * assesses a family at the start, during and at the end of the support. Each is rated on
 * {@link Scale}. {@link #field()} is the name of the area in REST bodies, forms and refusals.
 */
public enum AssessmentArea {
    HOUSEHOLD("household", "Haushalt/Versorgung"),
    EXTERNAL_SUPPORT("externalSupport", "externe Unterstützung"),
    INTERNAL_SUPPORT("internalSupport", "interne Unterstützung/Partnerschaft"),
    SELF_CARE("selfCare", "Selbstfürsorge"),
    CHILD_CARE("childCare", "Versorgung des Kindes"),
    INTERACTION("interaction", "Eltern-Kind-Interaktion");

    private final String field;
    private final String label;

    AssessmentArea(String field, String label) {
        this.field = field;
        this.label = label;
    }

    /** The field name in REST bodies, forms and refusals. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    /**
     * The rating of an area: 1 to 5, higher is better, each step with the label staff choose from
     * (the template leaves the scale to the service; five steps with words keep ratings of
     * different professionals comparable).
     */
    public static final class Scale {
        public static final int MIN = 1;
        public static final int MAX = 5;
        private static final String[] LABELS = {
            "1 – erhebliche Probleme, dringender Unterstützungsbedarf",
            "2 – deutliche Probleme",
            "3 – teils, teils",
            "4 – überwiegend gut",
            "5 – gut, keine Probleme"
        };

        private Scale() {
        }

        /** The label of a rating from {@value #MIN} to {@value #MAX}. */
        public static String label(int rating) {
            return LABELS[rating - MIN];
        }
    }
}
