package de.ikz.vormundschaft.internal.domain;

/**
 * Where one step of a child's case stands: the match of one volunteer and, after it, the
 * proposal to the family court (column {@code vm_proposal.status}, JSON {@code status} of a
 * proposal; the value is the constant's name). A child has at most one MATCHED or PROPOSED step.
 */
public enum ProposalStatus {
    /** Zugeordnet: the volunteer is matched to the child. Set by match. */
    MATCHED,
    /** Vorgeschlagen: proposed to the family court with reasons (SGB VIII § 53). Set by propose. */
    PROPOSED,
    /** Bestellt: the court appointed the volunteer; the step is closed. Set by appoint. */
    APPOINTED,
    /** Verworfen: dropped (the court chose someone else, ...); the step is closed. Set by withdraw. */
    DROPPED;

    /** True while the step is open (MATCHED or PROPOSED): it binds the volunteer's capacity. */
    public boolean open() {
        return this == MATCHED || this == PROPOSED;
    }
}
