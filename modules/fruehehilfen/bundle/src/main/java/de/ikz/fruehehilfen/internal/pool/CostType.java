package de.ikz.fruehehilfen.internal.pool;

/** Cost type (Kostenart) of an expense. Stored and sent by name; {@link #label()} in German. */
public enum CostType {
    PERSONNEL("Personal"),
    MATERIAL("Sachkosten"),
    TRAINING("Fortbildung"),
    PUBLIC_RELATIONS("Öffentlichkeitsarbeit"),
    SUPERVISION("Supervision");

    private final String label;

    CostType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
