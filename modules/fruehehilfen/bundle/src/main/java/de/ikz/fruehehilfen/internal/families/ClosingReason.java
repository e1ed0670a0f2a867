package de.ikz.fruehehilfen.internal.families;

/** Why a case closed, with the German label staff read. */
public enum ClosingReason {
    GOALS_REACHED("Ziele erreicht"),
    MOVED("Familie verzogen"),
    HANDED_OVER("an andere Hilfe übergeben"),
    CONSENT_WITHDRAWN("Einwilligung widerrufen"),
    OTHER("Sonstiges");

    private final String label;

    ClosingReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
