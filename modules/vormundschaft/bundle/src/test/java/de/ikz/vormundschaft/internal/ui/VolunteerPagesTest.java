package de.ikz.vormundschaft.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.ikz.api.error.IkzException;
import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.View;
import de.ikz.vormundschaft.internal.domain.VolunteerPipeline;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Cases;
import de.ikz.vormundschaft.internal.service.UiServices;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;

import org.junit.jupiter.api.Test;

class VolunteerPagesTest extends OfficeScreens {

    private static final List<String> PAGES = List.of("volunteers", "new-volunteer", "volunteers/{id}", "volunteers/{id}/stage",
            "volunteers/{id}/conduct-check", "volunteers/{id}/edit", "volunteers/{id}/courses");

    private String enquiry(String name) {
        View v = send(COORDINATOR, "new-volunteer", Map.of(), "name", name, "reach", "0241 1", "office", "ja-a",
                "languages", "Deutsch, Arabisch", "ageBand", "12-17", "unaccompaniedExperience", "true",
                "municipality", "05334004", "travel", "DISTRICT", "capacity", "2");
        String target = redirectTarget(v);
        assertThat(target).startsWith("volunteers/V-");
        return target.substring("volunteers/".length());
    }

    private View move(String id, VolunteerStage to) {
        return send(COORDINATOR, "volunteers/{id}/stage", Map.of("id", id), "to", to.name());
    }

    private Volunteer volunteer(String id) {
        return office.volunteers.volunteer(COORDINATOR, TENANT, id);
    }

    @Test
    void rolesAreThoseOfRest() {
        for (String path : PAGES) {
            UiPage p = page(path);
            assertThat(allowed(p, false, STAFF)).as(path).isFalse();
            assertThat(allowed(p, true, AUDITOR)).as(path).isFalse();
            assertThat(allowed(p, false, OTHER_COORDINATOR)).as("coordinator without the module: " + path).isFalse();
        }
        // reads: coordinator and auditor (GET volunteers, volunteers/{id}, history)
        for (String path : List.of("volunteers", "volunteers/{id}")) {
            assertThat(roles(page(path), false)).containsExactlyInAnyOrder("coordinator", "auditor");
        }
        // changes: coordinator only (POST volunteers, PUT volunteers/{id}, POST stage, conduct-check, registrations)
        for (String path : List.of("new-volunteer", "volunteers/{id}/stage", "volunteers/{id}/conduct-check", "volunteers/{id}/edit",
                "volunteers/{id}/courses")) {
            assertThat(roles(page(path), true)).as(path).containsExactly("coordinator");
        }
    }

    @Test
    void enquiryToAppointmentEntirelyThroughTheScreens() {
        String id = enquiry("Hanna Beispiel");
        assertThat(volunteer(id).stage()).isEqualTo(VolunteerStage.ENQUIRY);
        move(id, VolunteerStage.APPLICATION);
        move(id, VolunteerStage.SUITABILITY_INTERVIEW);
        move(id, VolunteerStage.CONDUCT_CERTIFICATE);
        send(COORDINATOR, "volunteers/{id}/conduct-check", Map.of("id", id), "seen", TODAY.minusDays(3).toString(), "clear", "true");
        move(id, VolunteerStage.TRAINING);
        for (String module : UiServices.requiredModules()) {
            String course = redirectTarget(send(COORDINATOR, "new-course", Map.of(), "module", module, "date", TODAY.toString(),
                    "place", "Aachen", "seats", "10")).substring("courses/".length());
            send(COORDINATOR, "volunteers/{id}/courses", Map.of("id", id), "courseId", course);
            send(COORDINATOR, "courses/{id}/attendance", Map.of("id", course), "volunteerId", id, "attended", "true");
        }
        assertThat(volunteer(id).trainingComplete()).isTrue();
        move(id, VolunteerStage.REFLECTION_TALK);
        View pooled = move(id, VolunteerStage.POOL);
        assertThat(((View.Redirect) pooled).message()).contains("Pool");

        // the case steps: the child's pages (the service calls they make)
        Cases.Child child = office.cases.createChild(STAFF, TENANT, new Cases.ChildInput("12-17", null, List.of("Arabisch"),
                "05334004", true, "FOSTER_FAMILY", new Cases.ChildIdentity("Mira", "Muster", null)));
        office.cases.match(COORDINATOR, TENANT, child.id(), id, null);
        office.cases.propose(COORDINATOR, TENANT, child.id(), "Amtsgericht Aachen", "Spricht Arabisch und wohnt in der Nähe des Kindes.", null);
        office.cases.appoint(COORDINATOR, TENANT, child.id(), new Cases.AppointmentInput(null, "F 1/26", TODAY, "GUARDIANSHIP",
                List.of(), null, List.of()));
        assertThat(volunteer(id).stage()).isEqualTo(VolunteerStage.APPOINTED);

        View.Screen page = open(COORDINATOR, "volunteers/{id}", Map.of("id", id));
        assertThat(table(page, "Stufenwechsel").rows()).hasSize(10);
        assertThat(table(page, "Bestellungen").rows()).hasSize(1);
        assertThat(table(page, "Kurse").rows()).hasSize(UiServices.requiredModules().size());
        assertThat(table(page, "Schulungsmodule").rows()).noneMatch(r -> r.get(2) instanceof de.ikz.api.ui.Value.Badge b
                && b.text().equals("fehlt"));
        // appointed with free capacity but no move of its own while holding a guardianship
        assertThat(postActions(page)).isEmpty();
        View.Screen board = open(COORDINATOR, "volunteers", Map.of());
        Part.Lane appointed = all(board, Part.Board.class).get(0).lanes().stream()
                .filter(l -> l.title().startsWith("Bestellt")).findFirst().orElseThrow();
        assertThat(appointed.tiles()).extracting(Part.Tile::target).containsExactly("volunteers/" + id);
        assertThat(appointed.tiles().get(0).actions()).isEmpty();
    }

    @Test
    void theBoardOffersOnlyTheLegalMoves() {
        String a = enquiry("Anna");
        String b = enquiry("Bernd");
        move(b, VolunteerStage.APPLICATION);
        move(b, VolunteerStage.SUITABILITY_INTERVIEW);
        move(b, VolunteerStage.CONDUCT_CERTIFICATE);
        String c = enquiry("Clara");
        move(c, VolunteerStage.LEFT);

        View.Screen board = open(COORDINATOR, "volunteers", Map.of());
        Part.Board pipeline = all(board, Part.Board.class).get(0);
        assertThat(pipeline.lanes()).extracting(Part.Lane::title).doesNotContain("Ausgeschieden")
                .startsWith("Anfrage", "Bewerbung");
        assertThat(pipeline.lanes().get(0).tiles()).singleElement().extracting(Part.Tile::title).isEqualTo("Anna");
        assertThat(pipeline.lanes().get(0).tiles().get(0).lines().get(0)).contains("Jugendamt A");
        List<Part.Tile> tiles = new ArrayList<>();
        pipeline.lanes().forEach(l -> tiles.addAll(l.tiles()));
        for (Part.Tile t : tiles) {
            String id = t.target().substring("volunteers/".length());
            Volunteer v = volunteer(id);
            Set<VolunteerStage> legal = EnumSet.copyOf(VolunteerPipeline.allowedFrom(v.stage()));
            legal.removeAll(VolunteerPages.CASE_STAGES);
            List<VolunteerStage> offered = t.actions().stream().filter(x -> x.method() == Part.Method.POST)
                    .map(x -> VolunteerStage.valueOf(x.params().get("to"))).toList();
            assertThat(offered).as(t.title()).containsExactlyInAnyOrderElementsOf(legal);
            t.actions().stream().filter(x -> x.method() == Part.Method.POST)
                    .forEach(x -> assertThat(x.target()).isEqualTo("volunteers/" + id + "/stage"));
        }
        assertThat(tiles).filteredOn(t -> t.target().endsWith(a)).singleElement().satisfies(t -> assertThat(t.actions())
                .extracting(x -> x.params().get("to")).containsExactly("APPLICATION", "LEFT"));
        // leaving asks first
        assertThat(postActions(board)).filteredOn(x -> "LEFT".equals(x.params().get("to"))).allMatch(x -> x.confirm() != null);

        // the auditor reads the same board without any move
        View.Screen audited = open(AUDITOR, "volunteers", Map.of());
        assertThat(postActions(audited)).isEmpty();
        assertThat(all(audited, Part.Board.class).get(0).lanes()).isEqualTo(pipeline.lanes().stream()
                .map(l -> new Part.Lane(l.title(), l.tiles().stream().map(t -> new Part.Tile(t.title(), t.target(), t.lines(),
                        List.of())).toList())).toList());

        // who left: listed on request, no move at all
        View.Screen left = open(COORDINATOR, "volunteers", Map.of(), "stage", "LEFT");
        assertThat(table(left, "Ehrenamtliche in der Stufe").rows()).hasSize(1);
        assertThat(VolunteerPages.moves(volunteer(c))).isEmpty();
        assertThatThrownBy(() -> open(COORDINATOR, "volunteers", Map.of(), "stage", "NOPE"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("stage"));
    }

    @Test
    void aPooledVolunteerIsOfferedOnlyLeavingAndNoCaseStage() {
        Volunteer v = new Volunteer("V-1", "X", null, "ja-a", VolunteerStage.POOL, TODAY, null, List.of(), null, false, null,
                "ANY", 1, 0, 1, null, null, null, List.of(), List.of(), true, TODAY);
        assertThat(VolunteerPages.moves(v)).containsExactly(VolunteerStage.LEFT);
        Volunteer matched = new Volunteer("V-2", "Y", null, "ja-a", VolunteerStage.MATCHED, TODAY, null, List.of(), null, false,
                null, "ANY", 1, 1, 0, null, null, null, List.of(), List.of(), true, TODAY);
        assertThat(VolunteerPages.moves(matched)).isEmpty();
        Volunteer resting = new Volunteer("V-3", "Z", null, "ja-a", VolunteerStage.RESTING, TODAY, null, List.of(), null, false,
                null, "ANY", 1, 0, 1, null, null, null, List.of(), List.of(), true, TODAY);
        assertThat(VolunteerPages.moves(resting)).containsExactly(VolunteerStage.POOL, VolunteerStage.LEFT);
    }

    @Test
    void aRefusedMoveGivesTheServicesReasonAndChangesNothing() {
        String id = enquiry("Dora");
        move(id, VolunteerStage.APPLICATION);
        move(id, VolunteerStage.SUITABILITY_INTERVIEW);
        move(id, VolunteerStage.CONDUCT_CERTIFICATE);
        View.Screen form = open(COORDINATOR, "volunteers/{id}/stage", Map.of("id", id));
        assertThat(postForms(form).get(0).inputs().get(0).options()).containsOnlyKeys("TRAINING", "LEFT");
        // legal by the graph, refused by the record: no certificate yet
        assertThatThrownBy(() -> move(id, VolunteerStage.TRAINING)).isInstanceOfSatisfying(IkzException.class, e -> {
            assertThat(e.kind()).isEqualTo(IkzException.Kind.CONFLICT);
            assertThat(e.field()).isEqualTo("conductCheck");
            assertThat(e.getMessage()).contains("no certificate of good conduct");
        });
        send(COORDINATOR, "volunteers/{id}/conduct-check", Map.of("id", id), "seen", TODAY.minusMonths(4).toString(), "clear", "true");
        assertThatThrownBy(() -> move(id, VolunteerStage.TRAINING)).isInstanceOfSatisfying(IkzException.class,
                e -> assertThat(e.field()).isEqualTo("seen"));
        assertThat(volunteer(id).stage()).isEqualTo(VolunteerStage.CONDUCT_CERTIFICATE);
        // a move sent by hand that the pipeline forbids
        assertThatThrownBy(() -> move(id, VolunteerStage.POOL)).isInstanceOfSatisfying(IkzException.class,
                e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> move(id, VolunteerStage.MATCHED)).isInstanceOfSatisfying(IkzException.class,
                e -> assertThat(e.field()).isEqualTo("to"));
        assertThat(office.volunteers.stageHistory(COORDINATOR, TENANT, id)).hasSize(4);
    }

    @Test
    void formErrorsNameTheFormsFields() {
        assertThatThrownBy(() -> send(COORDINATOR, "new-volunteer", Map.of(), "name", "X", "office", "ja-a", "capacity", "zwei"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        assertThatThrownBy(() -> send(COORDINATOR, "new-volunteer", Map.of(), "name", "X", "office", "ja-z"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("office"));
        assertThatThrownBy(() -> send(COORDINATOR, "new-volunteer", Map.of(), "office", "ja-a"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("name"));
        String id = enquiry("Emil");
        assertThatThrownBy(() -> send(COORDINATOR, "volunteers/{id}/conduct-check", Map.of("id", id), "seen", "gestern", "clear", "true"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("seen"));
        assertThatThrownBy(() -> send(COORDINATOR, "volunteers/{id}/conduct-check", Map.of("id", id), "seen", TODAY.toString()))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("clear"));
        // every field a service may name is an input of the form
        View.Screen form = open(COORDINATOR, "new-volunteer", Map.of());
        assertThat(postForms(form).get(0).inputs()).extracting(Part.Input::name).contains("name", "reach", "office", "languages",
                "ageBand", "unaccompaniedExperience", "municipality", "travel", "capacity", "forChild");
        assertThat(postForms(form).get(0).inputs().get(2).options()).containsOnlyKeys("ja-a", "ja-b");
    }

    @Test
    void changingTheProfileKeepsWhatIsNotSentAndClearsWhatIsSentBlank() {
        String id = enquiry("Fritz");
        View.Screen edit = open(COORDINATOR, "volunteers/{id}/edit", Map.of("id", id));
        assertThat(postForms(edit).get(0).inputs()).filteredOn(i -> i.name().equals("languages"))
                .singleElement().extracting(Part.Input::value).isEqualTo("Deutsch, Arabisch");
        send(COORDINATOR, "volunteers/{id}/edit", Map.of("id", id), "name", "Fritz Neu", "reach", "", "office", "ja-b",
                "languages", "Türkisch", "ageBand", "", "unaccompaniedExperience", "false", "municipality", "05334004",
                "travel", "ANY", "capacity", "1");
        Volunteer v = volunteer(id);
        assertThat(v.name()).isEqualTo("Fritz Neu");
        assertThat(v.reach()).isNull();
        assertThat(v.office()).isEqualTo("ja-b");
        assertThat(v.languages()).containsExactly("Türkisch");
        assertThat(v.ageBand()).isNull();
        assertThat(v.unaccompaniedExperience()).isFalse();
        assertThat(v.travel()).isEqualTo("ANY");
        assertThat(v.capacity()).isEqualTo(1);
    }

    @Test
    void theAuditorReadsTheVolunteerWithoutAnyChange() {
        String id = enquiry("Gerda");
        View.Screen page = open(AUDITOR, "volunteers/{id}", Map.of("id", id));
        assertThat(page.title()).isEqualTo("Gerda");
        assertThat(postActions(page)).isEmpty();
        assertThat(postForms(page)).isEmpty();
        assertThat(table(page, "Stufenwechsel").rows()).hasSize(1);
        assertThatThrownBy(() -> open(AUDITOR, "volunteers/{id}", Map.of("id", "V-NOPE")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
    }
}
