package de.ikz.fruehehilfen.internal.protection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import de.ikz.api.persistence.OwnerOnly;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key file on disk: read strictly (a damaged file is refused, never replaced), written whole
 * into a temporary file beside it that is owner-only from its creation and then moved over the old
 * one, so a crash leaves either the old or the new file, never half of one.
 */
public final class KeyFile {

    private static final Logger LOG = LoggerFactory.getLogger(KeyFile.class);
    private static final Set<PosixFilePermission> OWNER_RW = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    public KeyFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /**
     * Reads the ring.
     *
     * @throws KeyFileException if the file is missing, unreadable or damaged (the message says which and where)
     */
    public KeyRing read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new KeyFileException("the key file " + file + " cannot be read (permissions): the service runs as a user "
                    + "who may not read it");
        } catch (IOException e) {
            throw new KeyFileException("the key file " + file + " cannot be read: " + e.getClass().getSimpleName(), e);
        }
        String text;
        try {
            text = StandardCharsets.US_ASCII.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // the comments are written in ASCII only; anything else means the file was changed or damaged
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        KeyRing ring;
        try {
            ring = KeyRing.parse(text);
        } catch (KeyFileException e) {
            throw new KeyFileException("the key file " + file + " is damaged: " + e.getMessage()
                    + "; restore it from its backup (a new key would not open the data sealed so far)");
        }
        try {
            if (!OWNER_RW.containsAll(Files.getPosixFilePermissions(file))) {
                LOG.warn("the key file {} was readable by others: made owner-only (rw-------)", file);
                OwnerOnly.restrict(file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("permissions of {} not checked: {}", file, e.getClass().getSimpleName());
        }
        return ring;
    }

    /** Writes a new key file; refused if one exists (a key file is never replaced by a new first key). */
    public void create(KeyRing ring) {
        write(ring, false);
    }

    /** Replaces the key file with the ring (rotation, retirement). */
    public void replace(KeyRing ring) {
        write(ring, true);
    }

    private void write(KeyRing ring, boolean replace) {
        Path dir = file.getParent();
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_RW));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(ring.format().getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
            if (replace) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(tmp, file);
            }
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(tmp);
            throw new KeyFileException("the key file " + file + " exists already: not overwritten");
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new KeyFileException("the key file " + file + " cannot be written: " + e.getClass().getSimpleName()
                    + " " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("temporary key file {} could not be removed: delete it by hand", p);
        }
    }
}
