package de.ikz.api.document;

import java.io.OutputStream;

import de.ikz.api.participant.Participant;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders documents. One implementation serves the whole platform; core bundles and modules
 * reach it as an OSGi service through this API only.
 */
@ProviderType
public interface DocumentService {

    /** Output formats. */
    enum Format {
        /** PDF/A-2 with embedded fonts, tagged for accessibility. */
        PDF("application/pdf", "pdf"),
        /** The document's data table: ',' separated, numbers with a decimal point, ISO dates, UTF-8. */
        CSV("text/csv; charset=UTF-8", "csv"),
        /** As CSV for German spreadsheets: ';' separated, decimal comma, UTF-8 with byte order mark. */
        CSV_DE("text/csv; charset=UTF-8", "csv");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    /**
     * Writes the document in the format to {@code out} (left open).
     *
     * @throws de.ikz.api.error.IkzException (invalid, field "format") for CSV of a document without a data table
     */
    void write(Document document, Format format, OutputStream out);

    /** {@link #write} into a byte array. */
    default byte[] render(Document document, Format format) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(document, format, out);
        return out.toByteArray();
    }

    /**
     * The letterhead of a participant: its name, address, contact and bank details; what it lacks is
     * taken from the host's configured default (PID {@code de.ikz.documents}); the configured logo
     * is added.
     */
    Letterhead letterhead(Participant issuer);
}
