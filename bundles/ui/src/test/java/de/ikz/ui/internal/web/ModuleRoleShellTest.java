package de.ikz.ui.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.ikz.api.module.Roles;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.View;
import de.ikz.testkit.Callers;
import de.ikz.ui.internal.render.NavGroup;
import de.ikz.ui.internal.render.NavItem;

import org.junit.jupiter.api.Test;

/**
 * Issue 12: a user of a tenant who holds only a module's own role (a family midwife: {@code professional} of the
 * module, no platform role) logs in to the web UI and sees exactly the module pages that role opens: in the
 * navigation, on the start page and by address; a coordinator-only page, the other module and the Verwaltung stay
 * closed.
 */
class ModuleRoleShellTest {

    static final String FH = "fh";

    final ShellFixture fx = new ShellFixture();
    final Caller hanna = Callers.moduleRole(Callers.TENANT, "hanna", FH, "professional");

    ModuleRoleShellTest() {
        fx.modules.put(FH, ShellFixture.module(FH, "coordinator", "professional"));
        fx.contributions.add(new Area(), FH);
        fx.account(hanna, "midwife password 1");
    }

    final class Area implements UiContribution {
        @Override
        public String id() {
            return FH;
        }

        @Override
        public Optional<String> module() {
            return Optional.of(FH);
        }

        @Override
        public String title(Locale locale) {
            return "Frühe Hilfen";
        }

        @Override
        public List<UiPage> pages() {
            return List.of(new Visits(), new Pool());
        }

        @Override
        public List<NavEntry> navigation(Locale locale) {
            return List.of(new NavEntry("Besuche", "besuche"), new NavEntry("Pool", "pool"));
        }

        @Override
        public List<Part.Card> cards(UiRequest request) {
            return List.of(new Part.Card("Besuche", null, "2 heute", "besuche", null), new Part.Card("Pool", null, "offen", "pool", null));
        }
    }

    @Roles({"coordinator", "professional"})
    static final class Visits implements UiPage {
        @Override
        public String path() {
            return "besuche";
        }

        @Override
        public View view(UiRequest request) {
            return View.screen("Besuche", Part.paragraph("Besuche von " + request.caller().user()));
        }
    }

    @Roles("coordinator")
    static final class Pool implements UiPage {
        @Override
        public String path() {
            return "pool";
        }

        @Override
        public View view(UiRequest request) {
            return View.screen("Pool", Part.paragraph("Geld"));
        }
    }

    @Test
    void theNavigationAndTheStartPageShowOnlyThePagesOfTheModuleRole() {
        List<NavGroup> nav = fx.shell.navigation(hanna);
        assertThat(nav).extracting(NavGroup::title).containsExactly("Frühe Hilfen");
        assertThat(nav.get(0).items()).extracting(NavItem::href).containsExactly("/ui/fh/besuche");
        assertThat(fx.shell.cards(hanna)).extracting(c -> c.target()).containsExactly("/ui/fh/besuche");
        // the same role in another module opens nothing here
        assertThat(fx.shell.navigation(Callers.moduleRole(Callers.TENANT, "hanna", "mod", "professional"))).isEmpty();
    }

    @Test
    void aUserWithOnlyTheModuleRoleLogsInAndOpensWhatTheRolePermits() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("hanna", "midwife password 1");
        WebResponse start = b.get("/ui/");
        assertThat(start.status).isEqualTo(200);
        assertThat(new String(start.body, StandardCharsets.UTF_8)).contains("/ui/fh/besuche").doesNotContain("/ui/fh/pool");
        WebResponse visits = b.get("/ui/fh/besuche");
        assertThat(visits.status).isEqualTo(200);
        assertThat(new String(visits.body, StandardCharsets.UTF_8)).contains("Besuche von hanna");
        assertThat(b.get("/ui/fh/pool").status).isEqualTo(403);
        assertThat(b.get("/ui/mod/due").status).isEqualTo(403);
        assertThat(b.get("/ui/core/users").status).isEqualTo(403);
    }

    @Test
    void theModuleRoleSurvivesAChangeOfAnotherUser() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("hanna", "midwife password 1");
        fx.generation.incrementAndGet();
        assertThat(b.get("/ui/fh/besuche").status).as("the session's caller is read again with its module roles").isEqualTo(200);
    }
}
