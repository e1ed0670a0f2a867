package de.ikz.fruehehilfen.internal.pool;

/** Kind of network coordination work (always funding area I). Stored and sent by name. */
public enum NetworkWorkKind {
    MEETING("Netzwerktreffen"),
    TRAINING("Fortbildung"),
    PUBLIC_RELATIONS("Öffentlichkeitsarbeit");

    private final String label;

    NetworkWorkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
