package de.ikz.fruehehilfen.internal.families;

/** What a family consented to, with the German label staff read. */
public enum ConsentScope {
    DOCUMENTATION("Dokumentation der Begleitung"),
    YOUTH_OFFICE_EXCHANGE("Austausch mit dem Jugendamt"),
    HEALTH_DATA("Gesundheitsdaten");

    private final String label;

    ConsentScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
