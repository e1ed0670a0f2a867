package de.ikz.fruehehilfen.internal.visits;

/** What kind of contact it was, stored by name, with the German label staff read. */
public enum ContactKind {
    HOME_VISIT("Hausbesuch"),
    PHONE_CALL("Telefonat"),
    ACCOMPANIMENT("Begleitung zu einem Termin"),
    GROUP("Gruppenangebot");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
