package de.ikz.fruehehilfen.internal.families;

/** What a staff member of the service is, with the German label staff read. */
public enum StaffKind {
    MIDWIFE("Familienhebamme"),
    FGKIKP("Familien-Gesundheits- und Kinderkrankenpflegerin/-pfleger (FGKiKP)"),
    COORDINATION("Koordination");

    private final String label;

    StaffKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
