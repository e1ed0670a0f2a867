package de.ikz.kinderschutz.internal.members;

/** What an agreement with a member institution is about. */
public enum AgreementKind {
    GOOD_CONDUCT_72A("Führungszeugnisse für Ehrenamtliche (§ 72a SGB VIII)"),
    PROTECTION_8A("Schutzauftrag bei Kindeswohlgefährdung (§ 8a SGB VIII)"),
    OTHER("Sonstige Vereinbarung");

    private final String label;

    AgreementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
