package de.ikz.ui.internal.render;

import java.util.List;
import java.util.Locale;

/**
 * What surrounds every screen: the caller's name, tenant and office for the header, the
 * navigation, the path shown as current, the session's CSRF token, a one-time flash message and
 * the base against which a page's relative targets are resolved.
 *
 * @param locale      UI language (German by default)
 * @param user        the logged-in user's name
 * @param tenant      the tenant's name, or null
 * @param office      the youth office of partner staff, or null
 * @param navigation  navigation groups in display order
 * @param currentPath the requested path, e.g. {@code /ui/vormundschaft/due}, marked with aria-current
 * @param csrfToken   hidden field {@code _csrf} in every POST form; htmx header {@code X-CSRF-Token}
 * @param flash       a one-time success message, or null
 * @param base        {@code /ui/<contribution id>/}, or {@code /ui/} on the shell's own pages
 */
public record Chrome(Locale locale, String user, String tenant, String office, List<NavGroup> navigation,
                     String currentPath, String csrfToken, String flash, String base) {

    public Chrome {
        locale = locale == null ? Locale.GERMANY : locale;
        navigation = navigation == null ? List.of() : List.copyOf(navigation);
        base = base == null ? "/ui/" : base;
    }
}
