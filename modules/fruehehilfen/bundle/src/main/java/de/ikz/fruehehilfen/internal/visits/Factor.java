package de.ikz.fruehehilfen.internal.visits;

/**
 * One entry of the checklist of resources and burdens of a family, after the national
 * documentation template: a resource or a burden, its category, and whether it is health data
 * (GDPR Art. 9). A health-related entry needs a consent covering health data on the day it is
 * recorded; the whole checklist is sealed at rest.
 */
public enum Factor {
    // resources
    R_STABLE_PARTNERSHIP(Side.RESOURCE, Category.FAMILY, false, "stabile Partnerschaft"),
    R_FAMILY_SUPPORT(Side.RESOURCE, Category.FAMILY, false, "Unterstützung durch Familie/Freunde"),
    R_PARENTING_SKILLS(Side.RESOURCE, Category.PARENTING, false, "feinfühliger Umgang mit dem Kind"),
    R_OPEN_TO_HELP(Side.RESOURCE, Category.PARENTING, false, "offen für Hilfe und Beratung"),
    R_SECURE_INCOME(Side.RESOURCE, Category.LIVING, false, "gesichertes Einkommen"),
    R_ADEQUATE_HOUSING(Side.RESOURCE, Category.LIVING, false, "angemessene Wohnung"),
    R_GOOD_HEALTH(Side.RESOURCE, Category.HEALTH, true, "gute Gesundheit der Mutter"),
    R_HEALTHY_CHILD(Side.RESOURCE, Category.HEALTH, true, "gesundes, gut gedeihendes Kind"),
    // burdens
    B_SINGLE_PARENT(Side.BURDEN, Category.FAMILY, false, "alleinerziehend"),
    B_PARTNER_CONFLICT(Side.BURDEN, Category.FAMILY, false, "Konflikte in der Partnerschaft / häusliche Gewalt"),
    B_SOCIAL_ISOLATION(Side.BURDEN, Category.FAMILY, false, "soziale Isolation"),
    B_YOUNG_MOTHER(Side.BURDEN, Category.PARENTING, false, "minderjährige / sehr junge Mutter"),
    B_PARENTING_STRAIN(Side.BURDEN, Category.PARENTING, false, "Überforderung in der Versorgung des Kindes"),
    B_FINANCIAL(Side.BURDEN, Category.LIVING, false, "finanzielle Notlage / Schulden"),
    B_HOUSING(Side.BURDEN, Category.LIVING, false, "beengte / unsichere Wohnsituation"),
    B_LANGUAGE(Side.BURDEN, Category.LIVING, false, "Sprachbarriere"),
    B_MENTAL_ILLNESS(Side.BURDEN, Category.HEALTH, true, "psychische Erkrankung eines Elternteils"),
    B_POSTPARTUM_DEPRESSION(Side.BURDEN, Category.HEALTH, true, "Anzeichen einer postpartalen Depression"),
    B_ADDICTION(Side.BURDEN, Category.HEALTH, true, "Suchterkrankung eines Elternteils"),
    B_CHRONIC_ILLNESS(Side.BURDEN, Category.HEALTH, true, "chronische Erkrankung / Behinderung eines Elternteils"),
    B_PREMATURE(Side.BURDEN, Category.HEALTH, true, "Frühgeburt / Mehrlinge"),
    B_CHILD_ILLNESS(Side.BURDEN, Category.HEALTH, true, "Erkrankung / Behinderung des Kindes"),
    B_REGULATION(Side.BURDEN, Category.HEALTH, true, "Regulationsstörung des Kindes (Schreien, Schlafen, Füttern)");

    /** Resource or burden. */
    public enum Side {
        RESOURCE("Ressource"), BURDEN("Belastung");

        private final String label;

        Side(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The checklist's categories. */
    public enum Category {
        FAMILY("Familie und soziales Umfeld"),
        PARENTING("Elternschaft und Versorgung"),
        LIVING("Lebenslage"),
        HEALTH("Gesundheit");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Side side;
    private final Category category;
    private final boolean health;
    private final String label;

    Factor(Side side, Category category, boolean health, String label) {
        this.side = side;
        this.category = category;
        this.health = health;
        this.label = label;
    }

    public Side side() {
        return side;
    }

    public Category category() {
        return category;
    }

    /** Health data (GDPR Art. 9): needs a consent covering health data. */
    public boolean health() {
        return health;
    }

    public String label() {
        return label;
    }
}
