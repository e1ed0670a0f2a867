package de.ikz.kit.ui;

import java.util.List;

import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;

/**
 * The screens of one part of a module (e.g. a pool, the families, the reports): its pages, its
 * navigation entries in display order and its start-page cards. {@link ModuleScreens} puts a
 * module's sets together into its one area under {@code /ui/<module>/}.
 */
public interface ScreenSet {

    /** The set's pages; paths are unique across the module. */
    List<UiPage> pages();

    /** Navigation entries in display order (the shell shows only those the caller may open). */
    List<NavEntry> navigation();

    /** Cards for the start page; computed per request, keep it cheap. */
    default List<Part.Card> cards(UiRequest request) {
        return List.of();
    }
}
