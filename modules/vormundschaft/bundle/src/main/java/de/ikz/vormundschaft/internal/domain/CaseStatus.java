package de.ikz.vormundschaft.internal.domain;

/**
 * Where a child's case stands (column {@code vm_child.status}, JSON {@code status} of a child). The
 * stored and the JSON value is the constant's name. A case moves OPEN → MATCHED → PROPOSED →
 * APPOINTED → CLOSED; a withdrawal takes a MATCHED or PROPOSED case back to OPEN.
 */
public enum CaseStatus {
    /** Offen: no volunteer yet. Set when partner staff create the profile, and again by a withdrawal. */
    OPEN,
    /** Zugeordnet: a volunteer is matched, not yet proposed to the court. Set by match. */
    MATCHED,
    /** Dem Familiengericht vorgeschlagen: the reasoned proposal went to the court. Set by propose. */
    PROPOSED,
    /** Bestellt: the court appointed the volunteer. Set by appoint. */
    APPOINTED,
    /**
     * Beendet: the appointment ended (majority, lifted, change of guardian, ...). Set by ending the
     * appointment; final — the case takes no further step.
     */
    CLOSED
}
