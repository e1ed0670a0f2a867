package de.ikz.agreement.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementDates;
import de.ikz.api.agreement.AgreementText;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ProfileTest {

    static final List<String> LABELS = List.of("Beteiligte", "Stichworte", "Hauptverantwortlich", "Sonstige Beteiligte",
            "Kurzprofil", "Anlass", "Ziel", "Umsetzung", "Finanzierung", "Rechtsform", "Zusammenarbeit seit", "Kontakt", "Links");

    static Agreement agreement(LegalForm form, AgreementText text) {
        return new Agreement("ak-vormund", "vormundschaft", "Koordinierungsstelle für ehrenamtliche Vormünder im Altkreis Aachen",
                "staedteregion",
                List.of(new Party("staedteregion", Party.LEAD), new Party("alsdorf", Party.PARTNER),
                        new Party("wuerselen", Party.PARTNER), new Party("skf", Party.OTHER)),
                form,
                new AgreementDates(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 15),
                        LocalDate.of(2024, 1, 1), null, "12 Monate zum Jahresende"),
                List.of("Vormundschaft", "Ehrenamt", "Jugendhilfe"), text, null, 1, LocalDate.of(2024, 1, 1), null, null, null);
    }

    static AgreementText text() {
        return new AgreementText("Reform des Vormundschaftsrechts zum 1.1.2023: Vorrang des Ehrenamts.",
                "Ehrenamtliche Vormünder gewinnen, schulen und begleiten.", "Gemeinsame Koordinierungsstelle bei der StädteRegion.",
                "Umlage nach Einwohnern; Sachleistung der StädteRegion wird angerechnet.",
                "StädteRegion Aachen\nA 51 – Jugendamt\nZollernstraße 10, 52070 Aachen",
                List.of("https://www.staedteregion-aachen.de/vormundschaft", "Flyer (Druckfassung)"));
    }

    static final ProfileFacts FACTS = new ProfileFacts(Map.of("staedteregion", "StädteRegion Aachen", "alsdorf", "Stadt Alsdorf",
            "wuerselen", "Stadt Würselen", "skf", "Sozialdienst katholischer Frauen e.V."), null, "Köln", 556_631L,
            LocalDate.of(2023, 12, 31), "IT.NRW", new BigDecimal("706.91"));

    @Test
    void jsonHasTheFieldsOfTheStateDatabaseInPageOrder() {
        Map<String, Object> json = Profile.json(agreement(LegalForm.PUBLIC_LAW_MANDATE, text()), FACTS);
        assertThat(json.keySet()).containsExactly("titel", "beteiligte", "stichworte", "hauptverantwortlich", "sonstigeBeteiligte",
                "kurzprofil", "anlass", "ziel", "umsetzung", "finanzierung", "rechtsform", "zusammenarbeitSeit", "kontakt", "links");
        assertThat(json.get("beteiligte")).isEqualTo(List.of("StädteRegion Aachen", "Stadt Alsdorf", "Stadt Würselen"));
        assertThat(json.get("sonstigeBeteiligte")).isEqualTo(List.of("Sozialdienst katholischer Frauen e.V."));
        assertThat(json.get("hauptverantwortlich")).isEqualTo("StädteRegion Aachen");
        assertThat(json.get("stichworte")).isEqualTo(List.of("Vormundschaft", "Ehrenamt", "Jugendhilfe"));
        assertThat(json.get("rechtsform")).isEqualTo("Öffentlich-rechtliche Vereinbarung (Mandat)");
        assertThat(json.get("zusammenarbeitSeit")).isEqualTo("2024-01-01");
        @SuppressWarnings("unchecked")
        Map<String, Object> kurz = (Map<String, Object>) json.get("kurzprofil");
        assertThat(kurz.keySet()).containsExactly("hauptverantwortlich", "regierungsbezirk", "einwohner", "flaecheKm2");
        assertThat(kurz.get("einwohner")).isEqualTo(Map.of("anzahl", 556_631L, "stichtag", "2023-12-31", "quelle", "IT.NRW"));
        assertThat(kurz.get("flaecheKm2")).isEqualTo(new BigDecimal("706.91"));
    }

    @Test
    void jsonIsWrittenByAPlainMapperInFieldOrder() throws IOException {
        String s = new ObjectMapper().writeValueAsString(Profile.json(agreement(LegalForm.ZWECKVERBAND, text()), FACTS));
        int last = -1;
        for (String field : Profile.FIELDS) {
            int at = s.indexOf("\"" + field + "\":");
            assertThat(at).as(field).isGreaterThan(last);
            last = at;
        }
        assertThat(s).contains("\"anzahl\":556631", "\"flaecheKm2\":706.91", "\"rechtsform\":\"Zweckverband\"");
    }

    @Test
    void legalFormsAreGerman() {
        assertThat(Arrays.stream(LegalForm.values()).map(Profile::legalForm)).containsExactly(
                "Öffentlich-rechtliche Vereinbarung (Delegation)", "Öffentlich-rechtliche Vereinbarung (Mandat)", "Zweckverband",
                "Kooperationsvereinbarung");
    }

    @Test
    void markdownHasTheFieldsInPageOrderWithGermanFormats() {
        String md = Profile.markdown(agreement(LegalForm.PUBLIC_LAW_DELEGATION, text()), FACTS);
        assertThat(md).startsWith("# Koordinierungsstelle für ehrenamtliche Vormünder im Altkreis Aachen\n");
        List<String> headings = md.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
        assertThat(headings).containsExactlyElementsOf(LABELS);
        assertThat(md).contains("- Stadt Würselen\n", "- **Einwohner:** 556.631 (Stand 31.12.2023; Quelle: IT.NRW)",
                "- **Fläche:** 706,91 km²", "- **Regierungsbezirk:** Köln", "## Zusammenarbeit seit\n\n01.01.2024\n",
                "Öffentlich-rechtliche Vereinbarung (Delegation)", "- <https://www.staedteregion-aachen.de/vormundschaft>",
                "StädteRegion Aachen\\\nA 51 – Jugendamt\\\nZollernstraße 10, 52070 Aachen\n");
    }

    @Test
    void markdownEscapesMarkupInData() {
        Agreement a = agreement(LegalForm.COOPERATION_AGREEMENT, new AgreementText("*wichtig* <b>neu</b>", "1. Ziel", "- kein Punkt",
                null, null, List.of("[Link](javascript:alert(1))")));
        String md = Profile.markdown(a, FACTS);
        assertThat(md).contains("\\*wichtig\\* \\<b\\>neu\\</b\\>", "1\\. Ziel", "\\- kein Punkt",
                "- \\[Link\\](javascript:alert(1))");
    }

    @Test
    void missingValuesShowKeineAngabeAndAreNullInJson() {
        Agreement a = new Agreement("x", "netzwerk", "Netzwerk ImBlick", null, List.of(), null, null, null, null, null, 1, null, null,
                null, null);
        String md = Profile.markdown(a, null);
        assertThat(md.lines().filter(l -> l.startsWith("## ")).count()).isEqualTo(LABELS.size());
        assertThat(md).contains("## Anlass\n\nkeine Angabe\n", "- **Einwohner:** keine Angabe");
        Map<String, Object> json = Profile.json(a, null);
        assertThat(json.keySet()).containsExactlyElementsOf(Profile.FIELDS);
        assertThat(json.get("rechtsform")).isNull();
        assertThat(json.get("zusammenarbeitSeit")).isNull();
        assertThat(text(Profile.pdf(a, null))).contains("Netzwerk ImBlick", "keine Angabe");
    }

    @Test
    void pdfShowsTitleFieldsInOrderAndGermanFormats() {
        String text = text(Profile.pdf(agreement(LegalForm.PUBLIC_LAW_MANDATE, text()), FACTS));
        assertThat(text).contains("Koordinierungsstelle für ehrenamtliche Vormünder im Altkreis Aachen", "Einwohner", "556.631",
                "31.12.2023", "IT.NRW", "706,91 km²", "Regierungsbezirk", "Köln", "01.01.2024", "Zollernstraße 10",
                "Öffentlich-rechtliche Vereinbarung (Mandat)", "Sozialdienst katholischer Frauen e.V.", "Seite 1 von 1");
        List<String> lines = text.lines().toList();
        int last = -1;
        for (String label : LABELS) {
            int at = lines.indexOf(label);
            assertThat(at).as(label).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void longTextsWrapAndContinueOnNewPages() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            sentences.add("Satz " + i + " über die Zusammenarbeit der Jugendämter.");
        }
        String longText = String.join(" ", sentences) + " Ende-des-Anlasses";
        byte[] pdf = Profile.pdf(agreement(LegalForm.PUBLIC_LAW_MANDATE, new AgreementText(longText, "Ziel", "Umsetzung",
                "Finanzierung", "Kontakt", List.of("https://example.org/" + "x".repeat(200)))), FACTS);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String all = new PDFTextStripper().getText(doc);
            String flat = all.replaceAll("\\s+", " ");
            assertThat(flat).contains("Satz 1 über", "Satz 150 über", "Satz 300 über die Zusammenarbeit der Jugendämter. Ende-des-Anlasses");
            assertThat(all.lines().filter(l -> l.contains("Satz ")).count()).as("wrapped onto many lines").isGreaterThan(30);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(doc.getNumberOfPages());
            assertThat(lastPage.getText(doc)).contains("Links", "Seite " + doc.getNumberOfPages() + " von " + doc.getNumberOfPages());
            assertThat(flat.replace(" ", "")).contains("https://example.org/" + "x".repeat(200));
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
