package de.ikz.uicore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.testkit.Callers;

class AdminPagesTest {

    private final Fixture f = new Fixture();
    private final AdminPages pages = f.adminPages();

    @Test
    void theRequesterSeesWaitingAndCannotConfirmTheirOwnGrant() {
        f.grantList.add(Fixture.grant("G1", "paul", "tina"));
        View.Screen own = Pages.screen(pages, "freigaben/{id}", Callers.tenantAdmin(Fixture.T), Map.of("id", "G1"));
        assertThat(Pages.text(own)).contains("wartet auf Bestätigung", "Sie selbst können ihn nicht bestätigen");
        Part.Input decision = Pages.parts(own, Part.Form.class).findFirst().orElseThrow().inputs().get(0);
        assertThat(decision.options()).containsOnlyKeys("reject").containsEntry("reject", "Zurückziehen");

        View.Screen second = Pages.screen(pages, "freigaben/{id}", Fixture.secondAdmin(), Map.of("id", "G1"));
        assertThat(Pages.parts(second, Part.Form.class).findFirst().orElseThrow().inputs().get(0).options())
                .containsOnlyKeys("confirm", "reject");
        assertThat(Pages.text(second)).doesNotContain("Sie selbst können");
    }

    @Test
    void aSecondAdminConfirmsAndTheAuditorOnlyReads() {
        f.grantList.add(Fixture.grant("G1", "paul", "tina"));
        View v = Pages.post(pages, "freigaben/{id}", Fixture.secondAdmin(), Map.of("id", "G1"), Map.of("decision", "confirm", "note", "ok"));
        assertThat(f.lastCall("confirm")).containsExactly("confirm", "G1", "ok");
        assertThat(v).isEqualTo(View.redirect("freigaben/G1", "Der Zugang wurde bestätigt."));

        View.Screen audit = Pages.screen(pages, "freigaben/{id}", Callers.auditor(Fixture.T), Map.of("id", "G1"));
        assertThat(Pages.parts(audit, Part.Form.class)).isEmpty();
        assertThat(Pages.maySubmit(Callers.auditor(Fixture.T), pages, Pages.page(pages, "freigaben/{id}"))).isFalse();
    }

    @Test
    void theServiceStillRefusesTheRequestersOwnConfirmationSentByHand() {
        f.grantList.add(Fixture.grant("G1", "paul", "tina"));
        assertThatThrownBy(() -> Pages.post(pages, "freigaben/{id}", Callers.tenantAdmin(Fixture.T), Map.of("id", "G1"),
                Map.of("decision", "confirm")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> Pages.post(pages, "freigaben/{id}", Fixture.secondAdmin(), Map.of("id", "G1"),
                Map.of("decision", "vielleicht")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("decision"));
    }

    @Test
    void theGrantListShowsTheStateAndTheNextStepPerCaller() {
        f.grantList.add(Fixture.grant("G1", "paul", "tina"));
        View.Screen tina = Pages.screen(pages, "freigaben", Callers.tenantAdmin(Fixture.T), Map.of());
        List<Value> row = Pages.parts(tina, Part.Table.class).findFirst().orElseThrow().rows().get(0);
        assertThat(row.get(1)).isEqualTo(Value.text("Mitarbeit bei einem Teilnehmer, für Stadt A"));
        assertThat(row.get(2)).isEqualTo(Value.badge("wartet auf Bestätigung", Value.Tone.WARNING));
        assertThat(row.get(6)).isEqualTo(Value.badge("wartet auf Bestätigung durch eine zweite Person", Value.Tone.INFO));
        View.Screen toni = Pages.screen(pages, "freigaben", Fixture.secondAdmin(), Map.of());
        assertThat(Pages.parts(toni, Part.Table.class).findFirst().orElseThrow().rows().get(0).get(6))
                .isEqualTo(Value.link("Bestätigen oder ablehnen", "/ui/verwaltung/freigaben/G1"));
    }

    @Test
    void anAdminResetsAnotherUsersPasswordWithoutTheCurrentOne() {
        View v = Pages.post(pages, "benutzer/{name}", Callers.tenantAdmin(Fixture.T), Map.of("name", "paul"),
                Map.of("action", "password", "password", "Neu-Kennwort-2026!"));
        assertThat(f.lastCall("setPassword")).containsExactly("setPassword", "paul", null, "Neu-Kennwort-2026!");
        assertThat(((View.Redirect) v).message()).contains("bei der nächsten Anmeldung ändern");
        assertThatThrownBy(() -> Pages.post(pages, "benutzer/{name}", Callers.tenantAdmin(Fixture.T), Map.of("name", "paul"),
                Map.of("action", "password")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void creatingAUserWithCaseRolesSaysTheyWaitForConfirmation() {
        var tina = Callers.tenantAdmin(Fixture.T);
        UiRequest r = new UiRequest(tina, null, Pages.TODAY, "", Map.of(), Map.of(), Map.of("username", List.of("neu"),
                "password", List.of("Start-Kennwort-1!"), "roles", List.of("partner-staff", "auditor"), "participant", List.of("stadt-a")));
        f.grantList.add(Fixture.grant("G9", "neu", "tina"));
        View v = Pages.page(pages, "benutzer/neu").submit(r);
        assertThat(f.lastCall("createUser")).containsExactly("createUser", "neu", Optional.of(Fixture.T),
                Set.of(PlatformRole.PARTNER_STAFF, PlatformRole.AUDITOR), Optional.of("stadt-a"), Set.of());
        assertThat(((View.Redirect) v).message()).endsWith("Der Zugang zu Falldaten wartet auf Bestätigung.");
        UiRequest bad = new UiRequest(tina, null, Pages.TODAY, "", Map.of(), Map.of(), Map.of("username", List.of("neu"),
                "password", List.of("x"), "roles", List.of("kaiser")));
        assertThatThrownBy(() -> Pages.page(pages, "benutzer/neu").submit(bad))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("roles"));
    }

    @Test
    void theUserFormOffersOnlyCaseRolesForAGrantAndNoPlatformAdminToATenantAdmin() {
        View.Screen s = Pages.screen(pages, "benutzer/{name}", Callers.tenantAdmin(Fixture.T), Map.of("name", "paul"));
        Part.Form grant = Pages.form(s, "Zugang beantragen").orElseThrow();
        assertThat(grant.inputs().get(0).options()).containsOnlyKeys("coordinator", "partner-staff");
        Part.Form create = Pages.form(Pages.screen(pages, "benutzer/neu", Callers.tenantAdmin(Fixture.T), Map.of()), "Benutzer anlegen")
                .orElseThrow();
        assertThat(create.inputs().stream().filter(i -> i.name().equals("roles")).findFirst().orElseThrow().options())
                .doesNotContainKey("platform-admin").containsKey("tenant-admin");
        assertThat(create.inputs()).noneMatch(i -> i.name().equals("tenant"));
    }

    @Test
    void thePlatformAdminCreatesTenants() {
        View v = Pages.post(pages, "mandanten", Callers.platformAdmin(), Map.of(), Map.of("id", "kreis-c", "name", "Kreis C"));
        assertThat(f.lastCall("createTenant")).containsExactly("createTenant", "kreis-c", "Kreis C");
        assertThat(v).isEqualTo(View.redirect("mandanten", "Der Mandant „Kreis C“ wurde angelegt."));
        assertThatThrownBy(() -> Pages.post(pages, "mandanten", Callers.platformAdmin(), Map.of(), Map.of("name", "Kreis C")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("id"));
    }

    /** Issue 12: a module's own role (fruehehilfen.professional) is offered, granted and shown like the platform roles. */
    @Test
    void aModulesOwnRoleIsOfferedGrantedAndShown() {
        f.liveModules.add(new de.ikz.api.module.ModuleInfo("fruehehilfen", Map.of("de", "Frühe Hilfen"), "1", "b", 2, Fixture.AT,
                List.of(), List.of(new de.ikz.api.module.RoleDefinition("coordinator", "runs it", true),
                new de.ikz.api.module.RoleDefinition("professional", "visits families", true),
                new de.ikz.api.module.RoleDefinition("helper", "books rooms"))));
        var tina = Callers.tenantAdmin(Fixture.T);
        Part.Form create = Pages.form(Pages.screen(pages, "benutzer/neu", tina, Map.of()), "Benutzer anlegen").orElseThrow();
        assertThat(create.inputs().stream().filter(i -> i.name().equals("moduleRoles")).findFirst().orElseThrow().options())
                .containsOnlyKeys("fruehehilfen.helper", "fruehehilfen.professional")
                .containsEntry("fruehehilfen.professional", "Frühe Hilfen: professional (Zugang zu Falldaten)");
        // a grant offers only the module roles with case access
        Part.Form grant = Pages.form(Pages.screen(pages, "benutzer/{name}", tina, Map.of("name", "paul")), "Zugang beantragen").orElseThrow();
        assertThat(grant.inputs().stream().filter(i -> i.name().equals("moduleRoles")).findFirst().orElseThrow().options())
                .containsOnlyKeys("fruehehilfen.professional");

        UiRequest r = new UiRequest(tina, null, Pages.TODAY, "", Map.of(), Map.of(), Map.of("username", List.of("hebamme"),
                "password", List.of("Start-Kennwort-1!"), "moduleRoles", List.of("fruehehilfen.professional")));
        Pages.page(pages, "benutzer/neu").submit(r);
        assertThat(f.lastCall("createUser")).containsExactly("createUser", "hebamme", Optional.of(Fixture.T), Set.of(), Optional.empty(),
                Set.of());
        assertThat(f.lastCall("createUserModuleRoles")).containsExactly("createUserModuleRoles", "hebamme",
                Set.of("fruehehilfen.professional"));

        Pages.post(pages, "benutzer/{name}", tina, Map.of("name", "paul"), Map.of("action", "grant", "moduleRoles",
                "fruehehilfen.professional"));
        assertThat(f.lastCall("requestModuleRoles")).containsExactly("requestModuleRoles", "paul", Set.of("fruehehilfen.professional"));

        assertThat(AdminPages.jaasRoleName("ikz-module-role.fruehehilfen.professional", Map.of()))
                .isEqualTo("Modulrolle fruehehilfen.professional");
        View.Screen list = Pages.screen(pages, "benutzer", tina, Map.of());
        assertThat(Pages.parts(list, Part.Table.class).findFirst().orElseThrow().columns()).contains("Modulrollen");
    }
}
