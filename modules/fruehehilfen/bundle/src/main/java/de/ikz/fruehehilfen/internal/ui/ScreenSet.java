package de.ikz.fruehehilfen.internal.ui;

import java.util.List;

import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution.NavEntry;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;

/**
 * The screens of one part of the module (pool, families, visits, reports, protection): its pages,
 * its navigation entries in display order and its start-page cards. {@link FruehehilfenUi} puts the
 * sets together into the module's one area under {@code /ui/fruehehilfen/}.
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
