package de.ikz.api.agreement;

import java.time.LocalDate;

/**
 * The dates of an agreement (GkG NRW § 24: written form, approval, publication, in force).
 *
 * @param noticePeriod e.g. "12 Monate zum Jahresende"; required for unlimited terms or terms over 20 years
 */
public record AgreementDates(LocalDate signed, LocalDate approved, LocalDate published, LocalDate inForce,
                             LocalDate ends, String noticePeriod) {
}
