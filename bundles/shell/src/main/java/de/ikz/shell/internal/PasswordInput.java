package de.ikz.shell.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.ikz.api.error.IkzException;

/**
 * How console commands get a password: never as an argument (it would land in the command
 * history and in process listings), but from the first line of a file ({@code --password-file},
 * for scripts and tests) or typed at a prompt with hidden input, asked twice for a new password.
 */
final class PasswordInput {

    /** What asks the user: Karaf's {@code Session.readLine(prompt, '*')}. */
    @FunctionalInterface
    interface Prompt {
        String readLine(String prompt, Character mask) throws IOException;
    }

    private PasswordInput() {
    }

    /**
     * @param file    the file named by the option, or null to ask
     * @param field   the field named in errors ("password", "currentPassword")
     * @param prompt  the console prompt, or null when there is no terminal
     * @param text    the prompt text
     * @param confirm ask a second time and refuse if the entries differ (new passwords)
     */
    static String read(String file, String field, Prompt prompt, String text, boolean confirm) {
        if (file != null) {
            return firstLine(field, Path.of(file).toAbsolutePath());
        }
        if (prompt == null) {
            throw IkzException.invalid(field, "no terminal to ask for the " + field + ": give it in a file (see --help)");
        }
        try {
            String first = prompt.readLine(text, '*');
            if (first == null || first.isEmpty()) {
                throw IkzException.invalid(field, field + " is required");
            }
            if (confirm) {
                String second = prompt.readLine("Repeat: ", '*');
                if (!first.equals(second)) {
                    throw IkzException.invalid(field, "the two entries differ; nothing changed");
                }
            }
            return first;
        } catch (IOException e) {
            throw IkzException.invalid(field, "could not read the " + field + " from the console: " + e.getMessage());
        }
    }

    private static String firstLine(String field, Path p) {
        if (!Files.isRegularFile(p)) {
            throw IkzException.invalid(field, "no such file: " + p);
        }
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null || line.isEmpty()) {
                throw IkzException.invalid(field, "the first line of " + p + " is empty");
            }
            return line;
        } catch (IOException e) {
            throw IkzException.invalid(field, "cannot read " + p + ": " + e.getMessage());
        }
    }
}
