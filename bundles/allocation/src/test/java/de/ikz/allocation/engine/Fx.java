package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small test helpers. */
final class Fx {

    private Fx() {
    }

    static BigDecimal eur(String text) {
        return new BigDecimal(text).setScale(2);
    }

    static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    /** {@code map("A", "1", "B", "2")}: insertion-ordered partner → value. */
    static Map<String, BigDecimal> map(String... keysAndValues) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], new BigDecimal(keysAndValues[i + 1]));
        }
        return m;
    }

    /** Rounded amounts of an allocation, partner → amount as plain string, e.g. {@code "33.34"}. */
    static Map<String, String> amounts(Allocation a) {
        Map<String, String> m = new LinkedHashMap<>();
        a.shares().forEach(s -> m.put(s.partnerId(), s.amount().toPlainString()));
        return m;
    }

    static BigDecimal sumOfAmounts(Allocation a) {
        return a.shares().stream().map(PartnerShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
