package de.ikz.vormundschaft.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.ikz.api.tenant.Caller;
import de.ikz.testkit.Callers;
import de.ikz.testkit.ConsoleHarness;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.Volunteers.Volunteer;

import org.junit.jupiter.api.Test;

class VolunteerListTest {

    static Volunteer volunteer(String id, String name, VolunteerStage stage, List<String> languages, String ageBand,
                               int capacity, int active, boolean trained, LocalDate recheck) {
        return new Volunteer(id, name, "0241 123", "ja-alsdorf", stage, LocalDate.of(2025, 3, 1), null, languages, ageBand,
                false, "05334004", "DISTRICT", capacity, active, capacity - active, recheck, null, null, List.of(),
                List.of(), trained, LocalDate.of(2025, 1, 10));
    }

    static final class Office extends StubOffice {
        final List<VolunteerStage> asked = new ArrayList<>();
        final List<Volunteer> answer;

        Office(List<Volunteer> answer) {
            this.answer = answer;
        }

        @Override
        public List<Volunteer> volunteers(Caller caller, String tenantId, VolunteerStage stage) {
            asked.add(stage);
            return answer;
        }
    }

    @Test
    void printsOneRowPerVolunteerWithCapacityLanguagesAndTraining() throws Exception {
        Office office = new Office(List.of(
                volunteer("v-1", "Eva Beispiel", VolunteerStage.APPOINTED, List.of("Deutsch", "Arabisch"), "6-11", 2, 1, true,
                        LocalDate.of(2027, 5, 1)),
                volunteer("v-2", "Jonas Muster", VolunteerStage.TRAINING, List.of(), null, 1, 0, false, null)));
        VolunteerCommands.ListVolunteers a = new VolunteerCommands.ListVolunteers();
        a.office = office;

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator("t1", "vormundschaft"));

        assertThat(o.err()).isEmpty();
        // ten fields do not fit 80 columns: one block per volunteer (kit Table)
        assertThat(o.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(ConsoleHarness.block(o.out(), "Id: v-1")).containsExactly(Map.entry("Name", "Eva Beispiel"),
                Map.entry("Office", "ja-alsdorf"), Map.entry("Stage", "APPOINTED"), Map.entry("Since", "2025-03-01"),
                Map.entry("Languages", "Deutsch, Arabisch"), Map.entry("Age band", "6-11"), Map.entry("Active/Capacity", "1/2"),
                Map.entry("Trained", "yes"), Map.entry("Re-check due", "2027-05-01"));
        assertThat(ConsoleHarness.block(o.out(), "Id: v-2")).containsExactly(Map.entry("Name", "Jonas Muster"),
                Map.entry("Office", "ja-alsdorf"), Map.entry("Stage", "TRAINING"), Map.entry("Since", "2025-03-01"),
                Map.entry("Languages", "-"), Map.entry("Age band", "-"), Map.entry("Active/Capacity", "0/1"),
                Map.entry("Trained", "no"), Map.entry("Re-check due", "-"));
        assertThat(office.asked).containsExactly((VolunteerStage) null);
    }

    @Test
    void stageOptionIsPassedAsStage() throws Exception {
        Office office = new Office(List.of());
        VolunteerCommands.ListVolunteers a = new VolunteerCommands.ListVolunteers();
        a.office = office;
        a.stage = "pool";

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator("t1", "vormundschaft"));

        assertThat(office.asked).containsExactly(VolunteerStage.POOL);
        assertThat(o.out()).contains("(none)");
    }

    @Test
    void unknownStageIsRefusedWithoutAskingTheService() throws Exception {
        Office office = new Office(List.of());
        VolunteerCommands.ListVolunteers a = new VolunteerCommands.ListVolunteers();
        a.office = office;
        a.stage = "waiting";

        ConsoleHarness.Output o = ConsoleHarness.run(a, Callers.coordinator("t1", "vormundschaft"));

        assertThat(o.err()).startsWith("Error in --stage: 'waiting' is not a stage");
        assertThat(office.asked).isEmpty();
    }
}
