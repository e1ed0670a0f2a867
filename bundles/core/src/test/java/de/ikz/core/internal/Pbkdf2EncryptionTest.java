package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import org.apache.felix.utils.properties.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pbkdf2EncryptionTest {

    /** Few iterations keep the unit tests fast; the configured minimum is checked separately. */
    private final Pbkdf2Encryption enc = new Pbkdf2Encryption(1_000);

    static String legacySha512(String password) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Karaf keeps the users in a properties file read by Felix's Properties, which turns "$__" into
     * "$": a hash whose salt (or hash) began with "__" could never be verified again (found in the
     * in-container suite: about one user in two thousand could not log in).
     */
    @Test
    void everyStoredHashSurvivesKarafsUsersFile(@TempDir Path dir) throws Exception {
        byte[] salt = new byte[16];
        Arrays.fill(salt, (byte) 0xFF); // the bytes whose base64url form starts with "__"
        String stored = "{CRYPT}" + enc.encrypt("correct horse battery", salt) + "{CRYPT},ikz-auditor";
        File file = dir.resolve("users.properties").toFile();
        Properties written = new Properties(file);
        written.put("anna", stored);
        written.save();
        String read = new Properties(file).get("anna");
        String hash = read.substring("{CRYPT}".length(), read.indexOf("{CRYPT}", 1));
        assertThat(enc.checkPassword("correct horse battery", hash)).as(read).isTrue();
    }

    @Test
    void equalPasswordsGiveDifferentSaltedHashesThatBothVerify() {
        String a = enc.encryptPassword("same password 12");
        String b = enc.encryptPassword("same password 12");
        assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha512$1000$").doesNotContain(",").doesNotContain("{");
        assertThat(enc.checkPassword("same password 12", a)).isTrue();
        assertThat(enc.checkPassword("same password 12", b)).isTrue();
        assertThat(enc.checkPassword("same password 13", a)).isFalse();
        assertThat(enc.checkPassword("", a)).isFalse();
    }

    @Test
    void theStoredFormatCarriesItsParametersSoOtherIterationCountsStillVerify() {
        String old = new Pbkdf2Encryption(500).encryptPassword("pass word long");
        assertThat(enc.checkPassword("pass word long", old)).isTrue();
        assertThat(enc.needsRehash(old)).isTrue();
        assertThat(enc.needsRehash(enc.encryptPassword("pass word long"))).isFalse();
        assertThat(new Pbkdf2Encryption(500).needsRehash(enc.encryptPassword("x y z long pw"))).isFalse();
    }

    @Test
    void legacyUnsaltedSha512HexStillVerifiesAndNeedsRehash() throws Exception {
        String legacy = legacySha512("legacy password 1");
        assertThat(enc.checkPassword("legacy password 1", legacy)).isTrue();
        assertThat(enc.checkPassword("legacy password 1", legacy.toUpperCase())).isTrue();
        assertThat(enc.checkPassword("legacy password 2", legacy)).isFalse();
        assertThat(enc.needsRehash(legacy)).isTrue();
    }

    @Test
    void garbageNeverVerifies() {
        assertThat(enc.checkPassword("abc", "abc")).isFalse();
        assertThat(enc.checkPassword("abc", "pbkdf2-sha512$0$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA")).isFalse();
        assertThat(enc.checkPassword("abc", null)).isFalse();
    }

    @Test
    void optionsConfigureIterationsWithAFloorAndTheOwaspDefault() {
        assertThat(Pbkdf2Encryption.fromOptions(Map.of()).iterations()).isEqualTo(210_000);
        assertThat(Pbkdf2Encryption.fromOptions(Map.of("iterations", "600000", "algorithm", "PBKDF2WithHmacSHA512")).iterations())
                .isEqualTo(600_000);
        assertThatThrownBy(() -> Pbkdf2Encryption.fromOptions(Map.of("iterations", "1000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 100000");
        assertThatThrownBy(() -> Pbkdf2Encryption.fromOptions(Map.of("iterations", "many")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pbkdf2Encryption.fromOptions(Map.of("algorithm", "SHA-512")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PasswordHashing().createEncryption(Map.of("iterations", "100000")).encryptPassword("some pass word"))
                .startsWith("pbkdf2-sha512$100000$");
    }
}
