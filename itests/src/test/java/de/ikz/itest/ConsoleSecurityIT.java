package de.ikz.itest;

import static de.ikz.itest.Http.json;
import static de.ikz.itest.Http.ok;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;


import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.AfterClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The console is the platform operator's tool (issue 8, "Console and files"): over ssh only platform
 * admins get in, also when someone grants another user Karaf's {@code ssh} role; SFTP is off even
 * for the admin; the admin keeps the full console; and a console session of anybody else (an
 * in-process session here) gets neither reflection on framework objects nor file commands.
 * Runs inside the container and talks to the ssh server over loopback with Apache SSHD's client.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ConsoleSecurityIT extends ContainerSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Long and random enough for any password policy. */
    private static final String PW = "Cs-" + UUID.randomUUID();
    private static SshClient client;

    @AfterClass
    public static void stopClient() throws IOException {
        if (client != null) {
            client.stop();
        }
    }

    @Test
    public void a_coordinatorTenantAdminAuditorAndPartnerStaffAreRefusedAtSshLoginEvenWithKarafsSshRole() throws Exception {
        awaitHealthy();
        String pw = adminPassword();
        Http h = http();
        String s = UUID.randomUUID().toString().substring(0, 8);
        String tenant = "cs-" + s;
        ok(201, h.post("tenants", json("id", tenant, "name", "Console security " + s), "admin", pw), "tenant");
        ok(201, h.post("participants?tenant=" + tenant, json("id", "ja-a", "kind", "YOUTH_OFFICE", "name", "Jugendamt A"),
                "admin", pw), "participant");
        Map<String, String> users = new LinkedHashMap<>();
        users.put("cc-" + s, json("username", "cc-" + s, "password", PW, "tenant", tenant, "roles", List.of("coordinator"),
                "modules", List.of("vormundschaft")));
        users.put("ct-" + s, json("username", "ct-" + s, "password", PW, "tenant", tenant, "roles", List.of("tenant-admin")));
        users.put("ca-" + s, json("username", "ca-" + s, "password", PW, "tenant", tenant, "roles", List.of("auditor")));
        users.put("cp-" + s, json("username", "cp-" + s, "password", PW, "tenant", tenant, "roles", List.of("partner-staff"),
                "participant", "ja-a"));
        for (Map.Entry<String, String> u : users.entrySet()) {
            ok(201, h.post("users", u.getValue(), "admin", pw), "user " + u.getKey());
        }

        // what the operator guide used to advise: give them Karaf's ssh role. Written straight into the realm's table
        // (the JDBC login module reads it at every login), so nothing but the console's own rule can refuse them.
        de.ikz.api.persistence.Database db = ctx.getService(ctx.getServiceReference(de.ikz.api.persistence.Database.class));
        for (String u : users.keySet()) {
            db.inTransaction(tx -> tx.update("INSERT INTO ikz_user_role (username, role) VALUES (?, 'ssh')", u));
        }

        for (String u : users.keySet()) {
            // the password is right and the realm now gives the ssh role: a refusal is the console's rule, nothing else
            Set<String> roles = jaasRoles(u, PW);
            assertTrue(u + " has Karaf's ssh role now: " + roles, roles.contains("ssh"));
            assertFalse(u + " is no platform admin: " + roles, roles.contains("ikz-platform-admin"));
            assertFalse(u + " must be refused at ssh login", canLogIn(u, PW));
        }
    }

    @Test
    public void b_thePlatformAdminHasTheFullConsoleOverSsh() throws Exception {
        awaitHealthy();
        String pw = adminPassword();
        assertTrue("admin logs in over ssh", canLogIn("admin", pw));

        String health = sshExec("admin", pw, "ikz:health");
        assertTrue(health, health.contains("Status:") && health.contains("UP"));
        String bundles = sshExec("admin", pw, "bundle:list -s -t 0");
        assertTrue(bundles, bundles.contains("de.ikz.platform.ikz-core") && bundles.contains("org.apache.felix.framework"));
        // reflection and file commands stay with the operator
        String framework = sshExec("admin", pw, "echo (($.context bundle 0) symbolicName)");
        assertTrue(framework, framework.contains("org.apache.felix.framework"));
        String cfg = sshExec("admin", pw, "cat '" + Path.of(System.getProperty("karaf.etc"), "org.apache.karaf.shell.cfg") + "'");
        assertTrue(cfg, cfg.contains("sshRole"));

        // a script (bin/client -b, a cron job) learns of a refusal: the error line, and exit status 1 instead of 0
        SshRun ok = sshRun("admin", pw, "ikz:health");
        assertEquals(ok.output(), Integer.valueOf(0), ok.exitStatus());
        String tenant = "cs-" + UUID.randomUUID().toString().substring(0, 8);
        ok(201, http().post("tenants", json("id", tenant, "name", "Console script"), "admin", pw), "tenant");
        SshRun refused = sshRun("admin", pw, "ikz:tenant-create " + tenant + " Doppelt");
        assertTrue(refused.output(), refused.output().contains("Error in id: tenant '" + tenant + "' exists already"));
        assertEquals(refused.output(), Integer.valueOf(1), refused.exitStatus());
        assertFalse(refused.output(), refused.output().contains("Error executing command"));
    }

    @Test
    public void c_sftpAndScpAreRefusedEvenForThePlatformAdmin() throws Exception {
        awaitHealthy();
        String pw = adminPassword();
        try (ClientSession session = login("admin", pw)) {
            SftpClient sftp;
            try {
                sftp = SftpClientFactory.instance().createSftpClient(session);
            } catch (Exception refused) {
                sftp = null; // the server has no sftp subsystem
            }
            if (sftp != null) {
                try (SftpClient open = sftp) {
                    // the finding: the Karaf home (etc/users.properties, deploy/ which hot-deploys) over SFTP
                    fail("SFTP subsystem opened; etc/users.properties: " + open.stat("etc/users.properties"));
                }
            }
        }
        String scp = sshExec("admin", pw, "scp -f etc/users.properties");
        assertFalse("scp must not send files: " + scp, scp.contains("admingroup"));
    }

    @Test
    public void d_aConsoleSessionOfAnyoneElseHasNoReflectionAndNoFileCommands() throws Exception {
        awaitHealthy();
        String file = Path.of(System.getProperty("karaf.etc"), "org.apache.karaf.shell.cfg").toString();
        String[] coordinator = {"ikz-coordinator", "ikz-tenant.x", "ikz-module.vormundschaft", "ssh", "viewer"};
        for (String command : List.of("echo (($.context bundle 0) symbolicName)", "cat '" + file + "'",
                "grep sshRole '" + file + "'", "ikz:health > '" + file + ".copy'", "source '" + file + "'",
                "new java.io.File '" + file + "'")) {
            String out;
            try {
                out = console(command, "cs-coordinator", coordinator);
            } catch (Exception refused) {
                continue; // Insufficient credentials / command not found: refused
            }
            assertFalse(command + " ran for a coordinator: " + out, out.contains("felix") || out.contains("sshRole"));
            fail(command + " ran for a coordinator: " + out);
        }
        // the platform admin's session is not hampered
        assertTrue(console("echo (($.context bundle 0) symbolicName)", "itest", "ikz-platform-admin").contains("felix"));
        assertTrue(console("cat '" + file + "'", "itest", "ikz-platform-admin").contains("sshRole"));
    }

    // ================================================================ helpers

    private static synchronized SshClient client() {
        // Pax Exam runs every test method on its own, @AfterClass included: a stopped client is made anew
        if (client == null || !client.isStarted()) {
            client = SshClient.setUpDefaultClient();
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
            client.start();
        }
        return client;
    }

    /** An authenticated ssh session to the platform's console on loopback. */
    private static ClientSession login(String user, String password) throws IOException {
        ClientSession session = client().connect(user, "127.0.0.1", Integer.getInteger("ikz.itest.ssh.port"))
                .verify(TIMEOUT).getSession();
        try {
            session.addPasswordIdentity(password);
            session.auth().verify(TIMEOUT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close(true);
            throw e;
        }
    }

    private static boolean canLogIn(String user, String password) throws IOException {
        try (ClientSession session = login(user, password)) {
            return session.isAuthenticated();
        } catch (org.apache.sshd.common.SshException refused) {
            return false;
        }
    }

    /** Runs one command over an ssh exec channel (Karaf closes the session after it) and returns stdout and stderr. */
    private static String sshExec(String user, String password, String command) throws IOException {
        return sshRun(user, password, command).output();
    }

    /** What a command run over ssh printed (stdout and stderr) and its exit status (what bin/client -b exits with). */
    private record SshRun(String output, Integer exitStatus) {
    }

    private static SshRun sshRun(String user, String password, String command) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ClientSession session = login(user, password); ChannelExec channel = session.createExecChannel(command)) {
            channel.setOut(out);
            channel.setErr(out);
            channel.open().verify(TIMEOUT);
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(60));
            assertTrue("command '" + command + "' finished: " + events, events.contains(ClientChannelEvent.CLOSED));
            return new SshRun(out.toString(StandardCharsets.UTF_8), channel.getExitStatus());
        }
    }

    /** The roles the karaf realm gives {@code user} for {@code password} (the login must succeed). */
    private static Set<String> jaasRoles(String user, String password) throws Exception {
        Subject subject = new Subject();
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            new LoginContext("karaf", subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback n) {
                        n.setName(user);
                    } else if (cb instanceof PasswordCallback p) {
                        p.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            }).login();
        } finally {
            t.setContextClassLoader(previous);
        }
        return subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName).collect(Collectors.toSet());
    }

}
