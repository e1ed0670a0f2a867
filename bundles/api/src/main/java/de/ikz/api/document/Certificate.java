package de.ikz.api.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A certificate (Teilnahmebescheinigung, Bescheinigung): one page, issuer on top, title, the person
 * it is for, the statement, details, place and date, and who signs.
 *
 * @param info          metadata
 * @param issuer        issuing body
 * @param title         e.g. "Teilnahmebescheinigung"
 * @param holder        the person it certifies, as to be printed
 * @param statement     the certified fact as sentences
 * @param details       label–value lines (course, dates, hours, content)
 * @param place         place of issue
 * @param date          date of issue
 * @param signatory     name under the signature line, or null for {@link Letter#MACHINE_MADE}
 * @param signatoryRole role under the name, or null
 * @param data          the CSV table, or null
 */
public record Certificate(DocumentInfo info, Letterhead issuer, String title, String holder, String statement,
                          List<Field> details, String place, LocalDate date, String signatory, String signatoryRole,
                          Table data) implements Document {
    public Certificate {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
