package de.ikz.ui.internal.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.module.RoleDefinition;
import de.ikz.api.module.PublicOperation;
import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.UiRoles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI contributions served right now, with their pages and the roles each page declares. The
 * first contribution of an id is served; a second one, a bad id or an id of the shell's own pages
 * is refused (ERROR). A page's roles ({@link Roles} on {@code view}/{@code submit}, else on the
 * class) are checked as REST checks a module operation: no roles, a role the platform does not know,
 * or in a module's area a role the module does not declare ({@link CooperationModule#roles()}) makes
 * the page refused to everybody (ERROR, logged when the area is checked against its module). The
 * permission itself is {@link UiRoles#permits}. A module's area whose module is not registered is
 * not served (its pages answer 404 and it has no navigation) until the module is there.
 */
final class Contributions {

    private static final Logger LOG = LoggerFactory.getLogger(Contributions.class);
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /** The shell's own first path segments. */
    static final Set<String> RESERVED = Set.of("login", "logout", "password", "assets");

    private final ModuleRegistry registry;
    private final Map<String, Area> areas = new ConcurrentHashMap<>();

    /**
     * A page with its template and its declared roles for GET (view) and POST (submit); {@code submits}
     * is false when the page keeps {@link UiPage#submit}'s default (it changes nothing: POST is refused);
     * {@code open} when its view is a {@link PublicOperation} (served without login).
     */
    record Page(UiPage page, UiPaths.Template template, List<String> viewRoles, List<String> submitRoles, boolean submits,
                boolean open) {
    }

    /** What a page's roles say about one request. */
    enum Access {
        PERMITTED, DENIED, INVALID
    }

    /** A served contribution. */
    static final class Area {
        final UiContribution contribution;
        final String id;
        final List<Page> pages;
        /** The service's {@code service.ranking}: a higher one comes first among core areas or among modules. */
        final int ranking;
        private volatile Checked checked;

        Area(UiContribution contribution, String id, List<Page> pages, int ranking) {
            this.contribution = contribution;
            this.id = id;
            this.pages = pages;
            this.ranking = ranking;
        }

        Optional<String> module() {
            return contribution.module();
        }

        /** The page a path below the area fits, most specific first; with its parameters. */
        Optional<Map.Entry<Page, Map<String, String>>> match(List<String> segments) {
            Page best = null;
            Map<String, String> params = null;
            for (Page p : pages) {
                Map<String, String> m = p.template().match(segments);
                if (m != null && (best == null || p.template().moreSpecificThan(best.template()))) {
                    best = p;
                    params = m;
                }
            }
            return best == null ? Optional.empty() : Optional.of(Map.entry(best, params));
        }
    }

    /** An area checked against the module instance seen last: the pages with findings (refused to everybody). */
    private record Checked(CooperationModule module, Set<String> invalidView, Set<String> invalidSubmit) {
    }

    Contributions(ModuleRegistry registry) {
        this.registry = registry;
    }

    /** A contribution arrived (ranking 0). @return whether it is served */
    boolean add(UiContribution c, Object idProperty) {
        return add(c, idProperty, 0);
    }

    /** A contribution arrived. @return whether it is served */
    boolean add(UiContribution c, Object idProperty, int ranking) {
        String id;
        try {
            id = c.id();
        } catch (RuntimeException e) {
            LOG.error("UI contribution {} not served: id() failed: {}", c.getClass().getName(), e.toString());
            return false;
        }
        if (id == null || !ID.matcher(id).matches() || RESERVED.contains(id)) {
            LOG.error("UI contribution {} not served: bad id '{}' (lower case letters, digits and dashes; not {})",
                    c.getClass().getName(), de.ikz.api.log.LogSafe.of(String.valueOf(id)), RESERVED);
            return false;
        }
        if (idProperty != null && !id.equals(String.valueOf(idProperty))) {
            LOG.error("UI contribution {} not served: service property {}={} differs from its id '{}'",
                    c.getClass().getName(), UiContribution.PROPERTY_ID, idProperty, id);
            return false;
        }
        List<Page> pages = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        List<UiPage> declared;
        try {
            declared = c.pages();
        } catch (RuntimeException e) {
            LOG.error("UI contribution {} ({}) not served: pages() failed: {}", id, c.getClass().getName(), e.toString());
            return false;
        }
        for (UiPage p : declared == null ? List.<UiPage>of() : declared) {
            try {
                UiPaths.Template t = UiPaths.Template.of(p.path());
                if (!paths.add(t.path())) {
                    LOG.error("UI area {}: a second page with the path '{}' ({}) is not served", id, t.path(), p.getClass().getName());
                    continue;
                }
                boolean open = open(p);
                if (open && submits(p)) {
                    LOG.error("UI area {}: page '{}' ({}) not served: a public page (@PublicOperation) must not change anything "
                            + "(it overrides submit)", id, t.path(), p.getClass().getName());
                    continue;
                }
                pages.add(new Page(p, t, roles(p, "view"), roles(p, "submit"), submits(p), open));
            } catch (RuntimeException e) {
                LOG.error("UI area {}: page {} not served: {}", id, p.getClass().getName(), e.getMessage());
            }
        }
        Area a = new Area(c, id, List.copyOf(pages), ranking);
        Area previous = areas.putIfAbsent(id, a);
        if (previous != null) {
            LOG.error("UI contribution {} not served: the id '{}' is already served by {}", c.getClass().getName(), id,
                    previous.contribution.getClass().getName());
            return false;
        }
        LOG.info("UI area {} with {} pages", id, pages.size());
        return true;
    }

    /** A contribution left. */
    void remove(UiContribution c) {
        areas.values().removeIf(a -> a.contribution == c);
    }

    /**
     * The served areas whose module (if any) is registered, in a stable order: core areas first, then
     * modules; within each by {@code service.ranking} (higher first), then by id.
     */
    List<Area> areas() {
        return areas.values().stream().filter(this::live).sorted(Comparator.comparing((Area a) -> a.module().isPresent())
                .thenComparing(a -> -a.ranking).thenComparing(a -> a.id)).toList();
    }

    Optional<Area> area(String id) {
        return Optional.ofNullable(areas.get(id)).filter(this::live);
    }

    /** May the caller open ({@code changes == false}) or submit the page? */
    Access access(Area area, Page page, boolean changes, Caller caller) {
        Checked c = checked(area);
        String path = page.template().path();
        if ((changes ? c.invalidSubmit() : c.invalidView()).contains(path)) {
            return Access.INVALID;
        }
        if (changes && !page.submits()) {
            return Access.DENIED;
        }
        if (page.open() && !changes) {
            return Access.PERMITTED;
        }
        List<String> roles = changes ? page.submitRoles() : page.viewRoles();
        return UiRoles.permits(caller, area.module(), changes, roles.toArray(String[]::new)) ? Access.PERMITTED : Access.DENIED;
    }

    private boolean live(Area a) {
        return a.module().isEmpty() || registry.module(a.module().get()).isPresent();
    }

    private Checked checked(Area a) {
        CooperationModule module = a.module().flatMap(registry::module).orElse(null);
        Checked c = a.checked;
        if (c != null && c.module() == module) {
            return c;
        }
        Set<String> declared = null;
        if (a.module().isPresent()) {
            declared = new LinkedHashSet<>();
            if (module != null) {
                for (RoleDefinition r : module.roles()) {
                    declared.add(r.id());
                }
            }
        }
        Set<String> badView = new LinkedHashSet<>();
        Set<String> badSubmit = new LinkedHashSet<>();
        for (Page p : a.pages) {
            if (!p.open()) {
                note(a, p, "view", findings(p.viewRoles(), declared), badView);
            }
            if (p.submits()) {
                note(a, p, "submit", findings(p.submitRoles(), declared), badSubmit);
            }
        }
        c = new Checked(module, Set.copyOf(badView), Set.copyOf(badSubmit));
        a.checked = c;
        return c;
    }

    private static void note(Area a, Page p, String method, List<String> findings, Set<String> bad) {
        if (!findings.isEmpty()) {
            bad.add(p.template().path());
            LOG.error("UI area {}: page '{}' ({}#{}) is refused to everybody: {}", a.id, p.template().path(),
                    p.page().getClass().getName(), method, String.join("; ", findings));
        }
    }

    /** What is wrong with a page's roles (the REST rule, {@link ModuleRoles#findings}); {@code declared} null in a core area. */
    static List<String> findings(List<String> roles, Set<String> declared) {
        List<String> f = new ArrayList<>();
        if (roles.isEmpty()) {
            f.add("no @Roles");
        }
        f.addAll(ModuleRoles.findings(roles, declared));
        return f;
    }

    /** Whether the page overrides {@link UiPage#submit}. */
    static boolean submits(UiPage page) {
        try {
            return page.getClass().getMethod("submit", UiRequest.class).getDeclaringClass() != UiPage.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Whether the page's {@code view} is a {@link PublicOperation}: served without login. */
    static boolean open(UiPage page) {
        try {
            return page.getClass().getMethod("view", UiRequest.class).isAnnotationPresent(PublicOperation.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** {@link Roles} of the page's {@code view} or {@code submit} method, else of its class; empty if none. */
    static List<String> roles(UiPage page, String method) {
        Roles r = null;
        try {
            Method m = page.getClass().getMethod(method, UiRequest.class);
            r = m.getAnnotation(Roles.class);
        } catch (NoSuchMethodException e) {
            // not there: the class decides
        }
        if (r == null) {
            r = page.getClass().getAnnotation(Roles.class);
        }
        return r == null ? List.of() : List.copyOf(new LinkedHashSet<>(List.of(r.value())));
    }
}
