package de.ikz.agreement.internal.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import de.ikz.api.agreement.CostRule;
import de.ikz.api.agreement.KeySpec;
import de.ikz.kit.text.GermanFormat;
import de.ikz.kit.text.KeyWords;

/**
 * A cost rule in German sentences for the profile: the key in the platform's one wording
 * ({@link KeyWords}, which runs and notices use as well), the values the agreement fixes per party
 * (percentages, amounts, grants), contributions in kind, floors and caps, and the advance-payment
 * schedule: "Umlage nach Kennzahl „Aktive Bestellungen je Jugendamt“ (vormundschaft/active-appointments).
 * Sachleistung angerechnet: StädteRegion Aachen 15.000,00 €. Abschläge vierteljährlich."
 */
public final class CostRuleWords {

    private CostRuleWords() {
    }

    /**
     * @param names  participant id → name (a missing name shows the id)
     * @param labels measure labels of the deployed modules, or null
     * @return the sentences, or null for an agreement without a cost rule
     */
    public static String of(CostRule rule, Map<String, String> names, KeyWords.MeasureLabels labels) {
        if (rule == null || rule.key() == null) {
            return null;
        }
        Function<String, String> name = id -> names.getOrDefault(id, id);
        List<String> sentences = new ArrayList<>();
        String key = KeyWords.describe(rule.key(), labels);
        sentences.add((key.startsWith("nach ") || key.startsWith("zu ") ? "Umlage " : "Umlage: ") + key + values(rule.key(), name));
        addAmounts(sentences, "Sachleistung angerechnet", rule.creditsInKind(), name);
        addAmounts(sentences, "Mindestanteil", rule.floors(), name);
        addAmounts(sentences, "Höchstanteil", rule.caps(), name);
        sentences.add("Abschläge " + switch (rule.schedule() == null ? "QUARTERLY" : rule.schedule()) {
            case "YEARLY" -> "jährlich";
            case "HALF_YEARLY" -> "halbjährlich";
            default -> "vierteljährlich";
        });
        return String.join(". ", sentences) + ".";
    }

    /** The per-party values a key fixes, in parentheses: " (Stadt A 40 %, Stadt B 60 %)"; "" for keys without values. */
    private static String values(KeySpec key, Function<String, String> name) {
        if (key.values() == null || key.values().isEmpty()) {
            return "";
        }
        boolean percent = "percent".equals(key.type()) || "deficit-percent".equals(key.type());
        List<String> parts = new ArrayList<>();
        key.values().forEach((id, v) -> parts.add(name.apply(id) + " " + (percent ? GermanFormat.percent(v) : GermanFormat.money(v))));
        return " (" + String.join(", ", parts) + ")";
    }

    private static void addAmounts(List<String> sentences, String what, Map<String, BigDecimal> amounts, Function<String, String> name) {
        if (amounts == null || amounts.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        amounts.forEach((id, v) -> parts.add(name.apply(id) + " " + GermanFormat.money(v)));
        sentences.add(what + ": " + String.join(", ", parts));
    }
}
