package de.ikz.rest.internal.resources;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import de.ikz.api.allocation.AllocationService;
import de.ikz.api.error.IkzException;
import de.ikz.api.input.Amount;
import de.ikz.api.input.Input;
import de.ikz.api.rest.CallerPrincipal;
import de.ikz.api.rest.RestConstants;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The stateless what-if calculation for planning. */
@Component(service = AllocationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.APPLICATION_SELECT)
@Path("allocations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations", description = "Allocation previews without a stored agreement")
public class AllocationsResource {

    /**
     * Body of POST /allocations/preview.
     *
     * @param amount   decimal string with at most two places, e.g. "98000.00" (negative for a refund), at most
     *                 1000000000000 in absolute value; a JSON number or an exponent is refused
     * @param key      "figure" (proportional to each partner's value, 0 to 10^15), "equal", or "percent"
     *                 (values from 0 to 100 with at most four decimals, summing to 100)
     * @param rounding "LARGEST_REMAINDER" (default) or "HALF_UP_RESIDUAL_TO_LARGEST"
     * @param partners the partners in the order the answer should list them
     */
    public record PreviewRequest(BigDecimal amount, String key, String rounding, List<PreviewPartner> partners) {
    }

    /** A partner of a preview; value: the figure (key "figure"), the percent (key "percent"), ignored for "equal". */
    public record PreviewPartner(String id, BigDecimal value) {
    }

    /** A partner's amount: a decimal string with two places. */
    public record PreviewShare(String id, BigDecimal amount) {
    }

    /** The answer: the shares sum exactly to the amount. */
    public record PreviewResult(BigDecimal amount, String key, String rounding, List<PreviewShare> shares) {
    }

    private final AllocationService allocations;

    @Activate
    public AllocationsResource(@Reference AllocationService allocations) {
        this.allocations = allocations;
    }

    /** Splits an amount; stores nothing. Any authenticated user. */
    @Operation(operationId = "previewAllocation", summary = "Preview an allocation from given figures")
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreviewResult preview(@Context SecurityContext sc, PreviewRequest body) {
        CallerPrincipal.caller(sc);
        if (body == null) {
            throw IkzException.invalid(null, "request body required");
        }
        // bounds before any arithmetic: the JSON mapping let through only plain decimal strings
        Amount amount = Amount.of("amount", body.amount(), Amount.Sign.ANY);
        if (body.partners() == null || body.partners().isEmpty()) {
            throw IkzException.invalid("partners", "at least one partner is required");
        }
        if (body.partners().size() > 20_000) {
            throw IkzException.invalid("partners", "at most 20000 partners");
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < body.partners().size(); i++) {
            PreviewPartner p = body.partners().get(i);
            if (p == null || p.id() == null || p.id().isBlank()) {
                throw IkzException.invalid("partners[" + i + "].id", "each partner needs an id");
            }
            if (!"equal".equals(body.key()) && p.value() == null) {
                throw IkzException.invalid("partners[" + i + "].value", "partner '" + p.id() + "' needs a value");
            }
            if ("percent".equals(body.key())) {
                Input.percent("partners[" + i + "].value", p.value());
            } else if ("figure".equals(body.key())) {
                Input.figure("partners[" + i + "].value", p.value());
            }
            if (values.put(p.id(), p.value() == null ? BigDecimal.ZERO : p.value()) != null) {
                throw IkzException.invalid("partners[" + i + "].id", "partner '" + p.id() + "' is listed twice");
            }
        }
        Map<String, BigDecimal> shares = allocations.preview(amount.value(), body.key(), body.rounding(), values);
        String rounding = body.rounding() == null ? "LARGEST_REMAINDER" : body.rounding();
        return new PreviewResult(amount.value(), body.key(), rounding,
                shares.entrySet().stream().map(e -> new PreviewShare(e.getKey(), e.getValue())).toList());
    }
}
