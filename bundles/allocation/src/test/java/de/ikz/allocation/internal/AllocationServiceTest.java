package de.ikz.allocation.internal;

import static de.ikz.allocation.internal.Fakes.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.audit.AuditEntry;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.persistence.Migration;
import de.ikz.api.persistence.Session;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.persistence.internal.JdbcDatabase;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocationServiceTest {

    @TempDir
    static Path dir;

    static final String T = "altkreis";
    final Caller admin = new Caller("fin", Set.of(PlatformRole.TENANT_ADMIN), Optional.of(T), Optional.empty(), Set.of(), "test");
    final Caller stranger = new Caller("x", Set.of(PlatformRole.TENANT_ADMIN), Optional.of("other"), Optional.empty(), Set.of(), "test");

    Fakes.Participants participants = new Fakes.Participants();
    Fakes.Agreements agreements = new Fakes.Agreements();
    AllocationServiceImpl service;
    JdbcDatabase db;

    /** Counts entries instead of chaining them: the chain is tested in the core. */
    static final class CountingAudit implements AuditLog {
        int entries;

        @Override
        public AuditEntry append(Session s, Caller c, String t, String a, String r, String why) {
            entries++;
            return null;
        }

        @Override
        public AuditEntry append(Caller c, String t, String a, String r, String why) {
            entries++;
            return null;
        }

        @Override
        public List<AuditEntry> list(Caller c, String t, int limit) {
            return List.of();
        }

        @Override
        public Verification verify() {
            return new Verification(0, Optional.empty(), "intact");
        }
    }

    CountingAudit audit = new CountingAudit();

    /** Keeps the last document it was given; renders it as its class name. */
    static final class RecordingDocuments implements de.ikz.api.document.DocumentService {
        de.ikz.api.document.Document last;
        Format format;

        @Override
        public void write(de.ikz.api.document.Document document, Format format, java.io.OutputStream out) {
            this.last = document;
            this.format = format;
            try {
                out.write(document.getClass().getSimpleName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public de.ikz.api.document.Letterhead letterhead(de.ikz.api.participant.Participant issuer) {
            return new de.ikz.api.document.Letterhead(issuer.name(), null, issuer.address(), null, null, null, issuer.bank(), null);
        }
    }

    RecordingDocuments documents = new RecordingDocuments();

    @BeforeEach
    void setUp() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db-" + UUID.randomUUID()).toString());
        ds.setCreateDatabase("create");
        db = new JdbcDatabase(ds);
        db.migrate(AllocationSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        ModuleRegistry none = new ModuleRegistry() {
            @Override
            public List<de.ikz.api.module.ModuleInfo> modules() {
                return List.of();
            }

            @Override
            public Optional<de.ikz.api.module.CooperationModule> module(String id) {
                return Optional.empty();
            }
        };
        service = new AllocationServiceImpl(db, audit, agreements, participants, none, null, documents);
        participants.population.putAll(Map.of("host", 50_000L, "town-a", 30_000L, "town-b", 20_000L));
    }

    static Agreement agreement(String id, int version, LocalDate validFrom, CostRule rule) {
        return new Agreement(id, "vormundschaft", "Koordinierungsstelle", "host",
                List.of(new Party("host", Party.LEAD), new Party("town-a", Party.PARTNER), new Party("town-b", Party.PARTNER),
                        new Party("skf", Party.OTHER)),
                LegalForm.PUBLIC_LAW_MANDATE, null, List.of(), null, rule, version, validFrom, null, null, null);
    }

    static KeySpec population() {
        return new KeySpec("population", null, LocalDate.of(2019, 12, 31), null, null, null, null, null, null, null);
    }

    @Test
    void aBudgetRunSplitsByPopulationToTheCentStoresItsInputsAndSchedulesAdvances() {
        agreements.put(agreement("ak", 1, LocalDate.of(2024, 1, 1), new CostRule(population(), null, "QUARTERLY", null, null,
                Map.of("host", new BigDecimal("5000.00")))));
        AllocationRun run = service.run(admin, T, "ak", 2026, new BigDecimal("100000.01"));
        assertThat(run.id()).isEqualTo("ak/2026/v1");
        // 50 : 30 : 20 of 100,000.01 = 50,000.005 / 30,000.003 / 20,000.002 -> the cent goes to the largest remainder (host)
        assertThat(run.shares()).extracting(AllocationRun.Share::partnerId, AllocationRun.Share::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("host", new BigDecimal("50000.01")),
                org.assertj.core.groups.Tuple.tuple("town-a", new BigDecimal("30000.00")),
                org.assertj.core.groups.Tuple.tuple("town-b", new BigDecimal("20000.00")));
        assertThat(run.shares().stream().map(AllocationRun.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100000.01");
        // the host's contribution in kind is credited: it pays 45,000.01
        assertThat(run.shares().get(0).payable()).isEqualByComparingTo("45000.01");
        // the "other" party (a welfare organisation) pays nothing
        assertThat(run.shares()).noneMatch(s -> s.partnerId().equals("skf"));
        assertThat(run.inputs()).allSatisfy(i -> {
            assertThat(i.referenceDate()).isEqualTo(LocalDate.of(2019, 12, 31));
            assertThat(i.source()).isEqualTo("Destatis test");
        });
        // quarterly advances add up to what each partner pays
        for (AllocationRun.Share s : run.shares()) {
            BigDecimal sum = run.instalments().stream().filter(i -> i.partnerId().equals(s.partnerId()))
                    .map(AllocationRun.Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(s.payable());
        }
        assertThat(run.instalments()).hasSize(12);
        assertThat(audit.entries).isEqualTo(1);
    }

    @Test
    void runsAreImmutableVersionsThatCanBeCompared() {
        agreements.put(agreement("ak", 1, LocalDate.of(2024, 1, 1), new CostRule(population(), null, null, null, null, null)));
        AllocationRun v1 = service.run(admin, T, "ak", 2026, new BigDecimal("1000.00"));
        participants.population.put("town-b", 70_000L);
        AllocationRun v2 = service.run(admin, T, "ak", 2026, new BigDecimal("1000.00"));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(service.find(admin, T, "ak/2026/v1")).contains(v1);
        Map<String, BigDecimal> diff = service.compare(admin, T, "ak/2026/v1", "ak/2026/v2");
        assertThat(diff.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
        assertThat(diff.get("town-b")).isPositive();
        assertThat(service.runs(admin, T, "ak")).extracting(AllocationRun::id).containsExactly("ak/2026/v1", "ak/2026/v2");
    }

    @Test
    void theFinalSettlementChargesTheGapOrRefundsAgainstTheAdvances() {
        agreements.put(agreement("ak", 1, LocalDate.of(2024, 1, 1), new CostRule(
                new KeySpec("percent", null, null, money("host", 50, "town-a", 30, "town-b", 20), null, null, null, null, null, null),
                null, "YEARLY", null, null, null)));
        service.run(admin, T, "ak", 2026, new BigDecimal("10000.00"));
        // actual cost 12,000 less grants 1,000 = 11,000: each pays its percent of it, less what it advanced
        AllocationRun s = service.settle(admin, T, "ak", 2026, new BigDecimal("12000.00"), new BigDecimal("1000.00"), null);
        assertThat(s.kind()).isEqualTo("SETTLEMENT");
        assertThat(s.amount()).isEqualByComparingTo("11000.00");
        assertThat(s.settlement()).extracting(AllocationRun.SettlementLine::partnerId, AllocationRun.SettlementLine::balance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("host", new BigDecimal("500.00")),
                        org.assertj.core.groups.Tuple.tuple("town-a", new BigDecimal("300.00")),
                        org.assertj.core.groups.Tuple.tuple("town-b", new BigDecimal("200.00")));
        AllocationRun refund = service.settle(admin, T, "ak", 2026, new BigDecimal("9000.00"), BigDecimal.ZERO, null);
        assertThat(refund.settlement().get(0).balance()).isEqualByComparingTo("-500.00");
    }

    @Test
    void badRequestsAreRefusedNamingTheProblemAndStoreNothing() {
        agreements.put(agreement("ak", 1, LocalDate.of(2026, 1, 1), new CostRule(population(), null, null, null, null, null)));
        assertThatThrownBy(() -> service.run(admin, T, "ak", 2025, new BigDecimal("100.00")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("fiscalYear"));
        assertThatThrownBy(() -> service.run(admin, T, "nope", 2026, new BigDecimal("100.00")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> service.run(admin, T, "ak", 2026, new BigDecimal("100.001")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("budget"));
        participants.population.remove("town-b");
        assertThatThrownBy(() -> service.run(admin, T, "ak", 2026, new BigDecimal("100.00")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.getMessage()).contains("town-b"));
        assertThatThrownBy(() -> service.run(stranger, T, "ak", 2026, new BigDecimal("100.00")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
        agreements.put(agreement("mk", 1, LocalDate.of(2026, 1, 1), new CostRule(
                new KeySpec("measure", null, null, null, "vormundschaft", "active-appointments", null, null, null, null), null, null, null, null, null)));
        assertThatThrownBy(() -> service.run(admin, T, "mk", 2026, new BigDecimal("100.00")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.UNAVAILABLE));
        assertThat(service.runs(admin, T, "ak")).isEmpty();
        assertThat(audit.entries).isZero();
    }

    @Test
    void thePreviewSplitsWithoutStoringAnything() {
        Map<String, BigDecimal> out = service.preview(new BigDecimal("100.00"), "equal", null, money("c", 0, "a", 0, "b", 0));
        // 33.33 each and the residual cent to the smallest id on a tie: a
        assertThat(out).containsExactly(Map.entry("c", new BigDecimal("33.33")), Map.entry("a", new BigDecimal("33.34")),
                Map.entry("b", new BigDecimal("33.33")));
        assertThat(service.preview(new BigDecimal("-10.00"), "figure", "HALF_UP_RESIDUAL_TO_LARGEST", money("x", 1, "y", 2)))
                .containsExactly(Map.entry("x", new BigDecimal("-3.33")), Map.entry("y", new BigDecimal("-6.67")));
        assertThatThrownBy(() -> service.preview(new BigDecimal("1.00"), "percent", null, money("x", 50, "y", 40)))
                .isInstanceOf(IkzException.class);
        assertThatThrownBy(() -> service.preview(new BigDecimal("1.00"), "dice", null, money("x", 1)))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("key"));
    }

    /** The ad-hoc split of a module (the Frühe Hilfen pool): any agreement key, no agreement, nothing stored. */
    @Test
    void splitByAKeyWithoutAnAgreement() {
        KeySpec onTop = new KeySpec("grant-top-up", null, null, money("kreis", "104178.00"), null, null, new BigDecimal("20"),
                "on-top", null, null);
        KeySpec share = new KeySpec("grant-top-up", null, null, money("kreis", "104178.00"), null, null, new BigDecimal("20"),
                "share-of-total", null, null);
        // amount null: the pooled amount, each partner's grant plus own share (Kreis Heinsberg 2021)
        assertThat(service.split(admin, T, 2021, onTop, List.of("kreis"), null, null))
                .containsExactly(Map.entry("kreis", new BigDecimal("125013.60")));
        assertThat(service.split(admin, T, 2021, share, List.of("kreis"), null, null))
                .containsExactly(Map.entry("kreis", new BigDecimal("130222.50")));
        // a gap by fixed percentages, to the cent
        KeySpec percent = new KeySpec("percent", null, null, money("a", 12, "b", 44, "c", 44), null, null, null, null, null, null);
        assertThat(service.split(admin, T, 2021, percent, List.of("a", "b", "c"), new BigDecimal("19986.40"), null))
                .containsExactly(Map.entry("a", new BigDecimal("2398.37")), Map.entry("b", new BigDecimal("8794.02")),
                        Map.entry("c", new BigDecimal("8794.01")));
        // by population, figures loaded as for a run
        Map<String, BigDecimal> byPopulation = service.split(admin, T, 2026, population(), List.of("host", "town-a", "town-b"),
                new BigDecimal("1000.00"), null);
        assertThat(byPopulation).containsExactly(Map.entry("host", new BigDecimal("500.00")),
                Map.entry("town-a", new BigDecimal("300.00")), Map.entry("town-b", new BigDecimal("200.00")));
        assertThatThrownBy(() -> service.split(admin, T, 2021, new KeySpec("percent", null, null, money("a", 50, "b", 40), null,
                null, null, null, null, null), List.of("a", "b"), new BigDecimal("1.00"), null))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID));
        assertThatThrownBy(() -> service.split(admin, T, 2021, percent, List.of("a", "b", "c"), null, null))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> service.split(admin, "other-tenant", 2021, percent, List.of("a"), BigDecimal.ONE, null))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
    }

    @Test
    void amountsAndYearsBeyondTheBoundsAreRefusedBeforeTheEngineComputes() {
        agreements.put(agreement("ak", 1, LocalDate.of(2024, 1, 1), new CostRule(population(), null, null, null, null, null)));
        // 1E+200000 is a tiny object; refused by comparison, never expanded to its 200,000 digits
        assertThatThrownBy(() -> service.preview(new BigDecimal("1E+200000"), "equal", null, money("a", 0, "b", 0)))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> service.preview(new BigDecimal("10.00"), "figure", null, money("a", "1E+20", "b", 1)))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("partners[a].value"));
        assertThatThrownBy(() -> service.run(admin, T, "ak", 2026, new BigDecimal("-98000.00")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("budget"));
        assertThatThrownBy(() -> service.run(admin, T, "ak", 2026, new BigDecimal("1E+999")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("budget"));
        assertThatThrownBy(() -> service.calculate(admin, T, "ak", 99999, new BigDecimal("1000.00")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("fiscalYear"));
        assertThatThrownBy(() -> service.settle(admin, T, "ak", 2026, new BigDecimal("-1.00"), null, null))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("actualCost"));
        assertThatThrownBy(() -> service.settle(admin, T, "ak", 2026, new BigDecimal("1.00"), null, money("host", "-5")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("advancesPaid[host]"));
        // a 2031 budget is fine
        assertThat(service.calculate(admin, T, "ak", 2031, new BigDecimal("1000.00")).fiscalYear()).isEqualTo(2031);
        assertThat(service.runs(admin, T, "ak")).isEmpty();
        assertThat(audit.entries).isZero();
    }

    @Test
    void aStoredRunThatCannotBeReadIsLeftOutAndTheOtherRunsStillAnswer() {
        agreements.put(agreement("ak", 1, LocalDate.of(2024, 1, 1), new CostRule(population(), null, null, null, null, null)));
        AllocationRun good = service.run(admin, T, "ak", 2026, new BigDecimal("1000.00"));
        String body = db.inTransaction(x -> x.tenant(T).queryOne("SELECT body FROM ikz_allocation_run WHERE tenant_id = :tenant "
                + "AND version = 1", rs -> rs.getString(1)).orElseThrow());
        assertThat(body).contains("\"amount\":1000.00");
        // as the old code stored a budget of 1e999, and worse: a number too long for the JSON reader, and no JSON at all
        insertRun(2, body.replace("\"amount\":1000.00", "\"amount\":1E+999"));
        insertRun(3, body.replace("\"amount\":1000.00", "\"amount\":1" + "0".repeat(1100) + ".00"));
        insertRun(4, "{not json");
        AllocationRun later = service.run(admin, T, "ak", 2026, new BigDecimal("2000.00"));
        assertThat(later.id()).isEqualTo("ak/2026/v5");

        assertThat(service.runs(admin, T, "ak")).extracting(AllocationRun::id).containsExactly("ak/2026/v1", "ak/2026/v5");
        assertThat(service.find(admin, T, "ak/2026/v1")).contains(good);
        for (String bad : List.of("ak/2026/v2", "ak/2026/v3", "ak/2026/v4")) {
            assertThatThrownBy(() -> service.find(admin, T, bad)).as(bad).isInstanceOfSatisfying(IkzException.class, e -> {
                assertThat(e.kind()).isEqualTo(IkzException.Kind.CONFLICT);
                assertThat(e.field()).isEqualTo("run");
                assertThat(e.getMessage()).contains(bad);
            });
            assertThatThrownBy(() -> service.document(admin, T, bad, "summary", null, "csv")).isInstanceOf(IkzException.class);
        }
        assertThat(service.document(admin, T, "ak/2026/v1", "summary", null, "csv")).isNotEmpty();
        assertThat(service.compare(admin, T, "ak/2026/v1", "ak/2026/v5").get("host")).isPositive();
        // the settlement takes the advances of the latest readable budget run (v5)
        AllocationRun settled = service.settle(admin, T, "ak", 2026, new BigDecimal("2000.00"), null, null);
        assertThat(settled.settlement()).allSatisfy(l -> assertThat(l.balance()).isEqualByComparingTo("0"));
    }

    @Test
    void aSettlementWhoseLatestBudgetRunCannotBeReadSaysSoInsteadOfUsingAnOlderOne() {
        agreements.put(agreement("ak", 1, LocalDate.of(2024, 1, 1), new CostRule(population(), null, null, null, null, null)));
        service.run(admin, T, "ak", 2026, new BigDecimal("1000.00"));
        insertRun(2, "{not json");
        assertThatThrownBy(() -> service.settle(admin, T, "ak", 2026, new BigDecimal("1000.00"), null, null))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IkzException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("ak/2026/v2");
                });
    }

    private void insertRun(int version, String body) {
        db.inTransaction(x -> x.tenant(T).update("INSERT INTO ikz_allocation_run (tenant_id, agreement_id, fiscal_year, version, "
                + "kind, created_at, created_by, body) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?)", "ak", 2026, version, "BUDGET",
                java.time.Instant.now(), "sql", body));
    }

    @Test
    void everyStoredRunGetsTheNextSerialOfItsTenantAndEachPartnerAStableKassenzeichen() {
        agreements.put(agreement("ak", 1, LocalDate.of(2024, 1, 1), new CostRule(population(), null, null, null, null, null)));
        AllocationRun first = service.run(admin, T, "ak", 2026, new BigDecimal("1000.00"));
        AllocationRun second = service.run(admin, T, "ak", 2027, new BigDecimal("1000.00"));
        assertThat(first.shares()).extracting(AllocationRun.Share::cashReference)
                .containsExactly(docs("2026", 1, 1), docs("2026", 1, 2), docs("2026", 1, 3));
        assertThat(second.shares().get(0).cashReference()).isEqualTo(docs("2027", 2, 1));
        // read back: the same references, every time
        assertThat(service.find(admin, T, first.id()).orElseThrow().shares()).isEqualTo(first.shares());
        assertThat(service.runs(admin, T, "ak").get(1).shares()).isEqualTo(second.shares());
        // a preview has none
        assertThat(service.calculate(admin, T, "ak", 2026, new BigDecimal("1000.00")).shares())
                .allSatisfy(sh -> assertThat(sh.cashReference()).isNull());
    }

    private static String docs(String year, int serial, int position) {
        return de.ikz.allocation.internal.docs.CashReference.of(Integer.parseInt(year), serial, position);
    }

    @Test
    void runsStoredBeforeSerialNumbersExistedAreNumberedInTheOrderTheyWereMade() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("old-" + UUID.randomUUID()).toString());
        ds.setCreateDatabase("create");
        JdbcDatabase old = new JdbcDatabase(ds);
        List<Migration> all = Migration.fromDirectory(Path.of("target/classes/db/migration"));
        old.migrate(AllocationSchema.OWNER, all.stream().filter(m -> m.version() == 1).toList());
        java.time.Instant t0 = java.time.Instant.parse("2025-03-01T10:00:00Z");
        old.inTransaction(x -> {
            var t = x.tenant(T);
            String insert = "INSERT INTO ikz_allocation_run (tenant_id, agreement_id, fiscal_year, version, kind, created_at, "
                    + "created_by, body) VALUES (:tenant, ?, ?, ?, 'BUDGET', ?, 'sql', '{}')";
            t.update(insert, "zz", 2025, 1, t0);
            t.update(insert, "aa", 2025, 1, t0.plusSeconds(60));
            t.update(insert, "aa", 2025, 2, t0.plusSeconds(60));
            x.tenant("other").update(insert, "aa", 2025, 1, t0);
            return null;
        });
        old.migrate(AllocationSchema.OWNER, all);
        List<String> order = old.inTransaction(x -> x.tenant(T).query("SELECT agreement_id, version, serial FROM ikz_allocation_run "
                + "WHERE tenant_id = :tenant ORDER BY serial", rs -> rs.getString(1) + "/v" + rs.getInt(2) + "#" + rs.getInt(3)));
        assertThat(order).containsExactly("zz/v1#1", "aa/v1#2", "aa/v2#3");
        Optional<Integer> other = old.inTransaction(x -> x.tenant("other").queryOne(
                "SELECT serial FROM ikz_allocation_run WHERE tenant_id = :tenant", rs -> rs.getInt(1)));
        assertThat(other).contains(1);
    }

    @Test
    void documentsAreBuiltFromTheStoredRunAndAnOlderVersionIsMarkedSuperseded() {
        agreements.put(agreement("ak", 1, LocalDate.of(2024, 1, 1), new CostRule(population(), null, null, null, null, null)));
        service.run(admin, T, "ak", 2026, new BigDecimal("1000.00"));
        service.run(admin, T, "ak", 2026, new BigDecimal("1200.00"));
        service.document(admin, T, "ak/2026/v1", "notice", "town-a", "pdf");
        assertThat(documents.format).isEqualTo(de.ikz.api.document.DocumentService.Format.PDF);
        de.ikz.api.document.Letter letter = (de.ikz.api.document.Letter) documents.last;
        assertThat(letter.body().get(0)).isInstanceOfSatisfying(de.ikz.api.document.Block.Note.class,
                n -> assertThat(n.text()).contains("ÜBERHOLT", "Fassung 2", "1.000,00 € → 1.200,00 €"));
        assertThat(letter.references().get(1).value()).isEqualTo(docs("2026", 1, 2));

        service.document(admin, T, "ak/2026/v2", "summary", null, "csv-de");
        assertThat(documents.format).isEqualTo(de.ikz.api.document.DocumentService.Format.CSV_DE);
        assertThat(documents.last).isInstanceOfSatisfying(de.ikz.api.document.Report.class,
                r -> assertThat(r.subtitle()).doesNotContain("ÜBERHOLT"));

        assertThatThrownBy(() -> service.document(admin, T, "ak/2026/v2", "summary", null, "xlsx"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("format"));
        assertThatThrownBy(() -> service.document(admin, T, "ak/2026/v2", "notice", "nobody", "pdf"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
    }

    @Test
    void aMeasureInputNamesTheModuleByNameAndVersionTheLabelAndTheDayCounted() {
        de.ikz.api.module.CooperationModule module = new de.ikz.api.module.CooperationModule() {
            public String id() { return "vormundschaft"; }
            public Map<String, String> displayNames() { return Map.of("de", "Ehrenamtliche Vormundschaften"); }
            public String version() { return "1.4.0"; }
            public List<de.ikz.api.module.MeasureDefinition> measures() {
                return List.of(new de.ikz.api.module.MeasureDefinition("active-appointments", "Bestellte Vormundschaften", "count"));
            }
            public List<de.ikz.api.module.RoleDefinition> roles() { return List.of(); }
            public Map<String, BigDecimal> measure(String id, String tenant, LocalDate from, LocalDate to) {
                return Map.of("host", BigDecimal.ONE, "town-a", BigDecimal.TEN, "town-b", BigDecimal.TEN);
            }
        };
        ModuleRegistry one = new ModuleRegistry() {
            public List<de.ikz.api.module.ModuleInfo> modules() { return List.of(); }
            public Optional<de.ikz.api.module.CooperationModule> module(String id) {
                return "vormundschaft".equals(id) ? Optional.of(module) : Optional.empty();
            }
        };
        service = new AllocationServiceImpl(db, audit, agreements, participants, one, null, documents);
        agreements.put(agreement("mk", 1, LocalDate.of(2020, 1, 1), new CostRule(
                new KeySpec("measure", null, null, null, "vormundschaft", "active-appointments", null, null, null, null), null, null, null, null, null)));
        int future = LocalDate.now().getYear() + 1;
        AllocationRun run = service.run(admin, T, "mk", future, new BigDecimal("100.00"));
        AllocationRun.Input in = run.inputs().get(0);
        assertThat(in.label()).isEqualTo("Bestellte Vormundschaften");
        assertThat(run.keyDescription()).isEqualTo("nach Kennzahl „Bestellte Vormundschaften“ (vormundschaft/active-appointments)");
        assertThat(in.source()).isEqualTo("Modul „Ehrenamtliche Vormundschaften“ (vormundschaft) Version 1.4.0");
        assertThat(in.referenceDate()).as("not a day in the future").isBeforeOrEqualTo(LocalDate.now());
        assertThat(in.detail()).contains("01.01." + future + " bis 31.12." + future);
        AllocationRun past = service.run(admin, T, "mk", 2021, new BigDecimal("100.00"));
        assertThat(past.inputs().get(0).referenceDate()).isEqualTo(LocalDate.of(2021, 12, 31));
    }
}
