package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.ikz.api.agreement.AgreementService;
import de.ikz.api.allocation.AllocationService;
import de.ikz.api.error.IkzException;
import de.ikz.rest.internal.resources.AgreementsResource;
import de.ikz.rest.internal.resources.AllocationsResource;
import de.ikz.testkit.Callers;

import org.junit.jupiter.api.Test;

/**
 * Money and other numbers of a request are refused with 400 naming the field before any service
 * computes with them: the JSON text goes through the platform's mapper, the resource and the
 * exception mappers exactly as in the container, with services that record every call.
 */
class BoundedInputTest {

    private final ObjectMapper json = Json.mapper();
    private final List<String> serviceCalls = new ArrayList<>();

    private final SecurityContext partnerStaff = Callers.context(Callers.partnerStaff("t1", "p1"));
    private final SecurityContext admin = Callers.context(Callers.tenantAdmin("t1"));

    private final AllocationsResource allocations = new AllocationsResource(recording(AllocationService.class));
    private final AgreementsResource agreements = new AgreementsResource(recording(AgreementService.class),
            recording(AllocationService.class));

    @Test
    void aPreviewOfAnAmountWithAHugeExponentIsRefusedAsTheAmountNotComputed() {
        Outcome r = preview("{\"amount\":\"1e200000\",\"key\":\"equal\",\"partners\":[{\"id\":\"a\"},{\"id\":\"b\"}]}");
        assertProblem(r, 400, "amount");
        assertThat(serviceCalls).isEmpty();
    }

    @Test
    void aJsonNumberForMoneyIsRefused() {
        assertProblem(preview("{\"amount\":100.00,\"key\":\"equal\",\"partners\":[{\"id\":\"a\"}]}"), 400, "amount");
        assertProblem(run("{\"fiscalYear\":2026,\"budget\":98000}"), 400, "budget");
        assertThat(serviceCalls).isEmpty();
    }

    @Test
    void amountsOutOfBoundsAreRefusedNamingTheField() {
        assertProblem(preview("{\"amount\":\"1000000000000.01\",\"key\":\"equal\",\"partners\":[{\"id\":\"a\"}]}"), 400, "amount");
        assertProblem(preview("{\"amount\":\"10.001\",\"key\":\"equal\",\"partners\":[{\"id\":\"a\"}]}"), 400, "amount");
        assertProblem(preview("{\"amount\":\"10.00\",\"key\":\"percent\",\"partners\":[{\"id\":\"a\",\"value\":\"100\"},"
                + "{\"id\":\"b\",\"value\":\"-50\"}]}"), 400, "partners[1].value");
        assertProblem(preview("{\"amount\":\"10.00\",\"key\":\"figure\",\"partners\":[{\"id\":\"a\",\"value\":\"1e9\"}]}"),
                400, "partners[0].value");
        assertThat(serviceCalls).isEmpty();
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertProblem(run("{\"fiscalYear\":2026,\"budget\":\"-98000.00\"}"), 400, "budget");
        assertProblem(settle("{\"fiscalYear\":2026,\"actualCost\":\"-1.00\"}"), 400, "actualCost");
        assertProblem(settle("{\"fiscalYear\":2026,\"actualCost\":\"1.00\",\"grants\":\"-1.00\"}"), 400, "grants");
        assertProblem(settle("{\"fiscalYear\":2026,\"actualCost\":\"1.00\",\"advancesPaid\":{\"a\":\"-5\"}}"), 400,
                "advancesPaid[a]");
        assertThat(serviceCalls).isEmpty();
    }

    @Test
    void aYearBeyondTheRangeIsRefusedAndA2031BudgetIsFine() {
        assertProblem(run("{\"fiscalYear\":99999,\"budget\":\"1000.00\"}"), 400, "fiscalYear");
        assertProblem(run("{\"fiscalYear\":1989,\"budget\":\"1000.00\"}"), 400, "fiscalYear");
        assertProblem(run("{\"fiscalYear\":99999999999999,\"budget\":\"1000.00\"}"), 400, "fiscalYear");
        assertProblem(run("{\"fiscalYear\":2.031e3,\"budget\":\"1000.00\"}"), 400, "fiscalYear");
        assertThat(serviceCalls).isEmpty();
        assertThat(calculate("{\"fiscalYear\":2031,\"budget\":\"1000.00\"}").status()).isEqualTo(200);
        assertThat(serviceCalls).containsExactly("calculate");
    }

    @Test
    void aDateQueryParameterBeyondTheRangeIsRefused() {
        assertProblem(call(() -> agreements.get(admin, null, "ak", "+99999-01-01")), 400, "on");
        assertThat(serviceCalls).isEmpty();
    }

    // ------------------------------------------------------------------ plumbing

    private Outcome preview(String body) {
        return call(() -> allocations.preview(partnerStaff, json.readValue(body, AllocationsResource.PreviewRequest.class)));
    }

    private Outcome run(String body) {
        return call(() -> agreements.run(admin, null, "ak", json.readValue(body, AgreementsResource.RunRequest.class)));
    }

    private Outcome calculate(String body) {
        return call(() -> agreements.calculate(admin, null, "ak", json.readValue(body, AgreementsResource.RunRequest.class)));
    }

    private Outcome settle(String body) {
        return call(() -> agreements.settle(admin, null, "ak", json.readValue(body, AgreementsResource.SettlementRequest.class)));
    }

    interface Call {
        Object get() throws Exception;
    }

    /**
     * Status and field of the answer. Without a JAX-RS runtime in unit tests, a refusal is read off the
     * exception the mappers turn into the problem: {@link IkzException} gives its kind's status and field,
     * a Jackson mapping error 400 and its path (as {@code ExceptionMappers.JsonErrors} writes it).
     */
    record Outcome(int status, String field) {
    }

    private static Outcome call(Call c) {
        try {
            c.get();
            return new Outcome(200, null);
        } catch (JsonMappingException e) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : e.getPath()) {
                if (r.getFieldName() != null) {
                    sb.append(sb.length() > 0 ? "." : "").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            return new Outcome(400, sb.toString());
        } catch (IkzException e) {
            return new Outcome(e.kind().status(), e.field());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(Outcome r, int status, String field) {
        assertThat(r).isEqualTo(new Outcome(status, field));
    }

    /** A service that records the name of each call and answers null (or an empty run list). */
    private <T> T recording(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return m.getName().equals("toString") ? "recording " + type.getSimpleName() : m.invoke(this, args);
            }
            serviceCalls.add(m.getName());
            return m.getReturnType() == Optional.class ? Optional.empty() : m.getReturnType() == List.class ? List.of() : null;
        }));
    }
}
