package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ikz.api.error.IkzException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"1qaz2wsx3edc", "QWERTZUIOP12", "passwort1234", "Iloveyou2024!!", "!!Password2025", "football1234",
        "Jugendamt2026!"})
    void commonPasswordsAndCommonWordsWithDigitsAddedAreRefused(String pw) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", pw, "someone"))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).contains("common");
                });
    }

    @Test
    void theUserNameInsideIsRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "xx-Koord.Mueller-2026", "koord.mueller"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.getMessage()).contains("user name"));
    }

    @Test
    void tooShortTooLongAndTooUniformAreRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "short pw", "u1")).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "a".repeat(300) + "bcdef", "u1")).hasMessageContaining("at most 256");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "abababababababab", "u1")).hasMessageContaining("different characters");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "with,comma,inside", "u1")).hasMessageContaining("commas");
    }

    @Test
    void ordinaryLongPasswordsPass() {
        assertThat(PasswordPolicy.check("password", "secret-of-vm-123", "koord-1")).isEqualTo("secret-of-vm-123");
        assertThat(PasswordPolicy.check("password", "Blauer Elefant tanzt 7", "anna")).isNotNull();
        assertThat(PasswordPolicy.check("password", "password-long-1", "anna")).isNotNull();
    }

    @Test
    void theShippedListIsLoadedAndLowerCase() {
        assertThat(PasswordPolicy.isCommon("123qweasdzxc")).isTrue();
        assertThat(PasswordPolicy.isCommon("password")).isTrue();
        assertThat(PasswordPolicy.isCommon("# common passwords")).isFalse();
        assertThat(PasswordPolicy.core("!!iloveyou2024!!")).isEqualTo("iloveyou");
    }
}
