package de.ikz.vormundschaft.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MatchingTest {

    private static final ChildProfile CHILD =
            new ChildProfile("K-7F3", "12-17", Set.of("Arabisch", "Deutsch"), true, "Eschweiler");

    private static VolunteerProfile volunteer(String id, Set<String> languages, String ageBand, boolean umf,
            int capacity, int active, boolean trained, String region) {
        return new VolunteerProfile(id, languages, ageBand, umf, capacity, active, trained, region);
    }

    /** Shares nothing with the child except capacity: only the capacity reason. */
    private static VolunteerProfile plain(String id) {
        return volunteer(id, Set.of("Polnisch"), "0-5", false, 1, 0, true, "Stolberg");
    }

    @Test
    void bestMatchFirstWithAllReasons() {
        VolunteerProfile strong = volunteer("v-strong", Set.of("Arabisch", "Englisch"), "12-17", true, 2, 1, true,
                "eschweiler");
        VolunteerProfile weak = plain("v-weak");
        VolunteerProfile middle = volunteer("v-middle", Set.of("deutsch"), null, false, 3, 0, true, "Alsdorf");

        List<Match> ranked = Matching.rank(CHILD, List.of(weak, middle, strong));

        assertThat(ranked).extracting(Match::volunteerId).containsExactly("v-strong", "v-middle", "v-weak");
        assertThat(ranked.get(0).reasons()).containsExactly("spricht Arabisch",
                "Erfahrung mit unbegleiteten Minderjährigen", "gleiche Region", "Altersgruppe passt",
                "freie Kapazität: 1");
        assertThat(ranked.get(0).score()).isEqualTo(Matching.LANGUAGE + Matching.UNACCOMPANIED + Matching.REGION
                + Matching.AGE_BAND + Matching.PER_FREE_SLOT);
        assertThat(ranked.get(1).reasons()).containsExactly("spricht Deutsch", "Altersgruppe: keine Vorgabe",
                "freie Kapazität: 3");
        assertThat(ranked.get(1).score())
                .isEqualTo(Matching.LANGUAGE + Matching.AGE_BAND_ANY + Matching.PER_FREE_SLOT * Matching.MAX_FREE_SLOTS);
        assertThat(ranked.get(2).reasons()).containsExactly("freie Kapazität: 1");
        assertThat(ranked.get(2).score()).isEqualTo(Matching.PER_FREE_SLOT);
    }

    @Test
    void eachSharedLanguageCountsInAlphabeticalOrder() {
        VolunteerProfile both = volunteer("v-1", Set.of("Deutsch", "Arabisch"), "0-5", false, 1, 0, true, "Stolberg");
        Match m = Matching.rank(CHILD, List.of(both)).get(0);
        assertThat(m.reasons()).startsWith("spricht Arabisch", "spricht Deutsch");
        assertThat(m.score()).isEqualTo(2 * Matching.LANGUAGE + Matching.PER_FREE_SLOT);
    }

    @Test
    void experienceWithUnaccompaniedMinorsCountsOnlyForThem() {
        ChildProfile accompanied = new ChildProfile("K-1", "12-17", Set.of(), false, "Eschweiler");
        VolunteerProfile experienced = volunteer("v-1", Set.of(), "0-5", true, 1, 0, true, "Stolberg");
        assertThat(Matching.rank(accompanied, List.of(experienced)).get(0).reasons())
                .doesNotContain("Erfahrung mit unbegleiteten Minderjährigen");
    }

    @Test
    void volunteersWithoutFreeCapacityOrTrainingAreLeftOut() {
        VolunteerProfile full = volunteer("v-full", Set.of("Arabisch"), "12-17", true, 2, 2, true, "Eschweiler");
        VolunteerProfile overFull = volunteer("v-over", Set.of("Arabisch"), "12-17", true, 1, 3, true, "Eschweiler");
        VolunteerProfile untrained = volunteer("v-untrained", Set.of("Arabisch"), "12-17", true, 2, 0, false,
                "Eschweiler");
        VolunteerProfile noCapacity = volunteer("v-zero", Set.of("Arabisch"), "12-17", true, 0, 0, true, "Eschweiler");

        List<Match> ranked = Matching.rank(CHILD, List.of(full, overFull, untrained, noCapacity, plain("v-ok")));

        assertThat(ranked).extracting(Match::volunteerId).containsExactly("v-ok");
    }

    @Test
    void equalScoresAreOrderedByIdWhateverTheInputOrder() {
        List<VolunteerProfile> pool = new ArrayList<>(List.of(plain("v-c"), plain("v-a"), plain("v-b")));
        List<Match> first = Matching.rank(CHILD, pool);
        Collections.reverse(pool);
        List<Match> second = Matching.rank(CHILD, pool);

        assertThat(first).extracting(Match::volunteerId).containsExactly("v-a", "v-b", "v-c");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aDifferentAgePreferenceScoresLessThanNoPreferenceButStaysListed() {
        VolunteerProfile other = volunteer("v-a", Set.of(), "0-5", false, 1, 0, true, "Stolberg");
        VolunteerProfile any = volunteer("v-b", Set.of(), null, false, 1, 0, true, "Stolberg");
        VolunteerProfile same = volunteer("v-c", Set.of(), "12-17", false, 1, 0, true, "Stolberg");
        assertThat(Matching.rank(CHILD, List.of(other, any, same))).extracting(Match::volunteerId)
                .containsExactly("v-c", "v-b", "v-a");
    }

    @Test
    void emptyPoolGivesEmptyList() {
        assertThat(Matching.rank(CHILD, List.of())).isEmpty();
    }

    @Test
    void resultIsUnmodifiable() {
        List<Match> ranked = Matching.rank(CHILD, List.of(plain("v-1")));
        assertThatThrownBy(ranked::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ranked.get(0).reasons().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalidProfilesNameTheirField() {
        assertThatThrownBy(() -> new ChildProfile("K-1", "18-21", Set.of(), false, "Eschweiler"))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("ageBand"));
        assertThatThrownBy(() -> new ChildProfile(" ", "0-5", Set.of(), false, "Eschweiler"))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("pseudonym"));
        assertThatThrownBy(() -> volunteer("v-1", Set.of(), "6-12", false, 1, 0, true, "X"))
                .isInstanceOfSatisfying(PipelineException.class,
                        e -> assertThat(e.field()).isEqualTo("ageBandPreference"));
        assertThatThrownBy(() -> volunteer("v-1", Set.of(), null, false, -1, 0, true, "X"))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        assertThatThrownBy(() -> volunteer(null, Set.of(), null, false, 1, 0, true, "X"))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("id"));
        assertThatThrownBy(() -> Matching.rank(null, List.of()))
                .isInstanceOfSatisfying(PipelineException.class, e -> assertThat(e.field()).isEqualTo("child"));
    }
}
