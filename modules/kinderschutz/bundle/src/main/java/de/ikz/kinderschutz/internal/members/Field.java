package de.ikz.kinderschutz.internal.members;

/**
 * The field a member institution belongs to (the national survey of municipalities counts network
 * partners by field). German labels are what staff read; the enum name is the API value.
 */
public enum Field {
    YOUTH_WELFARE("Kinder- und Jugendhilfe"),
    HEALTH("Gesundheitswesen"),
    SCHOOL("Schule"),
    JUSTICE("Justiz"),
    POLICE("Polizei"),
    JOB_CENTRE("Jobcenter und Arbeitsagentur"),
    INTEGRATION("Integration und Migration"),
    FREE_WELFARE("Freie Wohlfahrtspflege"),
    ASSOCIATION("Vereine und Verbände"),
    SECRECY_BOUND("Berufsgeheimnisträger (§ 4 KKG)");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    /** The German name shown to staff. */
    public String label() {
        return label;
    }
}
