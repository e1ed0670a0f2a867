package de.ikz.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.ikz.api.audit.AuditLog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-start password reaches standard output only on a terminal; the owner-only file always. */
class AdminBootstrapTest {

    private final StringBuilder printed = new StringBuilder();
    private final java.util.function.Consumer<String> out = printed::append;
    private final List<String> appended = new ArrayList<>();
    /** Records what is appended; a proxy, so the test does not depend on the rest of the interface. */
    private final AuditLog audit = (AuditLog) Proxy.newProxyInstance(AuditLog.class.getClassLoader(),
            new Class<?>[] {AuditLog.class}, (proxy, method, args) -> {
                if (method.getName().equals("append")) {
                    appended.add(String.valueOf(args[args.length - 2]));
                }
                return null;
            });

    @Test
    void notOnATerminalThePasswordGoesOnlyIntoTheFile(@TempDir Path data) throws Exception {
        InMemoryUserStore store = new InMemoryUserStore();
        new AdminBootstrap(store, audit, null, data, () -> false, out);

        String password = Files.readString(data.resolve(AdminBootstrap.FILE)).strip();
        assertThat(store.passwords.get(AdminBootstrap.ADMIN)).isEqualTo(password);
        assertThat(printed.toString()).isEmpty();
        assertThat(appended).containsExactly("user/admin");
    }

    @Test
    void onATerminalTheBannerShowsThePasswordAndTheFile(@TempDir Path data) throws Exception {
        InMemoryUserStore store = new InMemoryUserStore();
        new AdminBootstrap(store, audit, null, data, () -> true, out);

        String password = Files.readString(data.resolve(AdminBootstrap.FILE)).strip();
        assertThat(printed.toString())
                .contains("first start", password, data.resolve(AdminBootstrap.FILE).toAbsolutePath().toString());
    }

    @Test
    void aPasswordFromTheEnvironmentIsNeverPrinted(@TempDir Path data) {
        new AdminBootstrap(new InMemoryUserStore(), audit, "chosen-by-the-operator-1", data, () -> true, out);

        assertThat(printed.toString()).doesNotContain("chosen-by-the-operator-1");
        assertThat(data.resolve(AdminBootstrap.FILE)).doesNotExist();
    }

    @Test
    void anExistingAdminIsLeftAloneAndNothingIsPrinted(@TempDir Path data) {
        InMemoryUserStore store = new InMemoryUserStore();
        store.putUser(AdminBootstrap.ADMIN, "existing-password-1");
        new AdminBootstrap(store, audit, null, data, () -> true, out);

        assertThat(store.passwords.get(AdminBootstrap.ADMIN)).isEqualTo("existing-password-1");
        assertThat(printed.toString()).isEmpty();
        assertThat(appended).isEmpty();
    }

    /** The realm, as seen by a process that is "killed" (an exception) at the named step, once. */
    private static UserStore killedAt(String step, InMemoryUserStore store) {
        boolean[] killed = {false};
        return (UserStore) Proxy.newProxyInstance(UserStore.class.getClassLoader(), new Class<?>[] {UserStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals(step) && !killed[0]) {
                        killed[0] = true;
                        throw new IllegalStateException("killed at " + step);
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void killedAfterTheUserWasStoredTheNextStartCompletesTheAdmin(@TempDir Path data) throws Exception {
        InMemoryUserStore store = new InMemoryUserStore();
        try {
            new AdminBootstrap(killedAt("addRole", store), audit, null, data, () -> false, out);
        } catch (IllegalStateException killed) {
            // the process died here: user stored, no role yet
        }
        assertThat(store.exists(AdminBootstrap.ADMIN)).isTrue();

        new AdminBootstrap(store, audit, null, data, () -> false, out); // the next start

        String password = Files.readString(data.resolve(AdminBootstrap.FILE)).strip();
        assertThat(store.checkPassword(AdminBootstrap.ADMIN, password)).isTrue();
        assertThat(store.roles(AdminBootstrap.ADMIN))
                .contains(de.ikz.api.tenant.PlatformRole.PLATFORM_ADMIN.jaasRole(), "group:admingroup");
        assertThat(data.resolve(AdminBootstrap.PENDING)).doesNotExist();
    }

    @Test
    void killedAfterThePasswordFileTheNextStartKeepsThatPassword(@TempDir Path data) throws Exception {
        InMemoryUserStore store = new InMemoryUserStore();
        try {
            new AdminBootstrap(killedAt("putUser", store), audit, null, data, () -> false, out);
        } catch (IllegalStateException killed) {
            // the process died here: password file written, no user yet
        }
        String written = Files.readString(data.resolve(AdminBootstrap.FILE)).strip();
        assertThat(store.exists(AdminBootstrap.ADMIN)).isFalse();

        new AdminBootstrap(store, audit, null, data, () -> false, out);

        assertThat(store.checkPassword(AdminBootstrap.ADMIN, written)).isTrue();
        assertThat(Files.readString(data.resolve(AdminBootstrap.FILE)).strip()).isEqualTo(written);
        assertThat(data.resolve(AdminBootstrap.PENDING)).doesNotExist();

        new AdminBootstrap(store, audit, null, data, () -> false, out); // a third start changes nothing
        assertThat(store.writes.get(AdminBootstrap.ADMIN)).isEqualTo(1);
    }

    /** Two nodes on one database started at the same moment: the other node's insert came first (issue 14). */
    @Test
    void whenAnotherNodeCreatedTheAdminAtTheSameMomentThisStartLeavesItAndItsUnusedPasswordFile(@TempDir Path data) throws Exception {
        InMemoryUserStore store = new InMemoryUserStore();
        UserStore racing = (UserStore) Proxy.newProxyInstance(UserStore.class.getClassLoader(), new Class<?>[] {UserStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("putUser")) {
                        store.putUser(AdminBootstrap.ADMIN, "the-other-nodes-password-1");
                        throw de.ikz.api.error.IkzException.conflict("username", "user 'admin' exists already");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        new AdminBootstrap(racing, audit, null, data, () -> false, out);
        assertThat(store.checkPassword(AdminBootstrap.ADMIN, "the-other-nodes-password-1")).isTrue();
        assertThat(data.resolve(AdminBootstrap.FILE)).doesNotExist();
        assertThat(data.resolve(AdminBootstrap.PENDING)).doesNotExist();
    }
}
