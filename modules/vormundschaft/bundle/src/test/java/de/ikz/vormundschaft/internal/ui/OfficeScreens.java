package de.ikz.vormundschaft.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.UiRoles;
import de.ikz.api.ui.View;
import de.ikz.testkit.Callers;
import de.ikz.vormundschaft.internal.service.UiServices;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the office screens' tests (start page, volunteers, courses): the module's services on a
 * fresh Derby database, the whole contribution built on them, the three roles and the shell's role
 * rule read from the pages' {@link Roles} exactly as the shell reads them.
 */
abstract class OfficeScreens {

    static final String TENANT = Callers.TENANT;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    static final Caller COORDINATOR = Callers.coordinator(TENANT, "vormundschaft");
    static final Caller AUDITOR = Callers.auditor(TENANT);
    static final Caller STAFF = Callers.partnerStaff(TENANT, "ja-a");
    static final Caller OTHER_COORDINATOR = Callers.coordinator(TENANT);

    @TempDir
    Path dir;

    UiServices office;
    VormundschaftUi ui;

    @BeforeEach
    void services() {
        office = UiServices.fresh(dir, TENANT, TODAY);
        ui = new VormundschaftUi(office.volunteers, office.training, office.cases, office.appointments, office.reports,
                tenant -> TENANT.equals(tenant) ? Map.of("ja-a", "Jugendamt A", "ja-b", "Jugendamt B") : Map.of());
    }

    UiPage page(String path) {
        return ui.pages().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no page " + path));
    }

    static UiRequest get(Caller caller, String path, Map<String, String> params, String... query) {
        return new UiRequest(caller, null, TODAY, path, params, pairs(query), null);
    }

    static UiRequest post(Caller caller, String path, Map<String, String> params, String... form) {
        return new UiRequest(caller, null, TODAY, path, params, null, pairs(form));
    }

    static Map<String, List<String>> pairs(String... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
        }
        return m;
    }

    /** GET as the shell does it: only when the role rule lets the caller open the page. */
    View.Screen open(Caller caller, String path, Map<String, String> params, String... query) {
        UiPage p = page(path);
        assertThat(allowed(p, false, caller)).as("%s may open %s", caller.user(), path).isTrue();
        return screen(p.view(get(caller, path, params, query)));
    }

    /** POST as the shell does it: only when the role rule lets the caller submit to the page. */
    View send(Caller caller, String path, Map<String, String> params, String... form) {
        UiPage p = page(path);
        assertThat(allowed(p, true, caller)).as("%s may submit %s", caller.user(), path).isTrue();
        return p.submit(post(caller, path, params, form));
    }

    static List<String> roles(UiPage page, boolean submit) {
        try {
            Method m = page.getClass().getMethod(submit ? "submit" : "view", UiRequest.class);
            Roles r = m.getAnnotation(Roles.class);
            if (r == null) {
                r = page.getClass().getAnnotation(Roles.class);
            }
            return r == null ? List.of() : Arrays.asList(r.value());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    static boolean allowed(UiPage page, boolean submit, Caller caller) {
        return UiRoles.permits(caller, VormundschaftUi.MODULE, submit, roles(page, submit).toArray(String[]::new));
    }

    static View.Screen screen(View v) {
        assertThat(v).isInstanceOf(View.Screen.class);
        return (View.Screen) v;
    }

    static List<Part> parts(View.Screen s) {
        List<Part> out = new ArrayList<>();
        s.parts().forEach(p -> collect(p, out));
        return out;
    }

    private static void collect(Part p, List<Part> out) {
        out.add(p);
        if (p instanceof Part.Section sec) {
            sec.parts().forEach(c -> collect(c, out));
        } else if (p instanceof Part.Region reg) {
            reg.parts().forEach(c -> collect(c, out));
        }
    }

    static <T extends Part> List<T> all(View.Screen s, Class<T> type) {
        return parts(s).stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Part.Table table(View.Screen s, String captionStart) {
        return all(s, Part.Table.class).stream().filter(t -> t.caption().startsWith(captionStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + captionStart));
    }

    static List<Part.Form> postForms(View.Screen s) {
        return all(s, Part.Form.class).stream().filter(f -> f.method() == Part.Method.POST).toList();
    }

    /** Every POST button of the screen: in action bars and on board tiles. */
    static List<Part.Action> postActions(View.Screen s) {
        List<Part.Action> out = new ArrayList<>();
        for (Part p : parts(s)) {
            if (p instanceof Part.Actions a) {
                a.actions().stream().filter(x -> x.method() == Part.Method.POST).forEach(out::add);
            } else if (p instanceof Part.Board b) {
                b.lanes().forEach(l -> l.tiles().forEach(t -> t.actions().stream()
                        .filter(x -> x.method() == Part.Method.POST).forEach(out::add)));
            }
        }
        return out;
    }

    static String redirectTarget(View v) {
        assertThat(v).isInstanceOf(View.Redirect.class);
        return ((View.Redirect) v).target();
    }
}
