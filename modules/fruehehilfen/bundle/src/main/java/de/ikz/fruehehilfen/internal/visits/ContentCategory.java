package de.ikz.fruehehilfen.internal.visits;

/**
 * What a contact was about: the content categories of the national documentation template of
 * the NZFH for family midwives and FGKiKP (several per contact), stored by name.
 */
public enum ContentCategory {
    CHILD_HEALTH("Gesundheit Kind"),
    MOTHER_HEALTH("Gesundheit Mutter/Eltern"),
    FEEDING("Ernährung/Stillen"),
    CARE("Pflege"),
    DEVELOPMENT("Entwicklung"),
    INTERACTION("Eltern-Kind-Interaktion"),
    DAILY_LIFE("Alltagsorganisation"),
    PSYCHOSOCIAL("psychosoziale Belastung"),
    AUTHORITIES("Behördenangelegenheiten"),
    OTHER("Sonstiges");

    private final String label;

    ContentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
