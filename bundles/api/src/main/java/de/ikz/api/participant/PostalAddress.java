package de.ikz.api.participant;

/**
 * A postal address as a German letter's window field shows it (DIN 5008): the name, an optional
 * addition (department, "z. Hd."), street and number or PO box, postal code and town.
 *
 * @param name       the addressee (an office's name), may be null where the owner's name is used
 * @param addition   department or "z. Hd. …", may be null
 * @param street     street and number, or "Postfach 12 34"
 * @param postalCode five digits in Germany
 * @param city       town
 */
public record PostalAddress(String name, String addition, String street, String postalCode, String city) {

    /** Whether street, postal code and town are all present (enough for a letter). */
    public boolean complete() {
        return present(street) && present(postalCode) && present(city);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
