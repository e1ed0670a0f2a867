package de.ikz.fruehehilfen.internal.reports;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.ikz.fruehehilfen.internal.families.Referral;
import de.ikz.fruehehilfen.internal.visits.ServiceFigures;
import de.ikz.fruehehilfen.internal.visits.ServiceFigures.Figures;
import de.ikz.fruehehilfen.internal.visits.ServiceFigures.PartnerFigures;
import de.ikz.kit.report.SmallCounts;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The steering committee's report for a period: per municipality (the owning youth office) new
 * cases, families, contacts, hours, referrals and who referred the new cases, with the totals, from
 * the service's figures ({@link ServiceFigures}).
 * <p>
 * A partner youth office's staff get their own office in full and the totals; a total is shown only
 * where the other offices together count at least {@value SmallCounts#DEFAULT_MIN} (the kit's
 * {@link SmallCounts} applied to "total minus own office"), so no family of another office can be
 * singled out by subtraction; a hidden total is null and named in {@code suppressed}. Hours follow
 * the contacts.
 *
 * @param from       first day
 * @param to         last day
 * @param offices    one row per youth office, by name (only the own one for partner staff)
 * @param total      the totals over every office of the tenant
 * @param referrers  the "who referred" labels, in the order of the columns
 * @param suppressed names of hidden totals ({@code total.families}, {@code total.referredBy.SELF} ...)
 */
@Schema(name = "fruehehilfenSteeringReport")
public record SteeringReport(LocalDate from, LocalDate to, List<Row> offices, Row total, List<String> referrers,
                             List<String> suppressed) {

    public SteeringReport {
        offices = List.copyOf(offices);
        referrers = List.copyOf(referrers);
        suppressed = List.copyOf(suppressed);
    }

    /** The label of the totals row. */
    public static final String TOTAL = "Gesamt";

    /**
     * One office (or the totals): a null count is suppressed.
     *
     * @param office     participant id, or {@code null} for the totals
     * @param name       its name as staff read it
     * @param referredBy new cases by who referred them (label → count), in {@link SteeringReport#referrers} order
     */
    @Schema(name = "fruehehilfenSteeringRow")
    public record Row(@Schema(requiredMode = NOT_REQUIRED) String office, String name,
                      @Schema(requiredMode = NOT_REQUIRED) Integer newCases,
                      @Schema(requiredMode = NOT_REQUIRED) Integer families,
                      @Schema(requiredMode = NOT_REQUIRED) Integer contacts,
                      @Schema(requiredMode = NOT_REQUIRED) BigDecimal hours,
                      @Schema(requiredMode = NOT_REQUIRED) Integer referrals, Map<String, Integer> referredBy) {
        public Row {
            referredBy = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(referredBy));
        }
    }

    private static final List<String> COUNTS = List.of("newCases", "families", "contacts", "referrals");

    /**
     * Builds the report from the figures of every office.
     *
     * @param names     youth offices of the tenant (id → name): each gets a row, with zeros if it has nothing
     * @param ownOffice the partner staff's office, or empty for a reader of every office
     */
    static SteeringReport build(Figures figures, Map<String, String> names, Optional<String> ownOffice) {
        Map<String, PartnerFigures> byOffice = new LinkedHashMap<>();
        names.keySet().forEach(o -> byOffice.put(o, figures.of(o)));
        figures.partners().forEach(p -> byOffice.put(p.office(), p));
        List<String> referrers = new ArrayList<>();
        for (Referral r : Referral.values()) {
            referrers.add(r.label());
        }
        List<Row> rows = new ArrayList<>();
        byOffice.values().stream()
                .filter(p -> ownOffice.map(p.office()::equals).orElse(true))
                .map(p -> new Row(p.office(), names.getOrDefault(p.office(), p.office()), p.newCases(), p.families(), p.contacts(),
                        p.hours(), p.referrals(), referred(p)))
                .sorted(java.util.Comparator.comparing(Row::name).thenComparing(Row::office))
                .forEach(rows::add);

        PartnerFigures sum = figures.total();
        List<String> suppressed = new ArrayList<>();
        Row total;
        if (ownOffice.isEmpty()) {
            total = new Row(null, TOTAL, sum.newCases(), sum.families(), sum.contacts(), sum.hours(), sum.referrals(), referred(sum));
        } else {
            PartnerFigures own = figures.of(ownOffice.get());
            Map<String, Integer> rest = new LinkedHashMap<>();
            rest.put("newCases", sum.newCases() - own.newCases());
            rest.put("families", sum.families() - own.families());
            rest.put("contacts", sum.contacts() - own.contacts());
            rest.put("referrals", sum.referrals() - own.referrals());
            List<String> keys = new ArrayList<>(COUNTS);
            for (Referral r : Referral.values()) {
                keys.add("referredBy." + r.name());
                rest.put("referredBy." + r.name(), sum.referredBy().getOrDefault(r, 0) - own.referredBy().getOrDefault(r, 0));
            }
            SmallCounts.Shown shown = SmallCounts.standard().shown(keys, rest, false);
            Map<String, Integer> totalReferred = new LinkedHashMap<>();
            for (Referral r : Referral.values()) {
                totalReferred.put(r.label(), shown.counts().get("referredBy." + r.name()) == null ? null
                        : sum.referredBy().getOrDefault(r, 0));
            }
            boolean contactsShown = shown.counts().get("contacts") != null;
            total = new Row(null, TOTAL, orNull(shown, "newCases", sum.newCases()), orNull(shown, "families", sum.families()),
                    orNull(shown, "contacts", sum.contacts()), contactsShown ? sum.hours() : null,
                    orNull(shown, "referrals", sum.referrals()), totalReferred);
            shown.suppressed().forEach(k -> suppressed.add("total." + k));
            if (!contactsShown) {
                suppressed.add("total.hours");
            }
        }
        return new SteeringReport(figures.from(), figures.to(), rows, total, referrers, suppressed);
    }

    private static Integer orNull(SmallCounts.Shown shown, String key, int value) {
        return shown.counts().get(key) == null ? null : value;
    }

    private static Map<String, Integer> referred(PartnerFigures p) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Referral r : Referral.values()) {
            m.put(r.label(), p.referredBy().getOrDefault(r, 0));
        }
        return m;
    }
}
