package de.ikz.agreement.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.error.IkzException;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterMunicipality;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;

import org.junit.jupiter.api.Test;

/** The cooperation's area is the union of all parties' areas: a municipality in two parties' areas counts once. */
class AreaFactsTest {

    static final Caller READER = new Caller("au", Set.of(PlatformRole.AUDITOR), Optional.of("t"), Optional.empty(), Set.of(), "test");
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    /** A district of four municipalities, two of its towns, a town of another district, a welfare organisation. */
    static final Map<String, List<String>> AREAS = Map.of(
            "kreis", List.of("05334002", "05334004", "05334012", "05334016"),
            "alsdorf", List.of("05334004"),
            "eschweiler", List.of("05334012"),
            "dueren", List.of("05358008"),
            "skf", List.of());
    static final Map<String, Long> POPULATION = Map.of("05334002", 249_070L, "05334004", 47_018L, "05334012", 56_385L,
            "05334016", 9_862L, "05358008", 91_216L);
    static final Map<String, BigDecimal> KM2 = Map.of("05334002", new BigDecimal("160.85"), "05334004", new BigDecimal("31.68"),
            "05334012", new BigDecimal("75.86"), "05334016", new BigDecimal("94.60"), "05358008", new BigDecimal("85.00"));

    static ParticipantService participants() {
        return (ParticipantService) Proxy.newProxyInstance(AreaFactsTest.class.getClassLoader(), new Class<?>[] {ParticipantService.class},
                (p, m, args) -> {
                    if (m.getName().equals("area")) {
                        List<String> area = AREAS.get((String) args[2]);
                        if (area == null) {
                            throw IkzException.notFound("participant", (String) args[2]);
                        }
                        return area;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    static RegisterService register(Set<String> withoutFigure, LocalDate otherDateFor) {
        return (RegisterService) Proxy.newProxyInstance(AreaFactsTest.class.getClassLoader(), new Class<?>[] {RegisterService.class},
                (p, m, args) -> switch (m.getName()) {
                    case "figures" -> {
                        @SuppressWarnings("unchecked")
                        Collection<String> ags = (Collection<String>) args[0];
                        assertThat(args[1]).isEqualTo(FigureValue.POPULATION);
                        assertThat(args[2]).isEqualTo(DAY);
                        Map<String, FigureValue> out = new LinkedHashMap<>();
                        for (String a : ags) {
                            if (!withoutFigure.contains(a)) {
                                boolean other = a.startsWith("05358") && otherDateFor != null;
                                out.put(a, new FigureValue(a, FigureValue.POPULATION, other ? otherDateFor : LocalDate.of(2023, 12, 31),
                                        POPULATION.get(a), other ? "Destatis" : "IT.NRW"));
                            }
                        }
                        yield out;
                    }
                    case "municipalitiesOf" -> {
                        List<RegisterMunicipality> out = new ArrayList<>();
                        KM2.forEach((ags, km2) -> {
                            if (ags.startsWith((String) args[0])) {
                                out.add(new RegisterMunicipality(ags, ags, ags.substring(0, 5), 64, km2, null));
                            }
                        });
                        yield out;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void aDistrictAndTwoOfItsTownsCountEachMunicipalityOnce() {
        ProfileFacts.CooperationArea area = AreaFacts.of(participants(), register(Set.of(), null), READER, "t",
                List.of("kreis", "alsdorf", "eschweiler", "skf"), DAY);
        assertThat(area.municipalities()).containsExactly("05334002", "05334004", "05334012", "05334016");
        assertThat(area.population()).isEqualTo(249_070L + 47_018L + 56_385L + 9_862L);
        assertThat(area.referenceDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(area.oldestReferenceDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(area.source()).isEqualTo("IT.NRW");
        assertThat(area.areaKm2()).isEqualByComparingTo("362.99");
        assertThat(area.regions()).containsExactly("Köln");
    }

    @Test
    void aPartnerOutsideTheLeadsAreaAddsItsMunicipalitiesWithTheirDateAndSource() {
        ProfileFacts.CooperationArea area = AreaFacts.of(participants(), register(Set.of(), LocalDate.of(2022, 12, 31)), READER, "t",
                List.of("kreis", "alsdorf", "dueren"), DAY);
        assertThat(area.municipalities()).hasSize(5);
        assertThat(area.population()).isEqualTo(249_070L + 47_018L + 56_385L + 9_862L + 91_216L);
        assertThat(area.referenceDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(area.oldestReferenceDate()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(area.source()).isEqualTo("IT.NRW; Destatis");
    }

    @Test
    void aMunicipalityWithoutAFigureMakesThePopulationUnknownNotTooSmall() {
        ProfileFacts.CooperationArea area = AreaFacts.of(participants(), register(Set.of("05334016"), null), READER, "t",
                List.of("kreis"), DAY);
        assertThat(area.population()).isNull();
        assertThat(area.areaKm2()).isNotNull();
        assertThat(AreaFacts.of(participants(), register(Set.of(), null), READER, "t", List.of("skf", "gone"), DAY)).isNull();
    }
}
