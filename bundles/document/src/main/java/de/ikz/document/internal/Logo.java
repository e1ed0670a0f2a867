package de.ikz.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The configured logo: a PNG or JPEG file of at most 1 MiB, recognised by its first bytes. */
final class Logo {

    static final int MAX_BYTES = 1024 * 1024;

    private Logo() {
    }

    /** "image/png", "image/jpeg", or null if the bytes are neither. */
    static String mediaType(byte[] b) {
        if (b == null || b.length < 8) {
            return null;
        }
        if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    /**
     * Reads a logo file.
     *
     * @throws IOException if it cannot be read, is larger than {@link #MAX_BYTES} or not a PNG or JPEG
     */
    static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                throw new IOException("larger than 1 MiB");
            }
            if (mediaType(b) == null) {
                throw new IOException("neither a PNG nor a JPEG file");
            }
            return b;
        }
    }
}
