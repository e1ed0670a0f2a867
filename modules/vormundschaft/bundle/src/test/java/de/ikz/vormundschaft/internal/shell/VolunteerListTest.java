package de.ikz.vormundschaft.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.ikz.api.tenant.Caller;
import de.ikz.vormundschaft.internal.domain.VolunteerStage;
import de.ikz.vormundschaft.internal.service.CoordinationOffice.Volunteer;

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

        ConsoleHarness.Output o = ConsoleHarness.run(a, ConsoleHarness.coordinator());

        assertThat(o.err()).isEmpty();
        assertThat(ConsoleHarness.row(o.out(), "Id")).containsExactly("Id", "Name", "Office", "Stage", "Since", "Languages",
                "Age band", "Active/Capacity", "Trained", "Re-check due");
        assertThat(ConsoleHarness.row(o.out(), "v-1")).containsExactly("v-1", "Eva Beispiel", "ja-alsdorf", "APPOINTED",
                "2025-03-01", "Deutsch, Arabisch", "6-11", "1/2", "yes", "2027-05-01");
        assertThat(ConsoleHarness.row(o.out(), "v-2")).containsExactly("v-2", "Jonas Muster", "ja-alsdorf", "TRAINING",
                "2025-03-01", "-", "-", "0/1", "no", "-");
        assertThat(office.asked).containsExactly((VolunteerStage) null);
    }

    @Test
    void stageOptionIsPassedAsStage() throws Exception {
        Office office = new Office(List.of());
        VolunteerCommands.ListVolunteers a = new VolunteerCommands.ListVolunteers();
        a.office = office;
        a.stage = "pool";

        ConsoleHarness.Output o = ConsoleHarness.run(a, ConsoleHarness.coordinator());

        assertThat(office.asked).containsExactly(VolunteerStage.POOL);
        assertThat(o.out()).contains("(none)");
    }

    @Test
    void unknownStageIsRefusedWithoutAskingTheService() throws Exception {
        Office office = new Office(List.of());
        VolunteerCommands.ListVolunteers a = new VolunteerCommands.ListVolunteers();
        a.office = office;
        a.stage = "waiting";

        ConsoleHarness.Output o = ConsoleHarness.run(a, ConsoleHarness.coordinator());

        assertThat(o.err()).startsWith("Error in --stage: 'waiting' is not a stage");
        assertThat(office.asked).isEmpty();
    }
}
