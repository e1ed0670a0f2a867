package de.ikz.testkit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;

import de.ikz.api.tenant.Caller;
import de.ikz.kit.shell.ConsoleAction;
import de.ikz.kit.shell.SessionCompleter;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.support.CommandException;

/**
 * Runs a console command or completer as a Karaf session would: inside {@code Subject.doAs} with the
 * session user's JAAS principals, the platform's mapping of JAAS roles to a {@link Caller}
 * ({@link JaasUsers}), and {@code System.out}/{@code System.err} captured. A refusal (Karaf's
 * {@code CommandException}, see {@code ConsoleAction}) is caught as Karaf's console catches it: its text goes to
 * {@link Output#err()} and {@link Output#refused()} is true (over ssh the command exits with status 1). A module test:
 * <pre>
 * ConsoleHarness.Output o = ConsoleHarness.run(command, Callers.coordinator("t1", "mymodule"));
 * assertThat(o.err()).isEmpty();
 * assertThat(ConsoleHarness.row(o.out(), "e-1")).containsExactly("e-1", "First entry");
 * </pre>
 */
public final class ConsoleHarness {

    /**
     * What a command printed: {@code out}, and in {@code err} what it wrote to {@code System.err} and the text of a
     * refusal; {@code refused}: the command ended refused (over ssh: exit status 1).
     */
    public record Output(String out, String err, boolean refused) {
    }

    private ConsoleHarness() {
    }

    /** A session subject: the user and its JAAS roles ({@code ikz-coordinator}, {@code ikz-tenant.t1}, …). */
    public static Subject subject(String user, String... jaasRoles) {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal(user));
        for (String r : jaasRoles) {
            s.getPrincipals().add(new RolePrincipal(r));
        }
        return s;
    }

    /** The session subject a login of this caller (e.g. one of {@link Callers}) would have. */
    public static Subject subject(Caller caller) {
        return subject(caller.user(), caller.jaasRoles().toArray(String[]::new));
    }

    public static Output run(ConsoleAction action, Caller caller) throws Exception {
        return run(action, subject(caller));
    }

    /** Gives the action {@link JaasUsers} and runs it as the subject (null: outside any session). */
    @SuppressWarnings("removal")
    public static Output run(ConsoleAction action, Subject subject) throws Exception {
        action.userService(new JaasUsers());
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        boolean refused = false;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            try {
                if (subject == null) {
                    action.execute();
                } else {
                    Subject.doAs(subject, (PrivilegedExceptionAction<Object>) action::execute);
                }
            } catch (PrivilegedActionException wrapped) {
                throw wrapped.getException();
            }
        } catch (CommandException refusal) {
            refused = true;
            System.err.println(refusal.getNiceHelp());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Output(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), refused);
    }

    public static List<String> complete(SessionCompleter completer, Caller caller, CommandLine line) throws Exception {
        return complete(completer, subject(caller), line);
    }

    /** The candidates (trimmed) the completer offers the subject (null: outside any session). */
    @SuppressWarnings("removal")
    public static List<String> complete(SessionCompleter completer, Subject subject, CommandLine line) throws Exception {
        completer.userService(new JaasUsers());
        List<String> candidates = new ArrayList<>();
        if (subject == null) {
            completer.complete(null, line, candidates);
        } else {
            Subject.doAs(subject, (PrivilegedExceptionAction<Integer>) () -> completer.complete(null, line, candidates));
        }
        return candidates.stream().map(String::trim).toList();
    }

    /** The command line {@code words…} (the command first) with the cursor at the end of the last word. */
    public static CommandLine line(String... words) {
        String[] w = words.clone();
        String buffer = String.join(" ", w);
        return new CommandLine() {
            @Override
            public int getCursorArgumentIndex() {
                return w.length - 1;
            }

            @Override
            public String getCursorArgument() {
                return w[w.length - 1];
            }

            @Override
            public int getArgumentPosition() {
                return w[w.length - 1].length();
            }

            @Override
            public String[] getArguments() {
                return w.clone();
            }

            @Override
            public int getBufferPosition() {
                return buffer.length();
            }

            @Override
            public String getBuffer() {
                return buffer;
            }
        };
    }

    /** The cells of the table line whose first cell is {@code first} (Karaf's tables separate cells with '|' or '│'). */
    public static List<String> row(String output, String first) {
        return output.lines().map(l -> List.of(l.split("[|\u2502]", -1)).stream().map(String::trim).toList())
                .filter(cells -> cells.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in:\n" + output));
    }

    /**
     * A table printed as blocks ({@code de.ikz.kit.shell.Table} when it is too wide): the block whose
     * first line is {@code title} (e.g. "Jugendamt: ja-alsdorf"), as label → value (wrapped values joined).
     */
    public static Map<String, String> block(String output, String title) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean in = false;
        String last = null;
        for (String l : output.lines().toList()) {
            if (!in) {
                in = l.equals(title);
                continue;
            }
            if (l.isBlank() || !l.startsWith(" ")) {
                break;
            }
            int colon = l.indexOf(": ");
            if (l.startsWith("  ") && !l.startsWith("   ") && colon > 0) {
                last = l.substring(2, colon).trim();
                values.put(last, l.substring(colon + 1).trim());
            } else if (last != null) {
                values.put(last, values.get(last) + " " + l.trim());
            }
        }
        if (!in) {
            throw new AssertionError("no block " + title + " in:\n" + output);
        }
        return values;
    }

    /**
     * Maps JAAS roles to a {@link Caller} the way the platform's user service does ({@link Caller#fromJaasRoles}:
     * platform roles, {@code ikz-tenant.}, {@code ikz-participant.}, {@code ikz-module.} and {@code ikz-module-role.}).
     */
    public static class JaasUsers extends TestUserService {
        @Override
        public Caller callerFrom(String username, Set<String> jaasRoles, String address) {
            return Caller.fromJaasRoles(username, jaasRoles, address);
        }
    }
}
