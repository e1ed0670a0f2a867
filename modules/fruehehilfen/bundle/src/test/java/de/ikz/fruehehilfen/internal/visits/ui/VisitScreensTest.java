package de.ikz.fruehehilfen.internal.visits.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.error.IkzException;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.View;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyService.ConsentInput;
import de.ikz.fruehehilfen.internal.families.Staff;
import de.ikz.fruehehilfen.internal.visits.VisitFixture;
import de.ikz.fruehehilfen.internal.visits.VisitService;
import de.ikz.fruehehilfen.internal.visits.VisitService.AssessmentInput;
import de.ikz.fruehehilfen.internal.visits.VisitService.Contact;
import de.ikz.fruehehilfen.internal.visits.VisitService.ContactInput;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.testkit.Callers;
import de.ikz.testkit.MovableClock;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.Screens;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The visit log and the family page's sections on Derby, through the real services: what each role
 * gets, the form's defaults, a contact recorded with one submit, refusals named by field.
 */
class VisitScreensTest {

    static final Optional<String> MODULE = Optional.of(ModuleDefinition.ID);

    @TempDir
    Path dir;

    VisitFixture fx;
    VisitService visits;
    VisitScreens screens;
    Staff hanna;
    Staff petra;
    Family ofHanna;
    Family ofPetra;

    final Caller coordinator = VisitFixture.COORDINATOR;
    final Caller hannaCaller = VisitFixture.HANNA;
    final Caller auditor = Callers.auditor(VisitFixture.T, ModuleDefinition.ID);
    final Caller partner = Callers.partnerStaff(VisitFixture.T, VisitFixture.JA_ERKELENZ, ModuleDefinition.ID);

    @BeforeEach
    void setUp() {
        JdbcDatabase db = new JdbcDatabase(TestDatabases.derby(dir));
        db.migrate("fruehehilfen", Migration.fromDirectory(Path.of("target/classes/db/migration")));
        fx = new VisitFixture(db, new MovableClock(VisitFixture.TODAY));
        visits = fx.visits();
        screens = new VisitScreens(visits, fx.access());
        hanna = fx.staff("MIDWIFE", "Hanna Hebamme", "hanna");
        petra = fx.staff("FGKIKP", "Petra Pflege", "petra");
        ofHanna = fx.family(VisitFixture.ERKELENZ, VisitFixture.TODAY.minusMonths(2), hanna);
        ofPetra = fx.family(VisitFixture.ERKELENZ, VisitFixture.TODAY.minusMonths(2), petra);
    }

    UiRequest get(Caller c, String path, Map<String, String> params) {
        return new UiRequest(c, Locale.GERMANY, VisitFixture.TODAY, path, params, Map.of(), Map.of());
    }

    UiRequest post(Caller c, String path, Map<String, String> params, Map<String, List<String>> form) {
        return new UiRequest(c, Locale.GERMANY, VisitFixture.TODAY, path, params, Map.of(), form);
    }

    UiPage page(String path) {
        return Screens.page(screens.pages(), path);
    }

    @Test
    void onlyProfessionalsAndTheCoordinatorOpenTheVisitLogAndItsForms() {
        for (UiPage p : screens.pages()) {
            assertThat(Screens.permits(hannaCaller, MODULE, p, false)).as(p.path()).isTrue();
            assertThat(Screens.permits(hannaCaller, MODULE, p, true)).as(p.path()).isEqualTo(Screens.submits(p));
            assertThat(Screens.permits(coordinator, MODULE, p, false)).as(p.path()).isTrue();
            assertThat(Screens.permits(auditor, MODULE, p, false)).as(p.path()).isFalse();
            assertThat(Screens.permits(partner, MODULE, p, false)).as(p.path()).isFalse();
            assertThat(Screens.permits(Callers.platformAdmin(), MODULE, p, false)).as(p.path()).isFalse();
        }
        assertThat(screens.navigation()).extracting(n -> n.label()).containsExactly("Besuche");
    }

    @Test
    void theVisitLogShowsHerOwnOpenFamiliesAsTilesThatOpenTheContactForm() {
        visits.addContact(hannaCaller, VisitFixture.T, ofHanna.id(), new ContactInput(null, null, 45, null, null, null, null));

        View.Screen s = Screens.screen(page(VisitScreens.LOG).view(get(hannaCaller, VisitScreens.LOG, Map.of())));

        List<Part.Card> tiles = Screens.all(s, Part.Cards.class).get(0).cards();
        assertThat(tiles).extracting(Part.Card::title).containsExactly(ofHanna.pseudonym());
        assertThat(tiles.get(0).target()).isEqualTo("besuche/" + ofHanna.id());
        assertThat(Screens.table(s, "Ihre zuletzt").rows()).hasSize(1);
    }

    @Test
    void theContactFormHasTheUsualValuesAndOneSubmitRecordsTheContact() {
        String path = "besuche/" + ofHanna.id();
        View.Screen s = Screens.screen(page(VisitScreens.CONTACT).view(get(hannaCaller, path, Map.of("id", ofHanna.id()))));

        Part.Form form = Screens.postForms(s).get(0);
        Map<String, String> defaults = new java.util.HashMap<>();
        form.inputs().forEach(i -> defaults.put(i.name(), i.value()));
        assertThat(defaults).containsEntry("date", VisitFixture.TODAY.toString()).containsEntry("minutes", "60")
                .containsEntry("kind", "HOME_VISIT");
        assertThat(form.inputs()).extracting(Part.Input::name).doesNotContain("staffId");
        assertThat(form.inputs()).filteredOn(i -> i.name().equals("categories")).singleElement()
                .satisfies(i -> assertThat(i.type()).isEqualTo(Part.InputType.CHECKBOX));

        View v = page(VisitScreens.CONTACT).submit(post(hannaCaller, path, Map.of("id", ofHanna.id()), Screens.pairs(
                "date", VisitFixture.TODAY.toString(), "minutes", "60", "kind", "HOME_VISIT",
                "categories", "FEEDING", "categories", "CARE")));

        assertThat(Screens.redirectTarget(v)).isEqualTo(VisitScreens.LOG);
        List<Contact> booked = visits.contacts(coordinator, VisitFixture.T, ofHanna.id());
        assertThat(booked).singleElement().satisfies(c -> {
            assertThat(c.minutes()).isEqualTo(60);
            assertThat(c.staffId()).isEqualTo(hanna.id());
            assertThat(c.categories()).hasSize(2);
        });
    }

    @Test
    void aRefusedContactNamesTheFieldAndChangesNothing() {
        String path = "besuche/" + ofHanna.id();
        Refusals.invalid("minutes", () -> page(VisitScreens.CONTACT).submit(post(hannaCaller, path, Map.of("id", ofHanna.id()),
                Screens.pairs("minutes", "0"))));
        Refusals.invalid("minutes", () -> page(VisitScreens.CONTACT).submit(post(hannaCaller, path, Map.of("id", ofHanna.id()),
                Screens.pairs("minutes", "eine Stunde"))));
        Refusals.invalid("date", () -> page(VisitScreens.CONTACT).submit(post(hannaCaller, path, Map.of("id", ofHanna.id()),
                Screens.pairs("date", VisitFixture.TODAY.plusDays(1).toString()))));
        assertThat(visits.contacts(coordinator, VisitFixture.T, ofHanna.id())).isEmpty();
    }

    @Test
    void anotherProfessionalsFamilyIsRefused() {
        String path = "besuche/" + ofPetra.id();
        assertThatThrownBy(() -> page(VisitScreens.CONTACT).view(get(hannaCaller, path, Map.of("id", ofPetra.id()))))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> page(VisitScreens.CONTACT).submit(post(hannaCaller, path, Map.of("id", ofPetra.id()),
                Screens.pairs("minutes", "60")))).isInstanceOfSatisfying(IkzException.class,
                e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.FORBIDDEN));
        assertThat(visits.contacts(coordinator, VisitFixture.T, ofPetra.id())).isEmpty();
    }

    @Test
    void assessmentAndChecklistFormsPostToTheServiceAndReturnToTheFamilyPage() {
        String a = "besuche/" + ofHanna.id() + "/einschaetzung";
        View.Screen form = Screens.screen(page(VisitScreens.ASSESSMENT).view(get(hannaCaller, a, Map.of("id", ofHanna.id()))));
        assertThat(Screens.postForms(form).get(0).inputs()).extracting(Part.Input::name)
                .contains("phase", "household", "externalSupport", "internalSupport", "selfCare", "childCare", "interaction");

        View v = page(VisitScreens.ASSESSMENT).submit(post(hannaCaller, a, Map.of("id", ofHanna.id()), Screens.pairs("phase", "START",
                "household", "2", "externalSupport", "3", "internalSupport", "3", "selfCare", "2", "childCare", "4",
                "interaction", "3")));
        assertThat(Screens.redirectTarget(v)).isEqualTo("familien/" + ofHanna.id());

        String r = "besuche/" + ofHanna.id() + "/ressourcen";
        Refusals.invalid("factors", () -> page(VisitScreens.RESOURCES).submit(post(hannaCaller, r, Map.of("id", ofHanna.id()),
                Screens.pairs("factors", "R_SECURE_INCOME", "factors", "B_ADDICTION"))));
        fx.families().addConsent(coordinator, VisitFixture.T, ofHanna.id(),
                new ConsentInput(VisitFixture.TODAY, List.of("HEALTH_DATA")));
        View ok = page(VisitScreens.RESOURCES).submit(post(hannaCaller, r, Map.of("id", ofHanna.id()),
                Screens.pairs("factors", "R_SECURE_INCOME", "factors", "B_ADDICTION")));
        assertThat(Screens.redirectTarget(ok)).isEqualTo("familien/" + ofHanna.id());
    }

    @Test
    void theFamilyPageShowsContactsAndTheSixAreasOverTimeWithAChart() {
        String t = VisitFixture.T;
        visits.addContact(hannaCaller, t, ofHanna.id(), new ContactInput(null, VisitFixture.TODAY.minusDays(20), 60, null, null,
                null, List.of("PAEDIATRICIAN")));
        visits.addContact(hannaCaller, t, ofHanna.id(), new ContactInput(null, VisitFixture.TODAY, 30, null, "PHONE_CALL", null,
                null));
        visits.addAssessment(hannaCaller, t, ofHanna.id(), new AssessmentInput("START", VisitFixture.TODAY.minusDays(20),
                2, 2, 3, 2, 3, 2));
        visits.addAssessment(hannaCaller, t, ofHanna.id(), new AssessmentInput("DURING", VisitFixture.TODAY, 3, 3, 3, 3, 4, 4));

        View.Screen writer = new View.Screen("Familie", new VisitPageParts(visits).parts(get(hannaCaller, "familien/x", Map.of()), t,
                ofHanna));

        Part.Table contacts = Screens.table(writer, "Kontakte mit");
        assertThat(contacts.rows()).hasSize(2);
        assertThat(contacts.totals()).contains(de.ikz.api.ui.Value.count(90));
        Part.Table areas = Screens.table(writer, "Bewertungen");
        assertThat(areas.rows()).hasSize(6);
        assertThat(areas.columns()).hasSize(3);
        assertThat(Screens.all(writer, Part.BarChart.class)).singleElement().satisfies(c -> assertThat(c.bars()).hasSize(12));
        assertThat(Screens.all(writer, Part.Actions.class)).isNotEmpty();

        View.Screen reader = new View.Screen("Familie", new VisitPageParts(visits).parts(get(auditor, "familien/x", Map.of()), t,
                ofHanna));
        assertThat(Screens.table(reader, "Kontakte mit").rows()).hasSize(2);
        assertThat(Screens.all(reader, Part.Actions.class)).isEmpty();
    }
}
