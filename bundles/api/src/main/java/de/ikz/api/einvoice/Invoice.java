package de.ikz.api.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One notice (one partner's share of an allocation run) as an e-invoice: one line, in euros, not
 * subject to VAT (a cost share between public bodies under a public-law agreement, § 2b UStG).
 *
 * @param number          the Kassenzeichen: invoice number (BT-1) and payment reference (BT-83), required
 * @param issueDate       the letter date (BT-2), required
 * @param seller          the issuing participant with its treasury account, required
 * @param buyer           the partner that pays, required
 * @param buyerReference  BT-10: the buyer's Leitweg-ID, or, where it has none, the reference agreed with it
 *                        (e.g. the agreement's Aktenzeichen); required by XRechnung
 * @param lineName        what is charged, short (BT-153), e.g. "Umlageanteil 2027"
 * @param lineDescription what is charged, in full (BT-154), e.g. the cooperation, the run and the legal basis; may be null
 * @param periodStart     first day of the period the share is for (BG-14 invoicing period, e.g. 01.01.2027); with
 *                        {@code periodEnd}, or both null (XRechnung then notes that no service period is given)
 * @param periodEnd       last day of that period (e.g. 31.12.2027), not before {@code periodStart}
 * @param amount          the share in euros (BT-131, BT-112), at most two decimal places, positive, equal to the
 *                        sum of the instalments
 * @param instalments     the due dates and amounts, in order, at least one; the first due date is BT-9, all of
 *                        them are written as the payment terms (BT-20)
 * @param taxNote         why no VAT is charged (BT-120); null for the default
 *                        {@link #NOT_SUBJECT_TO_VAT}
 */
public record Invoice(String number, LocalDate issueDate, Party seller, Party buyer, String buyerReference,
                      String lineName, String lineDescription, LocalDate periodStart, LocalDate periodEnd,
                      BigDecimal amount, List<Instalment> instalments, String taxNote) {

    /** The default VAT exemption reason (BT-120) for a cost share between public bodies. */
    public static final String NOT_SUBJECT_TO_VAT =
            "Nicht steuerbar: Leistung zwischen juristischen Personen des öffentlichen Rechts (§ 2b UStG)";

    public Invoice {
        // not List.copyOf: a null entry is refused by the service with its field, not by a NullPointerException here
        instalments = instalments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(instalments));
    }
}
