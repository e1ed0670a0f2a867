package de.ikz.core.internal;

import java.util.List;
import java.util.Set;

/**
 * Where accounts live: the platform database ({@link DatabaseUserStore}, the default), the backing engine of
 * another JAAS realm ({@link JaasUserStore}: LDAP, or Karaf's properties file), an in-memory map in unit tests.
 * {@link PlatformUsers} publishes the one in use.
 */
public interface UserStore {

    /** Thrown by stores whose realm cannot be changed from the platform (LDAP, a foreign database). */
    String READ_ONLY = "the JAAS realm in use is managed outside the platform (LDAP or a database); change users there";

    boolean exists(String username);

    List<String> usernames();

    /** Direct and group roles of the user. */
    Set<String> roles(String username);

    /** Creates the user, or sets a new password keeping the roles. The store hashes the password. */
    void putUser(String username, String password);

    void addRole(String username, String role);

    /**
     * Adds a role inside the caller's transaction, so that it commits or rolls back with it. Stores outside the
     * platform database write at once.
     */
    default void addRole(de.ikz.api.persistence.Session session, String username, String role) {
        addRole(username, role);
    }

    void addGroup(String username, String group);

    void deleteUser(String username);

    /** Whether the password matches the user's stored one (false for an unknown user). */
    boolean checkPassword(String username, String password);

    /** Whether the user's stored hash is of an older scheme or weaker than configured: replace it at the next login. */
    boolean needsRehash(String username);
}
