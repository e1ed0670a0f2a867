package de.ikz.api.participant;

/** What a participant is. */
public enum ParticipantKind {
    LAND,
    /** Kreis, Landkreis, StädteRegion. */
    DISTRICT,
    DISTRICT_FREE_CITY,
    /** Town or municipality in a district. */
    MUNICIPALITY,
    YOUTH_OFFICE,
    HEALTH_OFFICE,
    /** Freier Träger (Kinderschutzbund, SkF, SKM, AWO, …). */
    WELFARE_ORGANISATION,
    ASSOCIATION,
    PUBLIC_BODY
}
