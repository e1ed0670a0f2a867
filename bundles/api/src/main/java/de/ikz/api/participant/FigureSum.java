package de.ikz.api.participant;

import java.time.LocalDate;
import java.util.List;

/**
 * A participant's figure summed over its area (its jurisdiction, its own municipality, or the
 * municipalities of its district) with every part, its reference date and source: enough for an
 * auditor to retrace it.
 *
 * @param participantId the participant
 * @param figure        e.g. "population"
 * @param on            the day the area was taken (jurisdictions change)
 * @param total         the sum
 * @param parts         one value per municipality
 */
public record FigureSum(String participantId, String figure, LocalDate on, long total, List<FigureValue> parts) {
}
