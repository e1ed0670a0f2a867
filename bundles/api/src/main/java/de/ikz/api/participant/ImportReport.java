package de.ikz.api.participant;

import java.util.List;

/**
 * Outcome of a register import.
 *
 * @param districts      districts read
 * @param municipalities municipalities read (record type 60)
 * @param inserted       municipalities new to the register
 * @param updated        municipalities already known (updated, never duplicated)
 * @param skipped        bad lines left out (only with skip-bad-lines)
 * @param problems       the bad lines: number and reason
 * @param committed      false if nothing was written (a bad line without skip-bad-lines)
 */
public record ImportReport(int districts, int municipalities, int inserted, int updated, int skipped,
                           List<LineProblem> problems, boolean committed) {

    /** A line the importer could not read. */
    public record LineProblem(long line, String reason) {
    }
}
