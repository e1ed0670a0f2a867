package de.ikz.ui.internal.render;

import java.util.List;

/** A titled group of navigation entries (one contribution's area). */
public record NavGroup(String title, List<NavItem> items) {

    public NavGroup {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
