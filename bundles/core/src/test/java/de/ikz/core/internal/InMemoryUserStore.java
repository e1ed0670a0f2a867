package de.ikz.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A realm in memory: what the JAAS properties realm does, minus the file. */
final class InMemoryUserStore implements UserStore {

    final Map<String, String> passwords = new TreeMap<>();
    final Map<String, Set<String>> roles = new TreeMap<>();

    @Override
    public boolean exists(String username) {
        return passwords.containsKey(username);
    }

    @Override
    public List<String> usernames() {
        return new ArrayList<>(passwords.keySet());
    }

    @Override
    public Set<String> roles(String username) {
        return roles.getOrDefault(username, Set.of());
    }

    @Override
    public void putUser(String username, String password) {
        passwords.put(username, password);
        legacy.remove(username);
        writes.merge(username, 1, Integer::sum);
        roles.computeIfAbsent(username, u -> new LinkedHashSet<>());
    }

    @Override
    public void addRole(String username, String role) {
        roles.get(username).add(role);
    }

    @Override
    public void addGroup(String username, String group) {
        roles.get(username).add("group:" + group);
    }

    @Override
    public void deleteUser(String username) {
        passwords.remove(username);
        roles.remove(username);
        legacy.remove(username);
    }

    /** Users whose stored hash counts as legacy until the next putUser. */
    final Set<String> legacy = new java.util.HashSet<>();
    /** How often putUser ran per user. */
    final Map<String, Integer> writes = new TreeMap<>();

    @Override
    public boolean checkPassword(String username, String password) {
        return password != null && password.equals(passwords.get(username));
    }

    @Override
    public boolean needsRehash(String username) {
        return legacy.contains(username);
    }
}
