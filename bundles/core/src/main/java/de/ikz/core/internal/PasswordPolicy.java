package de.ikz.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import de.ikz.api.error.IkzException;

/**
 * The password policy for new passwords (create, change, reset): at least
 * {@value Checks#MIN_PASSWORD} and at most {@value #MAX_LENGTH} characters, no comma or control
 * character (see {@link Checks#password}), at least {@value #MIN_DISTINCT} different characters,
 * not the user name inside, and not one of the most common passwords shipped in
 * {@code common-passwords.txt} — neither as it is nor with digits, spaces or symbols put before or
 * after it ({@code Iloveyou2024!!}). Case does not matter for the list. The list is loaded once, on
 * first use.
 */
final class PasswordPolicy {

    static final int MAX_LENGTH = 256;
    static final int MIN_DISTINCT = 5;
    /** Shortest core word (after stripping digits and symbols at both ends) looked up in the list. */
    static final int MIN_CORE = 6;
    static final String LIST = "common-passwords.txt";

    private PasswordPolicy() {
    }

    /** Throws INVALID naming the field when the password is not acceptable for the user. */
    static String check(String field, String password, String username) {
        Checks.password(field, password);
        if (password.length() > MAX_LENGTH) {
            throw IkzException.invalid(field, field + " must have at most " + MAX_LENGTH + " characters");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            throw IkzException.invalid(field, field + " must contain at least " + MIN_DISTINCT + " different characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw IkzException.invalid(field, field + " must not contain the user name");
        }
        if (isCommon(lower)) {
            throw IkzException.invalid(field, field + " is one of the most common passwords; choose another");
        }
        String core = core(lower);
        if (core.length() >= MIN_CORE && isCommon(core)) {
            throw IkzException.invalid(field, field + " is a common password with digits or symbols added; choose another");
        }
        return password;
    }

    /** The password without digits, spaces and symbols at its start and end. */
    static String core(String lower) {
        int from = 0;
        int to = lower.length();
        while (from < to && !Character.isLetter(lower.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(lower.charAt(to - 1))) {
            to--;
        }
        return lower.substring(from, to);
    }

    static boolean isCommon(String lower) {
        return Common.SET.contains(lower);
    }

    /** Holder: the list is read when first needed. */
    private static final class Common {
        static final Set<String> SET = load();

        private static Set<String> load() {
            Set<String> set = new HashSet<>(65_536);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException(LIST + " is missing from the core bundle");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String l = line.strip();
                    if (!l.isEmpty() && !l.startsWith("#")) {
                        set.add(l.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + LIST, e);
            }
            return Set.copyOf(set);
        }
    }
}
