package de.ikz.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.ikz.api.audit.AuditLog.Checkpoint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed checkpoints of the access log's head, one line each, appended to a file outside the
 * database (default {@code data/audit/checkpoints.log}, owner-only) and logged to the logger
 * {@value #LOGGER}, which an operator routes to syslog. A line reads
 * <pre>ikz-audit-checkpoint seq=42 head=&lt;MAC of entry 42&gt; at=2026-11-28T05:40:00.123Z key=&lt;key id&gt; mac=&lt;HMAC of the line&gt;</pre>
 * An insider who deletes the newest entries and fixes the head row leaves a checkpoint with a
 * higher sequence number than the chain; one who rewrites an entry leaves a checkpoint whose
 * head MAC no longer matches. The file is written with the JDK only: one line per checkpoint
 * needs no library.
 */
final class AuditCheckpoints {

    static final String LOGGER = "de.ikz.audit.checkpoint";
    static final String PREFIX = "ikz-audit-checkpoint";
    private static final Logger SYSLOG = LoggerFactory.getLogger(LOGGER);
    private static final Pattern LINE = Pattern.compile(PREFIX
            + " seq=(\\d{1,19}) head=([0-9a-f]{64}) at=(\\S+) key=([0-9a-f]{16}) mac=([0-9a-f]{64})");

    /** A line that is not a valid checkpoint signed with the key. */
    static final class Altered extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        Altered(int line, String message) {
            super("checkpoint file, line " + line + ": " + message);
            this.line = line;
        }
    }

    private final Path file;

    AuditCheckpoints(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Appends a signed checkpoint, forces it to disk, and logs it to {@value #LOGGER}. */
    synchronized Checkpoint append(AuditKey key, long seq, String head, Instant at) {
        String body = PREFIX + " seq=" + seq + " head=" + head + " at=" + at + " key=" + key.id();
        String line = body + " mac=" + key.mac(body);
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                try {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectories(dir);
                }
            }
            if (!Files.exists(file)) {
                AuditKey.createOwnerOnly(file);
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the access-log checkpoint file " + file + ": " + e.getMessage(), e);
        }
        SYSLOG.info(line);
        return new Checkpoint(seq, head, at);
    }

    /** Every checkpoint in the file, oldest first; empty if there is no file. */
    synchronized List<Checkpoint> read(AuditKey key) throws Altered {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the access-log checkpoint file " + file + ": " + e.getMessage(), e);
        }
        List<Checkpoint> result = new ArrayList<>(lines.size());
        int n = 0;
        for (String l : lines) {
            n++;
            if (l.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(l.strip());
            if (!m.matches()) {
                throw new Altered(n, "not a checkpoint line");
            }
            if (!m.group(4).equals(key.id())) {
                throw new Altered(n, "signed with another key (key id " + m.group(4) + ", this key " + key.id() + ")");
            }
            String body = l.strip().substring(0, l.strip().lastIndexOf(" mac="));
            if (!AuditKey.same(key.mac(body), m.group(5))) {
                throw new Altered(n, "the signature does not match (the line was altered)");
            }
            try {
                result.add(new Checkpoint(Long.parseLong(m.group(1)), m.group(2), Instant.parse(m.group(3))));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new Altered(n, "unreadable: " + e.getMessage());
            }
        }
        return result;
    }
}
