package de.ikz.allocation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.ikz.allocation.engine.ByFigure;
import de.ikz.allocation.engine.DeficitPercent;
import de.ikz.allocation.engine.Equal;
import de.ikz.allocation.engine.FixedAmount;
import de.ikz.allocation.engine.FixedPercent;
import de.ikz.allocation.engine.GrantTopUp;
import de.ikz.allocation.engine.Key;
import de.ikz.allocation.engine.Weighted;
import de.ikz.api.agreement.KeySpec;
import de.ikz.api.allocation.AllocationRun;
import de.ikz.api.error.IkzException;
import de.ikz.api.module.CooperationModule;
import de.ikz.api.module.MeasureDefinition;
import de.ikz.api.module.ModuleRegistry;
import de.ikz.api.participant.FigureSum;
import de.ikz.api.participant.FigureValue;
import de.ikz.api.participant.ParticipantService;
import de.ikz.api.tenant.Caller;
import de.ikz.kit.text.GermanFormat;
import de.ikz.kit.text.KeyWords;

/**
 * Turns an agreement's key specification into an engine key, loading the figures it needs and
 * recording each one with its reference date and source as an input of the run.
 */
final class KeyResolver {

    private final ParticipantService participants;
    private final ModuleRegistry modules;

    KeyResolver(ParticipantService participants, ModuleRegistry modules) {
        this.participants = participants;
        this.modules = modules;
    }

    record Resolved(Key key, String description, List<AllocationRun.Input> inputs) {
    }

    Resolved resolve(Caller caller, String tenantId, KeySpec spec, List<String> payers, int fiscalYear) {
        List<AllocationRun.Input> inputs = new ArrayList<>();
        Key key = key(caller, tenantId, spec, payers, fiscalYear, inputs, "");
        // a module's measure by its label (the module is deployed: the key was just resolved with it)
        return new Resolved(key, KeyWords.describe(spec, (module, measure) -> modules.module(module)
                .flatMap(m -> label(m, measure)).orElse(null)), inputs);
    }

    private Key key(Caller caller, String tenantId, KeySpec spec, List<String> payers, int year,
                    List<AllocationRun.Input> inputs, String prefix) {
        return switch (spec.type()) {
            case "population" -> {
                String figure = spec.figure() == null ? FigureValue.POPULATION : spec.figure();
                LocalDate refDate = spec.referenceDate() != null ? spec.referenceDate() : LocalDate.of(year - 1, 12, 31);
                LocalDate on = LocalDate.of(year, 1, 1);
                Map<String, BigDecimal> figures = new LinkedHashMap<>();
                Map<String, FigureSum> sums = participants.figures(caller, tenantId, payers, figure, on, refDate);
                for (String p : payers) {
                    FigureSum sum = sums.get(p);
                    figures.put(p, BigDecimal.valueOf(sum.total()));
                    LocalDate newest = sum.parts().stream().map(FigureValue::referenceDate).max(LocalDate::compareTo).orElse(null);
                    String sources = String.join("; ", sum.parts().stream().map(FigureValue::source).distinct().toList());
                    inputs.add(new AllocationRun.Input(p, prefix + figure, BigDecimal.valueOf(sum.total()), newest, sources,
                            sum.parts().size() == 1 ? "Gemeinde " + sum.parts().get(0).ags()
                                    : sum.parts().size() + " Gemeinden: " + String.join(", ",
                                    sum.parts().stream().map(FigureValue::ags).toList())));
                }
                yield new ByFigure(figure + " on or before " + refDate, figures);
            }
            case "equal" -> new Equal(payers);
            case "percent" -> {
                record(inputs, prefix + "percent", spec.values());
                yield new FixedPercent(spec.values());
            }
            case "fixed" -> {
                record(inputs, prefix + "fixed amount", spec.values());
                Key rest = spec.rest() == null ? null : key(caller, tenantId, spec.rest(), payers, year, inputs, prefix + "rest: ");
                yield new FixedAmount(spec.values(), rest);
            }
            case "deficit-percent" -> {
                record(inputs, prefix + "percent of deficit", spec.values());
                yield new DeficitPercent(spec.values());
            }
            case "grant-top-up" -> {
                record(inputs, prefix + "grant", spec.values());
                GrantTopUp.Reading reading = "share-of-total".equals(spec.reading()) ? GrantTopUp.Reading.SHARE_OF_TOTAL
                        : GrantTopUp.Reading.ON_TOP;
                yield new GrantTopUp(spec.values(), spec.topUpPercent(), reading);
            }
            case "measure" -> {
                CooperationModule m = modules.module(spec.module()).orElseThrow(() -> new IkzException(
                        IkzException.Kind.UNAVAILABLE, "module '" + spec.module() + "' is not deployed; its measure '"
                        + spec.measure() + "' cannot be read"));
                LocalDate from = LocalDate.of(year, 1, 1);
                LocalDate to = LocalDate.of(year, 12, 31);
                Map<String, BigDecimal> values = m.measure(spec.measure(), tenantId, from, to);
                // what the value stands on: the period counted, up to today if the year is not over
                // (a budget run for next year counts today's cases as the forecast)
                LocalDate today = LocalDate.now(GermanFormat.ZONE);
                LocalDate counted = to.isAfter(today) ? today : to;
                String label = label(m, spec.measure()).orElse(spec.measure());
                String source = "Modul „" + m.displayNames().getOrDefault("de", m.id()) + "“ (" + m.id() + ") Version "
                        + m.version();
                String detail = "gezählt im Zeitraum " + GermanFormat.date(from) + " bis " + GermanFormat.date(to)
                        + (counted.isBefore(to) ? ", Stand " + GermanFormat.date(counted)
                        + (counted.isBefore(from) ? " (vor Beginn des Jahres: die am Stichtag laufenden Fälle)" : "") : "");
                Map<String, BigDecimal> figures = new LinkedHashMap<>();
                for (String p : payers) {
                    BigDecimal v = values.get(p);
                    if (v == null) {
                        throw IkzException.invalid("costRule.key", "partner '" + p + "' has no value of measure "
                                + spec.module() + "/" + spec.measure() + " in " + year);
                    }
                    figures.put(p, v);
                    inputs.add(new AllocationRun.Input(p, prefix + spec.module() + "/" + spec.measure(), v, counted, source, detail,
                            label));
                }
                yield new ByFigure(spec.module() + "/" + spec.measure() + " " + year, figures);
            }
            case "weighted" -> {
                List<Weighted.Component> parts = new ArrayList<>();
                int i = 0;
                for (KeySpec.WeightedPart part : spec.parts()) {
                    parts.add(new Weighted.Component(part.percent(),
                            key(caller, tenantId, part.key(), payers, year, inputs, prefix + "part " + (++i) + ": ")));
                }
                yield new Weighted(parts);
            }
            default -> throw IkzException.invalid("costRule.key.type", "unknown key type " + spec.type());
        };
    }

    /** The German label a module gives its measure, if it lists it. */
    private static java.util.Optional<String> label(CooperationModule module, String measure) {
        return module.measures().stream().filter(d -> d.id().equals(measure)).map(MeasureDefinition::label).findFirst();
    }

    private static void record(List<AllocationRun.Input> inputs, String what, Map<String, BigDecimal> values) {
        values.forEach((p, v) -> inputs.add(new AllocationRun.Input(p, what, v, null, "agreement", null)));
    }
}
