package de.ikz.fruehehilfen.internal.pool.rest;

import static de.ikz.fruehehilfen.internal.pool.PoolFixture.ERKELENZ;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.GEILENKIRCHEN;
import static de.ikz.fruehehilfen.internal.pool.PoolFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.error.IkzException;
import de.ikz.api.module.ModuleRoles;
import de.ikz.api.module.Roles;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.pool.PoolFigures;
import de.ikz.fruehehilfen.internal.pool.PoolFixture;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Expense;
import de.ikz.fruehehilfen.internal.pool.PoolRecords.Receipt;
import de.ikz.fruehehilfen.internal.pool.PoolService.ExpenseInput;
import de.ikz.fruehehilfen.internal.pool.PoolService.ReceiptInput;
import de.ikz.api.module.RoleDefinition;
import de.ikz.testkit.Callers;
import de.ikz.testkit.Refusals;
import de.ikz.testkit.TestDatabases;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool's REST resource over the real service on Derby: statuses, Location, tenant, refusals, roles. */
class PoolResourceTest {

    static final SecurityContext COORDINATOR = Callers.context(Callers.coordinator(TENANT, ModuleDefinition.ID));
    static final SecurityContext GK_STAFF = Callers.context(Callers.partnerStaff(TENANT, GEILENKIRCHEN));

    @TempDir
    Path dir;

    PoolResource resource;

    @BeforeAll
    static void runtime() {
        de.ikz.testkit.TestRuntime.install();
    }

    @BeforeEach
    void fresh() {
        resource = new PoolResource(PoolFixture.on(TestDatabases.derby(dir), LocalDate.of(2022, 1, 10)).pool);
    }

    @Test
    void grantReceiptAndExpenseGiveTheFiguresAndLocations() {
        resource.setGrant(COORDINATOR, "2021", GEILENKIRCHEN, null, new PoolResource.GrantBody(new BigDecimal("12500.00"),
                LocalDate.of(2021, 2, 1), Map.of("I", new BigDecimal("2500.00"), "II", new BigDecimal("10000.00"))));
        Response r = resource.addReceipt(COORDINATOR, "2021", null, new ReceiptInput(LocalDate.of(2021, 3, 1), GEILENKIRCHEN,
                new BigDecimal("12500.00"), "GRANT", null));
        assertThat(r.getStatus()).isEqualTo(201);
        Receipt receipt = (Receipt) r.getEntity();
        assertThat(r.getLocation()).isEqualTo(URI.create("modules/fruehehilfen/pool/2021/receipts?id=" + receipt.id()));
        Response e = resource.addExpense(COORDINATOR, "2021", null, new ExpenseInput("I", "PUBLIC_RELATIONS", "B-7",
                LocalDate.of(2021, 4, 1), "Flyer", new BigDecimal("500.00")));
        assertThat(e.getStatus()).isEqualTo(201);
        assertThat(((Expense) e.getEntity()).area().name()).isEqualTo("I");
        PoolFigures f = resource.figures(COORDINATOR, "2021", null);
        assertThat(f.pool().spent()).isEqualByComparingTo("500.00");
        assertThat(f.partner(GEILENKIRCHEN).orElseThrow().amounts().ownShare()).isEqualByComparingTo("2500.00");
        assertThat(resource.years(COORDINATOR, null)).containsExactly(2021);
    }

    /** The platform's mapper knows java.time but no Optional: the figures must be written without one (a 400 otherwise). */
    @Test
    void figuresAreWrittenByAMapperThatKnowsNoOptional() throws Exception {
        resource.setGrant(COORDINATOR, "2021", GEILENKIRCHEN, null, new PoolResource.GrantBody(new BigDecimal("100.00"),
                LocalDate.of(2021, 2, 1), Map.of("II", new BigDecimal("100.00"))));
        com.fasterxml.jackson.databind.ObjectMapper json = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        String text = json.writeValueAsString(resource.figures(COORDINATOR, "2021", null));
        assertThat(text).contains("\"noticeDate\":\"2021-02-01\"").contains("\"closedOn\":null");
        assertThat(json.writeValueAsString(resource.yearEnd(COORDINATOR, "2021", null))).contains("\"unspent\"");
    }

    @Test
    void partnerStaffReadsItsOwnPartnerOnly() {
        for (String p : List.of(GEILENKIRCHEN, ERKELENZ)) {
            resource.setGrant(COORDINATOR, "2021", p, null, new PoolResource.GrantBody(new BigDecimal("100.00"),
                    LocalDate.of(2021, 2, 1), Map.of("II", new BigDecimal("100.00"))));
        }
        assertThat(resource.figures(GK_STAFF, "2021", null).partners()).extracting(PoolFigures.PartnerFigures::partnerId)
                .containsExactly(GEILENKIRCHEN);
        assertThat(resource.grants(GK_STAFF, "2021", null)).hasSize(1);
    }

    @Test
    void refusalsNameTheirField() {
        Refusals.invalid("year", () -> resource.figures(COORDINATOR, "zwanzig", null));
        Refusals.invalid(null, () -> resource.addExpense(COORDINATOR, "2021", null, null));
        Refusals.invalid("amount", () -> resource.addExpense(COORDINATOR, "2021", null, new ExpenseInput("II", "PERSONNEL",
                "B-1", LocalDate.of(2021, 4, 1), "Gehalt", new BigDecimal("1.00"))));
        Refusals.invalid("byArea", () -> resource.setGrant(COORDINATOR, "2021", ERKELENZ, null, new PoolResource.GrantBody(
                new BigDecimal("100.00"), LocalDate.of(2021, 2, 1), Map.of("II", new BigDecimal("99.00")))));
        // a coordinator names no other tenant
        Refusals.refused(IkzException.Kind.NOT_FOUND, null, () -> resource.figures(COORDINATOR, "2021", "other"));
        assertThat(resource.years(COORDINATOR, null)).isEmpty();
    }

    @Test
    void everyOperationDeclaresRolesTheModuleDefinesAndOnlyTheCoordinatorChanges() {
        List<String> declared = ModuleDefinition.ROLES.stream().map(RoleDefinition::id).toList();
        List<Method> ops = Arrays.stream(PoolResource.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class))
                .toList();
        assertThat(ops).hasSize(16);
        for (Method m : ops) {
            Roles roles = m.getAnnotation(Roles.class);
            assertThat(roles).as(m.getName()).isNotNull();
            assertThat(ModuleRoles.findings(List.of(roles.value()), declared)).as(m.getName()).isEmpty();
            if (!m.isAnnotationPresent(GET.class)) {
                assertThat(roles.value()).as(m.getName()).containsExactly(ModuleDefinition.COORDINATOR);
            } else {
                assertThat(roles.value()).as(m.getName()).doesNotContain(ModuleDefinition.PROFESSIONAL);
            }
        }
    }
}
