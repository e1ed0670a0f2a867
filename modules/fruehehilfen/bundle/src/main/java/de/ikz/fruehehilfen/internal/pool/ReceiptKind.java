package de.ikz.fruehehilfen.internal.pool;

/** What a receipt (Zahlungseingang) pays for. Stored and sent by name; {@link #label()} in German. */
public enum ReceiptKind {
    GRANT("Bundesmittel"),
    OWN_SHARE("Eigenanteil"),
    CONTRIBUTION("Festbetrag"),
    GAP_SHARE("Anteil an der Deckungslücke");

    private final String label;

    ReceiptKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
