package de.ikz.agreement.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementText;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.Letterhead;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.PostalAddress;
import de.ikz.document.internal.DocumentServiceImpl;
import de.ikz.testkit.PdfCheck;

import org.junit.jupiter.api.Test;

/**
 * The profile rendered by the platform's document service (its implementation, in plain JUnit):
 * PDF/A validated by veraPDF, the text extracted and compared, no empty page.
 */
class ProfilePdfTest {

    static final DocumentService DOCUMENTS = new DocumentServiceImpl();

    static Letterhead lead() {
        return DOCUMENTS.letterhead(new Participant("staedteregion", ParticipantKind.DISTRICT, "StädteRegion Aachen", "05334", null,
                List.of(), new PostalAddress("StädteRegion Aachen", "A 51 – Amt für Kinder, Jugend und Familie", "Zollernstraße 10",
                "52070", "Aachen"), "Frau Beispiel", "0241 5198-0", "jugendamt@staedteregion-aachen.de",
                new BankAccount("StädteRegion Aachen", "DE12390500001234567890", "AACSDE33XXX", "Sparkasse Aachen")));
    }

    /** Version 2 (split by appointments) with its text, without links. */
    static Agreement v2() {
        AgreementText t = new AgreementText("Reform des Vormundschaftsrechts zum 1.1.2023: Vorrang ehrenamtlicher Vormundschaften.",
                "Ehrenamtliche Vormünder und Pfleger gewinnen, qualifizieren und begleiten.",
                "Die StädteRegion Aachen organisiert die Koordinierungsstelle, stellt Räume und Personal.",
                "Umlage nach Einwohnern der Zuständigkeitsbereiche", "StädteRegion Aachen\nA 51 – Jugendamt\nZollernstraße 10, 52070 Aachen",
                List.of());
        return ProfileTest.version(2, LocalDate.of(2026, 1, 1), ProfileTest.BY_APPOINTMENTS, LegalForm.PUBLIC_LAW_MANDATE, t);
    }

    static ProfileFacts facts(Agreement a, String financingText) {
        return new ProfileFacts(LocalDate.of(2026, 6, 30), ProfileTest.NAMES, null, new ProfileFacts.CooperationArea(
                List.of("05334002", "05334004", "05334012", "05334016", "05358008"), List.of("Köln"), 453_551L,
                LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31), "IT.NRW, Bevölkerungsstand", new BigDecimal("413.99")),
                CostRuleWords.of(a.costRule(), ProfileTest.NAMES, (module, measure) -> "Aktive Bestellungen je Jugendamt"),
                financingText);
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void aProfileWithoutLinksIsOnePdfAPageWithTheRuleOfTheDayAndTheWholeArea() throws IOException {
        Agreement a = v2();
        byte[] pdf = DOCUMENTS.render(Profile.report(a, facts(a, null), lead()), DocumentService.Format.PDF);
        Path out = Path.of("target", "profile-v2.pdf");
        Files.write(out, pdf);

        assertThat(PdfCheck.fontsNotEmbedded(pdf)).isEmpty();
        assertThat(PdfCheck.pages(pdf)).as("no page holds only an empty field").isEqualTo(1);
        String text = PdfCheck.text(pdf);
        assertThat(ProfileTest.count(text, "Hauptverantwortlich")).isEqualTo(1);
        assertThat(flat(text)).contains("Koordinierungsstelle für ehrenamtliche Vormünder im Altkreis Aachen",
                "Fassung 2, gültig ab 01.01.2026", "Umlage nach Kennzahl „Aktive Bestellungen je Jugendamt“",
                "Sachleistung angerechnet: StädteRegion Aachen 15.000,00 €", "453.551", "5 Gemeinden", "31.12.2023",
                "IT.NRW, Bevölkerungsstand", "Öffentlich-rechtliche Vereinbarung (Mandat)", "Stadt Würselen",
                "Sozialdienst katholischer Frauen e.V.");
        assertThat(text).doesNotContain("keine Angabe", "Links", "nach Einwohnern");
        List<String> lines = text.lines().map(String::strip).toList();
        int last = -1;
        for (String label : List.of("Beteiligte", "Hauptverantwortlich", "Kurzprofil", "Anlass", "Ziel", "Umsetzung", "Finanzierung",
                "Rechtsform", "Kontakt")) {
            int at = indexOfStart(lines, label, last + 1);
            assertThat(at).as(label + " after line " + last).isGreaterThan(last);
            last = at;
        }
        assertThat(PdfCheck.assertPdfA(pdf)).as("PDF/A flavour").startsWith("2");
    }

    @Test
    void longTextsContinueOnFurtherPagesAndNoPageIsEmpty() {
        List<String> sentences = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            sentences.add("Satz " + i + " über die Zusammenarbeit der Jugendämter.");
        }
        Agreement base = v2();
        AgreementText t = new AgreementText(String.join(" ", sentences) + " EndeDesAnlasses", "Ziel", "Umsetzung", null, "Kontakt",
                List.of("https://www.staedteregion-aachen.de/vormundschaft"));
        Agreement a = ProfileTest.version(2, base.validFrom(), base.costRule(), LegalForm.PUBLIC_LAW_MANDATE, t);
        byte[] pdf = DOCUMENTS.render(Profile.report(a, facts(a, null), lead()), DocumentService.Format.PDF);
        int pages = PdfCheck.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        assertThat(flat(PdfCheck.text(pdf))).contains("Satz 1 über", "Satz 300 über die Zusammenarbeit der Jugendämter. EndeDesAnlasses");
        for (int p = 1; p <= pages; p++) {
            String page = PdfCheck.text(pdf, p);
            assertThat(page.lines().filter(l -> !l.isBlank() && !l.contains("Seite ") && !l.contains("IKZ-Profil")).count())
                    .as("page %d has content besides the footer", p).isGreaterThan(1);
        }
        assertThat(PdfCheck.text(pdf, pages)).contains("Links", "https://www.staedteregion-aachen.de/vormundschaft");
        PdfCheck.assertPdfA(pdf);
    }

    /**
     * The demo's guardianship office on a day of version 2 (its texts, six bodies, the register's source line):
     * the content fills page 1 to the bottom. The renderer started a second page holding only the footer.
     */
    @Test
    void aProfileThatFillsThePageToTheBottomGetsNoEmptySecondPage() throws IOException {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        List<de.ikz.api.agreement.Party> parties = new ArrayList<>();
        parties.add(new de.ikz.api.agreement.Party("ja-staedteregion", de.ikz.api.agreement.Party.LEAD));
        names.put("ja-staedteregion", "Jugendamt der StädteRegion Aachen");
        for (String[] town : new String[][] {{"alsdorf", "Stadt Alsdorf"}, {"eschweiler", "Stadt Eschweiler"},
                {"herzogenrath", "Stadt Herzogenrath"}, {"stolberg", "Kupferstadt Stolberg"}, {"wuerselen", "Stadt Würselen"}}) {
            parties.add(new de.ikz.api.agreement.Party("ja-" + town[0], de.ikz.api.agreement.Party.PARTNER));
            names.put("ja-" + town[0], "Jugendamt " + town[1]);
        }
        parties.add(new de.ikz.api.agreement.Party("skf-aachen", de.ikz.api.agreement.Party.OTHER));
        names.put("skf-aachen", "Sozialdienst katholischer Frauen e.V. Aachen");
        de.ikz.api.agreement.CostRule rule = new de.ikz.api.agreement.CostRule(ProfileTest.BY_APPOINTMENTS.key(), "LARGEST_REMAINDER",
                "QUARTERLY", null, null, java.util.Map.of("ja-staedteregion", new BigDecimal("15000.00")));
        Agreement a = new Agreement("vormundschaft-altkreis-aachen", "vormundschaft",
                "Gemeinsame Koordinierungsstelle ehrenamtliche Vormundschaften im Altkreis Aachen", "ja-staedteregion", parties,
                LegalForm.PUBLIC_LAW_MANDATE, new de.ikz.api.agreement.AgreementDates(LocalDate.of(2023, 10, 1),
                LocalDate.of(2023, 11, 15), LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 1), null, "12 Monate zum Jahresende"),
                List.of("Vormundschaft", "Ehrenamt", "Jugendhilfe"),
                new AgreementText("Reform des Vormundschaftsrechts zum 1.1.2023: Vorrang ehrenamtlicher Vormundschaften",
                        "Ehrenamtliche Vormünder und Pfleger gewinnen, qualifizieren und begleiten",
                        "Die StädteRegion Aachen organisiert die Koordinierungsstelle, stellt Räume und Personal",
                        "Umlage nach Einwohnern der Zuständigkeitsbereiche; Räume der StädteRegion als Sachleistung angerechnet (Beispielwert)",
                        "StädteRegion Aachen, Koordinierungsstelle (Beispielwert)", List.of()),
                rule, 2, LocalDate.of(2027, 1, 1), null, null, null);
        ProfileFacts facts = new ProfileFacts(LocalDate.of(2027, 1, 1), names, null, new ProfileFacts.CooperationArea(
                List.of("05334004", "05334008", "05334012", "05334016", "05334020", "05334024", "05334028", "05334032", "05334036"),
                List.of("Köln"), 308_066L, LocalDate.of(2019, 12, 31), LocalDate.of(2019, 12, 31),
                de.ikz.api.participant.RegisterService.GV_SOURCE, new BigDecimal("546.07")),
                CostRuleWords.of(rule, names, (module, measure) -> "Aktive Bestellungen je Jugendamt (im Zeitraum bestehend)"), null);
        byte[] pdf = DOCUMENTS.render(Profile.report(a, facts, lead()), DocumentService.Format.PDF);
        Files.write(Path.of("target", "profile-demo-v2.pdf"), pdf);
        for (int p = 1; p <= PdfCheck.pages(pdf); p++) {
            String page = PdfCheck.text(pdf, p);
            assertThat(page.lines().filter(l -> !l.isBlank() && !l.contains("Seite ") && !l.contains("IKZ-Profil")).count())
                    .as("page %d of %d has content besides the footer", p, PdfCheck.pages(pdf)).isGreaterThan(0);
        }
        assertThat(flat(PdfCheck.text(pdf))).contains("308.066 (Gebiet der Kooperation: 9 Gemeinden)", "546,07 km²",
                "Aktive Bestellungen je Jugendamt (im Zeitraum bestehend)");
    }

    private static int indexOfStart(List<String> lines, String label, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(label)) {
                return i;
            }
        }
        return -1;
    }
}
