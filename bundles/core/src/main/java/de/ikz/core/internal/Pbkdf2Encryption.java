package de.ikz.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.apache.karaf.jaas.modules.Encryption;

/**
 * Salted, deliberately slow password hashes for Karaf's JAAS realm: PBKDF2 with HMAC-SHA-512 from
 * the JDK, a random 16-byte salt per hash, {@value #DEFAULT_ITERATIONS} iterations by default (what
 * OWASP's Password Storage Cheat Sheet asks for PBKDF2-HMAC-SHA512), a 64-byte derived key.
 *
 * <p>Stored format (between the realm's {@code {CRYPT}} prefix and suffix), self-describing so the
 * parameters can change without invalidating stored hashes:
 * {@code pbkdf2-sha512$<iterations>$<salt, base64>$<hash, base64>} (standard alphabet, no padding;
 * hashes of the first release in the URL-safe alphabet still verify). It contains no comma (the
 * users file separates roles with commas), no {@code '{'} and never {@code "$__"} (both mean
 * something to the file's reader).
 *
 * <p>Also verifies the legacy format Karaf's {@code basic} encryption wrote before: unsalted
 * SHA-512 as 128 hex digits. {@link #needsRehash} says when a stored hash is legacy or weaker than
 * the configured parameters, so it is replaced at the next successful login.
 *
 * <p>Hand-written instead of Karaf's {@code jaas.spring-security-crypto} bundle: that module hashes
 * with exactly one encoder (so the existing SHA-512 hashes could no longer be verified, and no user
 * could log in after the switch), does not let the iterations be configured, and pulls Spring
 * Security Crypto and JAXB into the distribution. PBKDF2 itself is the JDK's; only the format is ours.
 */
final class Pbkdf2Encryption implements Encryption {

    static final String SCHEME = "pbkdf2-sha512";
    static final int DEFAULT_ITERATIONS = 210_000;
    /** Lowest iteration count a configuration may set (below it the hash is not "slow"). */
    static final int MIN_ITERATIONS = 100_000;
    /** The realm option (without its {@code encryption.} prefix) that sets the iterations. */
    static final String ITERATIONS = "iterations";

    private static final String JDK_ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 512;
    private static final Pattern STORED = Pattern.compile(
            Pattern.quote(SCHEME) + "\\$(\\d{1,9})\\$([A-Za-z0-9_+/-]{16,128})\\$([A-Za-z0-9_+/-]{16,256})");
    private static final Pattern LEGACY_SHA512_HEX = Pattern.compile("[0-9a-fA-F]{128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    Pbkdf2Encryption(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    /**
     * From the realm's {@code encryption.*} options (prefix removed): {@code iterations} (at least
     * {@value #MIN_ITERATIONS}, default {@value #DEFAULT_ITERATIONS}); {@code algorithm} if given
     * must name PBKDF2 with HMAC-SHA512.
     */
    static Pbkdf2Encryption fromOptions(Map<String, String> options) {
        String algorithm = options.get("algorithm");
        if (algorithm != null && !algorithm.isBlank() && !algorithm.equalsIgnoreCase(JDK_ALGORITHM)
                && !algorithm.equalsIgnoreCase(SCHEME)) {
            throw new IllegalArgumentException("encryption.algorithm must be " + JDK_ALGORITHM + " for the ikz encryption, got " + algorithm);
        }
        String text = options.get(ITERATIONS);
        int n;
        try {
            n = text == null || text.isBlank() ? DEFAULT_ITERATIONS : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("encryption.iterations must be a whole number, got " + text);
        }
        if (n < MIN_ITERATIONS) {
            throw new IllegalArgumentException("encryption.iterations must be at least " + MIN_ITERATIONS + ", got " + n);
        }
        return new Pbkdf2Encryption(n);
    }

    int iterations() {
        return iterations;
    }

    @Override
    public String encryptPassword(String plain) {
        if (plain == null || plain.isEmpty()) {
            throw new IllegalArgumentException("an empty password cannot be hashed");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encrypt(plain, salt);
    }

    /**
     * The stored form of {@code plain} with this salt. Standard base64 (without padding), not the
     * URL-safe alphabet: Karaf reads its users file with Felix's Properties, which turns "$__" into
     * "$", so a salt or hash starting with "__" would be cut on the next read.
     */
    String encrypt(String plain, byte[] salt) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derive(plain, salt, iterations, KEY_BITS));
    }

    @Override
    public boolean checkPassword(String input, String stored) {
        if (input == null || input.isEmpty() || stored == null) {
            return false;
        }
        Matcher m = STORED.matcher(stored);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            // written in the standard alphabet; hashes of the first release used the URL-safe one
            Base64.Decoder b64 = m.group(2).matches(".*[-_].*") || m.group(3).matches(".*[-_].*")
                    ? Base64.getUrlDecoder() : Base64.getDecoder();
            byte[] salt;
            byte[] expected;
            try {
                salt = b64.decode(m.group(2));
                expected = b64.decode(m.group(3));
            } catch (IllegalArgumentException e) {
                return false;
            }
            if (n < 1 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(input, salt, n, expected.length * 8));
        }
        if (LEGACY_SHA512_HEX.matcher(stored).matches()) {
            try {
                byte[] actual = MessageDigest.getInstance("SHA-512").digest(input.getBytes(StandardCharsets.UTF_8));
                return MessageDigest.isEqual(HexFormat.of().parseHex(stored.toLowerCase(java.util.Locale.ROOT)), actual);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    /** Whether a stored hash (without prefix and suffix) is legacy, unknown, or has fewer iterations than configured. */
    boolean needsRehash(String stored) {
        if (stored == null) {
            return true;
        }
        Matcher m = STORED.matcher(stored);
        return !m.matches() || Integer.parseInt(m.group(1)) < iterations;
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bits) {
        char[] chars = password.toCharArray();
        KeySpec spec = new PBEKeySpec(chars, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(JDK_ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(JDK_ALGORITHM + " is not available in this JDK", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
