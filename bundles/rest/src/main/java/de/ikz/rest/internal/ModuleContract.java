package de.ikz.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.HttpMethod;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.module.RoleDefinition;
import de.ikz.api.rest.ModuleApi;
import de.ikz.api.tenant.Caller;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's side of the module contract for REST: the live module APIs with their operation
 * tables ({@link ModuleOperations}), asked by the modules resource before it hands a request to a
 * module ({@link #check}) and by the authentication filter for public operations ({@link #isPublic}).
 * <p>
 * The first API registered for a module id is served; a second one is logged (WARN) and ignored.
 * An operation whose declaration has a finding is logged (ERROR: module id, method, path and Java
 * method, never request data) and refused to everybody. Role ids are checked against the module's
 * {@link CooperationModule#roles()} as soon as the module is registered; while it is not, its
 * operations (other than public ones) are refused.
 */
@Component(service = ModuleContract.class)
public final class ModuleContract {



    private static final Logger LOG = LoggerFactory.getLogger(ModuleContract.class);

    private final ModuleRegistry registry;
    private final Map<String, Entry> apis = new ConcurrentHashMap<>();

    /** A module API with its table, and the table checked against the module instance seen last. */
    private static final class Entry {
        final ModuleApi api;
        final ModuleOperations raw;
        volatile Checked checked;

        Entry(ModuleApi api, ModuleOperations raw) {
            this.api = api;
            this.raw = raw;
        }
    }

    private record Checked(CooperationModule module, ModuleOperations table, Set<String> declared) {
    }

    /**
     * A request the contract lets pass, or one for a path the module does not have: {@code allowed}
     * empty for an unknown path (404), else the methods the path has (405 for another method).
     */
    public record Verdict(boolean passes, java.util.Set<String> allowed) {
        static final Verdict PASS = new Verdict(true, Set.of());
    }

    @Activate
    public ModuleContract(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    /** A module API arrived. @return whether it is now the one served for its id (false: another was first) */
    public boolean add(String id, ModuleApi api) {
        Entry e;
        try {
            e = new Entry(api, ModuleOperations.of(id, api.getClass(), null));
        } catch (IllegalArgumentException bad) {
            LOG.error("Module {}: REST API {} not served: {}", id, api.getClass().getName(), bad.getMessage());
            return false;
        }
        Entry previous = apis.putIfAbsent(id, e);
        if (previous != null) {
            LOG.warn("Module {}: a second REST API ({}) registered; the first one ({}) stays served",
                    id, api.getClass().getName(), previous.api.getClass().getName());
            return false;
        }
        LOG.info("Module {}: REST API with {} operations", id, e.raw.operations().size());
        checked(id, e);
        return true;
    }

    /** Run when a module API left: caches that learnt its classes forget them ({@link #whenAnApiLeaves}). */
    private final List<Runnable> onLeave = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** @return closing it stops the calls */
    public AutoCloseable whenAnApiLeaves(Runnable forget) {
        onLeave.add(forget);
        return () -> onLeave.remove(forget);
    }

    /** A module API left. */
    public void remove(String id, ModuleApi api) {
        Entry e = apis.get(id);
        if (e != null && e.api == api && apis.remove(id, e)) {
            for (Runnable r : onLeave) {
                try {
                    r.run();
                } catch (RuntimeException x) {
                    LOG.warn("Module {}: a cache could not forget the module's classes", id, x);
                }
            }
        }
    }

    /** Whether the class is that of a module API served now (a redeployed module's earlier class is not). */
    public boolean served(Class<?> type) {
        for (Entry e : apis.values()) {
            if (e.api.getClass() == type) {
                return true;
            }
        }
        return false;
    }

    /** The API served for the module, if any. */
    public Optional<ModuleApi> api(String id) {
        return Optional.ofNullable(apis.get(id)).map(e -> e.api);
    }

    /** The module's operations, checked against its declared roles; empty if no API is registered. */
    public Optional<ModuleOperations> operations(String id) {
        Entry e = apis.get(id);
        return e == null ? Optional.empty() : Optional.of(checked(id, e).table());
    }

    /**
     * Decides a request to a module operation before JAX-RS runs it.
     *
     * @param id          the module id
     * @param method      the HTTP method
     * @param encodedPath the path below {@code modules/<id>/}, percent-encoded as sent
     * @param caller      the authenticated caller, or null (a public operation)
     * @return pass, or the module has no such path (the caller answers 404 or 405 as JAX-RS would)
     * @throws IkzException forbidden: the caller holds none of the roles that may; not found: no API
     */
    public Verdict check(String id, String method, String encodedPath, Caller caller) {
        return decide(id, method, encodedPath, caller, true);
    }

    /** The path part of {@link #check}: the module has such an operation (roles not looked at). */
    public Verdict route(String id, String method, String encodedPath) {
        return decide(id, method, encodedPath, null, false);
    }

    /**
     * The roles part of {@link #check} for a request below the application base
     * ({@code modules/<id>/…}); does nothing for other paths and for paths the module lacks (those
     * are answered 404/405 by {@link #route}).
     *
     * @throws IkzException forbidden: the caller holds none of the roles that may
     */
    public void authorize(String method, String encodedPath, Caller caller) {
        String[] seg = ModuleOperations.normalize(encodedPath).split("/", 3);
        if (seg.length < 3 || !"modules".equals(seg[0])) {
            return;
        }
        Entry e = apis.get(seg[1]);
        if (e == null || checked(seg[1], e).table().match(method, seg[2]).candidates().isEmpty()) {
            return;
        }
        decide(seg[1], method, seg[2], caller, true);
    }

    private Verdict decide(String id, String method, String encodedPath, Caller caller, boolean roles) {
        Entry e = apis.get(id);
        if (e == null) {
            throw IkzException.notFound("module API", id);
        }
        Checked c = checked(id, e);
        ModuleOperations.Match m = c.table().match(method, encodedPath);
        if (m.candidates().isEmpty()) {
            if (m.pathKnown() && HttpMethod.OPTIONS.equals(method)) {
                return Verdict.PASS; // answered by the JAX-RS runtime from the resource's methods; runs no operation
            }
            return new Verdict(false, m.allowed());
        }
        for (ModuleOperations.Operation o : m.candidates()) {
            if (!o.valid()) {
                throw IkzException.forbidden("the module " + id + " declares no valid roles for " + o.method() + " "
                        + o.path() + "; it is refused to everybody until the module is fixed");
            }
            if (o.open() || !roles) {
                continue;
            }
            if (!ModuleRoles.permits(caller, id, o.changes(), o.roles().toArray(String[]::new))) {
                List<String> may = new ArrayList<>();
                for (String r : o.roles()) {
                    if (!(o.changes() && ModuleRoles.READ_ONLY.contains(r))) {
                        may.add(r);
                    }
                }
                throw IkzException.forbidden("only the role" + (may.size() == 1 ? " " : "s ") + String.join(", ", may)
                        + " of module " + id + " may " + (o.changes() ? "do" : "read") + " this");
            }
        }
        return Verdict.PASS;
    }

    /**
     * Is the request a public operation of a module?
     *
     * @param encodedPath the path below the application base ({@code modules/<id>/…}), percent-encoded as sent
     */
    public boolean isPublic(String method, String encodedPath) {
        String[] seg = ModuleOperations.normalize(encodedPath).split("/", 3);
        if (seg.length < 2 || !"modules".equals(seg[0])) {
            return false;
        }
        Entry e = apis.get(seg[1]);
        return e != null && checked(seg[1], e).table().isPublic(method, seg.length > 2 ? seg[2] : "");
    }

    private Checked checked(String id, Entry e) {
        CooperationModule module = registry.module(id).orElse(null);
        Checked c = e.checked;
        if (c != null && c.module() == module) {
            return c;
        }
        Set<String> declared = new LinkedHashSet<>();
        if (module != null) {
            for (RoleDefinition r : module.roles()) {
                declared.add(r.id());
            }
        }
        ModuleOperations table = e.raw.withDeclaredRoles(declared);
        if (module != null) {
            for (ModuleOperations.Operation o : table.invalid()) {
                LOG.error("Module {}: operation {} /{} ({}) is refused to everybody: {}", id, o.method(), o.path(),
                        o.javaName(), String.join("; ", o.findings()));
            }
        }
        c = new Checked(module, table, Set.copyOf(declared));
        e.checked = c;
        return c;
    }
}
