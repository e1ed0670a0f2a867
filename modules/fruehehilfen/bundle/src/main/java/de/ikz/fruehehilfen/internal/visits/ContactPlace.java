package de.ikz.fruehehilfen.internal.visits;

/** Where a contact took place, stored by name, with the German label staff read. */
public enum ContactPlace {
    HOME("Wohnung der Familie"),
    PRACTICE("Praxis/Beratungsstelle"),
    PHONE("Telefon"),
    CLINIC("Klinik"),
    OTHER("Sonstiges");

    private final String label;

    ContactPlace(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
