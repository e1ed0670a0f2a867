package de.ikz.fruehehilfen.internal.protection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import de.ikz.api.persistence.Database;
import de.ikz.fruehehilfen.internal.db.Schema;
import de.ikz.fruehehilfen.internal.families.Sealer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals the module's identity and health fields: AES-256-GCM ({@code javax.crypto}), a random 96-bit
 * nonce per value, the tenant id (with the format and key id) as associated data, so a value copied
 * into another tenant's row does not open there, and a changed value does not open at all. A sealed
 * value reads {@code v1:<key id>:<base64 of nonce and ciphertext with tag>}; the key id lets values
 * sealed before a rotation open until they are re-sealed ({@link KeyRotation}). null stays null.
 * <p>
 * The keys live outside the database in the key file ({@link ProtectionSettings}, default
 * {@code ${karaf.etc}/ikz-fruehehilfen.keys}). On first start the file is created with one key,
 * owner-only. The component does not start (ERROR in the log, the module is not registered) if the
 * file is unreadable or damaged, or missing or lacking a key while the database still holds data
 * sealed with it (the key ids in use are recorded in {@code fruehehilfen_key}): a new key is never
 * made silently over existing sealed data.
 * <p>
 * Registered as {@link FieldCipher} and as the families part's {@link Sealer}.
 */
@Component(service = {FieldCipher.class, Sealer.class}, configurationPid = ProtectionSettings.PID)
@Designate(ocd = ProtectionSettings.class)
public class FieldCipher implements Sealer {

    private static final Logger LOG = LoggerFactory.getLogger(FieldCipher.class);

    /** Version prefix of a sealed value. */
    public static final String VERSION = "v1";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final KeyFile file;
    private volatile KeyRing ring;

    /** The DS component: the configured key file, created or checked against the key ids the database uses. */
    @Activate
    public FieldCipher(ProtectionSettings settings, @Reference Schema schema, @Reference Database db) {
        this(keyFile(settings), KeyLedger.of(db));
    }

    /**
     * A cipher on a key file, checked against the ledger (tests and the DS component).
     *
     * @throws KeyFileException if the file cannot be used; the message says why and what to do
     */
    public FieldCipher(Path keyFile, KeyLedger ledger) {
        this.file = new KeyFile(keyFile);
        try {
            this.ring = openOrCreate(file, ledger, random);
        } catch (KeyFileException e) {
            LOG.error("Frühe Hilfen: field encryption NOT started, the module stays unavailable: {}", e.getMessage());
            throw e;
        }
    }

    /** A cipher with keys in memory only (tests): what it seals is lost with it. */
    public FieldCipher(KeyRing ring) {
        this.file = null;
        this.ring = ring;
    }

    static Path keyFile(ProtectionSettings settings) {
        String configured = settings.key_file() == null ? "" : settings.key_file().strip();
        if (configured.isEmpty()) {
            return Path.of(System.getProperty("karaf.etc", "etc"), ProtectionSettings.DEFAULT_FILE).toAbsolutePath();
        }
        return Path.of(System.getProperty("karaf.home", ".")).resolve(configured).toAbsolutePath();
    }

    private static KeyRing openOrCreate(KeyFile file, KeyLedger ledger, SecureRandom random) {
        List<String> inUse = ledger.activeIds();
        if (!file.exists()) {
            if (!inUse.isEmpty()) {
                throw new KeyFileException("the key file " + file.path() + " is missing, but the database holds data sealed "
                        + "with key(s) " + String.join(", ", inUse) + ": restore the key file from its backup (no new key "
                        + "was made)");
            }
            KeyRing created = KeyRing.generate(random);
            file.create(created);
            ledger.record(created.ids());
            LOG.warn("Frühe Hilfen: key file {} created with key {}: back it up now, separately from the database backups "
                    + "(without it the sealed data cannot be read)", file.path(), created.current());
            return created;
        }
        KeyRing read = file.read();
        List<String> missing = new ArrayList<>(inUse);
        missing.removeAll(read.ids());
        if (!missing.isEmpty()) {
            throw new KeyFileException("the key file " + file.path() + " lacks key(s) " + String.join(", ", missing)
                    + " that data in the database is still sealed with (an older copy of the file?): restore the key file "
                    + "that holds them");
        }
        ledger.record(read.ids());
        LOG.info("Frühe Hilfen: field keys read from {} (current key {}, {} key(s))", file.path(), read.current(),
                read.ids().size());
        return read;
    }

    // ================================================================== sealing

    @Override
    public String seal(String tenantId, String plain) {
        if (plain == null) {
            return null;
        }
        requireTenant(tenantId);
        KeyRing r = ring;
        String id = r.current();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.ENCRYPT_MODE, r.key(id), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(associated(id, tenantId));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return VERSION + ":" + id + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * Opens a sealed value of the tenant.
     *
     * @throws SealedValueException if it is not a sealed value, its key is not in the key file, it was
     *                              altered, or it was sealed for another tenant (the message never holds the value)
     */
    @Override
    public String open(String tenantId, String sealed) {
        if (sealed == null) {
            return null;
        }
        requireTenant(tenantId);
        String id = keyIdOf(sealed).orElseThrow(() -> new SealedValueException("not a sealed value of format " + VERSION));
        KeyRing r = ring;
        if (!r.has(id)) {
            throw new SealedValueException("sealed with key " + id + ", which the key file does not hold (retired or an "
                    + "older key file?)");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(sealed.substring(VERSION.length() + 2 + id.length()));
        } catch (IllegalArgumentException e) {
            throw new SealedValueException("sealed value is not base64 (damaged)");
        }
        if (raw.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealedValueException("sealed value is too short (damaged)");
        }
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.DECRYPT_MODE, r.key(id), new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            c.updateAAD(associated(id, tenantId));
            return new String(c.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SealedValueException("sealed value does not open for tenant " + tenantId
                    + ": altered, or sealed for another tenant");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** The key id of a sealed value, if it has the form {@code v1:<key id>:…}. */
    public static Optional<String> keyIdOf(String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION + ":")) {
            return Optional.empty();
        }
        int end = sealed.indexOf(':', VERSION.length() + 1);
        if (end < 0) {
            return Optional.empty();
        }
        String id = sealed.substring(VERSION.length() + 1, end);
        return KeyRing.KEY_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** The start every value sealed with the key has: for finding values not yet re-sealed ({@code NOT LIKE prefix%}). */
    public static String prefix(String keyId) {
        return VERSION + ":" + keyId + ":";
    }

    /** Format, key id and tenant, bound to the value: none of them can be changed without the value failing to open. */
    private static byte[] associated(String keyId, String tenantId) {
        return ("ikz-fruehehilfen\u0000" + VERSION + "\u0000" + keyId + "\u0000" + tenantId).getBytes(StandardCharsets.UTF_8);
    }

    private static void requireTenant(String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("a sealed value belongs to a tenant: tenant id missing");
        }
    }

    // ================================================================== keys

    /** The key new values are sealed with. */
    public String currentKeyId() {
        return ring.current();
    }

    /** Every key id the cipher holds, oldest first. */
    public List<String> keyIds() {
        return ring.ids();
    }

    /** The key file, if the cipher has one (not for keys in memory). */
    public Optional<Path> keyFilePath() {
        return Optional.ofNullable(file).map(KeyFile::path);
    }

    /** Adds a new key and makes it current; the key file is written before the new key is used. */
    synchronized String addKey() {
        KeyRing next = ring.withNewCurrent(random);
        if (file != null) {
            file.replace(next);
        }
        ring = next;
        return next.current();
    }

    /** Removes a key that no value uses any more; the key file is written first. */
    synchronized void removeKey(String id) {
        KeyRing next = ring.without(id);
        if (file != null) {
            file.replace(next);
        }
        ring = next;
    }
}
