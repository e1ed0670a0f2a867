package de.ikz.fruehehilfen.internal.pool;

/**
 * The funding areas (Förderbereiche) of the Bundesstiftung Frühe Hilfen. Stored and sent by name
 * ({@code I}, {@code II}, {@code III}); {@link #label()} is what staff read.
 */
public enum FundingArea {
    /** Network structures: coordination, meetings, training, documentation, public relations. */
    I("Förderbereich I – Netzwerke"),
    /** Psychosocial support by health professionals, their training, coordination, supervision; volunteer schemes. */
    II("Förderbereich II – Psychosoziale Unterstützung"),
    /** Innovation. */
    III("Förderbereich III – Innovation");

    private final String label;

    FundingArea(String label) {
        this.label = label;
    }

    /** German label for screens, tables and documents. */
    public String label() {
        return label;
    }
}
