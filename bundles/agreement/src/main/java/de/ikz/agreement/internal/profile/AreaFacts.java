package de.ikz.agreement.internal.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterMunicipality;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.tenant.Caller;

/**
 * The cooperation's whole area on a day for the profile: the union of the areas of all parties
 * ({@link ParticipantService#area}: a district's municipalities, a town's own AGS, or a youth
 * office's jurisdiction), each municipality counted once, with the population of the union from
 * the register's per-municipality figures ({@link RegisterService#figures}) and the area in km².
 * A district and two of its towns are the district's municipalities, not the district plus the
 * towns again.
 */
public final class AreaFacts {

    private AreaFacts() {
    }

    /**
     * @param partyIds the parties of the version in force (all roles; a party without an area adds nothing)
     * @return the area, or null if no party has one
     */
    public static ProfileFacts.CooperationArea of(ParticipantService participants, RegisterService register, Caller caller,
                                                  String tenantId, Collection<String> partyIds, LocalDate day) {
        Set<String> union = new TreeSet<>();
        for (String party : partyIds) {
            try {
                union.addAll(participants.area(caller, tenantId, party, day));
            } catch (IkzException e) {
                if (e.kind() != IkzException.Kind.NOT_FOUND) {
                    throw e;
                }
                // a party removed from the register since: it has no area to add
            }
        }
        if (union.isEmpty()) {
            return null;
        }
        Map<String, FigureValue> figures = register.figures(union, FigureValue.POPULATION, day);
        Long population = null;
        LocalDate newest = null;
        LocalDate oldest = null;
        String source = null;
        if (figures.keySet().containsAll(union)) {
            long sum = 0;
            Set<String> sources = new LinkedHashSet<>();
            for (String ags : union) {
                FigureValue v = figures.get(ags);
                sum += v.value();
                newest = newest == null || v.referenceDate().isAfter(newest) ? v.referenceDate() : newest;
                oldest = oldest == null || v.referenceDate().isBefore(oldest) ? v.referenceDate() : oldest;
                if (v.source() != null && !v.source().isBlank()) {
                    sources.add(v.source().strip());
                }
            }
            population = sum;
            source = sources.isEmpty() ? null : String.join("; ", sources);
        }
        List<String> regions = union.stream().map(AreaFacts::regierungsbezirk).filter(Objects::nonNull).distinct().toList();
        return new ProfileFacts.CooperationArea(new ArrayList<>(union), regions, population, newest, oldest, source,
                areaKm2(register, union));
    }

    /** The sum of the municipalities' areas, one register query per district; null if one is unknown. */
    private static BigDecimal areaKm2(RegisterService register, Set<String> union) {
        Map<String, BigDecimal> areas = new HashMap<>();
        union.stream().map(ags -> ags.length() >= 5 ? ags.substring(0, 5) : ags).distinct().forEach(district -> {
            for (RegisterMunicipality m : register.municipalitiesOf(district)) {
                if (m.areaKm2() != null) {
                    areas.put(m.ags(), m.areaKm2());
                }
            }
        });
        BigDecimal sum = BigDecimal.ZERO;
        for (String ags : union) {
            BigDecimal a = areas.get(ags);
            if (a == null) {
                return null;
            }
            sum = sum.add(a);
        }
        return sum;
    }

    /** Regierungsbezirke of North Rhine-Westphalia by the AGS's third digit; elsewhere null. */
    static String regierungsbezirk(String ags) {
        if (ags == null || !ags.startsWith("05") || ags.length() < 3) {
            return null;
        }
        return switch (ags.charAt(2)) {
            case '1' -> "Düsseldorf";
            case '3' -> "Köln";
            case '5' -> "Münster";
            case '7' -> "Detmold";
            case '9' -> "Arnsberg";
            default -> null;
        };
    }
}
