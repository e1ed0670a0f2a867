package de.ikz.api.document;

import java.time.LocalDate;
import java.util.List;

import de.ikz.api.participant.PostalAddress;

/**
 * A letter in DIN 5008 form (form B): letterhead, return address and the recipient in the window
 * field, the information block with references and the letter date, the subject in bold, the body,
 * the closing, and a footer with the sender's address and bank details. An appendix (Anlage)
 * starts on a new page.
 *
 * @param info       metadata
 * @param sender     issuing body
 * @param recipient  address in the window field
 * @param date       letter date
 * @param references the information block's lines besides the date: "Aktenzeichen", "Kassenzeichen", …
 * @param subject    subject line (Betreff), without the word "Betreff"
 * @param body       the letter's content: salutation, paragraphs, tables, …
 * @param closing    lines after the body: greeting, and for letters the platform makes
 *                   {@link #MACHINE_MADE}
 * @param appendix   blocks of the appendix (exact shares, basis), or empty
 * @param data       the CSV table, or null
 */
public record Letter(DocumentInfo info, Letterhead sender, PostalAddress recipient, LocalDate date, List<Field> references,
                     String subject, List<Block> body, List<String> closing, List<Block> appendix, Table data)
        implements Document {

    /** The line that makes a letter without a signature valid. */
    public static final String MACHINE_MADE = "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.";

    public Letter {
        references = references == null ? List.of() : List.copyOf(references);
        body = body == null ? List.of() : List.copyOf(body);
        closing = closing == null ? List.of() : List.copyOf(closing);
        appendix = appendix == null ? List.of() : List.copyOf(appendix);
    }
}
