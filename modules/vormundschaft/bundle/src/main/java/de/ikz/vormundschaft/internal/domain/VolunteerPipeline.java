package de.ikz.vormundschaft.internal.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import de.ikz.kit.text.GermanFormat;

/**
 * The rules of the volunteer pipeline.
 *
 * <p>Allowed moves:
 * <ul>
 *   <li>each stage to the next one (enquiry → … → appointed);</li>
 *   <li>any stage before appointed → left (the volunteer withdraws);</li>
 *   <li>appointed → resting, pool (guardianship ended, capacity left) or left;</li>
 *   <li>resting → pool or left;</li>
 *   <li>matched → pool (match dropped); proposed to court → pool (the court chose someone else).</li>
 * </ul>
 * Nothing leaves {@link VolunteerStage#LEFT}; a returning volunteer starts with a new enquiry.
 *
 * <p>Leaving {@link VolunteerStage#CONDUCT_CERTIFICATE} forward additionally needs a clear
 * certificate seen at most three months before the move: use
 * {@link #check(VolunteerStage, VolunteerStage, ConductCheck, LocalDate)} for moves out of that
 * stage.
 */
public final class VolunteerPipeline {

    /** How old a certificate of good conduct may be when the volunteer leaves that stage. */
    public static final int CERTIFICATE_VALID_MONTHS = 3;

    private static final Map<VolunteerStage, EnumSet<VolunteerStage>> ALLOWED = allowed();

    private VolunteerPipeline() {
    }

    private static Map<VolunteerStage, EnumSet<VolunteerStage>> allowed() {
        Map<VolunteerStage, EnumSet<VolunteerStage>> m = new EnumMap<>(VolunteerStage.class);
        for (VolunteerStage s : VolunteerStage.values()) {
            m.put(s, EnumSet.noneOf(VolunteerStage.class));
        }
        VolunteerStage[] order = VolunteerStage.values();
        for (int i = 0; order[i] != VolunteerStage.APPOINTED; i++) {
            m.get(order[i]).add(order[i + 1]);
            m.get(order[i]).add(VolunteerStage.LEFT);
        }
        m.get(VolunteerStage.APPOINTED).addAll(
                EnumSet.of(VolunteerStage.RESTING, VolunteerStage.POOL, VolunteerStage.LEFT));
        m.get(VolunteerStage.RESTING).addAll(EnumSet.of(VolunteerStage.POOL, VolunteerStage.LEFT));
        m.get(VolunteerStage.MATCHED).add(VolunteerStage.POOL);
        m.get(VolunteerStage.PROPOSED_TO_COURT).add(VolunteerStage.POOL);
        return m;
    }

    /** The stages a volunteer in {@code from} may move to (a copy). */
    public static Set<VolunteerStage> allowedFrom(VolunteerStage from) {
        if (from == null) {
            throw new PipelineException("from", "the current stage is missing");
        }
        return EnumSet.copyOf(ALLOWED.get(from));
    }

    /**
     * Checks a move by the stage graph alone.
     *
     * @return the allowed transition
     * @throws PipelineException (field {@code from} or {@code to}) if the move is not allowed
     */
    public static Transition check(VolunteerStage from, VolunteerStage to) {
        if (from == null) {
            throw new PipelineException("from", "the current stage is missing");
        }
        if (to == null) {
            throw new PipelineException("to", "the new stage is missing");
        }
        if (ALLOWED.get(from).contains(to)) {
            return new Transition(from, to);
        }
        String prefix = "cannot go from " + from.label() + " to " + to.label() + ": ";
        if (from == VolunteerStage.LEFT) {
            throw new PipelineException("from", prefix
                    + "a volunteer who left does not come back into the pipeline; record a new enquiry instead");
        }
        if (from == to) {
            throw new PipelineException("to", "the volunteer is already in stage " + to.label());
        }
        throw new PipelineException("to", prefix + whyNot(to));
    }

    /**
     * Checks a move including the certificate rule: leaving the conduct-certificate stage for
     * anything but {@code LEFT} needs {@link #checkCertificate(ConductCheck, LocalDate)} to pass.
     */
    public static Transition check(VolunteerStage from, VolunteerStage to, ConductCheck conductCheck,
            LocalDate today) {
        Transition t = check(from, to);
        if (from == VolunteerStage.CONDUCT_CERTIFICATE && to != VolunteerStage.LEFT) {
            checkCertificate(conductCheck, today);
        }
        return t;
    }

    /**
     * A volunteer may leave the conduct-certificate stage only with a clear certificate seen no
     * earlier than {@value #CERTIFICATE_VALID_MONTHS} months before {@code today} (that day itself
     * still counts) and not in the future.
     *
     * @throws PipelineException naming {@code conductCheck}, {@code clear} or {@code seen}
     */
    public static void checkCertificate(ConductCheck check, LocalDate today) {
        if (today == null) {
            throw new PipelineException("today", "the date of the move is missing");
        }
        if (check == null) {
            throw new PipelineException("conductCheck",
                    "no certificate of good conduct has been seen yet");
        }
        if (!check.clear()) {
            throw new PipelineException("clear",
                    "the certificate of good conduct is not clear; the volunteer cannot continue to training");
        }
        if (check.seen().isAfter(today)) {
            throw new PipelineException("seen", "the certificate was seen on "
                    + GermanFormat.date(check.seen()) + ", which is after today");
        }
        LocalDate oldest = today.minusMonths(CERTIFICATE_VALID_MONTHS);
        if (check.seen().isBefore(oldest)) {
            throw new PipelineException("seen", "the certificate was seen on "
                    + GermanFormat.date(check.seen()) + " and is older than "
                    + CERTIFICATE_VALID_MONTHS + " months; ask for a new one (must be seen on or after "
                    + GermanFormat.date(oldest) + ")");
        }
    }

    private static String whyNot(VolunteerStage to) {
        return switch (to) {
            case ENQUIRY -> "an enquiry is where a volunteer starts; no one goes back to it";
            case APPLICATION -> "an application follows an enquiry";
            case SUITABILITY_INTERVIEW -> "a suitability interview follows the application form";
            case CONDUCT_CERTIFICATE -> "the certificate of good conduct is checked after the suitability interview";
            case TRAINING -> "training starts after the certificate of good conduct has been checked";
            case REFLECTION_TALK -> "a reflection talk follows the training";
            case POOL -> "a volunteer enters the pool after the reflection talk, or returns to it from a match,"
                    + " a court proposal, an ended guardianship or a rest";
            case MATCHED -> "only a volunteer in the pool can be matched to a child";
            case PROPOSED_TO_COURT -> "a proposal to the family court needs a match first";
            case APPOINTED -> "an appointment follows a proposal to the family court";
            case RESTING -> "only a volunteer whose guardianship ended can rest";
            case LEFT -> "a volunteer who left cannot leave again";
        };
    }
}
