package de.ikz.kinderschutz.internal.offers;

/** What kind of help an offer is (German labels for families and staff; the enum name is the API value). */
public enum OfferType {
    COUNSELLING("Beratung"),
    PARENT_COURSE("Elternkurs"),
    MIDWIFE("Hebamme"),
    PAEDIATRICIAN("Kinderärztin oder Kinderarzt"),
    FAMILY_CENTRE("Familienzentrum"),
    SPORTS("Sport und Bewegung"),
    TRANSLATED_INFORMATION("Übersetzte Informationen"),
    EARLY_HELP_CONTACT("Anlaufstelle Frühe Hilfen"),
    OTHER("Sonstiges");

    private final String label;

    OfferType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
