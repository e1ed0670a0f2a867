package de.ikz.fruehehilfen.internal.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.View;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyInput;
import de.ikz.fruehehilfen.internal.families.ui.FamilyPageParts;
import de.ikz.fruehehilfen.internal.families.ui.FamilyScreens;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;
import de.ikz.testkit.Callers;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.Screens;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The families and staff screens: what each role gets, the identity only on request and logged, forms that refuse. */
class FamilyScreensTest {

    static final String T = FamiliesContract.T;
    static final Optional<String> MODULE = Optional.of(ModuleDefinition.ID);

    @TempDir
    Path dir;

    TableAuditLog audit;
    FamilyServiceImpl service;
    List<UiPage> pages;

    final Caller coordinator = Callers.coordinator(T, ModuleDefinition.ID);
    final Caller hanna = Callers.moduleRole(T, "hanna", ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL);
    final Caller petra = Callers.moduleRole(T, "petra", ModuleDefinition.ID, ModuleDefinition.PROFESSIONAL);
    final Caller auditor = Callers.auditor(T, ModuleDefinition.ID);
    final Caller jaErkelenz = Callers.partnerStaff(T, "ja-erkelenz", ModuleDefinition.ID);
    Family hannas;
    Family petras;

    @BeforeEach
    void setUp() {
        JdbcDatabase db = new JdbcDatabase(TestDatabases.derby(dir));
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        audit = new TableAuditLog(db);
        service = new FamilyServiceImpl(db, audit, FamiliesContract.OFFICES, FamiliesContract.FAKE_SEALER,
                new MovableClock(FamiliesContract.TODAY));
        FamilyPageParts visits = (request, tenantId, family) -> List.of(Part.section("Kontakte", Part.paragraph("Kontakte von "
                + family.pseudonym())));
        pages = new FamilyScreens(service, FamiliesContract.OFFICES, visits).pages();
        Staff h = service.createStaff(coordinator, T, FamiliesContract.staff("MIDWIFE", "Hanna Hebamme", "hanna"));
        Staff p = service.createStaff(coordinator, T, FamiliesContract.staff("FGKIKP", "Petra Pflege", "petra"));
        hannas = service.createFamily(coordinator, T, new FamilyInput(FamiliesContract.ERKELENZ, null, "CLINIC", h.id(),
                FamiliesContract.identityInput()));
        petras = service.createFamily(coordinator, T, new FamilyInput(FamiliesContract.GANGELT, null, "SELF", p.id(), null));
    }

    UiRequest request(Caller c, String path, Map<String, String> params, Map<String, List<String>> query, Map<String, List<String>> form) {
        return new UiRequest(c, Locale.GERMANY, FamiliesContract.TODAY, path, params, query, form);
    }

    View.Screen view(Caller c, String page, Map<String, String> params, String... query) {
        return Screens.screen(Screens.page(pages, page).view(request(c, page, params, Screens.pairs(query), Map.of())));
    }

    View.Screen family(Caller c, Family f, String... query) {
        return view(c, "familien/{id}", Map.of("id", f.id()), query);
    }

    @Test
    void theShellLetsEachRoleOpenWhatTheIssueSays() {
        UiPage list = Screens.page(pages, "familien");
        UiPage page = Screens.page(pages, "familien/{id}");
        UiPage neu = Screens.page(pages, "familie-neu");
        UiPage staff = Screens.page(pages, "fachkraefte");

        assertThat(Screens.permits(hanna, MODULE, list, false)).isTrue();
        assertThat(Screens.permits(hanna, MODULE, page, true)).isTrue();
        assertThat(Screens.permits(hanna, MODULE, neu, false)).isFalse();
        assertThat(Screens.permits(auditor, MODULE, page, false)).isTrue();
        assertThat(Screens.permits(auditor, MODULE, page, true)).isFalse();
        assertThat(Screens.permits(jaErkelenz, MODULE, page, true)).isFalse();
        assertThat(Screens.permits(jaErkelenz, MODULE, staff, false)).isFalse();
        assertThat(Screens.permits(Callers.platformAdmin(), MODULE, list, false)).isFalse();
        assertThat(Screens.permits(coordinator, MODULE, neu, true)).isTrue();
        for (UiPage p : pages) {
            assertThat(Screens.roles(p, false)).as(p.path()).isNotEmpty();
        }
    }

    @Test
    void aProfessionalListsHerOwnFamiliesAndIsRefusedAnothers() {
        Part.Table t = Screens.table(view(hanna, "familien", Map.of()), "Familien");

        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).get(0).toString()).contains(hannas.pseudonym());
        assertThat(t.toString()).doesNotContain("Maria");
        Refusals.refused(IkzException.Kind.FORBIDDEN, null, () -> family(hanna, petras));
        assertThat(Screens.postForms(family(hanna, hannas))).isNotEmpty();
    }

    @Test
    void theFamilyPageShowsTheIdentityOnlyOnRequestAndLogsEachShowing() {
        int before = audit.all().size();
        View.Screen plain = family(hanna, hannas);
        assertThat(plain.toString()).doesNotContain("Maria").contains("Identität anzeigen").contains("Kontakte von " + hannas.pseudonym());
        assertThat(audit.all().subList(before, audit.all().size())).extracting(AuditEntry::record)
                .doesNotContain("fruehehilfen/family/" + hannas.id() + "/identity");

        View.Screen shown = family(hanna, hannas, "identitaet", "ja");

        assertThat(shown.toString()).contains("Maria Muster");
        assertThat(audit.all().subList(before, audit.all().size())).extracting(AuditEntry::record)
                .containsOnlyOnce("fruehehilfen/family/" + hannas.id() + "/identity");
    }

    @Test
    void theAuditorGetsThePseudonymAndNoFormAndPartnerStaffOnlyTheirOffice() {
        View.Screen a = family(auditor, hannas, "identitaet", "ja");
        assertThat(a.toString()).doesNotContain("Maria").doesNotContain("Identität anzeigen");
        assertThat(Screens.postForms(a)).isEmpty();
        assertThat(Screens.postActions(a)).isEmpty();

        View.Screen p = family(jaErkelenz, hannas, "identitaet", "ja");
        assertThat(p.toString()).contains("Maria Muster");
        assertThat(Screens.postForms(p)).isEmpty();
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> family(jaErkelenz, petras));
    }

    @Test
    void openingAFamilyRedirectsToItsPageAndABadMunicipalityNamesTheField() {
        UiPage neu = Screens.page(pages, "familie-neu");

        View v = neu.submit(request(coordinator, "familie-neu", Map.of(), Map.of(),
                Screens.pairs("ags", FamiliesContract.GANGELT, "referredBy", "YOUTH_OFFICE", "motherName", "Eva Beispiel")));
        assertThat(Screens.redirectTarget(v)).startsWith("familien/F-");
        Refusals.invalid("ags", () -> neu.submit(request(coordinator, "familie-neu", Map.of(), Map.of(),
                Screens.pairs("ags", FamiliesContract.NOT_IN_REGISTER, "referredBy", "SELF"))));
        assertThat(service.families(coordinator, T, FamilyService.FamilyFilter.ALL)).hasSize(3);
    }

    @Test
    void consentAndClosingGoThroughTheFamilyPage() {
        UiPage page = Screens.page(pages, "familien/{id}");
        Map<String, String> id = Map.of("id", hannas.id());

        Refusals.invalid("scopes", () -> page.submit(request(hanna, "familien/" + hannas.id(), id, Map.of(), Screens.pairs("step", "consent"))));
        page.submit(request(hanna, "familien/" + hannas.id(), id, Map.of(),
                Screens.pairs("step", "consent", "scopes", "DOCUMENTATION", "scopes", "HEALTH_DATA")));
        assertThat(Screens.table(family(hanna, hannas), "Erfasste Einwilligungen").rows()).hasSize(1);

        View v = page.submit(request(hanna, "familien/" + hannas.id(), id, Map.of(), Screens.pairs("step", "close", "reason", "MOVED")));
        assertThat(Screens.redirectTarget(v)).isEqualTo("familien/" + hannas.id());
        assertThat(family(hanna, hannas).toString()).contains("Familie verzogen");
    }

    @Test
    void theCoordinatorAddsStaffAndTheProfessionalOnlyReads() {
        UiPage staff = Screens.page(pages, "fachkraefte");

        staff.submit(request(coordinator, "fachkraefte", Map.of(), Map.of(),
                Screens.pairs("kind", "MIDWIFE", "name", "Nora Neu", "hoursPerWeek", "20")));
        Refusals.invalid("hoursPerWeek", () -> staff.submit(request(coordinator, "fachkraefte", Map.of(), Map.of(),
                Screens.pairs("kind", "MIDWIFE", "name", "Zu Viel", "hoursPerWeek", "80"))));

        assertThat(Screens.table(view(hanna, "fachkraefte", Map.of()), "Fachkräfte").rows()).hasSize(3);
        assertThat(Screens.postForms(view(hanna, "fachkraefte", Map.of()))).isEmpty();
        assertThat(Screens.postForms(view(coordinator, "fachkraefte", Map.of()))).hasSize(1);
    }
}
