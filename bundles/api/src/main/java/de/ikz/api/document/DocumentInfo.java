package de.ikz.api.document;

import java.time.Instant;

/**
 * What a document is, for its metadata and its file name.
 *
 * @param title    the document's title (PDF title, e.g. "Umlage 2027 – Mitteilung an Stadt Erkelenz")
 * @param author   who issues it (a participant's name), never a system account
 * @param created  when it was made (the PDF's creation date); the run's or record's time, so that the
 *                 same data gives the same document
 * @param language BCP 47 tag of the text, "de" unless a text is in another language
 * @param fileName file name without extension, made of a-z, 0-9, '-' and '_' (e.g. "umlage-2027-v2-erkelenz")
 */
public record DocumentInfo(String title, String author, Instant created, String language, String fileName) {
}
