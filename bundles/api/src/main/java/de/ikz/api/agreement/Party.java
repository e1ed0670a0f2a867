package de.ikz.api.agreement;

/**
 * A party to an agreement.
 *
 * @param participantId the participant
 * @param role          "lead" (host, Hauptverantwortlich), "partner", or "other" (Sonstige Beteiligte)
 */
public record Party(String participantId, String role) {
    public static final String LEAD = "lead";
    public static final String PARTNER = "partner";
    public static final String OTHER = "other";
}
