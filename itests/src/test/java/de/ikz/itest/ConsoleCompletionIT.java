package de.ikz.itest;

import static de.ikz.itest.Http.json;
import static de.ikz.itest.Http.ok;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Command;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Session;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Tab completion in the container (issue 9): the kit's completers are found in the core shell
 * bundle and in the module bundle that embed them (each registers its own copy, no clash), and they
 * ask as the session's user, so a tenant admin's completion of {@code --tenant} offers only the own
 * tenant while a platform admin's offers every tenant. Completion goes through the command's own
 * completer, as Karaf's console does on TAB.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ConsoleCompletionIT extends ContainerSupport {

    @Test
    public void tenantIdsCompleteAsTheSessionUserInTheCoreAndInTheModule() throws Exception {
        awaitHealthy();
        String pw = adminPassword();
        Http h = http();
        String s = UUID.randomUUID().toString().substring(0, 6);
        String a = "cc-" + s + "-a";
        String b = "cc-" + s + "-b";
        ok(201, h.post("tenants", json("id", a, "name", "Completion A"), "admin", pw), "tenant a");
        ok(201, h.post("tenants", json("id", b, "name", "Completion B"), "admin", pw), "tenant b");
        Await.until("vormundschaft:volunteer-list in the console", Duration.ofSeconds(60),
                () -> hasCommand("vormundschaft", "volunteer-list"));

        for (String command : List.of("ikz:participant-list", "vormundschaft:volunteer-list")) {
            List<String> admin = complete(command, "cc-" + s, "itest", "ikz-platform-admin");
            assertEquals(command + " as platform admin", List.of(a, b), admin);
            List<String> tenantAdmin = complete(command, "cc-" + s, "tina-" + s, "ikz-tenant-admin", "ikz-tenant." + a);
            assertEquals(command + " as tenant admin of " + a, List.of(a), tenantAdmin);
        }
    }

    /** The candidates for {@code command --tenant <typed>} with the cursor at the end, as the given JAAS user. */
    @SuppressWarnings("removal")
    private List<String> complete(String command, String typed, String user, String... roles) throws Exception {
        PrintStream ps = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, ps, ps);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String r : roles) {
            subject.getPrincipals().add(new RolePrincipal(r));
        }
        try {
            String[] scopeName = command.split(":");
            Command cmd = session.getRegistry().getCommands().stream()
                    .filter(c -> scopeName[0].equals(c.getScope()) && scopeName[1].equals(c.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError("no command " + command));
            String[] args = {command, "--tenant", typed};
            List<String> candidates = new ArrayList<>();
            Subject.doAs(subject, (PrivilegedExceptionAction<Integer>) () -> cmd.getCompleter(true).complete(session,
                    line(args), candidates));
            List<String> sorted = new ArrayList<>(candidates.stream().map(String::trim).toList());
            sorted.sort(null);
            assertTrue(command + ": " + sorted, sorted.stream().allMatch(c -> c.startsWith(typed)));
            return sorted;
        } finally {
            session.close();
        }
    }

    private static CommandLine line(String[] args) {
        String buffer = String.join(" ", args);
        return new CommandLine() {
            @Override
            public int getCursorArgumentIndex() {
                return args.length - 1;
            }

            @Override
            public String getCursorArgument() {
                return args[args.length - 1];
            }

            @Override
            public int getArgumentPosition() {
                return args[args.length - 1].length();
            }

            @Override
            public String[] getArguments() {
                return args.clone();
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
}
