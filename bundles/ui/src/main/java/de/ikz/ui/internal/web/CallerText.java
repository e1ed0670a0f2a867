package de.ikz.ui.internal.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

/**
 * A session's {@link Caller} as one line of text for the session table ({@link Sessions}) and back:
 * {@code v=1;user=carla;roles=COORDINATOR;tenant=kreis;modules=mod;address=10.0.0.7}. Entries are
 * {@code key=value} separated by {@code ;}; a set is its elements separated by {@code ,} (sorted, so the
 * same caller always gives the same text); an absent tenant, participant or address leaves its entry out,
 * an empty set too (an entry with an empty value is a set of one empty string). {@code \}, {@code ;},
 * {@code ,} and {@code =} inside a value are escaped with {@code \}. Roles are the enum names.
 * <p>
 * Hand-written rather than JSON or Java serialisation: the record has seven fields of strings and sets,
 * the UI bundle has no JSON library, and Java serialisation of a database column would let whoever can
 * write the table run code. A text that is not of this form (an unknown key or role, a version other than
 * 1, a bad escape) is refused with {@link IllegalArgumentException}, never half-read.
 */
final class CallerText {

    static final String VERSION = "1";

    private CallerText() {
    }

    static String format(Caller c) {
        StringBuilder sb = new StringBuilder("v=").append(VERSION);
        entry(sb, "user", c.user() == null ? null : List.of(c.user()));
        entry(sb, "roles", c.roles().isEmpty() ? null : c.roles().stream().map(Enum::name).sorted().toList());
        entry(sb, "tenant", c.tenantId().map(List::of).orElse(null));
        entry(sb, "participant", c.participantId().map(List::of).orElse(null));
        entry(sb, "modules", c.modules().isEmpty() ? null : List.copyOf(new TreeSet<>(c.modules())));
        entry(sb, "address", c.address() == null ? null : List.of(c.address()));
        entry(sb, "moduleRoles", c.moduleRoles().isEmpty() ? null : List.copyOf(new TreeSet<>(c.moduleRoles())));
        return sb.toString();
    }

    static Caller parse(String text) {
        Map<String, List<String>> entries = entries(text);
        if (!VERSION.equals(single(entries, "v"))) {
            throw new IllegalArgumentException("caller text: version " + single(entries, "v") + " is not " + VERSION);
        }
        for (String key : entries.keySet()) {
            if (!List.of("v", "user", "roles", "tenant", "participant", "modules", "address", "moduleRoles").contains(key)) {
                throw new IllegalArgumentException("caller text: unknown key '" + key + "'");
            }
        }
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        for (String r : entries.getOrDefault("roles", List.of())) {
            roles.add(PlatformRole.valueOf(r));
        }
        return new Caller(single(entries, "user"), roles, Optional.ofNullable(single(entries, "tenant")),
                Optional.ofNullable(single(entries, "participant")), new LinkedHashSet<>(entries.getOrDefault("modules", List.of())),
                single(entries, "address"), new LinkedHashSet<>(entries.getOrDefault("moduleRoles", List.of())));
    }

    private static void entry(StringBuilder sb, String key, List<String> values) {
        if (values == null) {
            return;
        }
        sb.append(';').append(key).append('=');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            escape(sb, values.get(i));
        }
    }

    private static void escape(StringBuilder sb, String v) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '\\' || ch == ';' || ch == ',' || ch == '=') {
                sb.append('\\');
            }
            sb.append(ch);
        }
    }

    private static String single(Map<String, List<String>> entries, String key) {
        List<String> v = entries.get(key);
        if (v == null) {
            return null;
        }
        if (v.size() != 1) {
            throw new IllegalArgumentException("caller text: '" + key + "' has " + v.size() + " values, not one");
        }
        return v.get(0);
    }

    /** key → its values (unescaped), in order; a repeated key, a key without '=' or a dangling escape is refused. */
    private static Map<String, List<String>> entries(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String key = null;
        List<String> values = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char ch = i == n ? ';' : text.charAt(i);
            if (ch == '\\' && i < n) {
                if (i + 1 == n) {
                    throw new IllegalArgumentException("caller text: an escape at the end");
                }
                cur.append(text.charAt(++i));
            } else if (ch == '=' && key == null) {
                key = cur.toString();
                cur.setLength(0);
            } else if (ch == ',' && key != null) {
                values.add(cur.toString());
                cur.setLength(0);
            } else if (ch == ';') {
                if (key == null) {
                    throw new IllegalArgumentException("caller text: an entry without '='");
                }
                values.add(cur.toString());
                if (out.put(key, List.copyOf(values)) != null) {
                    throw new IllegalArgumentException("caller text: '" + key + "' twice");
                }
                key = null;
                values.clear();
                cur.setLength(0);
            } else if (ch == '=' || ch == ',') {
                throw new IllegalArgumentException("caller text: unescaped '" + ch + "'");
            } else {
                cur.append(ch);
            }
        }
        return out;
    }
}
