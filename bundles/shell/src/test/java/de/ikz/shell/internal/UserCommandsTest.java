package de.ikz.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import de.ikz.api.error.IkzException;

import org.apache.karaf.shell.api.action.Argument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandsTest {

    @TempDir
    Path dir;

    /** A console that answers the prompts in order and records them with their masks. */
    static final class Console implements PasswordInput.Prompt {
        final Deque<String> answers;
        final List<String> asked = new ArrayList<>();

        Console(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public String readLine(String prompt, Character mask) {
            asked.add(prompt + "|" + mask);
            return answers.poll();
        }
    }

    @Test
    void noUserCommandTakesAPasswordAsAnArgument() {
        for (Class<?> c : UserCommands.class.getDeclaredClasses()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Argument.class)) {
                    assertThat(f.getName().toLowerCase()).as(c.getSimpleName() + "." + f.getName()).doesNotContain("password");
                    assertThat(f.getAnnotation(Argument.class).name().toLowerCase()).doesNotContain("password");
                }
            }
        }
    }

    @Test
    void aNewPasswordIsAskedTwiceWithHiddenInput() {
        Console console = new Console("new password 12", "new password 12");
        assertThat(PasswordInput.read(null, "password", console, "Password for anna: ", true)).isEqualTo("new password 12");
        assertThat(console.asked).containsExactly("Password for anna: |*", "Repeat: |*");
    }

    @Test
    void twoDifferentEntriesAreRefused() {
        Console console = new Console("new password 12", "new password 13");
        assertThatThrownBy(() -> PasswordInput.read(null, "password", console, "Password: ", true))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).contains("differ").doesNotContain("new password");
                });
    }

    @Test
    void theCurrentPasswordIsAskedOnce() {
        Console console = new Console("current pw 123");
        assertThat(PasswordInput.read(null, "currentPassword", console, "Current password: ", false)).isEqualTo("current pw 123");
        assertThat(console.asked).hasSize(1);
    }

    @Test
    void aFileGivesItsFirstLineAndWithoutTerminalOrFileItIsRefused() throws Exception {
        Path f = dir.resolve("pw.txt");
        Files.writeString(f, "from a file 123\nsecond line\n");
        assertThat(PasswordInput.read(f.toString(), "password", null, "x", true)).isEqualTo("from a file 123");
        Files.writeString(f, "\n");
        assertThatThrownBy(() -> PasswordInput.read(f.toString(), "password", null, "x", true)).hasMessageContaining("empty");
        assertThatThrownBy(() -> PasswordInput.read(dir.resolve("none").toString(), "password", null, "x", true))
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> PasswordInput.read(null, "currentPassword", null, "x", false))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
    }
}
