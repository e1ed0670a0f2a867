package de.ikz.api.agreement;

/** Legal form of a cooperation (GkG NRW). */
public enum LegalForm {
    /** Öffentlich-rechtliche Vereinbarung, one partner takes the task over (§ 23 (1) Alt. 1 GkG). */
    PUBLIC_LAW_DELEGATION,
    /** Öffentlich-rechtliche Vereinbarung, one partner carries it out for the others (§ 23 (1) Alt. 2 GkG). */
    PUBLIC_LAW_MANDATE,
    ZWECKVERBAND,
    /** Cooperation agreement without transfer of tasks (typical for networks). */
    COOPERATION_AGREEMENT
}
