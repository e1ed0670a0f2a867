package de.ikz.vormundschaft.internal.domain;

import java.time.LocalDate;

/**
 * What is kept of an extended certificate of good conduct (erweitertes Führungszeugnis): the date
 * the office saw it and whether it was clear. Never a copy of the certificate.
 */
public record ConductCheck(LocalDate seen, boolean clear) {
    public ConductCheck {
        if (seen == null) {
            throw new PipelineException("seen", "the date the certificate of good conduct was seen is missing");
        }
    }
}
