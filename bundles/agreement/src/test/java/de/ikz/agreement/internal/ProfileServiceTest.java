package de.ikz.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementDates;
import de.ikz.api.agreement.AgreementText;
import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.Letterhead;
import de.ikz.api.document.Report;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.participant.RegisterMunicipality;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.persistence.internal.JdbcDatabase;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile as the service builds it: from the version in force on the day (its cost rule in
 * words), over the union of all parties' areas, with English JSON keys, and the PDF through the
 * document service with the lead body's letterhead.
 */
class ProfileServiceTest {

    @TempDir
    static Path dir;

    static final String T = "altkreis";
    static final String ID = "ak-vormund";
    static final LocalDate FROM_V2 = LocalDate.of(2026, 1, 1);
    final Caller admin = new Caller("ta", Set.of(PlatformRole.TENANT_ADMIN), Optional.of(T), Optional.empty(), Set.of(), "test");
    final Caller reader = new Caller("au", Set.of(PlatformRole.AUDITOR), Optional.of(T), Optional.empty(), Set.of(), "test");

    /** The district (lead), two of its towns, a town of another district, a welfare organisation without an area. */
    static final List<Participant> PARTICIPANTS = List.of(
            new Participant("staedteregion", ParticipantKind.DISTRICT, "StädteRegion Aachen", "05334", null, List.of()),
            new Participant("alsdorf", ParticipantKind.MUNICIPALITY, "Stadt Alsdorf", "05334004", null, List.of()),
            new Participant("eschweiler", ParticipantKind.MUNICIPALITY, "Stadt Eschweiler", "05334012", null, List.of()),
            new Participant("dueren", ParticipantKind.MUNICIPALITY, "Stadt Düren", "05358008", null, List.of()),
            new Participant("skf", ParticipantKind.WELFARE_ORGANISATION, "SkF Aachen", null, null, List.of()));
    static final Map<String, List<String>> AREAS = Map.of("staedteregion", List.of("05334002", "05334004", "05334012", "05334016"),
            "alsdorf", List.of("05334004"), "eschweiler", List.of("05334012"), "dueren", List.of("05358008"), "skf", List.of());
    static final Map<String, Long> POPULATION = Map.of("05334002", 249_070L, "05334004", 47_018L, "05334012", 56_385L,
            "05334016", 9_862L, "05358008", 91_216L);

    AgreementServiceImpl service;
    final List<Report> rendered = new ArrayList<>();
    final List<Participant> letterheads = new ArrayList<>();

    @BeforeEach
    void setUp() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db-" + UUID.randomUUID()).toString());
        ds.setCreateDatabase("create");
        JdbcDatabase db = new JdbcDatabase(ds);
        db.migrate(AgreementSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        AuditLog audit = proxy(AuditLog.class, (m, args) -> null);
        ParticipantService participants = proxy(ParticipantService.class, (m, args) -> switch (m) {
            case "find" -> PARTICIPANTS.stream().filter(p -> p.id().equals(args[2])).findFirst();
            case "list" -> PARTICIPANTS;
            case "area" -> AREAS.get((String) args[2]);
            default -> throw new UnsupportedOperationException(m);
        });
        RegisterService register = proxy(RegisterService.class, (m, args) -> switch (m) {
            case "figures" -> {
                Map<String, FigureValue> out = new java.util.LinkedHashMap<>();
                for (Object ags : (java.util.Collection<?>) args[0]) {
                    out.put((String) ags, new FigureValue((String) ags, FigureValue.POPULATION, LocalDate.of(2023, 12, 31),
                            POPULATION.get(ags), "IT.NRW, Bevölkerungsstand"));
                }
                yield out;
            }
            case "municipalitiesOf" -> POPULATION.keySet().stream().filter(a -> a.startsWith((String) args[0]))
                    .map(a -> new RegisterMunicipality(a, a, a.substring(0, 5), 64, new BigDecimal("10.5"), null)).toList();
            default -> throw new UnsupportedOperationException(m);
        });
        CooperationModule module = proxy(CooperationModule.class, (m, args) -> switch (m) {
            case "measures" -> List.of(new MeasureDefinition("active-appointments", "Aktive Bestellungen je Jugendamt", "count"));
            default -> throw new UnsupportedOperationException(m);
        });
        ModuleRegistry modules = proxy(ModuleRegistry.class, (m, args) -> switch (m) {
            case "module" -> "vormundschaft".equals(args[0]) ? Optional.of(module) : Optional.empty();
            default -> throw new UnsupportedOperationException(m);
        });
        DocumentService documents = proxy(DocumentService.class, (m, args) -> switch (m) {
            case "letterhead" -> {
                Participant p = (Participant) args[0];
                letterheads.add(p);
                yield new Letterhead(p.name(), null, null, null, null, null, null, null);
            }
            case "write" -> {
                rendered.add((Report) args[0]);
                assertThat(args[1]).isEqualTo(DocumentService.Format.PDF);
                ((java.io.OutputStream) args[2]).write("%PDF-fake".getBytes(StandardCharsets.US_ASCII));
                yield null;
            }
            default -> throw new UnsupportedOperationException(m);
        });
        service = new AgreementServiceImpl(db, audit, participants, register, modules, documents, null);
        service.create(admin, T, agreement(LocalDate.of(2024, 1, 1), new KeySpec("population", null, LocalDate.of(2019, 12, 31), null,
                null, null, null, null, null, null), null));
        service.amend(admin, T, agreement(FROM_V2, new KeySpec("measure", null, null, null, "vormundschaft", "active-appointments",
                null, null, null, null), "Umlage ab 2026 nach aktiven Bestellungen"));
    }

    static Agreement agreement(LocalDate validFrom, KeySpec key, String note) {
        return new Agreement(ID, "vormundschaft", "Koordinierungsstelle ehrenamtliche Vormundschaften", "staedteregion",
                List.of(new Party("staedteregion", Party.LEAD), new Party("alsdorf", Party.PARTNER),
                        new Party("eschweiler", Party.PARTNER), new Party("dueren", Party.PARTNER), new Party("skf", Party.OTHER)),
                LegalForm.PUBLIC_LAW_MANDATE,
                new AgreementDates(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 15),
                        LocalDate.of(2024, 1, 1), null, "12 Monate zum Jahresende"),
                List.of("Vormundschaft"), new AgreementText("Reform 2023", "Ehrenamtliche gewinnen", "Koordinierungsstelle",
                        "Umlage nach Einwohnern der Zuständigkeitsbereiche", "StädteRegion Aachen", List.of()),
                new CostRule(key, null, "QUARTERLY", null, null, Map.of("staedteregion", new BigDecimal("15000.00"))),
                0, validFrom, note, null, null);
    }

    JsonNode json(LocalDate day) throws Exception {
        return new ObjectMapper().readTree(service.profile(reader, T, ID, day, "json"));
    }

    String markdown(LocalDate day) {
        return new String(service.profile(reader, T, ID, day, "markdown"), StandardCharsets.UTF_8);
    }

    @Test
    void theDayVersionTwoIsInForceGivesItsRuleInWordsAndTheDayBeforeVersionOnes() throws Exception {
        JsonNode v2 = json(FROM_V2);
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("financing").get("costRule").asText()).isEqualTo(
                "Umlage nach Kennzahl „Aktive Bestellungen je Jugendamt“ (vormundschaft/active-appointments). "
                        + "Sachleistung angerechnet: StädteRegion Aachen 15.000,00 €. Abschläge vierteljährlich.");
        assertThat(v2.get("financing").get("text").isNull()).as("v1's text about population is not v2's rule").isTrue();
        assertThat(markdown(FROM_V2)).contains("Aktive Bestellungen je Jugendamt").doesNotContain("nach Einwohnern");

        JsonNode v1 = json(FROM_V2.minusDays(1));
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("financing").get("costRule").asText())
                .startsWith("Umlage nach Einwohnern im Gebiet jedes Partners, Stand 31.12.2019.");
        assertThat(v1.get("financing").get("text").asText()).isEqualTo("Umlage nach Einwohnern der Zuständigkeitsbereiche");
        assertThat(markdown(FROM_V2.minusDays(1))).contains("nach Einwohnern").doesNotContain("Bestellungen");
    }

    @Test
    void thePopulationIsThatOfTheUnionOfAllPartiesAreasWithDateAndSource() throws Exception {
        JsonNode population = json(FROM_V2).get("summary").get("population");
        // the district's four municipalities (two of them also its towns' areas) and Düren: five, each once
        assertThat(population.get("count").asLong()).isEqualTo(249_070L + 47_018L + 56_385L + 9_862L + 91_216L);
        assertThat(population.get("municipalities").asInt()).isEqualTo(5);
        assertThat(population.get("referenceDate").asText()).isEqualTo("2023-12-31");
        assertThat(population.get("source").asText()).isEqualTo("IT.NRW, Bevölkerungsstand");
        assertThat(markdown(FROM_V2)).contains("- **Einwohner:** 453.551 (Gebiet der Kooperation: 5 Gemeinden)",
                "- **Stichtag:** 31.12.2023", "- **Quelle:** IT.NRW, Bevölkerungsstand");
    }

    @Test
    void jsonKeysAreEnglishAndMarkdownIsGerman() throws Exception {
        assertThat(json(FROM_V2).fieldNames()).toIterable().containsExactly("id", "version", "validFrom", "on", "title",
                "participants", "tags", "lead", "otherParticipants", "summary", "occasion", "goal", "implementation", "financing",
                "legalForm", "cooperationSince", "contact", "links");
        assertThat(markdown(FROM_V2)).contains("## Beteiligte", "## Hauptverantwortlich", "## Kurzprofil", "## Finanzierung",
                "**Kostenaufteilung:**", "## Rechtsform", "Öffentlich-rechtliche Vereinbarung (Mandat)");
    }

    @Test
    void thePdfIsTheReportOfTheDocumentServiceWithTheLeadBodysLetterhead() {
        byte[] pdf = service.profile(reader, T, ID, FROM_V2, "pdf");
        assertThat(new String(pdf, StandardCharsets.US_ASCII)).isEqualTo("%PDF-fake");
        assertThat(letterheads).extracting(Participant::id).containsExactly("staedteregion");
        assertThat(rendered).hasSize(1);
        assertThat(rendered.get(0).issuer().name()).isEqualTo("StädteRegion Aachen");
        assertThat(rendered.get(0).subtitle()).isEqualTo("IKZ-Profil · Fassung 2, gültig ab 01.01.2026 · Stand 01.01.2026");
    }

    @Test
    void anUnknownFormatOrDayIsRefusedNamingTheField() {
        assertThatThrownBy(() -> service.profile(reader, T, ID, FROM_V2, "docx"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("format"));
        assertThatThrownBy(() -> service.profile(reader, T, ID, LocalDate.of(2023, 1, 1), "json"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> service.profile(reader, T, "nope", FROM_V2, "json"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
    }

    interface Handler {
        Object handle(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Handler h) {
        return (T) Proxy.newProxyInstance(ProfileServiceTest.class.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> m.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(p, m, args)
                        : h.handle(m.getName(), args));
    }
}
