package de.ikz.agreement.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementDates;
import de.ikz.api.agreement.AgreementText;
import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.api.document.Block;
import de.ikz.api.document.Field;
import de.ikz.api.document.Report;

import org.junit.jupiter.api.Test;

/** The profile's three forms from one agreement version and its facts (no database, no renderer). */
class ProfileTest {

    static final CostRule BY_POPULATION = new CostRule(new KeySpec("population", null, LocalDate.of(2019, 12, 31), null, null, null,
            null, null, null, null), null, "QUARTERLY", null, null, Map.of("staedteregion", new BigDecimal("15000.00")));
    static final CostRule BY_APPOINTMENTS = new CostRule(new KeySpec("measure", null, null, null, "vormundschaft",
            "active-appointments", null, null, null, null), null, "QUARTERLY", null, null, Map.of("staedteregion", new BigDecimal("15000.00")));

    static Agreement agreement(LegalForm form, AgreementText text) {
        return version(1, LocalDate.of(2024, 1, 1), BY_POPULATION, form, text);
    }

    static Agreement version(int version, LocalDate validFrom, CostRule rule, LegalForm form, AgreementText text) {
        return new Agreement("ak-vormund", "vormundschaft", "Koordinierungsstelle für ehrenamtliche Vormünder im Altkreis Aachen",
                "staedteregion",
                List.of(new Party("staedteregion", Party.LEAD), new Party("alsdorf", Party.PARTNER),
                        new Party("wuerselen", Party.PARTNER), new Party("skf", Party.OTHER)),
                form,
                new AgreementDates(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 15),
                        LocalDate.of(2024, 1, 1), null, "12 Monate zum Jahresende"),
                List.of("Vormundschaft", "Ehrenamt", "Jugendhilfe"), text, rule, version, validFrom, null, null, null);
    }

    static AgreementText text() {
        return new AgreementText("Reform des Vormundschaftsrechts zum 1.1.2023: Vorrang des Ehrenamts.",
                "Ehrenamtliche Vormünder gewinnen, schulen und begleiten.", "Gemeinsame Koordinierungsstelle bei der StädteRegion.",
                "Umlage nach Einwohnern; Sachleistung der StädteRegion wird angerechnet.",
                "StädteRegion Aachen\nA 51 – Jugendamt\nZollernstraße 10, 52070 Aachen",
                List.of("https://www.staedteregion-aachen.de/vormundschaft", "Flyer (Druckfassung)"));
    }

    static final Map<String, String> NAMES = names();

    static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("staedteregion", "StädteRegion Aachen");
        m.put("alsdorf", "Stadt Alsdorf");
        m.put("wuerselen", "Stadt Würselen");
        m.put("skf", "Sozialdienst katholischer Frauen e.V.");
        return m;
    }

    static final ProfileFacts.CooperationArea AREA = new ProfileFacts.CooperationArea(
            List.of("05334002", "05334004", "05334012", "05334016"), List.of("Köln"), 556_631L, LocalDate.of(2023, 12, 31),
            LocalDate.of(2023, 12, 31), "IT.NRW", new BigDecimal("706.91"));

    static ProfileFacts facts(Agreement a) {
        return new ProfileFacts(LocalDate.of(2025, 6, 30), NAMES, null, AREA, CostRuleWords.of(a.costRule(), NAMES, null),
                a.text() == null ? null : a.text().finanzierung());
    }

    @Test
    void jsonKeysAreEnglishInTheStateDatabasesOrder() throws IOException {
        Agreement a = agreement(LegalForm.PUBLIC_LAW_MANDATE, text());
        Map<String, Object> json = Profile.json(a, facts(a));
        assertThat(json.keySet()).containsExactly("id", "version", "validFrom", "on", "title", "participants", "tags", "lead",
                "otherParticipants", "summary", "occasion", "goal", "implementation", "financing", "legalForm", "cooperationSince",
                "contact", "links");
        JsonNode node = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(json));
        assertThat(node.get("summary").fieldNames()).toIterable().containsExactly("regions", "population", "areaKm2");
        assertThat(node.get("summary").get("population").fieldNames()).toIterable()
                .containsExactly("count", "municipalities", "referenceDate", "source");
        assertThat(node.get("financing").fieldNames()).toIterable().containsExactly("costRule", "text");
        assertThat(node.get("participants")).extracting(JsonNode::asText)
                .containsExactly("StädteRegion Aachen", "Stadt Alsdorf", "Stadt Würselen");
        assertThat(node.get("otherParticipants").get(0).asText()).isEqualTo("Sozialdienst katholischer Frauen e.V.");
        assertThat(node.get("lead").asText()).isEqualTo("StädteRegion Aachen");
        assertThat(node.get("legalForm").asText()).isEqualTo("PUBLIC_LAW_MANDATE");
        assertThat(node.get("cooperationSince").asText()).isEqualTo("2024-01-01");
        assertThat(node.get("on").asText()).isEqualTo("2025-06-30");
        assertThat(node.get("summary").get("population").get("count").asLong()).isEqualTo(556_631L);
        assertThat(node.get("summary").get("population").get("municipalities").asInt()).isEqualTo(4);
        assertThat(node.get("summary").get("population").get("referenceDate").asText()).isEqualTo("2023-12-31");
        assertThat(node.get("summary").get("areaKm2").decimalValue()).isEqualByComparingTo("706.91");
        assertThat(node.get("financing").get("costRule").asText()).startsWith("Umlage nach Einwohnern im Gebiet jedes Partners");
        // every key at every level is English: no German key is left
        assertThat(allKeys(node)).noneMatch(k -> k.matches(".*(titel|beteiligte|kurzprofil|einwohner|anlass|ziel|finanzierung|"
                + "rechtsform|seit|kontakt|stichworte|hauptverantwortlich|quelle|stichtag|anzahl|flaeche).*"));
    }

    @Test
    void missingValuesAreNullInJsonAndTheKeySetStaysTheSame() {
        Agreement a = new Agreement("x", "netzwerk", "Netzwerk ImBlick", null, List.of(), null, null, null, null, null, 1, null, null,
                null, null);
        Map<String, Object> json = Profile.json(a, null);
        assertThat(json.keySet()).containsExactlyElementsOf(Profile.FIELDS);
        assertThat(json.get("legalForm")).isNull();
        assertThat(json.get("cooperationSince")).isNull();
        assertThat(json.get("occasion")).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) json.get("summary");
        assertThat(summary.keySet()).containsExactlyElementsOf(Profile.SUMMARY_FIELDS);
        assertThat(summary.get("population")).isNull();
    }

    @Test
    void legalFormsAreGermanInThePrintedForms() {
        assertThat(Arrays.stream(LegalForm.values()).map(Profile::legalForm)).containsExactly(
                "Öffentlich-rechtliche Vereinbarung (Delegation)", "Öffentlich-rechtliche Vereinbarung (Mandat)", "Zweckverband",
                "Kooperationsvereinbarung");
    }

    @Test
    void markdownHasGermanLabelsInPageOrderTheLeadOnceAndTheWholeArea() {
        Agreement a = agreement(LegalForm.PUBLIC_LAW_DELEGATION, text());
        String md = Profile.markdown(a, facts(a));
        assertThat(md).startsWith("# Koordinierungsstelle für ehrenamtliche Vormünder im Altkreis Aachen\n\n"
                + "IKZ-Profil · Fassung 1, gültig ab 01.01.2024 · Stand 30.06.2025\n");
        List<String> headings = md.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
        assertThat(headings).containsExactlyElementsOf(Profile.LABELS);
        assertThat(count(md, "Hauptverantwortlich")).isEqualTo(1);
        assertThat(md).contains("- Stadt Würselen\n", "- **Einwohner:** 556.631 (Gebiet der Kooperation: 4 Gemeinden)",
                "- **Stichtag:** 31.12.2023", "- **Quelle:** IT.NRW", "- **Fläche:** 706,91 km²", "- **Regierungsbezirk:** Köln",
                "## Zusammenarbeit seit\n\n01.01.2024\n", "Öffentlich-rechtliche Vereinbarung (Delegation)",
                "- **Kostenaufteilung:** Umlage nach Einwohnern im Gebiet jedes Partners, Stand 31.12.2019. "
                        + "Sachleistung angerechnet: StädteRegion Aachen 15.000,00 €. Abschläge vierteljährlich.",
                "- <https://www.staedteregion-aachen.de/vormundschaft>",
                "StädteRegion Aachen\\\nA 51 – Jugendamt\\\nZollernstraße 10, 52070 Aachen\n");
        assertThat(md).doesNotContain("keine Angabe");
    }

    @Test
    void emptyOptionalFieldsAreLeftOutInsteadOfSayingKeineAngabe() {
        Agreement a = agreement(LegalForm.PUBLIC_LAW_MANDATE, new AgreementText("Anlass", null, " ", null, null, List.of()));
        ProfileFacts f = new ProfileFacts(LocalDate.of(2025, 6, 30), NAMES, null, null, null, null);
        String md = Profile.markdown(new Agreement(a.id(), a.moduleId(), a.title(), a.leadPartner(), List.of(
                new Party("staedteregion", Party.LEAD), new Party("alsdorf", Party.PARTNER)), a.legalForm(), a.dates(), List.of(),
                a.text(), null, 1, a.validFrom(), null, null, null), f);
        assertThat(md.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)))
                .containsExactly("Beteiligte", "Hauptverantwortlich", "Anlass", "Rechtsform", "Zusammenarbeit seit");
        assertThat(md).doesNotContain("keine Angabe", "Links", "Kurzprofil", "Finanzierung");
    }

    @Test
    void markdownEscapesMarkupInData() {
        Agreement a = agreement(LegalForm.COOPERATION_AGREEMENT, new AgreementText("*wichtig* <b>neu</b>", "1. Ziel", "- kein Punkt",
                null, null, List.of("[Link](javascript:alert(1))")));
        String md = Profile.markdown(a, facts(a));
        assertThat(md).contains("\\*wichtig\\* \\<b\\>neu\\</b\\>", "1\\. Ziel", "\\- kein Punkt",
                "- \\[Link\\](javascript:alert(1))");
    }

    @Test
    void theReportHasTheFieldsOnceInOrderAndNoEmptyBlock() {
        Agreement a = agreement(LegalForm.PUBLIC_LAW_MANDATE, new AgreementText("Anlass", "Ziel", "Umsetzung", "Finanzierung laut "
                + "Vereinbarung", "Kontakt", List.of()));
        Report r = Profile.report(a, facts(a), null);
        assertThat(r.title()).isEqualTo("Koordinierungsstelle für ehrenamtliche Vormünder im Altkreis Aachen");
        assertThat(r.subtitle()).isEqualTo("IKZ-Profil · Fassung 1, gültig ab 01.01.2024 · Stand 30.06.2025");
        assertThat(r.info().fileName()).isEqualTo("ak-vormund-profil");
        assertThat(r.info().language()).isEqualTo("de");
        assertThat(r.info().author()).isEqualTo("StädteRegion Aachen");
        List<String> labels = r.body().stream().flatMap(b -> b instanceof Block.Heading h ? java.util.stream.Stream.of(h.text())
                : b instanceof Block.Fields f ? f.fields().stream().map(Field::label) : java.util.stream.Stream.<String>empty()).toList();
        assertThat(labels).containsSubsequence("Beteiligte", "Stichworte", "Hauptverantwortlich", "Sonstige Beteiligte", "Kurzprofil",
                "Anlass", "Ziel", "Umsetzung", "Finanzierung", "Kostenaufteilung", "Rechtsform", "Zusammenarbeit seit", "Kontakt");
        assertThat(labels).doesNotContain("Links");
        assertThat(labels.stream().filter("Hauptverantwortlich"::equals)).hasSize(1);
        assertThat(r.body()).allSatisfy(b -> {
            if (b instanceof Block.Fields f) {
                assertThat(f.fields()).isNotEmpty().allSatisfy(x -> assertThat(x.value()).isNotBlank());
            }
            if (b instanceof Block.Paragraph p) {
                assertThat(p.text()).isNotBlank();
            }
        });
        assertThat(r.data()).isNull();
    }

    @Test
    void aFinancingTextTakenOverUnchangedFromAnEarlierRuleIsLeftOut() {
        Agreement v1 = version(1, LocalDate.of(2024, 1, 1), BY_POPULATION, LegalForm.PUBLIC_LAW_MANDATE, text());
        Agreement v2 = version(2, LocalDate.of(2026, 1, 1), BY_APPOINTMENTS, LegalForm.PUBLIC_LAW_MANDATE, text());
        assertThat(Profile.financingText(List.of(v1), v1)).startsWith("Umlage nach Einwohnern");
        assertThat(Profile.financingText(List.of(v1, v2), v2)).as("v2 changed the rule, not the text").isNull();
        AgreementText rewritten = new AgreementText(null, null, null, "Umlage nach aktiven Bestellungen", null, null);
        Agreement v2b = version(2, LocalDate.of(2026, 1, 1), BY_APPOINTMENTS, LegalForm.PUBLIC_LAW_MANDATE, rewritten);
        assertThat(Profile.financingText(List.of(v1, v2b), v2b)).isEqualTo("Umlage nach aktiven Bestellungen");
        Agreement v3 = version(3, LocalDate.of(2027, 1, 1), BY_APPOINTMENTS, LegalForm.ZWECKVERBAND, rewritten);
        assertThat(Profile.financingText(List.of(v1, v2b, v3), v3)).as("v3 kept rule and text").isEqualTo("Umlage nach aktiven Bestellungen");
    }

    static long count(String s, String word) {
        return s.split(java.util.regex.Pattern.quote(word), -1).length - 1L;
    }

    static List<String> allKeys(JsonNode node) {
        List<String> keys = new java.util.ArrayList<>();
        node.fields().forEachRemaining(e -> {
            keys.add(e.getKey());
            keys.addAll(allKeys(e.getValue()));
        });
        return keys;
    }
}
