package de.ikz.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;


import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Passwords and logins over HTTP against the built distribution: salted slow hashes in
 * the platform database (table {@code ikz_user}), the legacy SHA-512 hash upgraded at login, throttling with 429,
 * the current password for a self-change, an admin reset forcing a change, and a change voiding
 * remembered logins at once. Every test uses its own users (and tenant), so they run in any order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LoginSecurityIT extends ContainerSupport {

    private static final String PBKDF2 = "{CRYPT}pbkdf2-sha512$210000$";

    /** The shared client, made inside the container (the port is known there only). */
    private Http http;

    private Http.Reply send(String method, String path, String json, String user, String password) {
        if (http == null) {
            http = http();
        }
        return http.send(method, path, json, user, password);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new tenant and an auditor in it with the password; returns the user name. */
    private String auditor(String prefix, String password) throws Exception {
        String s = suffix();
        String tenant = "ls-" + s;
        String admin = adminPassword();
        assertEquals(201, send("POST", "tenants", "{\"id\":\"" + tenant + "\",\"name\":\"Login security " + s + "\"}", "admin", admin).status());
        String user = prefix + "-" + s;
        Http.Reply created = send("POST", "users", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\",\"tenant\":\"" + tenant
                + "\",\"roles\":[\"auditor\"]}", "admin", admin);
        assertEquals(created.body(), 201, created.status());
        return user;
    }

    @javax.inject.Inject
    protected de.ikz.api.persistence.Database database;

    /** The stored password field of the user in the platform database (ikz_user). */
    private String stored(String user) {
        return database.inTransaction(s -> s.queryOne("SELECT password FROM ikz_user WHERE username = ?", rs -> rs.getString(1), user))
                .orElseThrow(() -> new AssertionError("no row for " + user + " in ikz_user"));
    }

    private List<String> storedRoles(String user) {
        return database.inTransaction(s -> s.query("SELECT role FROM ikz_user_role WHERE username = ? ORDER BY role",
                rs -> rs.getString(1), user));
    }

    @Test
    public void equalPasswordsAreStoredAsDifferentSaltedSlowHashes() throws Exception {
        awaitHealthy();
        String a = auditor("eq-a", "the same password 1");
        String b = auditor("eq-b", "the same password 1");
        assertTrue(stored(a), stored(a).startsWith(PBKDF2));
        assertTrue(stored(b), stored(b).startsWith(PBKDF2));
        assertNotEquals(stored(a), stored(b));
        assertEquals(200, send("GET", "users/" + a, null, a, "the same password 1").status());
        assertEquals(200, send("GET", "users/" + b, null, b, "the same password 1").status());
        // the realm the ssh console logs in through ("karaf") verifies the new hashes too
        assertTrue(jaasLogin(a, "the same password 1"));
        assertFalse(jaasLogin(a, "the same password 2"));
    }

    /** A login through Karaf's JAAS realm "karaf", as the ssh server does it. */
    private static boolean jaasLogin(String user, String password) throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(org.apache.karaf.jaas.boot.ProxyLoginModule.class.getClassLoader());
        try {
            javax.security.auth.login.LoginContext lc = new javax.security.auth.login.LoginContext("karaf", callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof javax.security.auth.callback.NameCallback n) {
                        n.setName(user);
                    } else if (cb instanceof javax.security.auth.callback.PasswordCallback p) {
                        p.setPassword(password.toCharArray());
                    }
                }
            });
            lc.login();
            return true;
        } catch (javax.security.auth.login.LoginException e) {
            return false;
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @Test
    public void aLegacySha512HashStillLogsInAndIsUpgradedAtThatLogin() throws Exception {
        awaitHealthy();
        String pw = "legacy password 1";
        String user = auditor("legacy", pw);
        String legacy = "{CRYPT}" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(pw.getBytes(StandardCharsets.UTF_8)))
                + "{CRYPT}";
        // put the hash of the former scheme in place, as an installation upgraded from users.properties has it
        List<String> roles = storedRoles(user);
        database.inTransaction(s -> s.update("UPDATE ikz_user SET password = ? WHERE username = ?", legacy, user));
        assertEquals(legacy, stored(user));

        assertEquals(200, send("GET", "users/" + user, null, user, pw).status());
        String upgraded = stored(user);
        assertTrue(upgraded, upgraded.startsWith(PBKDF2));
        assertEquals(roles, storedRoles(user));
        assertEquals(200, send("GET", "users/" + user, null, user, pw).status());
        assertEquals(401, send("GET", "users/" + user, null, user, "legacy password 2").status());
    }

    @Test
    public void wrongGuessesLockTheUserNameWith429AndRetryAfter() throws Exception {
        awaitHealthy();
        String user = auditor("guess", "guessed password 1");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, send("GET", "users/" + user, null, user, "wrong guess " + i + "xx").status());
        }
        Http.Reply locked = send("GET", "users/" + user, null, user, "guessed password 1");
        assertEquals(locked.body(), 429, locked.status());
        assertTrue(locked.contentType(), locked.contentType().startsWith("application/problem+json"));
        assertEquals(429, locked.json().get("status").asInt());
        long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
        assertTrue("Retry-After " + retryAfter, retryAfter > 0 && retryAfter <= 300);
        // another user from the same address is not affected
        assertEquals(200, send("GET", "modules", null, "admin", adminPassword()).status());
    }

    @Test
    public void aSelfChangeNeedsTheCurrentPasswordAndTheOldOneIsRefusedAtOnce() throws Exception {
        awaitHealthy();
        String user = auditor("self", "first password 1");
        assertEquals(200, send("GET", "users/" + user, null, user, "first password 1").status());
        Http.Reply without = send("PUT", "users/" + user + "/password", "{\"password\":\"second password 2\"}", user, "first password 1");
        assertEquals(without.body(), 400, without.status());
        assertEquals("currentPassword", without.json().get("field").asText());
        Http.Reply wrong = send("PUT", "users/" + user + "/password",
                "{\"password\":\"second password 2\",\"currentPassword\":\"not my password\"}", user, "first password 1");
        assertEquals(400, wrong.status());
        Http.Reply common = send("PUT", "users/" + user + "/password",
                "{\"password\":\"Password2025!\",\"currentPassword\":\"first password 1\"}", user, "first password 1");
        assertEquals(common.body(), 400, common.status());
        assertEquals("password", common.json().get("field").asText());
        // the remembered login still works, so the refusals above changed nothing
        assertEquals(200, send("GET", "users/" + user, null, user, "first password 1").status());

        assertEquals(204, send("PUT", "users/" + user + "/password",
                "{\"password\":\"second password 2\",\"currentPassword\":\"first password 1\"}", user, "first password 1").status());
        assertEquals(401, send("GET", "users/" + user, null, user, "first password 1").status());
        assertEquals(200, send("GET", "users/" + user, null, user, "second password 2").status());
    }

    @Test
    public void anAdminResetForcesAChangeBeforeAnythingElse() throws Exception {
        awaitHealthy();
        String user = auditor("reset", "first password 1");
        assertEquals(200, send("GET", "users/" + user, null, user, "first password 1").status());
        assertEquals(204, send("PUT", "users/" + user + "/password", "{\"password\":\"reset by admin 7\"}", "admin", adminPassword()).status());
        assertEquals(401, send("GET", "users/" + user, null, user, "first password 1").status());
        Http.Reply forced = send("GET", "users/" + user, null, user, "reset by admin 7");
        assertEquals(forced.body(), 403, forced.status());
        assertEquals("urn:ikz:problem:password-change-required", forced.json().get("type").asText());
        assertEquals(403, send("GET", "modules", null, user, "reset by admin 7").status());
        assertEquals(204, send("PUT", "users/" + user + "/password",
                "{\"password\":\"my own again 8\",\"currentPassword\":\"reset by admin 7\"}", user, "reset by admin 7").status());
        assertEquals(200, send("GET", "users/" + user, null, user, "my own again 8").status());
    }

    @Test
    public void theConsoleReadsPasswordsFromFilesNeverFromArguments() throws Exception {
        awaitHealthy();
        String s = suffix();
        String tenant = "lc-" + s;
        assertEquals(201, send("POST", "tenants", "{\"id\":\"" + tenant + "\",\"name\":\"Console " + s + "\"}", "admin", adminPassword()).status());
        String user = "con-" + s;
        Path pw = Files.createTempFile(Path.of(System.getProperty("karaf.data")), "pw", ".txt");
        Files.writeString(pw, "console password 1\n");

        String asArgument;
        try {
            asArgument = console("ikz:user-create --tenant " + tenant + " --role auditor " + user + " 'console password 1'",
                    "itest", "ikz-platform-admin");
        } catch (Exception e) {
            asArgument = String.valueOf(e.getMessage()); // Karaf refuses the extra argument
        }
        assertFalse(asArgument, asArgument.contains("created"));
        assertEquals(401, send("GET", "users/" + user, null, user, "console password 1").status());

        String created = console("ikz:user-create --tenant " + tenant + " --role auditor --password-file " + pw + " " + user,
                "itest", "ikz-platform-admin");
        assertTrue(created, created.contains("User " + user + " created"));
        assertEquals(200, send("GET", "users/" + user, null, user, "console password 1").status());

        Files.writeString(pw, "console reset 2\n");
        String reset = console("ikz:user-password --password-file " + pw + " " + user, "itest", "ikz-platform-admin");
        assertTrue(reset, reset.contains("must change it at the next login"));
        assertEquals(401, send("GET", "users/" + user, null, user, "console password 1").status());
        assertEquals(403, send("GET", "users/" + user, null, user, "console reset 2").status());
        Files.delete(pw);
    }
}
