package de.ikz.fruehehilfen.internal.reports;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.document.DocumentService.Format;
import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The module's reports: what is due, the steering committee's report for any period, the proof
 * of use (Verwendungsnachweis) per partner and for the pool, and their documents. REST, screens
 * and console pass what the user gave (null when absent); the defaults are applied here.
 * <p>
 * Who: the coordinator reads and writes everything; the auditor reads everything; partner staff
 * read their own office's figures with the totals, and the proof of use of their own office and of
 * the pool (another partner's proof is NOT_FOUND); nobody else (a professional documents visits
 * and has no business with the pool). Reports hold sums, no personal data: reading them writes no
 * access-log entry; saving a text and marking a version final do.
 */
public interface Reports {

    /**
     * A report period, both days included: {@code to} defaults to today, {@code from} to 1 January of
     * the year of {@code to}; refused (field {@code to}) when it ends before it starts or spans more
     * than {@value #MAX_YEARS} years. (The guardianship module has the same rule; a kit rule for
     * report periods would serve both.)
     */
    @Schema(name = "fruehehilfenReportPeriod")
    record Period(LocalDate from, LocalDate to) {

        public static final int MAX_YEARS = 10;

        public static Period of(LocalDate from, LocalDate to, LocalDate today) {
            Period p = new Period(from != null ? from : (to != null ? to : today).withDayOfYear(1), to != null ? to : today);
            String wrong = p.to.isBefore(p.from) ? "Der Zeitraum endet (" + p.to + ") vor seinem Beginn (" + p.from + ")."
                    : p.from.plusYears(MAX_YEARS).isBefore(p.to) ? "Ein Bericht umfasst höchstens " + MAX_YEARS + " Jahre." : null;
            if (wrong != null) {
                throw IkzException.invalid("to", wrong);
            }
            return p;
        }
    }

    /**
     * Something due.
     *
     * @param kind    PROOF (a proof of use not yet final)
     * @param due     the deadline
     * @param overdue the deadline has passed
     * @param year    the year it is about
     * @param partner the partner youth office, or {@code pool}
     * @param what    what is due, in German
     */
    @Schema(name = "fruehehilfenDue")
    record Due(String kind, LocalDate due, boolean overdue, int year, String partner, String what) {
    }

    /** A final version of a proof of use: who marked it final and when. */
    @Schema(name = "fruehehilfenProofFinalVersion")
    record FinalVersion(String id, int version, String finalBy, Instant finalAt) {
    }

    /**
     * A proof of use as it stands: the text with its placeholders, the text filled with the
     * figures, the figures (today's; a final version keeps its own), the deadline and the final
     * versions (newest last).
     */
    @Schema(name = "fruehehilfenProofOfUse")
    record ProofOfUse(int year, String partner, String partnerName, LocalDate deadline, boolean overdue, String text,
                      String narrative, ProofFigures figures, List<FinalVersion> finals) {
        public ProofOfUse {
            finals = List.copyOf(finals);
        }

        public boolean isFinal() {
            return !finals.isEmpty();
        }
    }

    /** One line of the year's overview: a proof, its deadline and whether a final version exists. */
    @Schema(name = "fruehehilfenProofStatus")
    record ProofStatus(int year, String partner, String partnerName, LocalDate deadline, boolean overdue,
                       @Schema(requiredMode = NOT_REQUIRED) FinalVersion lastFinal) {
    }

    /** A document to download. */
    @Schema(name = "fruehehilfenReportFile")
    record ReportFile(String fileName, String mediaType, byte[] content) {
    }

    /** The period the reports use for these bounds (either may be null). */
    Period period(LocalDate from, LocalDate to);

    /** Items due within the reminder days, and everything overdue. */
    List<Due> due(Caller caller, String tenantId);

    SteeringReport steering(Caller caller, String tenantId, LocalDate from, LocalDate to);

    ReportFile steeringFile(Caller caller, String tenantId, LocalDate from, LocalDate to, Format format);

    /** The year's proofs: the pool's first, then every partner of the year's pool (partner staff: their own and the pool's). */
    List<ProofStatus> proofs(Caller caller, String tenantId, Integer year);

    /** A proof of use; {@code partner} a partner's id or {@code pool}. */
    ProofOfUse proof(Caller caller, String tenantId, int year, String partner);

    /** Saves the narrative text (coordinator). Unknown placeholders are refused (field {@code text}). */
    ProofOfUse saveText(Caller caller, String tenantId, int year, String partner, String text);

    /** Marks the text and today's figures final as the next version (coordinator; the year must be over). */
    ProofOfUse markFinal(Caller caller, String tenantId, int year, String partner);

    /**
     * The proof as PDF/A or CSV: a final version's stored text and figures ({@code version}; null: the
     * newest final one, or the draft when there is none).
     */
    ReportFile proofFile(Caller caller, String tenantId, int year, String partner, Integer version, Format format);

    /** The placeholders a text may use, with what each stands for. */
    default Map<String, String> placeholders() {
        return Narrative.PLACEHOLDERS;
    }
}
