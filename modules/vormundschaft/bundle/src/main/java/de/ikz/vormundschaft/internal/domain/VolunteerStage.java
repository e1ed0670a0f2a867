package de.ikz.vormundschaft.internal.domain;

import java.util.Locale;

/** Stages of a volunteer guardian in the pipeline, in their usual order. */
public enum VolunteerStage {
    ENQUIRY,
    APPLICATION,
    SUITABILITY_INTERVIEW,
    CONDUCT_CERTIFICATE,
    TRAINING,
    REFLECTION_TALK,
    POOL,
    MATCHED,
    PROPOSED_TO_COURT,
    APPOINTED,
    RESTING,
    LEFT;

    /** The stage as a coordinator reads it, e.g. "proposed to court". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
