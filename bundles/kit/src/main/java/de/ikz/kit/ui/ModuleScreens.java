package de.ikz.kit.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;

/**
 * A module's one area of the web UI, put together from the {@link ScreenSet}s of its parts in
 * navigation order (the first set usually carries the start page {@code ""}). The module's
 * component extends this class and registers it as a {@link UiContribution} with the service
 * property {@value UiContribution#PROPERTY_ID} = the module id; roles on each page are the module's.
 */
public abstract class ModuleScreens implements UiContribution {

    private final String moduleId;
    private final String title;
    private final List<ScreenSet> sets;

    /**
     * @param moduleId the module id (URL segment and the module whose roles apply)
     * @param title    the area's name in the navigation
     * @param sets     the parts' screen sets, in navigation order
     */
    protected ModuleScreens(String moduleId, String title, List<ScreenSet> sets) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.title = Objects.requireNonNull(title, "title");
        this.sets = List.copyOf(sets);
    }

    @Override
    public final String id() {
        return moduleId;
    }

    @Override
    public final Optional<String> module() {
        return Optional.of(moduleId);
    }

    @Override
    public String title(Locale locale) {
        return title;
    }

    @Override
    public final List<UiPage> pages() {
        List<UiPage> all = new ArrayList<>();
        sets.forEach(s -> all.addAll(s.pages()));
        return all;
    }

    @Override
    public final List<NavEntry> navigation(Locale locale) {
        List<NavEntry> all = new ArrayList<>();
        sets.forEach(s -> all.addAll(s.navigation()));
        return all;
    }

    @Override
    public final List<Part.Card> cards(UiRequest request) {
        List<Part.Card> all = new ArrayList<>();
        sets.forEach(s -> all.addAll(s.cards(request)));
        return all;
    }
}
