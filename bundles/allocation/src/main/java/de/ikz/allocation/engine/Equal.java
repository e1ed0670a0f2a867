package de.ikz.allocation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Equal shares: {@code share(p) = amount / number of partners}.
 *
 * <p>Which partner receives a residual cent is decided by the {@link RoundingRule} (by partner id
 * among equal shares), never by the order in which the partners were entered.
 *
 * @param partnerIds the partners; at least one, no duplicates; stored sorted by partner id
 */
public record Equal(List<String> partnerIds) implements Key {

    /**
     * @throws AllocationException (field {@code partnerIds…}) if the list is missing or empty, or
     *                             an id is missing, blank or repeated
     */
    public Equal {
        Checks.notNull("partnerIds", partnerIds);
        if (partnerIds.isEmpty()) {
            throw new AllocationException("partnerIds", "no partners");
        }
        Set<String> seen = new HashSet<>();
        List<String> copy = new ArrayList<>();
        for (int i = 0; i < partnerIds.size(); i++) {
            String field = "partnerIds[" + i + "]";
            String id = Checks.partnerId(field, partnerIds.get(i));
            if (!seen.add(id)) {
                throw new AllocationException(field, "duplicate partner id '" + id + "'");
            }
            copy.add(id);
        }
        Collections.sort(copy);
        partnerIds = List.copyOf(copy);
    }

    /** Equal shares among the given partners. */
    public static Equal of(String... partnerIds) {
        return new Equal(partnerIds == null ? null : java.util.Arrays.asList(partnerIds));
    }

    @Override
    public Set<String> partners() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(partnerIds));
    }

    /** @return {@code null}: equal shares use no figure */
    @Override
    public BigDecimal keyFigure(String partnerId) {
        return null;
    }

    SortedMap<String, BigDecimal> raw(BigDecimal amount) {
        BigDecimal share = Checks.div(amount, BigDecimal.valueOf(partnerIds.size()));
        SortedMap<String, BigDecimal> shares = new TreeMap<>();
        partnerIds.forEach(id -> shares.put(id, share));
        return shares;
    }
}
