package de.ikz.ui.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import de.ikz.api.tenant.PlatformRole;
import de.ikz.testkit.Callers;
import de.ikz.ui.internal.render.NavGroup;
import de.ikz.ui.internal.render.NavItem;

import org.junit.jupiter.api.Test;

/** The shell over fakes: login, sessions, CSRF, roles, dispatch, headers. */
class ShellTest {

    final ShellFixture fx = new ShellFixture();

    // ---- login, fixation, logout ---------------------------------------------------------------

    @Test
    void aPageWithoutSessionGoesToLoginAndAfterLoginBackToThePageFirstAskedFor() {
        ShellFixture.Browser b = fx.new Browser();
        WebResponse first = b.get("/ui/mod/due?x=1");
        assertThat(first.status).isEqualTo(303);
        assertThat(first.header("Location")).isEqualTo("/ui/login?next=%2Fui%2Fmod%2Fdue%3Fx%3D1");
        b.get(first.header("Location"));
        WebResponse in = b.post("/ui/login", Map.of("username", "carla", "password", "coordinator password 1",
                Shell.CSRF_FIELD, b.csrf()));
        assertThat(in.status).isEqualTo(303);
        assertThat(in.header("Location")).isEqualTo("/ui/mod/due?x=1");
        assertThat(b.get("/ui/mod/due?x=1").status).isEqualTo(200);
        assertThat(fx.seen.query()).containsEntry("x", List.of("1"));
    }

    @Test
    void theLoginGivesANewSessionIdAndTheCookieIsHttpOnlyStrictSecureOnUi() {
        ShellFixture.Browser b = fx.new Browser();
        WebResponse form = b.get("/ui/login");
        String cookie = form.header("Set-Cookie");
        assertThat(cookie).contains("; Path=/ui").contains("; HttpOnly").contains("; SameSite=Strict").contains("; Secure");
        String preLogin = b.cookie;
        assertThat(preLogin).hasSize(43); // 256 bits, URL-safe Base64 without padding
        WebResponse in = b.post("/ui/login", Map.of("username", "carla", "password", "coordinator password 1",
                Shell.CSRF_FIELD, b.csrf()));
        assertThat(in.status).isEqualTo(303);
        assertThat(b.cookie).isNotEqualTo(preLogin).hasSize(43);
        // the pre-login id (as an attacker who planted it would know it) is not logged in
        ShellFixture.Browser attacker = fx.new Browser();
        attacker.cookie = preLogin;
        assertThat(attacker.get("/ui/mod/due").status).isEqualTo(303);
        assertThat(b.get("/ui/mod/due").status).isEqualTo(200);
    }

    @Test
    void aWrongPasswordShowsTheFormAgainAndALockedUserGets429WithRetryAfter() {
        ShellFixture.Browser b = fx.new Browser();
        WebResponse wrong = b.login("carla", "wrong");
        assertThat(wrong.status).isEqualTo(200);
        assertThat(wrong.text()).contains("Benutzername oder Passwort ist falsch.");
        WebResponse locked = b.login("locked", "whatever");
        assertThat(locked.status).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isEqualTo("120");
        assertThat(b.get("/ui/mod/due").status).isEqualTo(303);
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("carla", "coordinator password 1");
        String id = b.cookie;
        assertThat(b.get("/ui/logout").status).as("GET does not log out").isEqualTo(405);
        WebResponse out = b.post("/ui/logout", Map.of(Shell.CSRF_FIELD, b.csrf()));
        assertThat(out.status).isEqualTo(303);
        assertThat(out.header("Location")).isEqualTo("/ui/login?abgemeldet");
        assertThat(out.header("Set-Cookie")).contains("Max-Age=0");
        ShellFixture.Browser replay = fx.new Browser();
        replay.cookie = id;
        assertThat(replay.get("/ui/mod/due").status).isEqualTo(303);
        assertThat(fx.sessions.find(id).session()).isNull();
    }

    @Test
    void whenTheDatabaseFailsTheShellAnswers503AndNoLoginLooksSuccessful() {
        ShellFixture.Browser b = fx.new Browser();
        WebResponse throttleDown = b.login("unavailable", "whatever");
        assertThat(throttleDown.status).isEqualTo(503);
        assertThat(throttleDown.text()).contains(Shell.UNAVAILABLE);
        assertThat(throttleDown.headers.get("Set-Cookie")).isNull();

        String token = b.loginToken();
        fx.databaseDown = true;
        WebResponse storeDown = b.post("/ui/login", Map.of("username", "carla", "password", "coordinator password 1",
                Shell.CSRF_FIELD, token));
        assertThat(storeDown.status).isEqualTo(503);
        assertThat(storeDown.text()).contains(Shell.UNAVAILABLE);
        assertThat(storeDown.headers.get("Set-Cookie")).as("no cookie of a session that was not stored").isNull();
        assertThat(b.get("/ui/mod/due").status).isEqualTo(503);
        fx.databaseDown = false;
        assertThat(b.login("carla", "coordinator password 1").status).isEqualTo(303);
        assertThat(b.get("/ui/mod/due").status).isEqualTo(200);
    }

    // ---- expiry ------------------------------------------------------------------------------------

    @Test
    void aSessionEndsAfterItsIdleTimeAndTheLoginSaysSo() {
        ShellFixture f = new ShellFixture(Duration.ofDays(2), Duration.ofDays(10));
        ShellFixture.Browser b = f.new Browser();
        b.login("carla", "coordinator password 1");
        f.clock.set(ShellFixture.DAY.plusDays(1));
        assertThat(b.get("/ui/mod/due").status).as("within the idle time").isEqualTo(200);
        f.clock.set(ShellFixture.DAY.plusDays(3));
        WebResponse expired = b.get("/ui/mod/due");
        assertThat(expired.status).isEqualTo(303);
        assertThat(expired.header("Location")).isEqualTo("/ui/login?next=%2Fui%2Fmod%2Fdue&abgelaufen");
        assertThat(b.get(expired.header("Location")).text()).contains("Ihre Sitzung ist abgelaufen");
    }

    @Test
    void aLiveFormRequestOfAnEndedSessionLoadsTheLoginAsAPage() {
        ShellFixture.Browser b = fx.new Browser();
        WebResponse w = b.send("GET", "/ui/mod/due?q=1", Map.of(), Map.of("HX-Request", "true"));
        assertThat(w.status).isEqualTo(200);
        assertThat(w.header("HX-Redirect")).isEqualTo("/ui/login?next=%2Fui%2Fmod%2Fdue%3Fq%3D1");
        assertThat(w.body).isEmpty();
    }

    @Test
    void aSessionEndsAfterItsAbsoluteTimeEvenWhenUsedAllTheTime() {
        ShellFixture f = new ShellFixture(Duration.ofDays(2), Duration.ofDays(3));
        ShellFixture.Browser b = f.new Browser();
        b.login("carla", "coordinator password 1");
        f.clock.set(ShellFixture.DAY.plusDays(1));
        assertThat(b.get("/ui/mod/due").status).isEqualTo(200);
        f.clock.set(ShellFixture.DAY.plusDays(2));
        assertThat(b.get("/ui/mod/due").status).isEqualTo(200);
        f.clock.set(ShellFixture.DAY.plusDays(3));
        assertThat(b.get("/ui/mod/due").header("Location")).endsWith("&abgelaufen");
    }

    @Test
    void theDefaultsAreThirtyMinutesIdleAndTenHoursAbsolute() throws Exception {
        UiServlet.Config defaults = (UiServlet.Config) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {UiServlet.Config.class}, (p, m, a) -> m.getDefaultValue());
        assertThat(defaults.session_idle_minutes()).isEqualTo(30);
        assertThat(defaults.session_absolute_hours()).isEqualTo(10);
        assertThat(defaults.cookie_secure()).isTrue();
    }

    // ---- CSRF --------------------------------------------------------------------------------------

    @Test
    void aPostWithoutOrWithAWrongTokenIsRefusedAndChangesNothing() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("carla", "coordinator password 1");
        fx.seen = null;
        WebResponse missing = b.post("/ui/mod/due", Map.of("name", "Anna"));
        assertThat(missing.status).isEqualTo(403);
        assertThat(missing.text()).contains("Sicherheitsprüfung fehlgeschlagen");
        WebResponse wrong = b.post("/ui/mod/due", Map.of("name", "Anna", Shell.CSRF_FIELD, b.csrf() + "x"));
        assertThat(wrong.status).isEqualTo(403);
        assertThat(fx.seen).as("submit never ran").isNull();
        WebResponse header = b.send("POST", "/ui/mod/due", Map.of("name", "Anna"),
                Map.of(Shell.CSRF_HEADER, b.csrf(), "Origin", "http://" + ShellFixture.HOST));
        assertThat(header.status).as("the token as header (htmx)").isEqualTo(303);
    }

    @Test
    void aCrossSitePostIsRefusedEvenWithTheRightToken() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("carla", "coordinator password 1");
        fx.seen = null;
        String t = b.csrf();
        assertThat(b.send("POST", "/ui/mod/due", Map.of("name", "A", Shell.CSRF_FIELD, t), Map.of("Origin", "https://evil.example"))
                .status).isEqualTo(403);
        assertThat(b.send("POST", "/ui/mod/due", Map.of("name", "A", Shell.CSRF_FIELD, t), Map.of("Origin", "null")).status)
                .isEqualTo(403);
        assertThat(b.send("POST", "/ui/mod/due", Map.of("name", "A", Shell.CSRF_FIELD, t), Map.of("Sec-Fetch-Site", "cross-site"))
                .status).isEqualTo(403);
        assertThat(b.send("POST", "/ui/mod/due", Map.of("name", "A", Shell.CSRF_FIELD, t), Map.of("Sec-Fetch-Site", "same-site"))
                .status).isEqualTo(403);
        assertThat(fx.seen).isNull();
        assertThat(b.send("POST", "/ui/mod/due", Map.of("name", "A", Shell.CSRF_FIELD, t),
                Map.of("Origin", "https://ikz.example.org", "Sec-Fetch-Site", "cross-site")).status)
                .as("a configured origin (the public name behind a proxy)").isEqualTo(303);
    }

    @Test
    void theLoginFormNeedsItsPreSessionToken() {
        ShellFixture.Browser b = fx.new Browser();
        b.get("/ui/login");
        WebResponse noToken = b.post("/ui/login", Map.of("username", "carla", "password", "coordinator password 1"));
        assertThat(noToken.status).isEqualTo(403);
        assertThat(noToken.text()).contains("Sicherheitsprüfung fehlgeschlagen");
        ShellFixture.Browser noSession = fx.new Browser();
        assertThat(noSession.post("/ui/login", Map.of("username", "carla", "password", "coordinator password 1",
                Shell.CSRF_FIELD, "guess")).status).isEqualTo(403);
        assertThat(fx.logins).as("the password was never tried").isEmpty();
    }

    // ---- roles -------------------------------------------------------------------------------------

    @Test
    void theNavigationShowsOnlyPermittedPagesCoreFirst() {
        List<NavGroup> coordinator = fx.shell.navigation(Callers.coordinator(Callers.TENANT, "mod"));
        assertThat(coordinator).extracting(NavGroup::title).containsExactly("Vormundschaften");
        assertThat(coordinator.get(0).items()).extracting(NavItem::href).containsExactly("/ui/mod/due", "/ui/mod/volunteers/new");
        List<NavGroup> auditor = fx.shell.navigation(Callers.auditor(Callers.TENANT));
        assertThat(auditor.get(0).items()).extracting(NavItem::label).containsExactly("Fällig");
        List<NavGroup> admin = fx.shell.navigation(Callers.tenantAdmin(Callers.TENANT));
        assertThat(admin).extracting(NavGroup::title).containsExactly("Verwaltung");
        assertThat(fx.shell.navigation(Callers.platformAdmin())).isEmpty();
        // a coordinator of another module holds no role in this one
        assertThat(fx.shell.navigation(Callers.coordinator(Callers.TENANT, "other"))).isEmpty();
    }

    @Test
    void aPageTheRoleMayNotOpenIs403AndTheAuditorNeverSubmits() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("anna", "auditor password 1");
        assertThat(b.get("/ui/mod/due").status).isEqualTo(200);
        assertThat(b.get("/ui/mod/volunteers/new").status).isEqualTo(403);
        fx.seen = null;
        assertThat(b.post("/ui/mod/due", Map.of("name", "A", Shell.CSRF_FIELD, b.csrf())).status).isEqualTo(403);
        assertThat(fx.seen).isNull();
        assertThat(b.get("/ui/core/users").status).isEqualTo(403);
    }

    @Test
    void aPageWithoutRolesOrWithARoleTheModuleDoesNotDeclareIsRefusedToEverybody() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("carla", "coordinator password 1");
        assertThat(b.get("/ui/mod/noroles").status).isEqualTo(403);
        assertThat(b.get("/ui/mod/undeclared").status).as("tenant-admin is not a role of the module").isEqualTo(403);
        ShellFixture.Browser admin = fx.new Browser();
        admin.login("tina", "admin password 1");
        assertThat(admin.get("/ui/mod/undeclared").status).isEqualTo(403);
        assertThat(Contributions.findings(List.of(), null)).containsExactly("no @Roles");
        assertThat(Contributions.findings(List.of("volunteer"), null)).containsExactly("role 'volunteer' is not a role the platform knows");
        assertThat(Contributions.findings(List.of("tenant-admin"), java.util.Set.of("coordinator")))
                .containsExactly("role 'tenant-admin' is not declared in the module's roles()");
    }

    @Test
    void theStartPageShowsOnlyCardsWhosePageTheCallerMayOpen() {
        assertThat(fx.shell.cards(Callers.coordinator(Callers.TENANT, "mod"))).extracting(c -> c.target())
                .containsExactly("/ui/mod/due", "/ui/mod/volunteers/new");
        assertThat(fx.shell.cards(Callers.auditor(Callers.TENANT))).extracting(c -> c.target()).containsExactly("/ui/mod/due");
        assertThat(fx.shell.cards(Callers.tenantAdmin(Callers.TENANT))).isEmpty();
    }

    @Test
    void aModuleWithoutItsModuleRegisteredIsGoneAndAContributionLeavingTakesItsNavigation() {
        fx.modules.remove("mod");
        assertThat(fx.shell.navigation(Callers.coordinator(Callers.TENANT, "mod"))).isEmpty();
        fx.modules.put("mod", ShellFixture.module("mod", "coordinator", "auditor", "partner-staff"));
        assertThat(fx.shell.navigation(Callers.coordinator(Callers.TENANT, "mod"))).hasSize(1);
        ShellFixture.Browser b = fx.new Browser();
        b.login("carla", "coordinator password 1");
        assertThat(b.get("/ui/mod/due").status).isEqualTo(200);
        fx.contributions.remove(fx.contributions.area("mod").orElseThrow().contribution);
        assertThat(b.get("/ui/mod/due").status).isEqualTo(404);
        assertThat(fx.shell.navigation(Callers.coordinator(Callers.TENANT, "mod"))).isEmpty();
    }

    @Test
    void areasAreOrderedCoreFirstThenByRankingThenById() {
        Contributions c = new Contributions(fx.new Registry());
        c.add(fx.new ModArea(), "mod", 100);
        c.add(fx.new CoreArea(), "core", 0);
        c.add(new ShellFixture.CoreNamed(fx, "a-core"), null, 0);
        c.add(new ShellFixture.CoreNamed(fx, "z-core"), null, 5);
        assertThat(c.areas()).extracting(a -> a.id).containsExactly("z-core", "a-core", "core", "mod");
    }

    @Test
    void aDuplicateOrBadIdIsRefused() {
        assertThat(fx.contributions.add(fx.new ModArea(), "mod")).isFalse();
        ShellFixture.ModArea bad = fx.new ModArea() {
            @Override
            public String id() {
                return "Bad/Id";
            }
        };
        assertThat(fx.contributions.add(bad, null)).isFalse();
        ShellFixture.ModArea reserved = fx.new ModArea() {
            @Override
            public String id() {
                return "login";
            }
        };
        assertThat(fx.contributions.add(reserved, null)).isFalse();
        assertThat(fx.contributions.areas()).extracting(a -> a.id).containsExactly("core", "mod");
    }

    @Test
    void aChangedUserIsCheckedAgainAndADeletedOneLosesTheSession() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("carla", "coordinator password 1");
        assertThat(b.get("/ui/mod/volunteers/new").status).isEqualTo(200);
        // the coordinator becomes an auditor
        fx.account(de.ikz.testkit.Callers.of("carla", java.util.Set.of(PlatformRole.AUDITOR), Callers.TENANT, null,
                java.util.Set.of()), "coordinator password 1");
        fx.generation.incrementAndGet();
        assertThat(b.get("/ui/mod/volunteers/new").status).isEqualTo(403);
        assertThat(b.get("/ui/mod/due").status).isEqualTo(200);
        fx.accounts.remove("carla");
        fx.generation.incrementAndGet();
        assertThat(b.get("/ui/mod/due").status).isEqualTo(303);
        assertThat(fx.sessions.size()).isZero();
    }

    // ---- must change --------------------------------------------------------------------------------

    @Test
    void aResetPasswordAllowsOnlyThePasswordPageUntilChangedThenANewSession() {
        fx.mustChange.add("carla");
        ShellFixture.Browser b = fx.new Browser();
        b.get("/ui/login?next=%2Fui%2Fmod%2Fdue");
        WebResponse in = b.post("/ui/login", Map.of("username", "carla", "password", "coordinator password 1",
                Shell.CSRF_FIELD, b.csrf()));
        assertThat(in.header("Location")).isEqualTo("/ui/password");
        assertThat(b.get("/ui/mod/due").header("Location")).isEqualTo("/ui/password");
        assertThat(b.get("/ui/").header("Location")).isEqualTo("/ui/password");
        assertThat(b.get("/ui/password").status).isEqualTo(200);
        WebResponse mismatch = b.post("/ui/password", Map.of("currentPassword", "coordinator password 1", "password", "new one 2",
                "passwordRepeat", "new one 3", Shell.CSRF_FIELD, b.csrf()));
        assertThat(mismatch.status).isEqualTo(422);
        WebResponse wrongCurrent = b.post("/ui/password", Map.of("currentPassword", "nope", "password", "new one 2",
                "passwordRepeat", "new one 2", Shell.CSRF_FIELD, b.csrf()));
        assertThat(wrongCurrent.status).isEqualTo(422);
        String before = b.cookie;
        WebResponse changed = b.post("/ui/password", Map.of("currentPassword", "coordinator password 1", "password", "new one 2",
                "passwordRepeat", "new one 2", Shell.CSRF_FIELD, b.csrf()));
        assertThat(changed.status).isEqualTo(303);
        assertThat(changed.header("Location")).isEqualTo("/ui/mod/due");
        assertThat(b.cookie).isNotEqualTo(before);
        assertThat(fx.users.passwordChanges).containsExactly("carla");
        assertThat(b.get("/ui/mod/due").status).isEqualTo(200);
        assertThat(b.get("/ui/mod/due").status).isEqualTo(200);
    }

    @Test
    void aPasswordResetByAnAdminReachesAnOpenSession() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("carla", "coordinator password 1");
        fx.mustChange.add("carla");
        fx.generation.incrementAndGet();
        assertThat(b.get("/ui/mod/due").header("Location")).isEqualTo("/ui/password");
    }

    // ---- dispatch and answers -----------------------------------------------------------------------

    @Test
    void pathsMatchLiteralsBeforeParametersDecodedAndWithoutDotSegments() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("carla", "coordinator password 1");
        b.get("/ui/mod/volunteers/new");
        assertThat(fx.seen.pathParams()).isEmpty();
        b.get("/ui/mod/volunteers/M%C3%BCller%20A");
        assertThat(fx.seen.pathParams()).containsEntry("id", "Müller A");
        assertThat(fx.seen.path()).isEqualTo("volunteers/Müller A");
        assertThat(b.get("/ui/mod/volunteers/%2e%2e").status).isEqualTo(404);
        assertThat(b.get("/ui/mod/volunteers/a%2Fb").status).isEqualTo(404);
        assertThat(b.get("/ui/mod/../core/users").status).isEqualTo(404);
        assertThat(b.get("/ui/mod/volunteers//x").status).isEqualTo(404);
        assertThat(b.get("/ui/mod/volunteers/%ZZ").status).isEqualTo(404);
        assertThat(b.get("/ui/nothing/here").status).isEqualTo(404);
        assertThat(b.get("/ui/mod/volunteers/other-office").status).as("the service's NOT_FOUND").isEqualTo(404);
    }

    @Test
    void aRefusedSubmitIs422WithTheViewAndARedirectCarriesItsFlashOnce() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("carla", "coordinator password 1");
        WebResponse refused = b.post("/ui/mod/due", Map.of("name", "bad", Shell.CSRF_FIELD, b.csrf()));
        assertThat(refused.status).isEqualTo(422);
        assertThat(fx.seen.form()).containsEntry("name", List.of("bad")).doesNotContainKey(Shell.CSRF_FIELD);
        WebResponse ok = b.post("/ui/mod/due", Map.of("name", "Anna", Shell.CSRF_FIELD, b.csrf()));
        assertThat(ok.status).isEqualTo(303);
        assertThat(ok.header("Location")).isEqualTo("/ui/mod/due");
        assertThat(b.get("/ui/mod/due").text()).contains("Gespeichert.");
        assertThat(b.get("/ui/mod/due").text()).doesNotContain("Gespeichert.");
    }

    @Test
    void aFailingPageIs500WithAnIdAndNoDetail() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("carla", "coordinator password 1");
        WebResponse w = b.get("/ui/mod/broken");
        assertThat(w.status).isEqualTo(500);
        assertThat(w.text()).contains("Fehlernummer").doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
    }

    @Test
    void aDownloadIsAnAttachmentWithASafeName() {
        ShellFixture.Browser b = fx.new Browser();
        b.login("carla", "coordinator password 1");
        WebResponse w = b.get("/ui/mod/notice");
        assertThat(w.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(w.header("Content-Disposition")).startsWith("attachment; filename=\"Bescheid D_ren_.._x.pdf\"; filename*=UTF-8''")
                .doesNotContain("\r").doesNotContain("\n").doesNotContain("/");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        ShellFixture.Browser b = fx.new Browser();
        for (WebResponse w : List.of(b.get("/ui/login"), b.get("/ui/mod/due"), b.get("/ui/nothing"))) {
            assertThat(w.header("Content-Security-Policy")).isEqualTo(Shell.CSP);
            assertThat(w.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(w.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(w.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(w.header("Cache-Control")).isEqualTo("no-store");
        }
        b.login("carla", "coordinator password 1");
        WebResponse home = b.get("/ui/");
        assertThat(home.status).isEqualTo(200);
        assertThat(home.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void assetsAreServedWithTheirTypeAndCachedLongOnlyWhenFingerprinted() {
        ShellFixture.Browser b = fx.new Browser();
        WebResponse css = b.get("/ui/assets/ui.css?v=0123abcd");
        assertThat(css.status).isEqualTo(200);
        assertThat(css.header("Content-Type")).isEqualTo("text/css; charset=UTF-8");
        assertThat(css.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(b.get("/ui/assets/ui.css").header("Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(b.get("/ui/assets/../templates/layout.ftlh").status).isEqualTo(404);
        assertThat(b.get("/ui/assets/%2e%2e/ui-text.properties").status).isEqualTo(404);
        assertThat(b.get("/ui/assets/nothing.css").status).isEqualTo(404);
    }

    // ---- targets -------------------------------------------------------------------------------------

    @Test
    void onlyPathsOfThisUiAreTargets() {
        assertThat(UiPaths.afterLogin("/ui/mod/due?x=1")).isEqualTo("/ui/mod/due?x=1");
        for (String bad : new String[] {"https://evil.example/ui/", "//evil.example/ui/", "/ui/../api/v1/users", "/ui/%2e%2e/x",
                "/\\evil.example", "/ui/login", "/ui/logout", "javascript:alert(1)", "/api/v1/tenants", "/ui/a\r\nSet-Cookie: x"}) {
            assertThat(UiPaths.afterLogin(bad)).as(bad).isEqualTo("/ui/");
        }
        assertThat(UiPaths.resolve("/ui/mod/", "volunteers/1")).isEqualTo("/ui/mod/volunteers/1");
        assertThat(UiPaths.resolve("/ui/mod/", "javascript:alert(1)")).isNull();
        assertThat(UiPaths.resolve("/ui/mod/", "../core/users")).isNull();
        assertThat(UiPaths.resolve("/ui/mod/", "//evil.example")).isNull();
        assertThat(UiPaths.resolve("/ui/mod/", "/api/v1/x")).isNull();
        // the area's start page (page path "") is a target like any other: its navigation entry and cards show
        assertThat(UiPaths.resolve("/ui/mod/", "")).isEqualTo("/ui/mod/");
    }
}
