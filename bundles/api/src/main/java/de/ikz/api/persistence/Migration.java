package de.ikz.api.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;

/**
 * One migration script. Scripts live in the owner's bundle under {@value #FOLDER}, named
 * {@code V<version>__<description>.sql}; a dialect-specific variant
 * {@code V<version>__<description>.<dialect>.sql} replaces the common one on that dialect.
 * Statements are separated by a semicolon at the end of a line.
 *
 * @param version     1, 2, 3 ...
 * @param description from the file name
 * @param dialect     null for the common script, else "derby" or "postgresql"
 * @param sql         the script text
 */
public record Migration(int version, String description, String dialect, String sql) {

    /** Folder inside a bundle that holds its migrations. */
    public static final String FOLDER = "db/migration";

    private static final Pattern NAME =
            Pattern.compile("V(\\d+)__([A-Za-z0-9_]+?)(?:\\.(derby|postgresql))?\\.sql");

    public Migration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    /** SHA-256 of the script text with line endings normalised. */
    public String checksum() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a file name and text, or returns null if the name is not a migration name. */
    public static Migration parse(String fileName, String text) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2), m.group(3), text);
    }

    /** All migration scripts in a bundle (not in its fragments' order guarantees: sorted here). */
    public static List<Migration> fromBundle(Bundle bundle) {
        List<Migration> result = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.sql", false);
        if (entries == null) {
            return result;
        }
        for (URL url : Collections.list(entries)) {
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                Migration mig = parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (mig != null) {
                    result.add(mig);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read migration " + path + " of " + bundle.getSymbolicName(), e);
            }
        }
        return result;
    }

    /** Scripts from a folder on disk (unit tests, tools). */
    public static List<Migration> fromDirectory(java.nio.file.Path dir) {
        List<Migration> result = new ArrayList<>();
        if (!java.nio.file.Files.isDirectory(dir)) {
            return result;
        }
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) files.sorted()::iterator) {
                Migration mig = parse(p.getFileName().toString(), java.nio.file.Files.readString(p));
                if (mig != null) {
                    result.add(mig);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migrations in " + dir, e);
        }
        return result;
    }
}
