package de.ikz.fruehehilfen.internal.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cipher and its key file: sealing, refusals, and a key file that is never silently replaced. */
class FieldCipherTest {

    static final String T = "kreis-hs";

    @TempDir
    Path dir;

    final FieldCipher cipher = new FieldCipher(KeyRing.generate(new SecureRandom()));

    @Test
    void sealedTextDiffersFromThePlainTextAndFromAnotherSealOfIt() {
        String a = cipher.seal(T, "Maria Muster");
        String b = cipher.seal(T, "Maria Muster");

        assertThat(a).doesNotContain("Maria").startsWith("v1:" + cipher.currentKeyId() + ":");
        assertThat(a).isNotEqualTo(b);
        assertThat(cipher.open(T, a)).isEqualTo("Maria Muster");
        assertThat(cipher.open(T, b)).isEqualTo("Maria Muster");
    }

    @Test
    void nullStaysNullAndEveryTextComesBack() {
        assertThat(cipher.seal(T, null)).isNull();
        assertThat(cipher.open(T, null)).isNull();
        for (String s : List.of("", "Hauptstraße 1\n41812 Erkelenz", "Zoë 😀", "x".repeat(3000))) {
            assertThat(cipher.open(T, cipher.seal(T, s))).isEqualTo(s);
        }
    }

    @Test
    void aTamperedValueIsRefused() {
        String sealed = cipher.seal(T, "Lea Muster");
        int at = sealed.length() - 5;
        String tampered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);

        assertThatThrownBy(() -> cipher.open(T, tampered)).isInstanceOf(SealedValueException.class)
                .hasMessageContaining("altered").hasMessageNotContaining("Lea");
        assertThatThrownBy(() -> cipher.open(T, sealed.substring(0, 20))).isInstanceOf(SealedValueException.class);
        assertThatThrownBy(() -> cipher.open(T, "Lea Muster")).isInstanceOf(SealedValueException.class)
                .hasMessageContaining("not a sealed value");
    }

    @Test
    void aValueMovedToAnotherTenantDoesNotOpen() {
        String sealed = cipher.seal(T, "Lea Muster");

        assertThatThrownBy(() -> cipher.open("kreis-b", sealed)).isInstanceOf(SealedValueException.class)
                .hasMessageContaining("another tenant");
        assertThatThrownBy(() -> cipher.seal(null, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueWhoseKeyIdWasChangedDoesNotOpen() {
        String oldKey = cipher.currentKeyId();
        cipher.addKey();
        String sealed = cipher.seal(T, "Lea Muster");
        String relabelled = sealed.replace(":" + cipher.currentKeyId() + ":", ":" + oldKey + ":");

        assertThatThrownBy(() -> cipher.open(T, relabelled)).isInstanceOf(SealedValueException.class);
        assertThatThrownBy(() -> cipher.open(T, sealed.replace(":" + cipher.currentKeyId() + ":", ":0badf00d:")))
                .isInstanceOf(SealedValueException.class).hasMessageContaining("0badf00d");
    }

    @Test
    void aNewKeyBecomesCurrentAndOldValuesStillOpenUntilTheOldKeyIsRemoved() {
        String before = cipher.seal(T, "alt");
        String first = cipher.currentKeyId();

        String second = cipher.addKey();

        assertThat(second).isNotEqualTo(first);
        assertThat(cipher.seal(T, "neu")).startsWith(FieldCipher.prefix(second));
        assertThat(cipher.open(T, before)).isEqualTo("alt");
        cipher.removeKey(first);
        assertThatThrownBy(() -> cipher.open(T, before)).isInstanceOf(SealedValueException.class)
                .hasMessageContaining(first);
        assertThatThrownBy(() -> cipher.removeKey(second)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstStartCreatesAnOwnerOnlyKeyFileAndTheNextStartReadsTheSameKey() throws Exception {
        Path file = dir.resolve("etc/ikz-fruehehilfen.keys");
        KeyLedger ledger = KeyLedger.inMemory();

        FieldCipher first = new FieldCipher(file, ledger);
        String sealed = first.seal(T, "Maria Muster");

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).doesNotContain("Maria").contains("current=" + first.currentKeyId());
        assertThat(ledger.activeIds()).containsExactly(first.currentKeyId());
        FieldCipher again = new FieldCipher(file, ledger);
        assertThat(again.open(T, sealed)).isEqualTo("Maria Muster");
    }

    @Test
    void aKeyFileReadableByOthersIsMadeOwnerOnly() throws Exception {
        Path file = dir.resolve("keys");
        new FieldCipher(file, KeyLedger.inMemory());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new FieldCipher(file, KeyLedger.inMemory());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aDamagedKeyFileRefusesToStartAndIsLeftAsItWas() throws Exception {
        Path file = dir.resolve("keys");
        KeyLedger ledger = KeyLedger.inMemory();
        FieldCipher first = new FieldCipher(file, ledger);
        String text = Files.readString(file);
        String line = text.lines().filter(l -> l.startsWith("key.")).findFirst().orElseThrow();
        int at = line.indexOf('=') + 3;
        String damagedLine = line.substring(0, at) + (line.charAt(at) == 'A' ? 'B' : 'A') + line.substring(at + 1);

        for (String damaged : List.of(text.replace(line, damagedLine), text.replace(line, ""),
                text.replace("format=", "formt="), text.substring(0, text.length() - 30), "\u0000\u0001garbage")) {
            Files.writeString(file, damaged);
            assertThatThrownBy(() -> new FieldCipher(file, ledger)).isInstanceOf(KeyFileException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("restore");
            assertThat(Files.readString(file)).isEqualTo(damaged);
        }
        assertThat(first.currentKeyId()).isNotNull();
    }

    @Test
    void aMissingKeyFileIsNotReplacedByANewKeyWhileTheDatabaseUsesOne() throws Exception {
        Path file = dir.resolve("keys");
        KeyLedger ledger = KeyLedger.inMemory();
        String key = new FieldCipher(file, ledger).currentKeyId();
        Path backup = dir.resolve("keys.backup");
        Files.move(file, backup);

        assertThatThrownBy(() -> new FieldCipher(file, ledger)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("missing").hasMessageContaining(key).hasMessageContaining("no new key");
        assertThat(file).doesNotExist();

        Files.move(backup, file);
        assertThat(new FieldCipher(file, ledger).currentKeyId()).isEqualTo(key);
    }

    @Test
    void anOlderKeyFileThatLacksAKeyInUseIsRefused() throws Exception {
        Path file = dir.resolve("keys");
        KeyLedger ledger = KeyLedger.inMemory();
        FieldCipher cipherOnFile = new FieldCipher(file, ledger);
        String old = Files.readString(file);
        String added = cipherOnFile.addKey();
        ledger.record(List.of(added));
        cipherOnFile.removeKey(cipherOnFile.keyIds().get(0));
        // the database still has values of the first key (the ledger did not retire it): the file lacks it
        assertThatThrownBy(() -> new FieldCipher(file, ledger)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("lacks");

        Files.writeString(file, old);
        assertThatThrownBy(() -> new FieldCipher(file, ledger)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining(added);
    }

    @Test
    void theKeyFileTextReadsBackAndNeverShowsInToString() {
        KeyRing ring = KeyRing.generate(new SecureRandom()).withNewCurrent(new SecureRandom());
        KeyRing back = KeyRing.parse(ring.format());

        assertThat(back.ids()).isEqualTo(ring.ids());
        assertThat(back.current()).isEqualTo(ring.current());
        String material = Base64.getEncoder().encodeToString(ring.key(ring.current()).getEncoded());
        assertThat(ring.toString()).doesNotContain(material);
        assertThat(ring.format().getBytes(StandardCharsets.US_ASCII)).isEqualTo(ring.format().getBytes(StandardCharsets.UTF_8));
    }
}
