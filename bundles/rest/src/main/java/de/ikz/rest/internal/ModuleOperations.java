package de.ikz.rest.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

import de.ikz.api.module.ModuleRoles;
import de.ikz.api.module.PublicOperation;
import de.ikz.api.module.Roles;

/**
 * The operations of one module's REST API ({@link de.ikz.api.rest.ModuleApi}), read once by
 * reflection over the JAX-RS annotations when the API arrives: resource methods ({@code @GET},
 * {@code @POST}, … with an optional {@code @Path}) and sub-resource locators ({@code @Path} without
 * an HTTP method, followed through their declared return type), each with the roles it declares
 * ({@link Roles} on the method, else on its class) or {@link PublicOperation}.
 * <p>
 * The platform asks this table before it hands a request to the module: which operation a method
 * and path reach, and whether the caller may use it. An operation with a finding (no roles and not
 * public, a role the module does not declare or the platform does not know, a read-only role on a
 * changing operation, a public operation that is not GET) is refused to everybody: a module cannot
 * forget to declare who may call it.
 * <p>
 * Matching follows JAX-RS (a template {@code {id}} is one path segment, {@code {x: regex}} the
 * regex; the operation with more literal characters, then more templates wins) on the encoded path,
 * as CXF matches. Hand-written: the JAX-RS runtime's own matcher is internal to CXF and sees only the
 * root resource's locator when the platform has to decide.
 */
public final class ModuleOperations {

    /** Methods that change nothing; every other method counts as changing. */
    static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** Deepest chain of locators followed (a locator returning its own type would loop). */
    private static final int MAX_DEPTH = 8;

    /**
     * One operation.
     *
     * @param method   the HTTP method
     * @param path     the path template below the module's base, without leading slash ("" for the base)
     * @param roles    the declared role ids (empty for a public operation or none declared)
     * @param open     whether it is a {@link PublicOperation}
     * @param javaName {@code Class#method} of the resource method, for logs
     * @param findings what is wrong with the declaration (then it is refused to everybody)
     */
    public record Operation(String method, String path, List<String> roles, boolean open, String javaName,
                            List<String> findings, Pattern pattern, int literals, int templates) {

        /** Does the operation change data (anything but GET, HEAD, OPTIONS)? */
        public boolean changes() {
            return !SAFE.contains(method);
        }

        /** Usable at all: no finding. */
        public boolean valid() {
            return findings.isEmpty();
        }
    }

    /**
     * What a request reaches: the operations whose path and method match, most specific first
     * (JAX-RS picks the first; where a flattened table and the runtime's nested matching could
     * disagree, the platform asks every candidate), and the methods of the operations whose path
     * matches ({@code allowed}; empty: the path is unknown).
     */
    public record Match(List<Operation> candidates, Set<String> allowed) {

        /** The operation JAX-RS runs, or null. */
        public Operation operation() {
            return candidates.isEmpty() ? null : candidates.get(0);
        }

        public boolean pathKnown() {
            return !allowed.isEmpty();
        }
    }

    private final String moduleId;
    private final List<Operation> operations;

    private ModuleOperations(String moduleId, List<Operation> operations) {
        this.moduleId = moduleId;
        this.operations = operations;
    }

    /**
     * Reads the operations of a module API class.
     *
     * @param declaredRoles the role ids the module declares ({@code CooperationModule.roles()}), or
     *                      null while the module is not registered (then roles are checked only against
     *                      what the platform knows; {@link #withDeclaredRoles} checks them later)
     */
    public static ModuleOperations of(String moduleId, Class<?> apiClass, Collection<String> declaredRoles) {
        List<Operation> ops = new ArrayList<>();
        collect(apiClass, "", ops, 0, new HashSet<>());
        ModuleOperations raw = new ModuleOperations(moduleId, ops);
        return raw.withDeclaredRoles(declaredRoles);
    }

    /** The same operations, their findings checked against the roles the module declares (null: unknown yet). */
    public ModuleOperations withDeclaredRoles(Collection<String> declaredRoles) {
        List<Operation> checked = new ArrayList<>();
        for (Operation o : operations) {
            checked.add(new Operation(o.method(), o.path(), o.roles(), o.open(), o.javaName(),
                    findings(o.method(), o.roles(), o.open(), declaredRoles), o.pattern(), o.literals(), o.templates()));
        }
        checked.sort(Comparator.comparingInt(Operation::literals).reversed()
                .thenComparing(Comparator.comparingInt(Operation::templates).reversed())
                .thenComparing(Operation::path).thenComparing(Operation::method));
        return new ModuleOperations(moduleId, List.copyOf(checked));
    }

    public String moduleId() {
        return moduleId;
    }

    /** Every operation, most specific path first. */
    public List<Operation> operations() {
        return operations;
    }

    /** Operations with findings. */
    public List<Operation> invalid() {
        return operations.stream().filter(o -> !o.valid()).toList();
    }

    /**
     * The operation a request reaches.
     *
     * @param method      the HTTP method (HEAD is answered by a GET operation)
     * @param encodedPath the path below the module's base, percent-encoded as sent, with or without a
     *                    leading slash; matrix parameters are ignored
     */
    public Match match(String method, String encodedPath) {
        String path = normalize(encodedPath);
        Set<String> allowed = new java.util.TreeSet<>();
        List<Operation> exact = new ArrayList<>();
        List<Operation> getForHead = new ArrayList<>();
        for (Operation o : operations) {
            if (o.pattern().matcher(path).matches()) {
                if (o.method().equals(method)) {
                    exact.add(o);
                } else if (HttpMethod.HEAD.equals(method) && HttpMethod.GET.equals(o.method())) {
                    getForHead.add(o);
                }
                allowed.add(o.method());
            }
        }
        return new Match(List.copyOf(exact.isEmpty() ? getForHead : exact), java.util.Collections.unmodifiableSet(allowed));
    }

    /** Is this request a public operation of the module (without any finding)? */
    public boolean isPublic(String method, String encodedPath) {
        List<Operation> c = match(method, encodedPath).candidates();
        return !c.isEmpty() && c.stream().allMatch(o -> o.open() && o.valid());
    }

    /** Strips a leading and trailing slash and matrix parameters of each segment. */
    public static String normalize(String encodedPath) {
        String p = encodedPath == null ? "" : encodedPath;
        if (p.indexOf(';') >= 0) {
            StringBuilder sb = new StringBuilder(p.length());
            for (String seg : p.split("/", -1)) {
                int semi = seg.indexOf(';');
                if (sb.length() > 0 || !seg.isEmpty()) {
                    sb.append(sb.length() > 0 ? "/" : "").append(semi < 0 ? seg : seg.substring(0, semi));
                }
            }
            p = sb.toString();
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static void collect(Class<?> type, String prefix, List<Operation> ops, int depth, Set<Class<?>> seen) {
        if (depth > MAX_DEPTH || !seen.add(type)) {
            return;
        }
        Roles classRoles = type.getAnnotation(Roles.class);
        for (Method m : type.getMethods()) {
            if (m.isBridge() || m.isSynthetic() || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Path p = annotation(m, Path.class);
            String http = httpMethod(m);
            String path = join(prefix, p == null ? "" : p.value());
            if (http != null) {
                Roles r = annotation(m, Roles.class);
                Roles effective = r != null ? r : classRoles;
                List<String> roles = effective == null ? List.of() : List.copyOf(new LinkedHashSet<>(Arrays.asList(effective.value())));
                boolean open = annotation(m, PublicOperation.class) != null;
                Template t = Template.of(path);
                ops.add(new Operation(http, path, roles, open, type.getSimpleName() + "#" + m.getName(), List.of(),
                        t.pattern(), t.literals(), t.templates()));
            } else if (p != null) {
                collect(m.getReturnType(), path, ops, depth + 1, seen);
            }
        }
        seen.remove(type);
    }

    /** The annotation on the method or, as JAX-RS inherits them, on the method it overrides in an interface. */
    private static <A extends java.lang.annotation.Annotation> A annotation(Method m, Class<A> a) {
        A found = m.getAnnotation(a);
        if (found != null) {
            return found;
        }
        for (Class<?> i : m.getDeclaringClass().getInterfaces()) {
            try {
                found = i.getMethod(m.getName(), m.getParameterTypes()).getAnnotation(a);
                if (found != null) {
                    return found;
                }
            } catch (NoSuchMethodException e) {
                // not declared there
            }
        }
        return null;
    }

    private static String httpMethod(Method m) {
        if (annotation(m, GET.class) != null) {
            return HttpMethod.GET;
        }
        if (annotation(m, POST.class) != null) {
            return HttpMethod.POST;
        }
        if (annotation(m, PUT.class) != null) {
            return HttpMethod.PUT;
        }
        if (annotation(m, PATCH.class) != null) {
            return HttpMethod.PATCH;
        }
        if (annotation(m, DELETE.class) != null) {
            return HttpMethod.DELETE;
        }
        if (annotation(m, HEAD.class) != null) {
            return HttpMethod.HEAD;
        }
        if (annotation(m, OPTIONS.class) != null) {
            return HttpMethod.OPTIONS;
        }
        for (var a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static String join(String prefix, String path) {
        String p = normalize(path);
        if (prefix.isEmpty()) {
            return p;
        }
        return p.isEmpty() ? prefix : prefix + "/" + p;
    }

    private static List<String> findings(String method, List<String> roles, boolean open, Collection<String> declared) {
        List<String> f = new ArrayList<>();
        if (open) {
            if (!HttpMethod.GET.equals(method)) {
                f.add("@PublicOperation on " + method + " (only GET may be public)");
            }
            return f;
        }
        if (roles.isEmpty()) {
            f.add("no @Roles and not @PublicOperation");
        }
        f.addAll(ModuleRoles.findings(roles, declared));
        for (String r : roles) {
            if (!SAFE.contains(method) && ModuleRoles.READ_ONLY.contains(r)) {
                f.add("read-only role '" + r + "' on the changing operation " + method);
            }
        }
        return f;
    }

    /** A JAX-RS path template as a regular expression over the encoded path. */
    record Template(Pattern pattern, int literals, int templates) {

        static Template of(String template) {
            StringBuilder re = new StringBuilder();
            int literals = 0;
            int templates = 0;
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                if (c == '{') {
                    int end = closing(template, i);
                    String inner = template.substring(i + 1, end);
                    int colon = inner.indexOf(':');
                    String regex = colon < 0 ? "[^/]+?" : inner.substring(colon + 1).strip();
                    try {
                        Pattern.compile(regex);
                    } catch (PatternSyntaxException e) {
                        throw new IllegalArgumentException("bad regex in path template '" + template + "'", e);
                    }
                    re.append('(').append(regex).append(')');
                    templates++;
                    i = end + 1;
                } else {
                    int next = template.indexOf('{', i);
                    String lit = template.substring(i, next < 0 ? template.length() : next);
                    re.append(Pattern.quote(lit));
                    literals += lit.length();
                    i = next < 0 ? template.length() : next;
                }
            }
            return new Template(Pattern.compile(re.toString()), literals, templates);
        }

        private static int closing(String s, int open) {
            int depth = 0;
            for (int i = open; i < s.length(); i++) {
                if (s.charAt(i) == '{') {
                    depth++;
                } else if (s.charAt(i) == '}' && --depth == 0) {
                    return i;
                }
            }
            throw new IllegalArgumentException("unclosed '{' in path template '" + s + "'");
        }
    }
}
