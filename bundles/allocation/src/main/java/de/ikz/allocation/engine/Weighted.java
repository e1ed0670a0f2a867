package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A weighted mixture of keys, e.g. 50 % by population and 50 % by case counts.
 *
 * <p>Rule: each component {@code k} splits its part of the amount,
 * {@code amount × percent(k) / 100}, by its own key; a partner's share is the sum over the
 * components: {@code share(p) = Σ_k shareByKey_k(amount × percent(k) / 100)(p)}.
 *
 * <p>The component percentages must not be negative and must sum to exactly 100. Every component
 * must list the same partners, so a partner missing in one key is caught; enter an explicit
 * {@code 0} (e.g. zero cases) for a partner that takes no part in a component.
 *
 * @param components the weighted keys, at least one
 */
public record Weighted(List<Component> components) implements Key {

    /**
     * One part of a mixture.
     *
     * @param percent weight of this key in percent
     * @param key     the key splitting this part
     */
    public record Component(BigDecimal percent, Key key) {
    }

    /**
     * @throws AllocationException (field {@code components…}) if there are no components, a
     *                             weight or key is missing, the weights do not sum to 100, or the
     *                             components' partners differ
     */
    public Weighted {
        Checks.notNull("components", components);
        if (components.isEmpty()) {
            throw new AllocationException("components", "no components");
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> first = null;
        for (int i = 0; i < components.size(); i++) {
            String field = "components[" + i + "]";
            Component c = Checks.notNull(field, components.get(i));
            sum = sum.add(Checks.nonNegative(field + ".percent", c.percent()));
            Set<String> partners = Checks.notNull(field + ".key", c.key()).partners();
            if (first == null) {
                first = partners;
            } else if (!first.equals(partners)) {
                Set<String> missing = new TreeSet<>(first);
                missing.removeAll(partners);
                Set<String> extra = new TreeSet<>(partners);
                extra.removeAll(first);
                throw new AllocationException(field + ".key", "partners differ from components[0]"
                        + (missing.isEmpty() ? "" : "; missing " + missing)
                        + (extra.isEmpty() ? "" : "; not in components[0]: " + extra)
                        + " (enter 0 for a partner without a figure)");
            }
        }
        if (sum.compareTo(Checks.HUNDRED) != 0) {
            throw new AllocationException("components",
                    "weights sum to " + Checks.plain(sum) + " %, must be exactly 100");
        }
        components = List.copyOf(components);
    }

    /** A mixture of the given components. */
    public static Weighted of(Component... components) {
        return new Weighted(components == null ? null : java.util.Arrays.asList(components));
    }

    /** A component: {@code percent} % of the amount split by {@code key}. */
    public static Component part(String percent, Key key) {
        return new Component(new BigDecimal(percent), key);
    }

    @Override
    public Set<String> partners() {
        return components.get(0).key().partners();
    }

    /** @return {@code null}: a mixture has no single figure; see its components */
    @Override
    public BigDecimal keyFigure(String partnerId) {
        return null;
    }

    SortedMap<String, BigDecimal> raw(BigDecimal amount) {
        SortedMap<String, BigDecimal> shares = new TreeMap<>();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            BigDecimal part = Checks.percentOf(amount, c.percent());
            Keys.raw(c.key(), part, "components[" + i + "].key")
                    .forEach((id, s) -> shares.merge(id, s, BigDecimal::add));
        }
        return shares;
    }
}
