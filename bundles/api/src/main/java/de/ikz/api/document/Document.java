package de.ikz.api.document;

/**
 * A document as data: a {@link Letter}, a {@link Report} or a {@link Certificate}. The renderer
 * decides the layout; the document says what is on it.
 */
public sealed interface Document permits Letter, Report, Certificate {

    /** Title, author, date and language of the document (PDF metadata, file name). */
    DocumentInfo info();

    /**
     * The table the CSV form of this document consists of (one header row, one row per line), or
     * null if the document has no CSV form. It usually repeats a table of the body with the keys a
     * treasury books against (Kassenzeichen) in every row.
     */
    Table data();
}
