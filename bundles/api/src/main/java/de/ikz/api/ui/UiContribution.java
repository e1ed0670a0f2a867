package de.ikz.api.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One area of the web UI: a cooperation module's screens, or an area of the core. Register it as
 * an OSGi service (from the module's own bundle) with the service property {@value #PROPERTY_ID}
 * set to {@link #id()}. The shell serves its pages under {@code /ui/<id>/<page path>}.
 * <p>
 * Ids are unique: a second contribution with an id already served is refused (logged as ERROR).
 */
@ConsumerType
public interface UiContribution {

    /** Service property carrying {@link #id()}. */
    String PROPERTY_ID = "ikz.ui";

    /** URL segment: lower case letters, digits and dashes; a module uses its module id. */
    String id();

    /**
     * The module whose roles apply ({@link de.ikz.api.module.ModuleRoles}), or empty for an area
     * of the core, where a role id means the platform role of that short name.
     */
    Optional<String> module();

    /** The area's name in the navigation, e.g. "Vormundschaften". */
    String title(Locale locale);

    /** Every page of the area; the shell dispatches by {@link UiPage#path()}. */
    List<UiPage> pages();

    /**
     * Navigation entries in display order. The shell shows an entry only to a caller who may open
     * its page, so an entry needs no roles of its own.
     */
    List<NavEntry> navigation(Locale locale);

    /**
     * Cards for the caller's start page (what is due, counts). Shown only where the caller may open
     * the card's page; computed per request, so keep it cheap.
     */
    default List<Part.Card> cards(UiRequest request) {
        return List.of();
    }

    /**
     * A navigation entry.
     *
     * @param label the entry's text
     * @param page  the path of one of the contribution's pages, without parameters
     */
    record NavEntry(String label, String page) {
        public NavEntry {
            java.util.Objects.requireNonNull(label, "label");
            java.util.Objects.requireNonNull(page, "page");
        }
    }
}
