package de.ikz.core.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log's MAC key: 32 random bytes, hex-encoded in a file outside the database
 * (default {@code etc/ikz-audit.key}), created at first start readable and writable by the owner
 * only. Whoever can write the database but not read this file cannot produce a valid entry.
 * <p>
 * Written with the JDK alone: HMAC-SHA256 ({@link Mac}) and a random key are all it needs; a
 * keystore would add a password that would itself need a place outside the database.
 */
final class AuditKey {

    static final String ALGORITHM = "HmacSHA256";
    private static final Logger LOG = LoggerFactory.getLogger(AuditKey.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int BYTES = 32;

    private final SecretKeySpec key;
    private final String id;
    private final boolean created;

    private AuditKey(byte[] material, boolean created) {
        this.key = new SecretKeySpec(material, ALGORITHM);
        this.created = created;
        this.id = mac("ikz-audit-key-id").substring(0, 16);
    }

    /** Reads the key file, or creates it (owner-only) if it does not exist. */
    static AuditKey loadOrCreate(Path file) {
        if (Files.exists(file)) {
            return load(file);
        }
        byte[] material = new byte[BYTES];
        new SecureRandom().nextBytes(material);
        String text = "# IKZ access-log key (HMAC-SHA256). Back this file up: without it the access log\n"
                + "# cannot be verified. Never put it next to the database backup only.\n"
                + HexFormat.of().formatHex(material) + "\n";
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + file.getFileName() + ".new");
            Files.deleteIfExists(tmp);
            createOwnerOnly(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
            try {
                // a link fails if the file appeared meanwhile (another node on a shared folder): never overwrite a key
                Files.createLink(file, tmp);
                Files.delete(tmp);
            } catch (FileAlreadyExistsException e) {
                Files.delete(tmp);
                return load(file);
            } catch (UnsupportedOperationException | IOException e) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the access-log key file " + file + ": " + e.getMessage(), e);
        }
        AuditKey k = new AuditKey(material, true);
        LOG.warn("access-log key created in {} (key id {}): back it up, without it the access log cannot be verified",
                file.toAbsolutePath(), k.id());
        return k;
    }

    static AuditKey load(Path file) {
        byte[] material;
        try {
            String hex = Files.readAllLines(file, StandardCharsets.US_ASCII).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst().orElse("");
            material = HexFormat.of().parseHex(hex);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the access-log key file " + file + ": " + e.getMessage(), e);
        }
        if (material.length < BYTES) {
            throw new IllegalStateException("the access-log key file " + file + " holds no key of " + BYTES
                    + " bytes (64 hex digits); restore it from the backup");
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(perms)) {
                LOG.warn("the access-log key file {} is readable by others ({}): chmod 600 it",
                        file.toAbsolutePath(), PosixFilePermissions.toString(perms));
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("permissions of {} not checked: {}", file, e.getMessage());
        }
        return new AuditKey(material, false);
    }

    /** A key held in memory only, for tools and tests: what it signs cannot be verified after the process ends. */
    static AuditKey ephemeral() {
        byte[] material = new byte[BYTES];
        new SecureRandom().nextBytes(material);
        return new AuditKey(material, true);
    }

    /** Creates an empty file readable and writable by the owner only (where the file system knows POSIX permissions). */
    static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
    }

    /** HMAC-SHA256 of the text, hex. */
    String mac(String text) {
        try {
            Mac m = Mac.getInstance(ALGORITHM);
            m.init(key);
            return HexFormat.of().formatHex(m.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares two MACs in constant time. */
    static boolean same(String a, String b) {
        return a != null && b != null && java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }

    /** A short public name of the key (a MAC of a constant): tells which key signed an anchor or checkpoint. */
    String id() {
        return id;
    }

    /** True if this start created the key. */
    boolean created() {
        return created;
    }
}
