package de.ikz.vormundschaft.internal.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks pool volunteers for a pseudonymised child profile. The result is a suggestion for the
 * coordinator, whose reasoned proposal goes to the family court; it decides nothing.
 *
 * <p>Excluded (and not listed at all): volunteers without free capacity
 * ({@code capacity - activeGuardianships <= 0}) and volunteers whose training is not complete.
 *
 * <p>Score (points add up; each adds one reason):
 * <ul>
 *   <li>{@value #LANGUAGE} per language shared with the child (compared ignoring case) –
 *       "spricht &lt;Sprache&gt;", languages in alphabetical order;</li>
 *   <li>{@value #UNACCOMPANIED} if the child is an unaccompanied minor and the volunteer has
 *       experience with them – "Erfahrung mit unbegleiteten Minderjährigen";</li>
 *   <li>{@value #REGION} for the same region (ignoring case) – "gleiche Region";</li>
 *   <li>{@value #AGE_BAND} if the volunteer's preferred age band is the child's – "Altersgruppe
 *       passt"; {@value #AGE_BAND_ANY} if the volunteer has no preference – "Altersgruppe: keine
 *       Vorgabe"; nothing for a different preference (such volunteers stay in the list);</li>
 *   <li>{@value #PER_FREE_SLOT} per free slot, counting at most {@value #MAX_FREE_SLOTS} –
 *       always listed last as "freie Kapazität: n" (n = actual free slots).</li>
 * </ul>
 * Order: score descending, then volunteer id ascending (so equal scores always come out the same).
 */
public final class Matching {

    public static final int LANGUAGE = 30;
    public static final int UNACCOMPANIED = 25;
    public static final int REGION = 20;
    public static final int AGE_BAND = 15;
    public static final int AGE_BAND_ANY = 10;
    public static final int PER_FREE_SLOT = 2;
    public static final int MAX_FREE_SLOTS = 2;

    private static final Comparator<Match> ORDER =
            Comparator.comparingInt(Match::score).reversed().thenComparing(Match::volunteerId);

    private Matching() {
    }

    /** The eligible volunteers for {@code child}, best first. */
    public static List<Match> rank(ChildProfile child, List<VolunteerProfile> volunteers) {
        if (child == null) {
            throw new PipelineException("child", "the child profile is missing");
        }
        if (volunteers == null) {
            throw new PipelineException("volunteers", "the list of volunteers is missing");
        }
        List<Match> matches = new ArrayList<>();
        for (VolunteerProfile v : volunteers) {
            if (v != null && v.trainingComplete() && v.freeCapacity() > 0) {
                matches.add(score(child, v));
            }
        }
        matches.sort(ORDER);
        return List.copyOf(matches);
    }

    static Match score(ChildProfile child, VolunteerProfile v) {
        int score = 0;
        List<String> reasons = new ArrayList<>();

        Map<String, String> volunteerLanguages = new TreeMap<>();
        v.languages().forEach(l -> volunteerLanguages.put(key(l), l));
        Map<String, String> shared = new TreeMap<>();
        for (String l : child.languages()) {
            if (volunteerLanguages.containsKey(key(l))) {
                shared.put(key(l), l.strip());
            }
        }
        for (String language : shared.values()) {
            score += LANGUAGE;
            reasons.add("spricht " + language);
        }
        if (child.unaccompaniedMinor() && v.unaccompaniedExperience()) {
            score += UNACCOMPANIED;
            reasons.add("Erfahrung mit unbegleiteten Minderjährigen");
        }
        if (child.region() != null && v.region() != null && key(child.region()).equals(key(v.region()))) {
            score += REGION;
            reasons.add("gleiche Region");
        }
        if (v.ageBandPreference() == null) {
            score += AGE_BAND_ANY;
            reasons.add("Altersgruppe: keine Vorgabe");
        } else if (v.ageBandPreference().equals(child.ageBand())) {
            score += AGE_BAND;
            reasons.add("Altersgruppe passt");
        }
        int free = v.freeCapacity();
        score += PER_FREE_SLOT * Math.min(free, MAX_FREE_SLOTS);
        reasons.add("freie Kapazität: " + free);
        return new Match(v.id(), score, reasons);
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
