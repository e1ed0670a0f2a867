package de.ikz.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.PrivilegedExceptionAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;

import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.UserAccount;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.testkit.TestTenants;

import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.junit.jupiter.api.Test;

/**
 * Tab completion offers only what the console user may see (security finding of issue 9: the
 * completers asked the services as {@code Caller.system}, so any console user's completion listed
 * every tenant and every user). The completer is the one a command's {@code @Completion} names and
 * gets its services the way Karaf injects them (every {@code @Reference} field by type), so the
 * test holds for whatever class does the completing.
 */
class CompletersTest {

    static final Caller TINA = new Caller("tina", Set.of(PlatformRole.TENANT_ADMIN), Optional.of("t1"), Optional.empty(), Set.of(),
            "console");
    static final Caller ROOT = new Caller("root", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(), Set.of(),
            "console");

    /** Users as the platform's service shows them: a platform admin all, a tenant admin the own tenant's. */
    static final class Users extends ConsoleHarness.JaasUsers {
        final List<Caller> askedBy = new ArrayList<>();

        @Override
        public List<UserAccount> list(Caller caller) {
            askedBy.add(caller);
            return List.of(user("anna", "t1"), user("bert", "t2"), user("carl", "t3"), new UserAccount("root", Optional.empty(),
                    Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Set.of())).stream()
                    .filter(u -> caller.isPlatformAdmin() || u.tenantId().equals(caller.tenantId())).toList();
        }

        static UserAccount user(String name, String tenant) {
            return new UserAccount(name, Optional.of(tenant), Set.of(PlatformRole.COORDINATOR), Optional.empty(), Set.of());
        }
    }

    /** Participants of the tenant asked for, if the caller may read it (the completer asks for the bodies alone: no contacts, no log). */
    static ParticipantService participants(List<String> asked) {
        return (ParticipantService) Proxy.newProxyInstance(CompletersTest.class.getClassLoader(),
                new Class<?>[] {ParticipantService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("listBodies")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Caller caller = (Caller) args[0];
                    String tenant = (String) args[1];
                    caller.requireReadable(tenant);
                    asked.add(tenant);
                    return List.of(new Participant(tenant + "-ja", ParticipantKind.values()[0], "Jugendamt", null, null, List.of()));
                });
    }

    /** The completer class a command's field names in its {@code @Completion}. */
    static Completer completerOf(Class<?> command, String field, Object... services) throws Exception {
        Class<?> type = null;
        for (Class<?> c = command; c != Object.class && type == null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(field)) {
                    type = f.getAnnotation(Completion.class).value();
                }
            }
        }
        assertThat(type).as(command.getSimpleName() + "." + field + " has a completer").isNotNull();
        var ctor = type.getDeclaredConstructor();
        ctor.setAccessible(true);
        Object completer = ctor.newInstance();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!f.isAnnotationPresent(Reference.class)) {
                    continue;
                }
                for (Object s : services) {
                    if (f.getType().isInstance(s)) {
                        f.setAccessible(true);
                        f.set(completer, s);
                    }
                }
            }
        }
        return (Completer) completer;
    }

    @SuppressWarnings("removal")
    static List<String> complete(Completer completer, Caller caller, CommandLine line) throws Exception {
        List<String> candidates = new ArrayList<>();
        Subject.doAs(ConsoleHarness.subject(caller), (PrivilegedExceptionAction<Integer>) () -> completer.complete(null, line,
                candidates));
        return candidates.stream().map(String::trim).toList();
    }

    @Test
    void aTenantAdminCompletesOnlyTheOwnTenantId() throws Exception {
        Completer c = completerOf(TenantCommands.DeleteTenant.class, "id", new TestTenants("t1", "t2", "t3"), new Users());

        assertThat(complete(c, TINA, ConsoleHarness.line("ikz:tenant-delete", "t"))).containsExactly("t1");
        assertThat(complete(c, ROOT, ConsoleHarness.line("ikz:tenant-delete", "t"))).containsExactlyInAnyOrder("t1", "t2", "t3");
    }

    @Test
    void theTenantOptionOfTenantCommandsCompletesAsTheSessionUserToo() throws Exception {
        Completer c = completerOf(ParticipantCommands.ListParticipants.class, "tenant", new TestTenants("t1", "t2", "t3"), new Users());

        assertThat(complete(c, TINA, ConsoleHarness.line("ikz:participant-list", "--tenant", ""))).containsExactly("t1");
    }

    @Test
    void aTenantAdminCompletesOnlyTheOwnTenantsUsers() throws Exception {
        Users users = new Users();
        Completer c = completerOf(UserCommands.DeleteUser.class, "username", new TestTenants("t1", "t2", "t3"), users);

        assertThat(complete(c, TINA, ConsoleHarness.line("ikz:user-delete", ""))).containsExactly("anna");
        assertThat(users.askedBy).extracting(Caller::user).containsExactly(TINA.user());
    }

    @Test
    void aPlatformAdminCompletesTheUsersOfTheTenantNamedOnTheLine() throws Exception {
        Completer c = completerOf(GrantCommands.ListGrants.class, "user", new TestTenants("t1", "t2", "t3"), new Users());

        assertThat(complete(c, ROOT, ConsoleHarness.line("ikz:grant-list", "--tenant", "t2", ""))).containsExactly("bert");
        assertThat(complete(c, ROOT, ConsoleHarness.line("ikz:grant-list", ""))).containsExactlyInAnyOrder("anna", "bert",
                "carl", "root");
    }

    @Test
    void participantIdsAreThoseOfTheOwnTenantOrOfTheTenantAPlatformAdminNamed() throws Exception {
        List<String> asked = new ArrayList<>();
        Completer c = completerOf(ParticipantCommands.ShowParticipant.class, "id", participants(asked), new Users());

        assertThat(complete(c, TINA, ConsoleHarness.line("ikz:participant-show", ""))).containsExactly("t1-ja");
        assertThat(complete(c, TINA, ConsoleHarness.line("ikz:participant-show", "--tenant", "t2", ""))).isEmpty();
        assertThat(complete(c, ROOT, ConsoleHarness.line("ikz:participant-show", "--tenant", "t2", ""))).containsExactly("t2-ja");
        assertThat(complete(c, ROOT, ConsoleHarness.line("ikz:participant-show", ""))).isEmpty();
        assertThat(asked).containsExactly("t1", "t2");
    }
}
