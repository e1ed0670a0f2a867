package de.ikz.kinderschutz.internal.ui;

import static de.ikz.kinderschutz.internal.Network.AACHEN;
import static de.ikz.kinderschutz.internal.Network.AGS_AACHEN;
import static de.ikz.kinderschutz.internal.Network.T;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.ikz.api.error.IkzException;
import de.ikz.api.tenant.Caller;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.api.ui.Value;
import de.ikz.api.ui.View;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.Network;
import de.ikz.kinderschutz.internal.meetings.Meeting;
import de.ikz.kinderschutz.internal.meetings.MeetingsService.MeetingInput;
import de.ikz.kinderschutz.internal.meetings.ui.MeetingScreens;
import de.ikz.kinderschutz.internal.members.Field;
import de.ikz.kinderschutz.internal.members.Institution;
import de.ikz.kinderschutz.internal.members.MembersService.InstitutionInput;
import de.ikz.kinderschutz.internal.members.ui.MemberScreens;
import de.ikz.kinderschutz.internal.offers.Offer;
import de.ikz.kinderschutz.internal.offers.OffersService;
import de.ikz.kinderschutz.internal.offers.OffersService.OfferInput;
import de.ikz.kinderschutz.internal.offers.OffersService.TextInput;
import de.ikz.kinderschutz.internal.offers.ui.FamilyScreens;
import de.ikz.kinderschutz.internal.offers.ui.OfferScreens;
import de.ikz.kinderschutz.internal.reports.ReportsService.BudgetInput;
import de.ikz.kinderschutz.internal.reports.ui.BudgetScreens;
import de.ikz.kinderschutz.internal.reports.ui.OverviewScreens;
import de.ikz.kinderschutz.internal.training.Course;
import de.ikz.kinderschutz.internal.training.TrainingService.CourseInput;
import de.ikz.kinderschutz.internal.training.TrainingService.DateInput;
import de.ikz.kinderschutz.internal.training.ui.CourseScreens;
import de.ikz.testkit.Callers;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.Screens;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module's screens as the shell gets them: every page declares roles; the coordinator's overview
 * shows the members chart, due follow-ups and courses; the meeting, course, offer (texts side by side)
 * and budget pages work for their roles; forms change data and bad input names its field.
 */
class ScreensTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Optional<String> MODULE = Optional.of(ModuleDefinition.ID);

    @TempDir
    Path dir;

    Network n;
    KinderschutzUi ui;
    List<UiPage> pages;
    Institution ja;
    Institution school;

    @BeforeEach
    void setUp() {
        n = Network.on(TestDatabases.derby(dir), TODAY);
        ui = new KinderschutzUi(List.of(new OverviewScreens(n.members, n.meetings, n.training), new MeetingScreens(n.meetings, n.members),
                new CourseScreens(n.training, n.members), new MemberScreens(n.members), new OfferScreens(n.offers), new FamilyScreens(n.offers),
                new BudgetScreens(n.reports, (r, t) -> Map.of(AACHEN, "Jugendamt Stadt Aachen"))));
        pages = ui.pages();
        ja = n.members.create(n.coordinator, T, new InstitutionInput("Jugendamt Stadt Aachen", "YOUTH_WELFARE", AACHEN, null, null, null,
                LocalDate.of(2020, 1, 1), null));
        school = n.members.create(n.coordinator, T, new InstitutionInput("Gesamtschule", "SCHOOL", null, null, null, null,
                LocalDate.of(2020, 1, 1), null));
    }

    UiRequest request(Caller c, String path, Map<String, String> params, Map<String, List<String>> query, Map<String, List<String>> form) {
        return new UiRequest(c, Locale.GERMANY, TODAY, path, params, query, form);
    }

    View view(Caller c, String page, Map<String, String> params, String... query) {
        return Screens.page(pages, page).view(request(c, page, params, Screens.pairs(query), Map.of()));
    }

    View submit(Caller c, String page, Map<String, String> params, String... form) {
        return Screens.page(pages, page).submit(request(c, page, params, Map.of(), Screens.pairs(form)));
    }

    @Test
    void everyPageDeclaresRolesAndTheShellLetsEachRoleOpenWhatItShould() {
        for (UiPage p : pages) {
            if (!p.path().startsWith("familien/")) {
                assertThat(Screens.roles(p, false)).as(p.path()).isNotEmpty();
            }
        }
        Caller contact = Network.memberContact("traeger");
        Caller trainer = Network.trainer("trainerin");
        assertThat(Screens.permits(n.coordinator, MODULE, Screens.page(pages, "budget"), true)).isTrue();
        assertThat(Screens.permits(contact, MODULE, Screens.page(pages, "budget"), false)).isFalse();
        assertThat(Screens.permits(trainer, MODULE, Screens.page(pages, "sitzungen"), false)).isFalse();
        assertThat(Screens.permits(trainer, MODULE, Screens.page(pages, "fortbildungen/{id}"), true)).isTrue();
        assertThat(Screens.permits(n.auditor, MODULE, Screens.page(pages, "sitzungen/{id}"), true)).isFalse();
        assertThat(Screens.permits(Callers.platformAdmin(), MODULE, Screens.page(pages, ""), false)).isFalse();
        assertThat(ui.navigation(Locale.GERMANY)).extracting(e -> e.label()).startsWith("Übersicht", "Sitzungen", "Fortbildungen", "Mitglieder");
    }

    @Test
    void theOverviewChartsMembersByFieldAndShowsWhatIsDue() {
        Meeting m = n.meetings.create(n.coordinator, T, new MeetingInput("CONFERENCE", null, "Netzwerkkonferenz", LocalDateTime.of(2026, 6, 20,
                9, 0), LocalDateTime.of(2026, 6, 20, 12, 0), "Aachen", List.of("Begrüßung"), List.of(ja.id())));
        n.meetings.addFollowUp(n.coordinator, T, m.id(), new de.ikz.kinderschutz.internal.meetings.MeetingsService.FollowUpInput("Flyer",
                school.id(), null, LocalDate.of(2026, 6, 1)));
        View.Screen s = Screens.screen(view(n.coordinator, "", Map.of()));
        Part.BarChart chart = Screens.all(s, Part.BarChart.class).get(0);
        assertThat(chart.bars()).extracting(Part.Bar::label).containsExactly(Field.YOUTH_WELFARE.label(), Field.SCHOOL.label());
        assertThat(Screens.table(s, "Nächste Sitzungen").rows()).hasSize(1);
        assertThat(Screens.table(s, "Aufgaben fällig").rows().get(0).toString()).contains("überfällig");
        assertThat(ui.cards(request(n.coordinator, "", Map.of(), Map.of(), Map.of()))).extracting(Part.Card::tone)
                .contains(de.ikz.api.ui.Value.Tone.WARNING);
    }

    @Test
    void aMeetingIsPlannedThroughTheFormAndBadInputNamesTheField() {
        View done = submit(n.coordinator, "sitzungen", Map.of(), "kind", "CONFERENCE", "title", "AG Frühe Hilfen", "date", "2026-07-01",
                "startTime", "14:00", "endTime", "16:00", "agenda", "Begrüßung\nBericht\n", "invited", ja.id(), "invited", school.id());
        String target = Screens.redirectTarget(done);
        Meeting m = n.meetings.list(n.coordinator, T).get(0);
        assertThat(target).isEqualTo("sitzungen/" + m.id());
        assertThat(m.agenda()).containsExactly("Begrüßung", "Bericht");
        assertThat(m.invited()).containsExactlyInAnyOrder(ja.id(), school.id());
        Refusals.invalid("end", () -> submit(n.coordinator, "sitzungen", Map.of(), "kind", "CONFERENCE", "title", "X", "date", "2026-07-01",
                "startTime", "14:00", "endTime", "13:00"));
        View.Screen page = Screens.screen(view(n.coordinator, "sitzungen/{id}", Map.of("id", m.id())));
        assertThat(page.toString()).contains("Keine personenbezogenen Daten von Kindern oder Familien");
        assertThat(Screens.postForms(page)).isNotEmpty();
        View inv = view(n.coordinator, "sitzungen/{id}/einladung", Map.of("id", m.id()));
        assertThat(inv).isInstanceOfSatisfying(View.Download.class, d -> assertThat(new String(d.content())).startsWith("BEGIN:VCALENDAR"));
    }

    @Test
    void aMemberContactRegistersItsOwnPeopleAndAFullCourseSaysWaitingList() {
        n.members.addPerson(n.coordinator, T, school.id(), new de.ikz.kinderschutz.internal.members.MembersService.PersonInput("Tom", null,
                null, null, "traeger", false, null, false, null, null));
        LocalDateTime d = LocalDateTime.of(2026, 9, 1, 9, 0);
        Course c = n.training.create(n.coordinator, T, new CourseInput("Grundkurs", null, "Aachen", 1, List.of(), null, List.of(),
                List.of(new DateInput(d, d.plusHours(3)))));
        Caller contact = Network.memberContact("traeger");
        View first = submit(contact, "fortbildungen/{id}", Map.of("id", c.id()), "action", "register", "institution", school.id(),
                "personName", "Lehrkraft Eins", "workEmail", "eins@schule.example");
        assertThat(((View.Redirect) first).message()).isEqualTo("Lehrkraft Eins ist angemeldet.");
        View second = submit(contact, "fortbildungen/{id}", Map.of("id", c.id()), "action", "register", "institution", school.id(),
                "personName", "Lehrkraft Zwei", "workEmail", "zwei@schule.example");
        assertThat(((View.Redirect) second).message()).isEqualTo("Lehrkraft Zwei steht auf der Warteliste, Platz 1.");
        Refusals.invalid("institutionId", () -> submit(contact, "fortbildungen/{id}", Map.of("id", c.id()), "action", "register",
                "institution", ja.id(), "personName", "X", "workEmail", "x@ja.example"));
        View.Screen page = Screens.screen(view(n.coordinator, "fortbildungen/{id}", Map.of("id", c.id())));
        assertThat(Screens.table(page, "Warteliste").rows()).hasSize(1);
    }

    @Test
    void theOfferPageShowsTheTranslationsSideBySideAndStoresMarkupAsText() {
        Offer o = n.offers.create(n.coordinator, T, new OfferInput("COUNSELLING", null, null, null, List.of("de"), AGS_AACHEN, null, null,
                null, null, null, null, null, null, null, null, null, true, List.of(new TextInput("de", "Erziehungsberatung", "Für Eltern"))));
        submit(n.coordinator, "angebote/{id}", Map.of("id", o.id()), "lang", "ar", "title", "استشارة تربوية", "description",
                "<script>alert(1)</script>");
        View.Screen page = Screens.screen(view(n.coordinator, "angebote/{id}", Map.of("id", o.id())));
        Part.Table texts = Screens.table(page, "Texte nebeneinander");
        assertThat(texts.columns()).hasSize(3);
        assertThat(texts.columns().get(2)).contains("(ar)").contains("von rechts nach links");
        assertThat(texts.rows().get(1).get(2)).isEqualTo(de.ikz.api.ui.Value.text("<script>alert(1)</script>"));
        Refusals.invalid("lang", () -> submit(n.coordinator, "angebote/{id}", Map.of("id", o.id()), "lang", "xx-!", "title", "x"));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> view(Network.memberContact("nobody"), "angebote/{id}", Map.of("id", o.id())));
    }

    @Test
    void theBudgetPageShowsTheSplitAndBooksAnExpense() {
        n.reports.setBudget(n.coordinator, T, 2026, new BudgetInput(new BigDecimal("15000"), null, "equal", List.of(AACHEN)));
        View.Screen s = Screens.screen(view(n.coordinator, "budget", Map.of(), "year", "2026"));
        assertThat(Screens.table(s, "Verteilung").rows()).hasSize(1);
        submit(n.coordinator, "budget", Map.of(), "year", "2026", "spentOn", "2026-05-02", "amount", "1.234,56", "category", "MATERIAL",
                "documentNo", "RE-1");
        assertThat(n.reports.budget(n.coordinator, T, 2026).orElseThrow().spent()).isEqualByComparingTo("1234.56");
        // "12.50" (a browser's number field, a pasted figure) is twelve euros fifty, not 1,250
        submit(n.coordinator, "budget", Map.of(), "year", "2026", "spentOn", "2026-05-03", "amount", "12.50", "category", "MATERIAL",
                "documentNo", "RE-3");
        assertThat(n.reports.budget(n.coordinator, T, 2026).orElseThrow().spent()).isEqualByComparingTo("1247.06");
        Refusals.invalid("amount", () -> submit(n.coordinator, "budget", Map.of(), "year", "2026", "spentOn", "2026-05-02", "amount", "viel",
                "category", "MATERIAL", "documentNo", "RE-2"));
        assertThat(view(n.coordinator, "kennzahlen/{file}", Map.of("file", "dokument.pdf"), "year", "2026")).isInstanceOf(View.Download.class);
    }

    @Test
    void theFamilyPageIsPublicAndShowsOffersInTheFamilysLanguageWithGermanMarkedWhereNoTranslationExists() throws Exception {
        UiPage family = Screens.page(pages, "familien/{network}");
        assertThat(family.getClass().getMethod("view", UiRequest.class).isAnnotationPresent(de.ikz.api.module.PublicOperation.class)).isTrue();
        assertThat(Screens.roles(family, false)).isEmpty();
        n.offers.publish(n.coordinator, T, new OffersService.DirectoryInput("imblick", "ImBlick Netzwerk", true));
        n.offers.create(n.coordinator, T, new OfferInput("COUNSELLING", null, 0, 71, List.of("de", "ar"), AGS_AACHEN, "Markt 1", "52062",
                "Aachen", null, null, null, null, true, true, null, null, true,
                List.of(new TextInput("de", "Erziehungsberatung", "Für Eltern"), new TextInput("ar", "استشارة تربوية", "<b>للآباء</b>"))));
        n.offers.create(n.coordinator, T, new OfferInput("SPORTS", null, null, null, List.of("de"), AGS_AACHEN, null, null,
                null, null, null, null, "5 Euro", false, false, null, null, true, List.of(new TextInput("de", "Eltern-Kind-Turnen", "Montags"))));
        Caller anonymous = Caller.anonymous("10.0.0.9");

        View.Screen ar = Screens.screen(view(anonymous, "familien/{network}", Map.of("network", "imblick"), "language", "ar"));
        assertThat(ar.language()).isEqualTo("ar");
        assertThat(ar.title()).isEqualTo("مساعدة وعروض للعائلات");
        List<Part.Section> offers = Screens.all(ar, Part.Section.class).stream().filter(x -> x.parts().stream().anyMatch(Part.Facts.class::isInstance)).toList();
        assertThat(offers).extracting(Part.Section::title).containsExactlyInAnyOrder("استشارة تربوية", "Eltern-Kind-Turnen");
        Part.Section arabic = offers.stream().filter(x -> x.title().equals("استشارة تربوية")).findFirst().orElseThrow();
        Part.Section german = offers.stream().filter(x -> x.title().equals("Eltern-Kind-Turnen")).findFirst().orElseThrow();
        assertThat(arabic.language()).as("in the page's language: not marked").isNull();
        assertThat(arabic.parts()).contains(new Part.Paragraph("<b>للآباء</b>", null));
        assertThat(german.language()).isEqualTo("de");
        assertThat(german.parts().get(0)).isEqualTo(new Part.Notice(Value.Tone.INFO, "هذا النص غير متوفر بلغتك. يُعرض باللغة الألمانية."));
        assertThat(german.parts()).contains(new Part.Paragraph("Montags", "de"));
        Part.Links languages = Screens.all(ar, Part.Links.class).get(0);
        assertThat(languages.links()).extracting(Part.Link::language).startsWith("de", "en", "ar", "uk");
        assertThat(languages.links().get(2).text()).isEqualTo("العربية");

        View.Screen onlyArabic = Screens.screen(view(anonymous, "familien/{network}", Map.of("network", "imblick"), "language", "ar",
                "only", "true"));
        assertThat(Screens.all(onlyArabic, Part.Section.class)).extracting(Part.Section::title).contains("استشارة تربوية")
                .doesNotContain("Eltern-Kind-Turnen");

        View.Screen uk = Screens.screen(view(anonymous, "familien/{network}", Map.of("network", "imblick"), "language", "uk", "type", "SPORTS"));
        assertThat(uk.language()).isEqualTo("uk");
        assertThat(Screens.all(uk, Part.Section.class)).extracting(Part.Section::title).contains("Eltern-Kind-Turnen")
                .doesNotContain("Erziehungsberatung", "استشارة تربوية");

        View.Screen tooOld = Screens.screen(view(anonymous, "familien/{network}", Map.of("network", "imblick"), "language", "uk", "age", "40"));
        assertThat(Screens.all(tooOld, Part.Notice.class)).extracting(Part.Notice::text)
                .containsExactly("Будь ласка, перевірте введене: Вік дитини (у роках, від 0 до 17)");

        View.Screen pl = Screens.screen(view(anonymous, "familien/{network}", Map.of("network", "imblick"), "language", "pl"));
        assertThat(pl.language()).as("no page words in Polish: German page, offers marked").isEqualTo("de");

        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> view(anonymous, "familien/{network}", Map.of("network", "unbekannt")));
        n.offers.publish(n.coordinator, T, new OffersService.DirectoryInput("imblick", "ImBlick Netzwerk", false));
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> view(anonymous, "familien/{network}", Map.of("network", "imblick")));
    }
}
