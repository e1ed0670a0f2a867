package de.ikz.fruehehilfen.internal.visits;

/** A service a family was referred to during a contact (several per contact), stored by name. */
public enum ReferralService {
    PREGNANCY_COUNSELLING("Schwangerschaftsberatung"),
    YOUTH_OFFICE("Jugendamt/ASD"),
    PAEDIATRICIAN("Kinderarzt"),
    GYNAECOLOGIST("Frauenarzt"),
    EARLY_INTERVENTION("Frühförderung"),
    PARENTING_COUNSELLING("Erziehungsberatung"),
    DEBT_COUNSELLING("Schuldnerberatung"),
    JOB_CENTRE("Jobcenter/Sozialamt"),
    MENTAL_HEALTH("psychiatrische/psychotherapeutische Hilfe"),
    ADDICTION_COUNSELLING("Suchtberatung"),
    OTHER("Sonstige");

    private final String label;

    ReferralService(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
