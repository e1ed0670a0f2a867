package de.ikz.fruehehilfen.internal.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The field keys of the module: AES-256 keys by id, one of them current (new values are sealed with
 * it), the others kept so that values sealed before a rotation still open until they are re-sealed
 * and the old key is retired. Immutable: a rotation makes a new ring.
 * <p>
 * Its text form is the key file (see {@link KeyFile}): comment lines, then
 * <pre>
 * format=ikz-fruehehilfen-keys/1
 * current=&lt;id&gt;
 * key.&lt;id&gt;=&lt;base64 of 32 bytes&gt;;&lt;check&gt;
 * </pre>
 * where the check is the start of an HMAC of a fixed text under the key, so a damaged key (a changed
 * character) is found when the file is read, not when a value does not open. Anything else in the
 * file is refused: a key file is never half read.
 * <p>
 * Hand-written on the JDK ({@code javax.crypto}): a PKCS#12 keystore would need a password, which
 * would itself need a place outside the database; this file is the secret, protected by owner-only
 * permissions like the platform's other key files.
 */
public final class KeyRing {

    /** First line of the key's data: the format, so a later format can be told apart. */
    static final String FORMAT = "ikz-fruehehilfen-keys/1";
    static final int KEY_BYTES = 32;
    /** Key ids: 8 lower-case hex digits, random (they carry no information and appear in every sealed value). */
    static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{8}");
    private static final byte[] CHECK_TEXT = "ikz-fruehehilfen key check".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECK_BYTES = 8;

    private final Map<String, SecretKey> keys;
    private final String current;

    private KeyRing(Map<String, SecretKey> keys, String current) {
        if (!keys.containsKey(current)) {
            throw new IllegalArgumentException("the current key " + current + " is not in the ring");
        }
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        this.current = current;
    }

    /** A ring with one new random key. */
    public static KeyRing generate(SecureRandom random) {
        String id = newId(random, Map.of());
        return new KeyRing(Map.of(id, newKey(random)), id);
    }

    /** A ring of given keys (tests, tools): the last one is current. */
    public static KeyRing of(Map<String, byte[]> material) {
        Map<String, SecretKey> k = new LinkedHashMap<>();
        String last = null;
        for (Map.Entry<String, byte[]> e : material.entrySet()) {
            if (!KEY_ID.matcher(e.getKey()).matches() || e.getValue().length != KEY_BYTES) {
                throw new IllegalArgumentException("a key needs an id of 8 hex digits and " + KEY_BYTES + " bytes");
            }
            k.put(e.getKey(), new SecretKeySpec(e.getValue().clone(), "AES"));
            last = e.getKey();
        }
        if (last == null) {
            throw new IllegalArgumentException("a key ring needs a key");
        }
        return new KeyRing(k, last);
    }

    /** This ring plus a new random key, which becomes current; the others stay. */
    public KeyRing withNewCurrent(SecureRandom random) {
        Map<String, SecretKey> k = new LinkedHashMap<>(keys);
        String id = newId(random, k);
        k.put(id, newKey(random));
        return new KeyRing(k, id);
    }

    /** This ring without the key; the current key cannot be removed. */
    public KeyRing without(String id) {
        if (id.equals(current)) {
            throw new IllegalArgumentException("the current key cannot be retired");
        }
        Map<String, SecretKey> k = new LinkedHashMap<>(keys);
        k.remove(id);
        return new KeyRing(k, current);
    }

    public String current() {
        return current;
    }

    /** Key ids, oldest first. */
    public List<String> ids() {
        return List.copyOf(keys.keySet());
    }

    public boolean has(String id) {
        return keys.containsKey(id);
    }

    SecretKey key(String id) {
        return keys.get(id);
    }

    /** The key file's text. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append("# Fruehe Hilfen field keys (AES-256-GCM) of the IKZ platform: identities and health data of the\n")
                .append("# module fruehehilfen are sealed with them. Without this file that data cannot be read.\n")
                .append("# Back it up separately from the database backups; never edit it by hand; owner-only (chmod 600).\n")
                .append("# Rotate with fruehehilfen:key-rotate (see the module's operator section).\n")
                .append("format=").append(FORMAT).append('\n')
                .append("current=").append(current).append('\n');
        Base64.Encoder enc = Base64.getEncoder();
        keys.forEach((id, key) -> b.append("key.").append(id).append('=').append(enc.encodeToString(key.getEncoded()))
                .append(';').append(check(key)).append('\n'));
        return b.toString();
    }

    /**
     * Reads the key file's text.
     *
     * @throws KeyFileException naming what is wrong (never a key)
     */
    public static KeyRing parse(String text) {
        String format = null;
        String current = null;
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new KeyFileException("line " + lineNo + " is not 'name=value'");
            }
            String name = line.substring(0, eq);
            String value = line.substring(eq + 1);
            if (name.equals("format")) {
                format = value;
            } else if (name.equals("current")) {
                current = value;
            } else if (name.startsWith("key.")) {
                String id = name.substring(4);
                if (!KEY_ID.matcher(id).matches()) {
                    throw new KeyFileException("line " + lineNo + ": key id '" + shortText(id) + "' is not 8 hex digits");
                }
                if (keys.containsKey(id)) {
                    throw new KeyFileException("line " + lineNo + ": key " + id + " appears twice");
                }
                keys.put(id, parseKey(id, value, lineNo));
            } else {
                throw new KeyFileException("line " + lineNo + ": unknown entry '" + shortText(name) + "'");
            }
        }
        if (!FORMAT.equals(format)) {
            throw new KeyFileException(format == null ? "no line format=" + FORMAT : "unknown format '" + shortText(format) + "'");
        }
        if (keys.isEmpty()) {
            throw new KeyFileException("no key in it");
        }
        if (current == null || !keys.containsKey(current)) {
            throw new KeyFileException(current == null ? "no line current=<key id>" : "the current key " + shortText(current)
                    + " is not in it");
        }
        return new KeyRing(keys, current);
    }

    private static SecretKey parseKey(String id, String value, int lineNo) {
        int semi = value.indexOf(';');
        if (semi < 0) {
            throw new KeyFileException("line " + lineNo + ": key " + id + " has no check value");
        }
        byte[] material;
        try {
            material = Base64.getDecoder().decode(value.substring(0, semi));
        } catch (IllegalArgumentException e) {
            throw new KeyFileException("line " + lineNo + ": key " + id + " is not base64");
        }
        if (material.length != KEY_BYTES) {
            throw new KeyFileException("line " + lineNo + ": key " + id + " has " + material.length + " bytes, not " + KEY_BYTES);
        }
        SecretKey key = new SecretKeySpec(material, "AES");
        if (!MessageDigest.isEqual(check(key).getBytes(StandardCharsets.US_ASCII),
                value.substring(semi + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw new KeyFileException("line " + lineNo + ": key " + id + " does not match its check value (damaged)");
        }
        return key;
    }

    private static String check(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] full = mac.doFinal(CHECK_TEXT);
            return HexFormat.of().formatHex(full, 0, CHECK_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static SecretKey newKey(SecureRandom random) {
        byte[] material = new byte[KEY_BYTES];
        random.nextBytes(material);
        return new SecretKeySpec(material, "AES");
    }

    private static String newId(SecureRandom random, Map<String, ?> taken) {
        while (true) {
            byte[] b = new byte[4];
            random.nextBytes(b);
            String id = HexFormat.of().formatHex(b);
            if (!taken.containsKey(id)) {
                return id;
            }
        }
    }

    private static String shortText(String s) {
        String clean = s.replaceAll("[^A-Za-z0-9._/-]", "?");
        return clean.length() > 30 ? clean.substring(0, 30) + "…" : clean;
    }

    @Override
    public String toString() {
        // never the key material
        return "KeyRing" + ids() + " current " + current;
    }
}
