package de.ikz.fruehehilfen.internal.families;

/** Who referred a family to the service, with the German label staff read. */
public enum Referral {
    CLINIC("Geburtsklinik / Krankenhaus"),
    GYNAECOLOGIST("Frauenarztpraxis"),
    PAEDIATRICIAN("Kinderarztpraxis"),
    YOUTH_OFFICE("Jugendamt"),
    PREGNANCY_COUNSELLING("Schwangerschaftsberatung"),
    SELF("Familie selbst"),
    OTHER("Sonstige");

    private final String label;

    Referral(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
