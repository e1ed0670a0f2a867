package de.ikz.vormundschaft.internal.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.UserAccount;
import de.ikz.api.tenant.UserService;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Runs a command as a console session would: inside Subject.doAs, with System.out/err captured. */
final class ConsoleHarness {

    record Output(String out, String err) {
    }

    private ConsoleHarness() {
    }

    static Subject subject(String user, String... roles) {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal(user));
        for (String r : roles) {
            s.getPrincipals().add(new RolePrincipal(r));
        }
        return s;
    }

    /** A coordinator of the module in tenant t1. */
    static Subject coordinator() {
        return subject("anna", "ikz-coordinator", "ikz-tenant.t1", "ikz-module.vormundschaft");
    }

    static Subject platformAdmin() {
        return subject("root", "ikz-platform-admin");
    }

    /** Gives the action the fake user service and runs it as the subject (null: no subject at all). */
    @SuppressWarnings("removal")
    static Output run(VmAction action, Subject subject) throws Exception {
        action.userService = new FakeUsers();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            if (subject == null) {
                action.execute();
            } else {
                Subject.doAs(subject, (PrivilegedExceptionAction<Object>) action::execute);
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Output(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** Maps JAAS roles to a Caller the way the platform does (role, tenant, participant and module prefixes). */
    static final class FakeUsers implements UserService {
        @Override
        public Caller callerFrom(String username, Set<String> jaasRoles, String address) {
            Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
            Optional<String> tenant = Optional.empty();
            Optional<String> participant = Optional.empty();
            Set<String> modules = new java.util.HashSet<>();
            for (String r : jaasRoles) {
                PlatformRole.fromJaasRole(r).ifPresent(roles::add);
                if (r.startsWith(PlatformRole.TENANT_PREFIX)) {
                    tenant = Optional.of(r.substring(PlatformRole.TENANT_PREFIX.length()));
                } else if (r.startsWith(PlatformRole.PARTICIPANT_PREFIX)) {
                    participant = Optional.of(r.substring(PlatformRole.PARTICIPANT_PREFIX.length()));
                } else if (r.startsWith(PlatformRole.MODULE_PREFIX)) {
                    modules.add(r.substring(PlatformRole.MODULE_PREFIX.length()));
                }
            }
            return new Caller(username, roles, tenant, participant, modules, address);
        }

        @Override
        public UserAccount create(Caller caller, String username, String password, Optional<String> tenantId,
                                  Set<PlatformRole> roles, Optional<String> participantId, Set<String> modules) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<UserAccount> list(Caller caller) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserAccount> find(Caller caller, String username) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setPassword(Caller caller, String username, String currentPassword, String newPassword) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(Caller caller, String username) {
            throw new UnsupportedOperationException();
        }
    }

    /** The cells of the table line whose first cell is {@code first} (ShellTable separates cells with '|'). */
    static List<String> row(String output, String first) {
        return output.lines().map(l -> List.of(l.split("[|\u2502]", -1)).stream().map(String::trim).toList())
                .filter(cells -> cells.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in:\n" + output));
    }
}
