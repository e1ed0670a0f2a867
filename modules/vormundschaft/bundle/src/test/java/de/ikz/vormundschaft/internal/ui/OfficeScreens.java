package de.ikz.vormundschaft.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.View;
import de.ikz.testkit.Screens;
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
        return Screens.pairs(kv);
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
        return Screens.roles(page, submit);
    }

    static boolean allowed(UiPage page, boolean submit, Caller caller) {
        return Screens.permits(caller, VormundschaftUi.MODULE, page, submit);
    }

    static View.Screen screen(View v) {
        return Screens.screen(v);
    }

    static List<Part> parts(View.Screen s) {
        return Screens.parts(s);
    }

    static <T extends Part> List<T> all(View.Screen s, Class<T> type) {
        return Screens.all(s, type);
    }

    static Part.Table table(View.Screen s, String captionStart) {
        return Screens.table(s, captionStart);
    }

    static List<Part.Form> postForms(View.Screen s) {
        return Screens.postForms(s);
    }

    /** Every POST button of the screen: in action bars and on board tiles. */
    static List<Part.Action> postActions(View.Screen s) {
        return Screens.postActions(s);
    }

    static String redirectTarget(View v) {
        return Screens.redirectTarget(v);
    }
}
