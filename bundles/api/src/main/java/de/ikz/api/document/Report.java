package de.ikz.api.document;

import java.util.List;

/**
 * A report: a title page head (issuer, title, subtitle), blocks, and a footer line with the page
 * number on every page. Tables may run over many pages; their header repeats.
 *
 * @param info      metadata
 * @param issuer    who issues it, or null
 * @param title     heading on the first page
 * @param subtitle  line below it, or null
 * @param landscape A4 landscape instead of portrait (for wide tables)
 * @param body      the content
 * @param footer    text in the footer of every page besides the page number, or null
 * @param data      the CSV table, or null
 */
public record Report(DocumentInfo info, Letterhead issuer, String title, String subtitle, boolean landscape, List<Block> body,
                     String footer, Table data) implements Document {
    public Report {
        body = body == null ? List.of() : List.copyOf(body);
    }
}
