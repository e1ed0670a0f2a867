package de.ikz.fruehehilfen.internal.visits;

/** When an assessment was made: one START and one END per case, any number DURING. */
public enum AssessmentPhase {
    START("Beginn"),
    DURING("Verlauf"),
    END("Abschluss");

    private final String label;

    AssessmentPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
