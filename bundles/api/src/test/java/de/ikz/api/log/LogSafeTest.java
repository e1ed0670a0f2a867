package de.ikz.api.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void lineBreaksAndControlCharactersCannotForgeALogLine() {
        assertThat(LogSafe.of("eve\r\n2026-01-01 INFO login of 'admin' ok")).doesNotContain("\r", "\n").startsWith("eve??2026");
        assertThat(LogSafe.of("a\tb\u001b[31mc")).isEqualTo("a?b?[31mc");
        assertThat(LogSafe.of("x\u2028y\u2029z\u0085")).isEqualTo("x?y?z?");
        assertThat(LogSafe.of("admin\u202Egnp.exe")).isEqualTo("admin?gnp.exe");
    }

    @Test
    void ordinaryNamesStayAsTheyAre() {
        assertThat(LogSafe.of("jürgen.müller-2")).isEqualTo("jürgen.müller-2");
        assertThat(LogSafe.of(null)).isEqualTo("null");
    }

    @Test
    void longValuesAreCut() {
        String cut = LogSafe.of("a".repeat(10_000));
        assertThat(cut).hasSize(LogSafe.MAX_LENGTH + 1).endsWith("…");
    }
}
