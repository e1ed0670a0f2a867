package de.ikz.participant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import de.ikz.api.audit.AuditEntry;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.PostalAddress;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.Contact;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.ImportReport;
import de.ikz.api.participant.ImportReport.LineProblem;
import de.ikz.api.participant.JurisdictionEntry;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.RegisterMunicipality;
import de.ikz.api.participant.RegisterService;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.persistence.internal.JdbcDatabase;
import de.ikz.persistence.internal.TableAuditLog;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Register and participant services on a real database; subclasses supply Derby or PostgreSQL. */
abstract class ParticipantContract {

    protected abstract DataSource freshDataSource() throws Exception;

    static final String BAESWEILER = "05334008";
    static final String MONSCHAU = "05334020";
    static final String ROETGEN = "05334024";
    static final String SIMMERATH = "05334028";
    static final String ALSDORF = "05334004";
    static final LocalDate GV_DATE = RegisterService.GV_REFERENCE_DATE;

    JdbcDatabase db;
    TableAuditLog audit;
    RegisterServiceImpl register;
    ParticipantServiceImpl participants;
    final Caller platform = new Caller("admin", Set.of(PlatformRole.PLATFORM_ADMIN), Optional.empty(), Optional.empty(), Set.of(), "test");

    @BeforeEach
    void setUp() throws Exception {
        db = new JdbcDatabase(freshDataSource());
        assertThat(db.migrate(ParticipantSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")))).containsExactly(1, 2, 3);
        audit = new TableAuditLog(db);
        register = new RegisterServiceImpl(db, audit, null);
        participants = new ParticipantServiceImpl(db, audit, register, new FixedTenants("aachen", "heinsberg"), null);
    }

    static Caller user(String tenant, PlatformRole role) {
        return new Caller(role.shortName() + "-" + tenant, Set.of(role), Optional.of(tenant), Optional.empty(), Set.of(), "test");
    }

    static ByteArrayInputStream csv(List<String> lines) {
        return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Aachen and Heinsberg (districts) and Cologne (district-free city) from the real file. */
    void importSlice() {
        ImportReport r = register.importRegister(platform, csv(RegisterFile.slice("05334", "05370", "05315")), null, null, false);
        assertThat(r.committed()).isTrue();
    }

    long count(String table) {
        return db.inTransaction(s -> s.queryOne("SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow());
    }

    static void assertRefused(ThrowingCallable call, IkzException.Kind kind, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(IkzException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            if (field != null) {
                assertThat(e.field()).isEqualTo(field);
            }
        });
    }

    // ---------------------------------------------------------------- register

    @Test
    void theWholeRegisterIsImportedAndASecondImportDuplicatesNothing() {
        ImportReport first = register.importRegister(platform, new ByteArrayInputStream(RegisterFile.bytes()), null, null, false);
        assertThat(first).isEqualTo(new ImportReport(401, 11_004, 11_004, 0, 0, List.of(), true));
        assertThat(register.municipalityCount()).isEqualTo(11_004L).isEqualTo(RegisterFile.count("60"));
        assertThat(register.districts()).hasSize(401);
        assertThat(count("ikz_register_figure")).isEqualTo(11_004L);
        long total = db.inTransaction(s -> s.queryOne("SELECT SUM(figure_value) FROM ikz_register_figure WHERE figure = ?",
                rs -> rs.getLong(1), FigureValue.POPULATION).orElseThrow());
        assertThat(total).isEqualTo(RegisterFile.population("")).isEqualTo(83_166_711L);
        long empty = db.inTransaction(s -> s.queryOne("SELECT COUNT(*) FROM ikz_register_figure WHERE figure_value = 0",
                rs -> rs.getLong(1)).orElseThrow());
        assertThat(empty).isEqualTo(208L);
        assertThat(districtPopulation("05334")).isEqualTo(RegisterFile.population("05334")).isEqualTo(557_026L);
        assertThat(districtPopulation("05370")).isEqualTo(RegisterFile.population("05370")).isEqualTo(255_555L);
        assertThat(register.figuresOf(BAESWEILER)).containsExactly(
                new FigureValue(BAESWEILER, FigureValue.POPULATION, GV_DATE, 27_093L, RegisterService.GV_SOURCE));

        ImportReport again = register.importRegister(platform, new ByteArrayInputStream(RegisterFile.bytes()), null, null, false);
        assertThat(again).isEqualTo(new ImportReport(401, 11_004, 0, 11_004, 0, List.of(), true));
        assertThat(register.municipalityCount()).isEqualTo(11_004L);
        assertThat(count("ikz_register_district")).isEqualTo(401L);
        assertThat(count("ikz_register_figure")).isEqualTo(11_004L);
        assertThat(districtPopulation("05334")).isEqualTo(557_026L);
        assertThat(audit.all()).extracting(AuditEntry::action, AuditEntry::record)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IMPORT", "register/gv"), org.assertj.core.groups.Tuple.tuple("IMPORT", "register/gv"));
    }

    long districtPopulation(String key) {
        List<String> ags = register.municipalitiesOf(key).stream().map(RegisterMunicipality::ags).toList();
        return register.figures(ags, FigureValue.POPULATION, null).values().stream().mapToLong(FigureValue::value).sum();
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndNothingIsWritten() {
        List<String> lines = new ArrayList<>(RegisterFile.slice("05334", "05370"));
        int bad = badPopulation(lines, BAESWEILER);
        ImportReport r = register.importRegister(platform, csv(lines), null, null, false);
        assertThat(r.committed()).isFalse();
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).line()).isEqualTo(bad + 1L);
        assertThat(r.problems().get(0).reason()).contains("bevoelkerung");
        assertThat(count("ikz_register_municipality")).isZero();
        assertThat(count("ikz_register_district")).isZero();
        assertThat(count("ikz_register_figure")).isZero();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void withSkipBadLinesTheRestIsImported() {
        List<String> lines = new ArrayList<>(RegisterFile.slice("05334", "05370"));
        int bad = badPopulation(lines, BAESWEILER);
        ImportReport r = register.importRegister(platform, csv(lines), null, null, true);
        assertThat(r.committed()).isTrue();
        assertThat(r.problems()).extracting(LineProblem::line).containsExactly(bad + 1L);
        assertThat(r.municipalities()).isEqualTo(19);
        assertThat(register.municipalityCount()).isEqualTo(19L);
        assertThat(register.municipality(BAESWEILER)).isEmpty();
        assertThat(register.municipality(MONSCHAU)).isPresent();
        assertThat(districtPopulation("05370")).isEqualTo(RegisterFile.population("05370"));
        assertThat(audit.all()).singleElement().satisfies(e -> assertThat(e.reason()).contains("1 bad lines skipped"));
    }

    /** Puts a letter into the municipality's population; returns the line's index. */
    static int badPopulation(List<String> lines, String ags) {
        for (int i = 0; i < lines.size(); i++) {
            List<String> f = RegisterFile.fields(lines.get(i));
            if (RegisterFile.municipality(f) && RegisterFile.ags(f).equals(ags)) {
                String population = f.get(9);
                lines.set(i, lines.get(i).replace("," + population + ",", "," + population.substring(0, population.length() - 1) + "x,"));
                return i;
            }
        }
        throw new IllegalArgumentException(ags);
    }

    @Test
    void theOfficialSemicolonShapeGivesTheSameRegister() {
        List<String> slice = RegisterFile.slice("05334", "05370", "05315");
        ImportReport official = register.importRegister(platform, new ByteArrayInputStream(
                RegisterFile.toOfficial(slice).getBytes(Charset.forName("windows-1252"))), null, null, false);
        assertThat(official.committed()).isTrue();
        assertThat(official.inserted()).isEqualTo(21);
        List<RegisterMunicipality> fromOfficial = allMunicipalities();
        List<FigureValue> figuresFromOfficial = allFigures();
        ImportReport comma = register.importRegister(platform, csv(slice), null, null, false);
        assertThat(comma).isEqualTo(new ImportReport(3, 21, 0, 21, 0, List.of(), true));
        assertThat(allMunicipalities()).isEqualTo(fromOfficial);
        assertThat(allFigures()).isEqualTo(figuresFromOfficial);
        assertThat(register.municipality("05334024")).get().extracting(RegisterMunicipality::name).isEqualTo("Roetgen, Tor zur Eifel");
        assertThat(districtPopulation("05334")).isEqualTo(RegisterFile.population("05334"));
    }

    @Test
    void aReimportUpdatesChangedRecordsInPlace() {
        importSlice();
        List<String> lines = new ArrayList<>(RegisterFile.slice("05334", "05370", "05315"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("60,63,05,3,34,0008,008,")) {
                lines.set(i, lines.get(i).replace("\"Baesweiler, Stadt\"", "\"Baesweiler, Stadt (neu)\"").replace(" 27 093,", " 27 100,"));
            }
        }
        ImportReport r = register.importRegister(platform, csv(lines), "Testquelle", LocalDate.of(2020, 12, 31), false);
        assertThat(r).isEqualTo(new ImportReport(3, 21, 0, 21, 0, List.of(), true));
        assertThat(register.municipality(BAESWEILER)).get().extracting(RegisterMunicipality::name).isEqualTo("Baesweiler, Stadt (neu)");
        assertThat(register.municipalityCount()).isEqualTo(21L);
        // a population at another reference date is a figure of its own; the older one stays
        assertThat(register.figuresOf(BAESWEILER)).extracting(FigureValue::referenceDate, FigureValue::value, FigureValue::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GV_DATE, 27_093L, RegisterService.GV_SOURCE),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 12, 31), 27_100L, "Testquelle"));
        assertThat(count("ikz_register_figure")).isEqualTo(42L);
    }

    List<RegisterMunicipality> allMunicipalities() {
        return db.inTransaction(s -> s.query("SELECT * FROM ikz_register_municipality ORDER BY ags", RegisterServiceImpl::municipality));
    }

    List<FigureValue> allFigures() {
        return db.inTransaction(s -> s.query("SELECT * FROM ikz_register_figure ORDER BY ags, figure, reference_date", RegisterServiceImpl::figure));
    }

    @Test
    void anotherNodeSeesAnImportOnceItsInMemoryRegisterIsRechecked() {
        importSlice();
        RegisterServiceImpl otherNode = new RegisterServiceImpl(db, audit, null);
        assertThat(otherNode.figures(List.of(BAESWEILER), FigureValue.UNDER_3, null)).isEmpty(); // loads its copy
        register.importFigures(platform, csv(BAESWEILER + ";population_under_3;2022-12-31;712;IT.NRW\n"), false);
        // this node forgot its copy at once; the other one picks the change up within the recheck interval
        assertThat(register.figures(List.of(BAESWEILER), FigureValue.UNDER_3, null)).containsKey(BAESWEILER);
        long deadline = System.nanoTime() + java.time.Duration.ofMillis(RegisterServiceImpl.RECHECK_MILLIS * 5).toNanos();
        while (otherNode.figures(List.of(BAESWEILER), FigureValue.UNDER_3, null).isEmpty()) {
            assertThat(System.nanoTime()).as("other node never saw the import").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(50).toNanos());
        }
        assertThat(otherNode.figures(List.of(BAESWEILER), FigureValue.UNDER_3, null).get(BAESWEILER).value()).isEqualTo(712);
    }

    @Test
    void otherFiguresAreAddedForKnownMunicipalitiesOnly() {
        importSlice();
        String figures = "ags;figure;date;value;source\n"
                + BAESWEILER + ";population_under_3;31.12.2022;712;IT.NRW\n"
                + MONSCHAU + ";population_under_3;31.12.2022;251;IT.NRW\n"
                + "09162000;population_under_3;31.12.2022;45.000;IT.NRW\n";
        ImportReport refused = register.importFigures(platform, csv(figures), false);
        assertThat(refused.committed()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4L);
            assertThat(p.reason()).contains("09162000");
        });
        assertThat(register.figuresOf(BAESWEILER)).extracting(FigureValue::figure).containsExactly(FigureValue.POPULATION);

        ImportReport done = register.importFigures(platform, csv(figures), true);
        assertThat(done).isEqualTo(new ImportReport(0, 3, 2, 0, 1, refused.problems(), true));
        assertThat(register.figures(List.of(BAESWEILER, MONSCHAU, ROETGEN), FigureValue.UNDER_3, LocalDate.of(2023, 1, 1)))
                .containsOnlyKeys(BAESWEILER, MONSCHAU)
                .extractingByKey(BAESWEILER).isEqualTo(new FigureValue(BAESWEILER, FigureValue.UNDER_3, LocalDate.of(2022, 12, 31), 712L, "IT.NRW"));
        ImportReport replaced = register.importFigures(platform, csv(BAESWEILER + ";population_under_3;2022-12-31;713;IT.NRW 2023\n"), false);
        assertThat(replaced.updated()).isEqualTo(1);
        assertThat(register.figures(List.of(BAESWEILER), FigureValue.UNDER_3, null).get(BAESWEILER).value()).isEqualTo(713L);
    }

    @Test
    void datesBeyondThePlatformsRangeAreRefusedNamingTheFieldOrLine() {
        importSlice();
        Caller admin = user("aachen", PlatformRole.TENANT_ADMIN);
        participants.create(admin, "aachen", new Participant("kreisjugendamt", ParticipantKind.YOUTH_OFFICE, "Kreisjugendamt",
                null, null, List.of()));
        assertRefused(() -> participants.addJurisdiction(admin, "aachen", "kreisjugendamt",
                new JurisdictionEntry(BAESWEILER, LocalDate.of(99999, 1, 1), null)), IkzException.Kind.INVALID, "validFrom");
        assertRefused(() -> participants.addJurisdiction(admin, "aachen", "kreisjugendamt",
                new JurisdictionEntry(BAESWEILER, LocalDate.of(2024, 1, 1), LocalDate.of(99999, 1, 1))), IkzException.Kind.INVALID, "validTo");
        assertThat(participants.jurisdiction(admin, "aachen", "kreisjugendamt")).isEmpty();
        ImportReport refused = register.importFigures(platform, csv(BAESWEILER + ";population_under_3;+99999-12-31;712;IT.NRW\n"
                + BAESWEILER + ";population_under_3;31.12.1850;712;IT.NRW\n"), false);
        assertThat(refused.committed()).isFalse();
        assertThat(refused.problems()).hasSize(2);
    }

    @Test
    void onlyThePlatformAdminImports() {
        for (PlatformRole role : List.of(PlatformRole.TENANT_ADMIN, PlatformRole.AUDITOR)) {
            assertRefused(() -> register.importRegister(user("aachen", role), csv(RegisterFile.slice("05334")), null, null, false),
                    IkzException.Kind.FORBIDDEN, null);
            assertRefused(() -> register.importFigures(user("aachen", role), csv(BAESWEILER + ";x_y;2022-12-31;1;s"), false),
                    IkzException.Kind.FORBIDDEN, null);
        }
        assertRefused(() -> register.importRegister(platform, csv("satzart,textkennzeichen\n10,,01"), null, null, false),
                IkzException.Kind.INVALID, "csv");
        assertThat(register.municipalityCount()).isZero();
    }

    // ---------------------------------------------------------------- participants

    /** The Kreisjugendamt of the StädteRegion Aachen serves Baesweiler, Monschau, Roetgen and Simmerath. */
    Participant kreisjugendamt(Caller admin) {
        participants.create(admin, "aachen", new Participant("staedteregion", ParticipantKind.DISTRICT, "StädteRegion Aachen",
                "05334", null, List.of()));
        Participant ja = participants.create(admin, "aachen", new Participant("kreisjugendamt", ParticipantKind.YOUTH_OFFICE,
                "Kreisjugendamt StädteRegion Aachen", null, "staedteregion",
                List.of(new Contact("Koordination", null, "A 51", "0241 5198-0", "jugendamt@example.org", "Zollernstr. 10, 52070 Aachen"))));
        LocalDate from = LocalDate.of(2024, 1, 1);
        for (String ags : List.of(BAESWEILER, MONSCHAU, ROETGEN, SIMMERATH)) {
            participants.addJurisdiction(admin, "aachen", "kreisjugendamt", new JurisdictionEntry(ags, from, null));
        }
        // before 2024 (in this test's history) it served Alsdorf only
        participants.addJurisdiction(admin, "aachen", "kreisjugendamt",
                new JurisdictionEntry(ALSDORF, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)));
        return ja;
    }

    @Test
    void aYouthOfficesAreaAndPopulationFollowItsJurisdictionOnTheDay() {
        importSlice();
        Caller admin = user("aachen", PlatformRole.TENANT_ADMIN);
        kreisjugendamt(admin);
        Caller staff = user("aachen", PlatformRole.AUDITOR);
        LocalDate in2024 = LocalDate.of(2024, 6, 30);
        assertThat(participants.jurisdiction(staff, "aachen", "kreisjugendamt")).extracting(JurisdictionEntry::ags)
                .containsExactly(ALSDORF, BAESWEILER, MONSCHAU, ROETGEN, SIMMERATH);
        assertThat(participants.area(staff, "aachen", "kreisjugendamt", in2024)).containsExactly(BAESWEILER, MONSCHAU, ROETGEN, SIMMERATH);
        assertThat(participants.area(staff, "aachen", "kreisjugendamt", LocalDate.of(2023, 12, 31))).containsExactly(ALSDORF);
        assertThat(participants.area(staff, "aachen", "kreisjugendamt", LocalDate.of(2019, 12, 31))).isEmpty();

        FigureSum sum = participants.figure(staff, "aachen", "kreisjugendamt", FigureValue.POPULATION, in2024, null);
        assertThat(sum.total()).isEqualTo(RegisterFile.populationOf(List.of(BAESWEILER, MONSCHAU, ROETGEN, SIMMERATH))).isEqualTo(62_838L);
        assertThat(sum.parts()).extracting(FigureValue::ags).containsExactly(BAESWEILER, MONSCHAU, ROETGEN, SIMMERATH);
        assertThat(sum.parts()).allSatisfy(p -> {
            assertThat(p.referenceDate()).isEqualTo(GV_DATE);
            assertThat(p.source()).isEqualTo(RegisterService.GV_SOURCE);
        });
        assertThat(participants.figure(staff, "aachen", "kreisjugendamt", FigureValue.POPULATION, LocalDate.of(2023, 6, 1), null).total())
                .isEqualTo(RegisterFile.populationOf(List.of(ALSDORF)));
        assertThatThrownBy(() -> participants.figure(staff, "aachen", "kreisjugendamt", FigureValue.POPULATION, LocalDate.of(2019, 6, 1), null))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
                    assertThat(e.getMessage()).contains("kreisjugendamt").contains("no area");
                });
    }

    @Test
    void figuresAreTakenAtTheLatestReferenceDateOnOrBeforeTheGivenOne() {
        importSlice();
        Caller admin = user("aachen", PlatformRole.TENANT_ADMIN);
        kreisjugendamt(admin);
        register.importFigures(platform, csv(String.join("\n",
                BAESWEILER + ";population;2022-12-31;27500;IT.NRW",
                MONSCHAU + ";population;2022-12-31;11800;IT.NRW",
                ROETGEN + ";population;2022-12-31;8700;IT.NRW",
                SIMMERATH + ";population;2022-12-31;15500;IT.NRW",
                BAESWEILER + ";population_under_3;2022-12-31;712;IT.NRW")), false);
        LocalDate on = LocalDate.of(2024, 6, 30);
        FigureSum newer = participants.figure(admin, "aachen", "kreisjugendamt", FigureValue.POPULATION, on, LocalDate.of(2023, 6, 30));
        assertThat(newer.total()).isEqualTo(27_500L + 11_800L + 8_700L + 15_500L);
        assertThat(newer.parts()).allSatisfy(p -> assertThat(p.source()).isEqualTo("IT.NRW"));
        FigureSum older = participants.figure(admin, "aachen", "kreisjugendamt", FigureValue.POPULATION, on, LocalDate.of(2021, 12, 31));
        assertThat(older.total()).isEqualTo(RegisterFile.populationOf(List.of(BAESWEILER, MONSCHAU, ROETGEN, SIMMERATH)));
        assertThatThrownBy(() -> participants.figure(admin, "aachen", "kreisjugendamt", FigureValue.POPULATION, on, LocalDate.of(2019, 6, 30)))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.getMessage()).contains("kreisjugendamt").contains(SIMMERATH));
        assertThatThrownBy(() -> participants.figure(admin, "aachen", "kreisjugendamt", FigureValue.UNDER_3, on, null))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
                    assertThat(e.getMessage()).contains("kreisjugendamt").contains("3 of 4").contains(MONSCHAU).doesNotContain(BAESWEILER);
                });
    }

    @Test
    void withoutJurisdictionTheAreaComesFromTheRegisterKey() {
        importSlice();
        Caller admin = user("heinsberg", PlatformRole.TENANT_ADMIN);
        LocalDate on = LocalDate.of(2025, 1, 1);
        participants.create(admin, "heinsberg", new Participant("kreis-heinsberg", ParticipantKind.DISTRICT, "Kreis Heinsberg", "05370", null, List.of()));
        participants.create(admin, "heinsberg", new Participant("erkelenz", ParticipantKind.MUNICIPALITY, "Stadt Erkelenz", "05370004", "kreis-heinsberg", List.of()));
        participants.create(admin, "heinsberg", new Participant("koeln", ParticipantKind.DISTRICT_FREE_CITY, "Stadt Köln", "05315", null, List.of()));
        participants.create(admin, "heinsberg", new Participant("skf", ParticipantKind.WELFARE_ORGANISATION, "SkF Heinsberg", null, null, List.of()));
        assertThat(participants.area(admin, "heinsberg", "kreis-heinsberg", on)).hasSize(10).allMatch(a -> a.startsWith("05370"));
        assertThat(participants.figure(admin, "heinsberg", "kreis-heinsberg", FigureValue.POPULATION, on, null).total())
                .isEqualTo(RegisterFile.population("05370")).isEqualTo(255_555L);
        assertThat(participants.area(admin, "heinsberg", "erkelenz", on)).containsExactly("05370004");
        assertThat(participants.area(admin, "heinsberg", "koeln", on)).containsExactly("05315000");
        assertThat(participants.area(admin, "heinsberg", "skf", on)).isEmpty();
        assertThatThrownBy(() -> participants.figure(admin, "heinsberg", "skf", FigureValue.POPULATION, on, null))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
                    assertThat(e.getMessage()).contains("'skf'");
                });
        // a jurisdiction valid on the day replaces the register key's area
        participants.addJurisdiction(admin, "heinsberg", "kreis-heinsberg", new JurisdictionEntry("05370008", LocalDate.of(2025, 1, 1), null));
        assertThat(participants.area(admin, "heinsberg", "kreis-heinsberg", on)).containsExactly("05370008");
        assertThat(participants.area(admin, "heinsberg", "kreis-heinsberg", on.minusDays(1))).hasSize(10);
    }

    @Test
    void participantRulesAreCheckedAndARefusalChangesNothing() {
        importSlice();
        Caller admin = user("aachen", PlatformRole.TENANT_ADMIN);
        participants.create(admin, "aachen", new Participant("staedteregion", ParticipantKind.DISTRICT, "StädteRegion Aachen", "05334", null, List.of()));
        record Case(Participant p, IkzException.Kind kind, String field) {
        }
        List<Case> cases = List.of(
                new Case(new Participant("Bad Id", ParticipantKind.ASSOCIATION, "x", null, null, List.of()), IkzException.Kind.INVALID, "id"),
                new Case(new Participant("no-kind", null, "x", null, null, List.of()), IkzException.Kind.INVALID, "kind"),
                new Case(new Participant("no-name", ParticipantKind.ASSOCIATION, " ", null, null, List.of()), IkzException.Kind.INVALID, "name"),
                new Case(new Participant("alsdorf", ParticipantKind.MUNICIPALITY, "Alsdorf", "05334", null, List.of()), IkzException.Kind.INVALID, "key"),
                new Case(new Participant("alsdorf", ParticipantKind.MUNICIPALITY, "Alsdorf", "05334999", null, List.of()), IkzException.Kind.INVALID, "key"),
                new Case(new Participant("kreis", ParticipantKind.DISTRICT, "Kreis", "05999", null, List.of()), IkzException.Kind.INVALID, "key"),
                new Case(new Participant("koeln", ParticipantKind.DISTRICT, "Köln", "05315", null, List.of()), IkzException.Kind.INVALID, "kind"),
                new Case(new Participant("ja", ParticipantKind.YOUTH_OFFICE, "JA", "05334004", null, List.of()), IkzException.Kind.INVALID, "key"),
                new Case(new Participant("ja", ParticipantKind.YOUTH_OFFICE, "JA", null, "nobody", List.of()), IkzException.Kind.INVALID, "parentId"),
                new Case(new Participant("ja", ParticipantKind.YOUTH_OFFICE, "JA", null, "ja", List.of()), IkzException.Kind.INVALID, "parentId"),
                new Case(new Participant("ja", ParticipantKind.YOUTH_OFFICE, "JA", null, null,
                        List.of(new Contact(" ", "x", null, null, null, null))), IkzException.Kind.INVALID, "contacts[0].role"),
                new Case(new Participant("staedteregion", ParticipantKind.ASSOCIATION, "again", null, null, List.of()), IkzException.Kind.CONFLICT, "id"),
                new Case(new Participant("sr2", ParticipantKind.DISTRICT, "again", "05334", null, List.of()), IkzException.Kind.CONFLICT, "key"));
        for (Case c : cases) {
            assertRefused(() -> participants.create(admin, "aachen", c.p()), c.kind(), c.field());
        }
        assertThat(participants.list(admin, "aachen")).extracting(Participant::id).containsExactly("staedteregion");
        assertRefused(() -> participants.addJurisdiction(admin, "aachen", "staedteregion", new JurisdictionEntry("05999999", LocalDate.of(2024, 1, 1), null)),
                IkzException.Kind.INVALID, "ags");
        assertRefused(() -> participants.addJurisdiction(admin, "aachen", "staedteregion",
                new JurisdictionEntry(MONSCHAU, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1))), IkzException.Kind.INVALID, "validTo");
        assertRefused(() -> participants.addJurisdiction(admin, "aachen", "nobody", new JurisdictionEntry(MONSCHAU, LocalDate.of(2024, 1, 1), null)),
                IkzException.Kind.NOT_FOUND, null);
        participants.addJurisdiction(admin, "aachen", "staedteregion", new JurisdictionEntry(MONSCHAU, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertRefused(() -> participants.addJurisdiction(admin, "aachen", "staedteregion",
                new JurisdictionEntry(MONSCHAU, LocalDate.of(2024, 12, 31), null)), IkzException.Kind.CONFLICT, "validFrom");
        participants.addJurisdiction(admin, "aachen", "staedteregion", new JurisdictionEntry(MONSCHAU, LocalDate.of(2025, 1, 1), null));
        assertThat(participants.jurisdiction(admin, "aachen", "staedteregion")).hasSize(2);
        assertThat(audit.all()).extracting(AuditEntry::action).containsExactly("IMPORT", "CREATE", "UPDATE", "UPDATE");
    }

    @Test
    void anUpdateReplacesNameParentAndContactsAndIsLogged() {
        importSlice();
        Caller admin = user("aachen", PlatformRole.TENANT_ADMIN);
        kreisjugendamt(admin);
        participants.create(admin, "aachen", new Participant("alsdorf", ParticipantKind.MUNICIPALITY, "Stadt Alsdorf", ALSDORF, "staedteregion", List.of()));
        Participant changed = participants.update(admin, "aachen", new Participant("kreisjugendamt", ParticipantKind.YOUTH_OFFICE,
                "Amt für Kinder, Jugend und Familie", null, "staedteregion",
                List.of(new Contact("Leitung", "N. N.", null, null, null, null), new Contact("Kämmerei", null, "A 20", null, null, null))));
        assertThat(participants.find(user("aachen", PlatformRole.AUDITOR), "aachen", "kreisjugendamt")).contains(changed);
        assertThat(changed.contacts()).extracting(Contact::role).containsExactly("Leitung", "Kämmerei");
        // the district's parent may not be its own child
        assertRefused(() -> participants.update(admin, "aachen", new Participant("staedteregion", ParticipantKind.DISTRICT,
                "StädteRegion Aachen", "05334", "kreisjugendamt", List.of())), IkzException.Kind.INVALID, "parentId");
        assertRefused(() -> participants.update(admin, "aachen", new Participant("nobody", ParticipantKind.ASSOCIATION, "x", null, null, List.of())),
                IkzException.Kind.NOT_FOUND, null);
        assertThat(participants.find(admin, "aachen", "staedteregion")).get().extracting(Participant::parentId).isNull();
        // the last change (reads of contact persons write READ entries in between, issue 8)
        assertThat(audit.all()).filteredOn(e -> !"READ".equals(e.action())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("UPDATE");
            assertThat(e.record()).isEqualTo("participant/kreisjugendamt");
            assertThat(e.tenantId()).isEqualTo("aachen");
            assertThat(e.reason()).contains("name").contains("contacts");
        });
    }

    @Test
    void tenantsSeeOnlyTheirOwnParticipants() {
        importSlice();
        Caller aachen = user("aachen", PlatformRole.TENANT_ADMIN);
        Caller heinsberg = user("heinsberg", PlatformRole.TENANT_ADMIN);
        kreisjugendamt(aachen);
        Participant other = participants.create(heinsberg, "heinsberg", new Participant("kreisjugendamt", ParticipantKind.YOUTH_OFFICE,
                "Kreisjugendamt Heinsberg", null, null, List.of()));
        participants.addJurisdiction(heinsberg, "heinsberg", "kreisjugendamt", new JurisdictionEntry("05370008", LocalDate.of(2014, 1, 1), null));
        LocalDate on = LocalDate.of(2024, 6, 30);

        assertThat(participants.list(heinsberg, "heinsberg")).containsExactly(other);
        assertThat(participants.find(heinsberg, "aachen", "kreisjugendamt")).isEmpty();
        assertThat(participants.find(heinsberg, "aachen", "staedteregion")).isEmpty();
        assertRefused(() -> participants.list(heinsberg, "aachen"), IkzException.Kind.NOT_FOUND, null);
        assertRefused(() -> participants.jurisdiction(heinsberg, "aachen", "kreisjugendamt"), IkzException.Kind.NOT_FOUND, null);
        assertRefused(() -> participants.area(heinsberg, "aachen", "kreisjugendamt", on), IkzException.Kind.NOT_FOUND, null);
        assertRefused(() -> participants.figure(heinsberg, "aachen", "kreisjugendamt", FigureValue.POPULATION, on, null), IkzException.Kind.NOT_FOUND, null);
        assertRefused(() -> participants.update(heinsberg, "aachen", new Participant("kreisjugendamt", ParticipantKind.YOUTH_OFFICE, "mine", null, null, List.of())),
                IkzException.Kind.NOT_FOUND, null);
        assertRefused(() -> participants.addJurisdiction(heinsberg, "aachen", "kreisjugendamt", new JurisdictionEntry("05370008", on, null)),
                IkzException.Kind.NOT_FOUND, null);
        assertRefused(() -> participants.create(heinsberg, "aachen", new Participant("x1", ParticipantKind.ASSOCIATION, "x", null, null, List.of())),
                IkzException.Kind.NOT_FOUND, null);
        // same ids, separate data
        assertThat(participants.area(heinsberg, "heinsberg", "kreisjugendamt", on)).containsExactly("05370008");
        assertThat(participants.area(aachen, "aachen", "kreisjugendamt", on)).hasSize(4);
        assertThat(participants.find(aachen, "aachen", "kreisjugendamt")).get().extracting(Participant::name)
                .isEqualTo("Kreisjugendamt StädteRegion Aachen");

        // users of the tenant read but only its admins change; the platform admin acts for any tenant
        Caller auditor = user("aachen", PlatformRole.AUDITOR);
        assertThat(participants.list(auditor, "aachen")).extracting(Participant::id).containsExactly("kreisjugendamt", "staedteregion");
        assertRefused(() -> participants.create(auditor, "aachen", new Participant("x1", ParticipantKind.ASSOCIATION, "x", null, null, List.of())),
                IkzException.Kind.FORBIDDEN, null);
        assertRefused(() -> participants.addJurisdiction(auditor, "aachen", "kreisjugendamt", new JurisdictionEntry(ALSDORF, LocalDate.of(2030, 1, 1), null)),
                IkzException.Kind.FORBIDDEN, null);
        participants.create(platform, "heinsberg", new Participant("skf", ParticipantKind.WELFARE_ORGANISATION, "SkF", null, null, List.of()));
        assertThat(participants.list(platform, "heinsberg")).extracting(Participant::id).containsExactly("kreisjugendamt", "skf");
        assertRefused(() -> participants.create(platform, "nowhere", new Participant("x1", ParticipantKind.ASSOCIATION, "x", null, null, List.of())),
                IkzException.Kind.NOT_FOUND, null);
        assertRefused(() -> participants.list(platform, null), IkzException.Kind.INVALID, "tenant");
        assertThat(audit.all()).filteredOn(e -> "heinsberg".equals(e.tenantId())).extracting(AuditEntry::record)
                .containsExactly("participant/kreisjugendamt", "participant/kreisjugendamt", "participant/skf");
    }

    // ---------------------------------------------------------------- reads of contact persons are logged (issue 8)

    @Test
    void aReadThatShowsContactPersonsWritesOneEntryNamingTheParticipants() {
        importSlice();
        Caller admin = user("aachen", PlatformRole.TENANT_ADMIN);
        kreisjugendamt(admin);
        Caller auditor = user("aachen", PlatformRole.AUDITOR);
        int before = audit.all().size();
        assertThat(participants.list(auditor, "aachen")).hasSize(2);
        assertThat(audit.all().subList(before, audit.all().size())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("READ");
            assertThat(e.tenantId()).isEqualTo("aachen");
            assertThat(e.user()).isEqualTo(auditor.user());
            // only the participant with contacts is named; the count is of those
            assertThat(e.record()).isEqualTo("participant list: kreisjugendamt (n=1)");
            assertThat(e.reason()).isEqualTo("1 contact persons shown").doesNotContain("jugendamt@example.org");
        });
        before = audit.all().size();
        assertThat(participants.find(auditor, "aachen", "kreisjugendamt")).isPresent();
        assertThat(audit.all().subList(before, audit.all().size())).extracting(AuditEntry::action, AuditEntry::record)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("READ", "participant/kreisjugendamt"));
        // a public body without contact persons is not personal data: no entry
        before = audit.all().size();
        assertThat(participants.find(auditor, "aachen", "staedteregion")).isPresent();
        assertThat(participants.find(auditor, "aachen", "nobody")).isEmpty();
        assertThat(audit.all()).hasSize(before);
    }

    @Test
    void theBodiesAloneShowNoContactPersonAndWriteNoEntry() {
        importSlice();
        Caller admin = user("aachen", PlatformRole.TENANT_ADMIN);
        kreisjugendamt(admin);
        Caller auditor = user("aachen", PlatformRole.AUDITOR);
        int before = audit.all().size();
        List<Participant> bodies = participants.listBodies(auditor, "aachen");
        assertThat(bodies).extracting(Participant::id).containsExactly("kreisjugendamt", "staedteregion");
        assertThat(bodies).allSatisfy(p -> {
            assertThat(p.contacts()).isEmpty();
            assertThat(p.contactPerson()).isNull();
            assertThat(p.email()).isNull();
        });
        assertThat(bodies.get(0).name()).isEqualTo(participants.list(auditor, "aachen").get(0).name());
        // the list above logged its contact persons; the bodies alone did not
        assertThat(audit.all().subList(before, audit.all().size())).hasSize(1);
        assertRefused(() -> participants.listBodies(user("heinsberg", PlatformRole.AUDITOR), "aachen"), IkzException.Kind.NOT_FOUND, null);
    }

    // ---------------------------------------------------------------- letter details (issue 10)

    /** A valid German demo IBAN (mod 97 checked by hand: 0000…0012345678 at bank code 00000000). */
    static final String IBAN = "DE52000000000012345678";

    static Participant withDetails(String id, PostalAddress address, String person, String phone, String email, BankAccount bank) {
        return new Participant(id, ParticipantKind.YOUTH_OFFICE, "Kreisjugendamt Heinsberg", null, null, List.of(), address, person,
                phone, email, bank);
    }

    static PostalAddress heinsberg() {
        return new PostalAddress("Kreis Heinsberg", "Amt für Kinder, Jugend und Familie", "Valkenburger Straße 45", "52525", "Heinsberg");
    }

    @Test
    void letterDetailsAreStoredNormalisedReadBackAndReplacedByAnUpdate() {
        Caller admin = user("heinsberg", PlatformRole.TENANT_ADMIN);
        Participant created = participants.create(admin, "heinsberg", withDetails("ja-kreis-heinsberg",
                new PostalAddress(" Kreis Heinsberg ", "Amt für Kinder, Jugend und Familie", "Valkenburger Straße 45 ", "52525", "Heinsberg"),
                " Anna Beispiel ", "+49 (2452) 13-0", "jugendamt@example.org",
                new BankAccount("Kreiskasse Heinsberg", "de52 0000 0000 0012 3456 78", "demo de xx", "Demo-Sparkasse (kein echtes Konto)")));
        Participant expected = withDetails("ja-kreis-heinsberg", heinsberg(), "Anna Beispiel", "+49 (2452) 13-0",
                "jugendamt@example.org", new BankAccount("Kreiskasse Heinsberg", IBAN, "DEMODEXX", "Demo-Sparkasse (kein echtes Konto)"));
        assertThat(created).isEqualTo(expected);
        assertThat(participants.find(admin, "heinsberg", "ja-kreis-heinsberg")).contains(expected);
        assertThat(participants.list(admin, "heinsberg")).containsExactly(expected);
        String stored = db.inTransaction(s -> s.tenant("heinsberg").queryOne("SELECT iban FROM ikz_participant WHERE tenant_id = :tenant AND id = ?",
                rs -> rs.getString(1),
                "ja-kreis-heinsberg").orElseThrow());
        assertThat(stored).isEqualTo(IBAN);

        // an update replaces the whole record: what it leaves out (null) is cleared, as for key, parent and contacts
        Participant changed = participants.update(admin, "heinsberg", withDetails("ja-kreis-heinsberg",
                new PostalAddress(null, null, "Postfach 1 23", "52511", "Heinsberg"), "Anna Beispiel", null, null, null));
        assertThat(changed.address()).isEqualTo(new PostalAddress(null, null, "Postfach 1 23", "52511", "Heinsberg"));
        assertThat(changed.phone()).isNull();
        assertThat(changed.bank()).isNull();
        assertThat(participants.find(admin, "heinsberg", "ja-kreis-heinsberg")).contains(changed);
        assertThat(audit.all()).filteredOn(e -> "UPDATE".equals(e.action())).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("address", "phone", "email", "bank").doesNotContain("contact person");
            // names which details changed, never their values
            assertThat(e.reason()).doesNotContain("Anna").doesNotContain("DE52").doesNotContain("Postfach").doesNotContain("example.org");
        });
    }

    @Test
    void aParticipantWithoutLetterDetailsReadsNullsAndAnAddressOfBlanksIsNone() {
        Caller admin = user("heinsberg", PlatformRole.TENANT_ADMIN);
        participants.create(admin, "heinsberg", withDetails("skf", new PostalAddress(" ", null, "", null, " "), " ", "", null,
                new BankAccount(null, " ", null, "")));
        assertThat(participants.find(admin, "heinsberg", "skf")).get().satisfies(p -> {
            assertThat(p.address()).isNull();
            assertThat(p.contactPerson()).isNull();
            assertThat(p.phone()).isNull();
            assertThat(p.email()).isNull();
            assertThat(p.bank()).isNull();
        });
    }

    @Test
    void participantsStoredBeforeTheLetterDetailsMigrationKeepWorking() throws Exception {
        JdbcDatabase old = new JdbcDatabase(freshDataSource());
        List<Migration> all = Migration.fromDirectory(Path.of("target/classes/db/migration"));
        assertThat(old.migrate(ParticipantSchema.OWNER, all.stream().filter(m -> m.version() < 3).toList())).containsExactly(1, 2);
        old.inTransaction(s -> s.tenant("heinsberg").update("INSERT INTO ikz_participant (tenant_id, id, kind, name, created_at, updated_at) "
                + "VALUES (:tenant, ?, ?, ?, ?, ?)", "skf", "WELFARE_ORGANISATION", "SkF", java.time.Instant.now(), java.time.Instant.now()));
        assertThat(old.migrate(ParticipantSchema.OWNER, all)).containsExactly(3);
        TableAuditLog oldAudit = new TableAuditLog(old);
        ParticipantServiceImpl service = new ParticipantServiceImpl(old, oldAudit, new RegisterServiceImpl(old, oldAudit, null),
                new FixedTenants("heinsberg"), null);
        Caller admin = user("heinsberg", PlatformRole.TENANT_ADMIN);
        assertThat(service.find(admin, "heinsberg", "skf")).contains(new Participant("skf", ParticipantKind.WELFARE_ORGANISATION, "SkF",
                null, null, List.of()));
        Participant updated = service.update(admin, "heinsberg", new Participant("skf", ParticipantKind.WELFARE_ORGANISATION, "SkF",
                null, null, List.of(), heinsberg(), null, null, null, null));
        assertThat(service.list(admin, "heinsberg")).containsExactly(updated);
    }

    @Test
    void everyLetterDetailIsCheckedNamingItsFieldAndARefusalStoresNothing() {
        Caller admin = user("heinsberg", PlatformRole.TENANT_ADMIN);
        PostalAddress a = heinsberg();
        BankAccount b = new BankAccount("Kreiskasse Heinsberg", IBAN, null, "Demo-Sparkasse");
        record Case(String field, PostalAddress address, String person, String phone, String email, BankAccount bank) {
        }
        List<Case> cases = List.of(
                new Case("address.street", new PostalAddress("Kreis Heinsberg", null, null, "52525", "Heinsberg"), null, null, null, null),
                new Case("address.street", new PostalAddress("Kreis Heinsberg", "Kämmerei", " ", null, null), null, null, null, null),
                new Case("address.postalCode", new PostalAddress(null, null, "Valkenburger Straße 45", null, "Heinsberg"), null, null, null, null),
                new Case("address.city", new PostalAddress(null, null, "Valkenburger Straße 45", "52525", null), null, null, null, null),
                new Case("address.postalCode", new PostalAddress(null, null, "Valkenburger Straße 45", "5252", "Heinsberg"), null, null, null, null),
                new Case("address.postalCode", new PostalAddress(null, null, "Valkenburger Straße 45", "D-52525", "Heinsberg"), null, null, null, null),
                new Case("address.street", new PostalAddress(null, null, "Valkenburger\u0000Straße", "52525", "Heinsberg"), null, null, null, null),
                new Case("address.city", new PostalAddress(null, null, "Valkenburger Straße 45", "52525", "Heins\nberg"), null, null, null, null),
                new Case("address.name", new PostalAddress("x".repeat(201), null, "Valkenburger Straße 45", "52525", "Heinsberg"), null, null, null, null),
                new Case("address.addition", new PostalAddress(null, "z. Hd.\u001b[31m", "Valkenburger Straße 45", "52525", "Heinsberg"), null, null, null, null),
                new Case("contactPerson", a, "Anna\u0007Beispiel", null, null, null),
                new Case("contactPerson", a, "x".repeat(201), null, null, null),
                new Case("phone", a, null, "02452 13-0 ext. 5", null, null),
                new Case("phone", a, null, "+49;2452", null, null),
                new Case("phone", a, null, "( ) - /", null, null),
                new Case("phone", a, null, "1".repeat(51), null, null),
                new Case("email", a, null, null, "jugendamt", null),
                new Case("email", a, null, null, "jugend amt@example.org", null),
                new Case("email", a, null, null, "jugendamt@example", null),
                new Case("email", a, null, null, "a@b@example.org", null),
                new Case("email", a, null, null, "jugendamt@example.org.", null),
                new Case("bank.iban", a, null, null, null, new BankAccount("Kreiskasse", null, null, "Sparkasse")),
                new Case("bank.iban", a, null, null, null, new BankAccount("Kreiskasse", "DE53000000000012345678", null, null)),
                new Case("bank.iban", a, null, null, null, new BankAccount("Kreiskasse", "DE5200000000001234567", null, null)),
                new Case("bank.iban", a, null, null, null, new BankAccount("Kreiskasse", "ZZ52000000000012345678", null, null)),
                new Case("bank.iban", a, null, null, null, new BankAccount("Kreiskasse", "5200000000001234567800", null, null)),
                new Case("bank.iban", a, null, null, null, new BankAccount("Kreiskasse", "DE52-0000-0000-0012-3456-78", null, null)),
                new Case("bank.iban", a, null, null, null, new BankAccount("Kreiskasse", "DE52A00000000012345678", null, null)),
                new Case("bank.holder", a, null, null, null, new BankAccount(" ", IBAN, null, null)),
                new Case("bank.holder", a, null, null, null, new BankAccount("Kreis\u0000kasse", IBAN, null, null)),
                new Case("bank.bic", a, null, null, null, new BankAccount("Kreiskasse", IBAN, "DEMODE", null)),
                new Case("bank.bic", a, null, null, null, new BankAccount("Kreiskasse", IBAN, "DEMODEXX1", null)),
                new Case("bank.bic", a, null, null, null, new BankAccount("Kreiskasse", IBAN, "1EMODEXX", null)),
                new Case("bank.bank", a, null, null, null, new BankAccount("Kreiskasse", IBAN, null, "x".repeat(201))));
        for (Case c : cases) {
            assertThatThrownBy(() -> participants.create(admin, "heinsberg", withDetails("ja", c.address(), c.person(), c.phone(),
                    c.email(), c.bank()))).as(c.toString()).isInstanceOfSatisfying(IkzException.class, e -> {
                        assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
                        assertThat(e.field()).isEqualTo(c.field());
                        assertThat(e.getMessage()).contains(c.field());
                    });
        }
        assertThat(participants.list(admin, "heinsberg")).isEmpty();
        // an update that is refused leaves the stored details as they were
        Participant stored = participants.create(admin, "heinsberg", withDetails("ja", a, "Anna Beispiel", "02452 13-0",
                "jugendamt@example.org", b));
        assertRefused(() -> participants.update(admin, "heinsberg", withDetails("ja", a, "Anna Beispiel", "02452 13-0",
                "jugendamt@example.org", new BankAccount("Kreiskasse Heinsberg", "DE52000000000012345679", null, null))),
                IkzException.Kind.INVALID, "bank.iban");
        assertThat(participants.find(admin, "heinsberg", "ja")).contains(stored);
        assertThat(audit.all()).extracting(AuditEntry::action).doesNotContain("UPDATE");
    }

    @Test
    void theIbanCheckAcceptsRealWorldShapesAndTheDemoAccounts() {
        // the example IBAN of the German banking industry and others from the IBAN registry's examples
        assertThat(LetterDetails.iban("bank.iban", "DE89 3704 0044 0532 0130 00")).isEqualTo("DE89370400440532013000");
        assertThat(LetterDetails.iban("bank.iban", "GB82 WEST 1234 5698 7654 32")).isEqualTo("GB82WEST12345698765432");
        assertThat(LetterDetails.iban("bank.iban", "nl91abna0417164300")).isEqualTo("NL91ABNA0417164300");
        assertThat(LetterDetails.iban("bank.iban", IBAN)).isEqualTo(IBAN);
        // the demo's treasury accounts (bundles/shell DemoLetterDetails): Kreis Heinsberg is IBAN above, StädteRegion Aachen this
        assertThat(LetterDetails.iban("bank.iban", "DE91 0000 0000 0087 6543 21")).isEqualTo("DE91000000000087654321");
        assertThat(LetterDetails.bic("bank.bic", "cobadeffxxx")).isEqualTo("COBADEFFXXX");
    }

    @Test
    void aReadThatShowsTheLettersContactPersonIsLogged() {
        Caller admin = user("heinsberg", PlatformRole.TENANT_ADMIN);
        participants.create(admin, "heinsberg", withDetails("ja", heinsberg(), "Anna Beispiel", null, null, null));
        Caller auditor = user("heinsberg", PlatformRole.AUDITOR);
        int before = audit.all().size();
        assertThat(participants.find(auditor, "heinsberg", "ja")).isPresent();
        assertThat(audit.all().subList(before, audit.all().size())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("READ");
            assertThat(e.record()).isEqualTo("participant/ja");
            assertThat(e.reason()).isEqualTo("1 contact persons shown").doesNotContain("Anna");
        });
    }
}
