package de.ikz.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.DataAccessException;
import de.ikz.api.persistence.Database;
import de.ikz.api.persistence.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users in the platform database (tables {@code ikz_user} and {@code ikz_user_role}, core migration V5): every node
 * on one database sees the same accounts at once, and the database backup holds them (issue 14). Logins read the same
 * tables through Karaf's JDBC login module ({@link PlatformUsers} registers the realm), so REST, the web UI and the
 * console (ssh) know the same accounts.
 * <p>
 * Passwords are hashed here with the realm's settings ({@code etc/org.apache.karaf.jaas.cfg}: PBKDF2 through
 * {@link PasswordHashing}); the login module checks them through the same registered service. Groups are stored as
 * Karaf stores them: the role {@code _g_:<group>} makes a user a member, the rows of the user name
 * {@code _g_:<group>} are the group's roles. Every change moves the generation of users in the same transaction
 * ({@link UserGeneration}), which the other nodes hear of at the commit.
 */
final class DatabaseUserStore implements UserStore {

    static final String GROUP_PREFIX = "_g_:";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUserStore.class);

    private final Database db;
    private final JaasUserStore.Crypt crypt;
    private final UserGeneration generation;

    /**
     * @param crypt      the realm's password settings; must be the platform's own hashing ({@code encryption.name = ikz})
     * @param generation moved by every change
     */
    DatabaseUserStore(Database db, JaasUserStore.Crypt crypt, UserGeneration generation) {
        if (!crypt.ours()) {
            throw new IllegalArgumentException("users in the platform database are hashed with the platform's own scheme: "
                    + "set encryption.enabled = true and encryption.name = ikz in etc/org.apache.karaf.jaas.cfg");
        }
        this.db = db;
        this.crypt = crypt;
        this.generation = generation;
    }

    @Override
    public boolean exists(String username) {
        return stored(username) != null;
    }

    @Override
    public List<String> usernames() {
        return db.inTransaction(s -> s.query("SELECT username FROM ikz_user ORDER BY username", rs -> rs.getString(1)));
    }

    @Override
    public Set<String> roles(String username) {
        return db.inTransaction(s -> {
            Set<String> roles = new LinkedHashSet<>();
            for (String r : direct(s, username)) {
                if (r.startsWith(GROUP_PREFIX)) {
                    roles.addAll(direct(s, r));
                } else {
                    roles.add(r);
                }
            }
            return roles;
        });
    }

    private static List<String> direct(Session s, String username) {
        return s.query("SELECT role FROM ikz_user_role WHERE username = ? ORDER BY role", rs -> rs.getString(1), username);
    }

    @Override
    public void putUser(String username, String password) {
        if (username.startsWith(GROUP_PREFIX)) {
            throw IkzException.invalid("username", "a user name must not begin with " + GROUP_PREFIX);
        }
        String hashed = crypt.hash(password);
        try {
            db.inTransaction(s -> {
                if (s.update("UPDATE ikz_user SET password = ? WHERE username = ?", hashed, username) == 0) {
                    s.update("INSERT INTO ikz_user (username, password) VALUES (?, ?)", username, hashed);
                }
                generation.bump(s);
                return null;
            });
        } catch (DataAccessException e) {
            if (e.isConstraintViolation()) {
                // the same name created on another node at the same moment
                throw IkzException.conflict("username", "user '" + username + "' exists already");
            }
            throw e;
        }
    }

    @Override
    public void addRole(String username, String role) {
        db.inTransaction(s -> {
            addRole(s, username, role);
            return null;
        });
    }

    @Override
    public void addRole(Session s, String username, String role) {
        if (s.queryOne("SELECT role FROM ikz_user_role WHERE username = ? AND role = ?", rs -> rs.getString(1), username, role).isEmpty()) {
            s.update("INSERT INTO ikz_user_role (username, role) VALUES (?, ?)", username, role);
        }
        generation.bump(s);
    }

    @Override
    public void addGroup(String username, String group) {
        addRole(username, GROUP_PREFIX + group);
    }

    @Override
    public void deleteUser(String username) {
        db.inTransaction(s -> {
            s.update("DELETE FROM ikz_user_role WHERE username = ?", username);
            s.update("DELETE FROM ikz_user WHERE username = ?", username);
            generation.bump(s);
            return null;
        });
    }

    @Override
    public boolean checkPassword(String username, String password) {
        return crypt.check(stored(username), password);
    }

    @Override
    public boolean needsRehash(String username) {
        return crypt.needsRehash(stored(username));
    }

    private String stored(String username) {
        return db.inTransaction(s -> s.queryOne("SELECT password FROM ikz_user WHERE username = ?", rs -> rs.getString(1), username))
                .orElse(null);
    }

    /**
     * The upgrade from a release that kept users in {@code etc/users.properties}: when the database has no user yet and
     * the file has some, every user with its stored password field (hash or clear text, which the next login replaces),
     * roles and groups, and every group's roles, is copied in one transaction, and the file is renamed to
     * {@code users.properties.imported} so that nobody edits it in vain. A start killed midway copies again (nothing was
     * committed). Nothing happens when the database has users already or the file has none (a fresh installation).
     *
     * @return the number of users copied
     */
    int importOnce(Path usersFile) {
        if (usersFile == null || !Files.isRegularFile(usersFile)) {
            return 0;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(usersFile, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + usersFile, e);
        }
        Map<String, List<String>> users = new LinkedHashMap<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            List<String> fields = new ArrayList<>();
            for (String f : p.getProperty(name).split(",")) {
                if (!f.isBlank()) {
                    fields.add(f.strip());
                }
            }
            if (fields.isEmpty()) {
                continue;
            }
            (name.startsWith(GROUP_PREFIX) ? groups : users).put(name, fields);
        }
        if (users.isEmpty()) {
            return 0;
        }
        int copied = db.inTransaction(s -> {
            if (!s.query("SELECT username FROM ikz_user", rs -> rs.getString(1)).isEmpty()) {
                return 0;
            }
            for (Map.Entry<String, List<String>> g : groups.entrySet()) {
                s.update("DELETE FROM ikz_user_role WHERE username = ?", g.getKey());
                for (String role : new LinkedHashSet<>(g.getValue().subList(1, g.getValue().size()))) {
                    s.update("INSERT INTO ikz_user_role (username, role) VALUES (?, ?)", g.getKey(), role);
                }
            }
            for (Map.Entry<String, List<String>> u : users.entrySet()) {
                s.update("INSERT INTO ikz_user (username, password) VALUES (?, ?)", u.getKey(), u.getValue().get(0));
                for (String role : new LinkedHashSet<>(u.getValue().subList(1, u.getValue().size()))) {
                    s.update("INSERT INTO ikz_user_role (username, role) VALUES (?, ?)", u.getKey(), role);
                }
            }
            generation.bump(s);
            return users.size();
        });
        if (copied > 0) {
            Path done = usersFile.resolveSibling(usersFile.getFileName() + ".imported");
            try {
                Files.move(usersFile, done, StandardCopyOption.REPLACE_EXISTING);
                LOG.warn("{} users copied from {} into the platform database, where users live from now on; the file is "
                        + "now {} (it holds password hashes: delete it once you have checked the users)", copied, usersFile, done);
            } catch (IOException e) {
                LOG.warn("{} users copied from {} into the platform database, where users live from now on; the file could "
                        + "not be renamed ({}): changes to it have no effect", copied, usersFile, e.toString());
            }
        }
        return copied;
    }
}
