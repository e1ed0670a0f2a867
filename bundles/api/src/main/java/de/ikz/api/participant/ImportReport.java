package de.ikz.api.participant;

import java.util.List;

/**
 * Outcome of a register import.
 *
 * @param districts      districts read
 * @param municipalities municipalities read (record type 60)
 * @param inserted       municipalities new to the register
 * @param updated        municipalities already known (updated, never duplicated)
 * @param skipped        bad lines: left out with skip-bad-lines; without it nothing was written
 * @param problems       the bad lines, number and reason (the first 100)
 * @param committed      false if nothing was written (a bad line without skip-bad-lines)
 */
public record ImportReport(int districts, int municipalities, int inserted, int updated, int skipped,
                           List<LineProblem> problems, boolean committed) {

    /** A line the importer could not read. */
    public record LineProblem(long line, String reason) {
    }
}
