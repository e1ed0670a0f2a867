package de.ikz.uitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Each role sees exactly its navigation: the entries of every area whose page the role may open, by the same
 * role rules as REST (core areas: platform role short names; the guardianship area: the module's roles). A
 * page outside the navigation answers 403 when asked for by URL. The expected sets follow the roles declared
 * on the pages (bundles/ui-core, modules/vormundschaft/bundle .../ui) — a page that changes its roles changes
 * this test.
 */
class NavigationIT extends UiTest {

    static final String V = "/ui/vormundschaft/";
    static final String FH = "/ui/fruehehilfen/";
    static final String KS = "/ui/kinderschutz/";
    /** Core pages open to every tenant role (tenant admin, coordinator, partner staff, auditor). */
    static final Set<String> CORE_ALL = Set.of("/ui/", "/ui/faellig/", "/ui/teilnehmer/", "/ui/vereinbarungen/", "/ui/umlage/");
    static final Set<String> AUDIT = Set.of("/ui/protokoll/", "/ui/protokoll/pruefung");

    static final Set<String> COORDINATOR = union(CORE_ALL, Set.of(V, V + "volunteers", V + "courses", V + "children",
            V + "appointments", V + "contacts", V + "group-evenings", V + "allowance-claims", V + "reports", V + "training"));
    /** Frühe Hilfen pages a partner youth office reads: its figures, its proofs of use, its own families. */
    static final Set<String> FH_PARTNER = Set.of(FH, FH + "steuerung", FH + "nachweise", FH + "familien", FH + "pool");
    /** Frühe Hilfen pages the auditor reads (no visit log: that is the professionals' and the coordinator's). */
    static final Set<String> FH_AUDITOR = union(FH_PARTNER, Set.of(FH + "fachkraefte", FH + "pool/expenses", FH + "pool/network"));
    /** Kinderschutz pages the auditor reads: the whole network (no case data in it). */
    static final Set<String> KS_AUDITOR = Set.of(KS, KS + "sitzungen", KS + "fortbildungen", KS + "mitglieder", KS + "fachkraefte",
            KS + "angebote", KS + "budget", KS + "kennzahlen");
    static final Set<String> PARTNER_STAFF = union(CORE_ALL, FH_PARTNER, Set.of(V + "children", V + "appointments", V + "reports",
            V + "training"));
    static final Set<String> AUDITOR = union(CORE_ALL, AUDIT, FH_AUDITOR, KS_AUDITOR, Set.of("/ui/verwaltung/freigaben", V, V + "volunteers", V + "courses",
            V + "children", V + "appointments", V + "contacts", V + "group-evenings", V + "allowance-claims", V + "reports", V + "training"));
    static final Set<String> TENANT_ADMIN = union(CORE_ALL, AUDIT, Set.of("/ui/verwaltung/benutzer", "/ui/verwaltung/freigaben"));
    static final Set<String> PLATFORM_ADMIN = union(Set.of("/ui/"), AUDIT, Set.of("/ui/verwaltung/mandanten", "/ui/verwaltung/benutzer"));

    /** A page each role may not open (not in its navigation): 403 by URL. */
    static final Map<String, String> FORBIDDEN = Map.of(
            Platform.COORDINATOR, "/ui/verwaltung/benutzer",
            Platform.PARTNER_STAFF, V + "volunteers",
            Platform.AUDITOR, "/ui/verwaltung/benutzer",
            Platform.TENANT_ADMIN, V + "children",
            Platform.ADMIN, "/ui/umlage/");

    @Test
    void coordinator() {
        assertNavigation(Platform.COORDINATOR, COORDINATOR);
    }

    @Test
    void partnerStaff() {
        assertNavigation(Platform.PARTNER_STAFF, PARTNER_STAFF);
        // the header names the youth office of the staff member
        assertThat(browser.find("header").getText()).contains("Alsdorf");
    }

    @Test
    void auditor() {
        assertNavigation(Platform.AUDITOR, AUDITOR);
    }

    @Test
    void tenantAdmin() {
        assertNavigation(Platform.TENANT_ADMIN, TENANT_ADMIN);
    }

    @Test
    void platformAdmin() {
        assertNavigation(Platform.ADMIN, PLATFORM_ADMIN);
    }

    private void assertNavigation(String user, Set<String> expected) {
        browser.login(user);
        browser.open("/ui/");
        assertThat(browser.nav()).as("navigation of " + user).containsExactlyInAnyOrderElementsOf(expected);
        browser.axe();
        String forbidden = FORBIDDEN.get(user);
        assertThat(browser.fetch("GET", forbidden, null, null, false).get("status")).as(user + " GET " + forbidden).isEqualTo(403L);
        browser.open(forbidden);
        browser.axe();
    }

    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
