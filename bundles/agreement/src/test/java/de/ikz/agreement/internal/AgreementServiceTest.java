package de.ikz.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.ikz.api.agreement.Agreement;
import de.ikz.api.agreement.AgreementDates;
import de.ikz.api.agreement.AgreementText;
import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.agreement.LegalForm;
import de.ikz.api.agreement.Party;
import de.ikz.api.audit.AuditLog;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.ParticipantKind;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.persistence.Migration;
import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.persistence.internal.JdbcDatabase;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementServiceTest {

    @TempDir
    static Path dir;

    static final String T = "altkreis";
    static final Set<String> KNOWN = Set.of("staedteregion", "alsdorf", "eschweiler", "skf");
    final Caller admin = new Caller("ta", Set.of(PlatformRole.TENANT_ADMIN), Optional.of(T), Optional.empty(), Set.of(), "test");
    final Caller reader = new Caller("au", Set.of(PlatformRole.AUDITOR), Optional.of(T), Optional.empty(), Set.of(), "test");
    final Caller other = new Caller("ob", Set.of(PlatformRole.TENANT_ADMIN), Optional.of("other"), Optional.empty(), Set.of(), "test");
    AgreementServiceImpl service;
    JdbcDatabase db;
    int auditEntries;

    @BeforeEach
    void setUp() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db-" + UUID.randomUUID()).toString());
        ds.setCreateDatabase("create");
        db = new JdbcDatabase(ds);
        db.migrate(AgreementSchema.OWNER, Migration.fromDirectory(Path.of("target/classes/db/migration")));
        // only find() is used here: the participants of the tenant are KNOWN
        ParticipantService participants = (ParticipantService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ParticipantService.class}, (p, m, args) -> {
                    if (m.getName().equals("find")) {
                        String id = (String) args[2];
                        return KNOWN.contains(id) ? Optional.of(new Participant(id, ParticipantKind.MUNICIPALITY, id, null, null, List.of()))
                                : Optional.empty();
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        AuditLog audit = (AuditLog) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AuditLog.class},
                (p, m, args) -> {
                    auditEntries++;
                    return null;
                });
        service = new AgreementServiceImpl(db, audit, participants, null, null, null, null);
    }

    static Agreement agreement(LocalDate validFrom, CostRule rule, String note) {
        return new Agreement("ak-vormund", "vormundschaft", "Koordinierungsstelle ehrenamtliche Vormundschaften", "staedteregion",
                List.of(new Party("staedteregion", Party.LEAD), new Party("alsdorf", Party.PARTNER),
                        new Party("eschweiler", Party.PARTNER), new Party("skf", Party.OTHER)),
                LegalForm.PUBLIC_LAW_MANDATE,
                new AgreementDates(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 15),
                        LocalDate.of(2024, 1, 1), null, "12 Monate zum Jahresende"),
                List.of("Vormundschaft", "Ehrenamt"), new AgreementText("Reform 2023", "Ehrenamtliche gewinnen", "Koordinierungsstelle",
                        "Umlage", "StädteRegion Aachen", List.of("https://example.org")),
                rule, 0, validFrom, note, null, null);
    }

    static CostRule percent(int host, int a, int b) {
        return new CostRule(new KeySpec("percent", null, null, Map.of("staedteregion", BigDecimal.valueOf(host),
                "alsdorf", BigDecimal.valueOf(a), "eschweiler", BigDecimal.valueOf(b)), null, null, null, null, null, null),
                null, "QUARTERLY", null, null, null);
    }

    @Test
    void amendmentsKeepHistoryAndTheVersionOfAnyDayCanBeShown() {
        Agreement v1 = service.create(admin, T, agreement(LocalDate.of(2024, 1, 1), percent(50, 30, 20), null));
        assertThat(v1.version()).isEqualTo(1);
        Agreement v2 = service.amend(admin, T, agreement(LocalDate.of(2026, 1, 1), percent(40, 35, 25), "new key from 2026"));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(service.asOf(reader, T, "ak-vormund", LocalDate.of(2025, 6, 30)).orElseThrow().costRule().key().values()
                .get("staedteregion")).isEqualByComparingTo("50");
        assertThat(service.asOf(reader, T, "ak-vormund", LocalDate.of(2026, 1, 1)).orElseThrow().version()).isEqualTo(2);
        assertThat(service.asOf(reader, T, "ak-vormund", LocalDate.of(2023, 1, 1))).isEmpty();
        assertThat(service.history(reader, T, "ak-vormund")).extracting(Agreement::version).containsExactly(1, 2);
        assertThat(service.list(reader, T)).extracting(Agreement::version).containsExactly(2);
        assertThat(v1.recordedBy()).isEqualTo("ta");
        assertThat(auditEntries).isEqualTo(2);
    }

    @Test
    void invalidAgreementsAreRefusedWithTheFieldAndNothingIsStored() {
        assertThatThrownBy(() -> service.create(admin, T, agreement(LocalDate.of(2024, 1, 1), percent(50, 30, 10), null)))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.field()).isEqualTo("costRule.key.values");
                    assertThat(e.getMessage()).contains("90");
                });
        Agreement noNotice = agreement(LocalDate.of(2024, 1, 1), null, null);
        Agreement unlimited = new Agreement(noNotice.id(), noNotice.moduleId(), noNotice.title(), noNotice.leadPartner(),
                noNotice.parties(), noNotice.legalForm(), new AgreementDates(null, null, null, LocalDate.of(2024, 1, 1), null, null),
                noNotice.tags(), noNotice.text(), null, 0, noNotice.validFrom(), null, null, null);
        assertThatThrownBy(() -> service.create(admin, T, unlimited))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("dates.noticePeriod"));
        Agreement unknownParty = new Agreement(noNotice.id(), noNotice.moduleId(), noNotice.title(), "staedteregion",
                List.of(new Party("staedteregion", Party.LEAD), new Party("nowhere", Party.PARTNER)), noNotice.legalForm(),
                noNotice.dates(), List.of(), null, null, 0, noNotice.validFrom(), null, null, null);
        assertThatThrownBy(() -> service.create(admin, T, unknownParty))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("parties"));
        CostRule negative = new CostRule(new KeySpec("fixed", null, null, Map.of("alsdorf", new BigDecimal("-1")), null, null,
                null, null, new KeySpec("equal", null, null, null, null, null, null, null, null, null), null), null, null, null, null, null);
        assertThatThrownBy(() -> service.create(admin, T, agreement(LocalDate.of(2024, 1, 1), negative, null)))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.getMessage()).contains("negative"));
        assertThatThrownBy(() -> service.create(reader, T, agreement(LocalDate.of(2024, 1, 1), percent(50, 30, 20), null)))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.FORBIDDEN));
        assertThat(service.list(admin, T)).isEmpty();
        assertThat(auditEntries).isZero();
    }

    @Test
    void amendmentsNeedANoteAndCannotGoBackInTime() {
        service.create(admin, T, agreement(LocalDate.of(2024, 1, 1), percent(50, 30, 20), null));
        assertThatThrownBy(() -> service.amend(admin, T, agreement(LocalDate.of(2025, 1, 1), percent(50, 30, 20), " ")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThatThrownBy(() -> service.amend(admin, T, agreement(LocalDate.of(2023, 1, 1), percent(50, 30, 20), "earlier")))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.field()).isEqualTo("validFrom"));
        assertThatThrownBy(() -> service.create(admin, T, agreement(LocalDate.of(2024, 1, 1), percent(50, 30, 20), null)))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.CONFLICT));
    }

    @Test
    void anotherTenantSeesNothing() {
        service.create(admin, T, agreement(LocalDate.of(2024, 1, 1), percent(50, 30, 20), null));
        assertThatThrownBy(() -> service.history(other, T, "ak-vormund"))
                .isInstanceOfSatisfying(IkzException.class, e -> assertThat(e.kind()).isEqualTo(IkzException.Kind.NOT_FOUND));
        assertThat(service.history(other, "other", "ak-vormund")).isEmpty();
    }

    static CostRule withFloors(Map<String, BigDecimal> floors) {
        CostRule p = percent(50, 30, 20);
        return new CostRule(p.key(), null, null, floors, null, null);
    }

    @Test
    void amountsPercentagesAndDatesBeyondTheBoundsAreRefusedNamingTheField() {
        java.util.function.BiConsumer<Agreement, String> refused = (a, field) -> assertThatThrownBy(() -> service.create(admin, T, a))
                .isInstanceOfSatisfying(IkzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(IkzException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo(field);
                });
        refused.accept(agreement(LocalDate.of(2024, 1, 1), withFloors(Map.of("alsdorf", new BigDecimal("1E+13"))), null),
                "costRule.floors[alsdorf]");
        refused.accept(agreement(LocalDate.of(2024, 1, 1), withFloors(Map.of("alsdorf", new BigDecimal("0.001"))), null),
                "costRule.floors[alsdorf]");
        CostRule finePercent = new CostRule(new KeySpec("percent", null, null, Map.of("staedteregion", new BigDecimal("50.00001"),
                "alsdorf", new BigDecimal("30"), "eschweiler", new BigDecimal("20")), null, null, null, null, null, null),
                null, null, null, null, null);
        refused.accept(agreement(LocalDate.of(2024, 1, 1), finePercent, null), "costRule.key.values[staedteregion]");
        refused.accept(agreement(LocalDate.of(99999, 1, 1), percent(50, 30, 20), null), "validFrom");
        assertThat(service.list(admin, T)).isEmpty();
        assertThat(auditEntries).isZero();
    }

    @Test
    void aStoredVersionThatCannotBeReadIsLeftOutOfTheListAndNamedInItsHistory() {
        service.create(admin, T, agreement(LocalDate.of(2024, 1, 1), percent(50, 30, 20), null));
        db.inTransaction(x -> x.tenant(T).update("INSERT INTO ikz_agreement_version (tenant_id, agreement_id, version, module_id, "
                + "title, valid_from, body, note, recorded_at, recorded_by) VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "broken", 1, "vormundschaft", "Broken", LocalDate.of(2024, 1, 1), "{not json", null, java.time.Instant.now(), "sql"));
        assertThat(service.list(reader, T)).extracting(Agreement::id).containsExactly("ak-vormund");
        assertThat(service.history(reader, T, "ak-vormund")).hasSize(1);
        assertThatThrownBy(() -> service.history(reader, T, "broken")).isInstanceOfSatisfying(IkzException.class, e -> {
            assertThat(e.kind()).isEqualTo(IkzException.Kind.CONFLICT);
            assertThat(e.getMessage()).contains("broken");
        });
    }
}
