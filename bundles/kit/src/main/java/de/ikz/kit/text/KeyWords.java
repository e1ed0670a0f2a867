package de.ikz.kit.text;

import de.ikz.api.agreement.KeySpec;
import de.ikz.api.participant.FigureValue;

/**
 * An allocation key ({@link KeySpec}) in German words, as notices, run summaries and the agreement
 * profile print it: "nach Einwohnern im Gebiet jedes Partners, Stand 31.12.2019", "50 % zu gleichen
 * Teilen + 50 % nach Einwohnern …". Written once here (moved from the allocation bundle's key
 * resolver) so that a run and the profile of the same agreement word the same key alike.
 *
 * <p>A measure key names the module's measure by its label where the caller knows it
 * ({@link MeasureLabels}, e.g. from the module registry), else by its id
 * ({@code vormundschaft/active-appointments}).
 */
public final class KeyWords {

    /** The German label of a module's measure, or null if unknown (module not deployed). */
    @FunctionalInterface
    public interface MeasureLabels {
        String label(String module, String measure);
    }

    private KeyWords() {
    }

    /** The key in words, measures named by their id. */
    public static String describe(KeySpec spec) {
        return describe(spec, null);
    }

    /** The key in words, measures named by their label where {@code labels} knows it. */
    public static String describe(KeySpec spec, MeasureLabels labels) {
        if (spec == null || spec.type() == null) {
            return "";
        }
        return switch (spec.type()) {
            case "population" -> "nach " + figureName(spec.figure()) + " im Gebiet jedes Partners"
                    + (spec.referenceDate() == null ? "" : ", Stand " + GermanFormat.date(spec.referenceDate()));
            case "equal" -> "zu gleichen Teilen";
            case "percent" -> "nach festen Prozentsätzen";
            case "fixed" -> "feste Beträge" + (spec.rest() == null ? "" : ", der Rest " + describe(spec.rest(), labels));
            case "deficit-percent" -> "fester Prozentsatz des Defizits";
            case "grant-top-up" -> "eigene Förderung zuzüglich "
                    + (spec.topUpPercent() == null ? "eines" : GermanFormat.percent(spec.topUpPercent())) + " Eigenanteil ("
                    + ("share-of-total".equals(spec.reading()) ? "Förderung als Anteil am Gesamtbetrag" : "Eigenanteil zusätzlich") + ")";
            case "measure" -> measure(spec, labels);
            case "weighted" -> spec.parts() == null ? "gewichtet" : String.join(" + ", spec.parts().stream()
                    .map(p -> GermanFormat.percent(p.percent()) + " " + describe(p.key(), labels)).toList());
            default -> spec.type();
        };
    }

    private static String measure(KeySpec spec, MeasureLabels labels) {
        String id = spec.module() + "/" + spec.measure();
        String label = labels == null ? null : labels.label(spec.module(), spec.measure());
        return label == null || label.isBlank() ? "nach Kennzahl " + id
                : "nach Kennzahl „" + label.strip() + "“ (" + id + ")";
    }

    /** The figure a population-type key counts, in the dative after "nach". */
    public static String figureName(String figure) {
        return switch (figure == null ? FigureValue.POPULATION : figure) {
            case FigureValue.POPULATION -> "Einwohnern";
            case FigureValue.UNDER_18 -> "Einwohnern unter 18 Jahren";
            case FigureValue.UNDER_3 -> "Kindern unter 3 Jahren";
            default -> "Kennzahl " + figure;
        };
    }
}
