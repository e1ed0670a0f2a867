package de.ikz.fruehehilfen.internal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiContribution;
import de.ikz.api.ui.UiPage;
import de.ikz.api.ui.UiRequest;
import de.ikz.fruehehilfen.internal.ModuleDefinition;
import de.ikz.fruehehilfen.internal.db.Schema;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's screens under {@code /ui/fruehehilfen/}: the {@link ScreenSet}s of its parts, in
 * navigation order. Roles on each page are the module's ({@link ModuleDefinition#ROLES}).
 */
@Component(service = UiContribution.class, property = UiContribution.PROPERTY_ID + "=" + ModuleDefinition.ID)
public final class FruehehilfenUi implements UiContribution {

    static final Optional<String> MODULE = Optional.of(ModuleDefinition.ID);

    private final List<ScreenSet> sets;

    @Activate
    public FruehehilfenUi(@Reference Schema schema) {
        this(List.of(
                // each part adds its screen set here, in navigation order
        ));
    }

    /** For tests: the given sets. */
    public FruehehilfenUi(List<ScreenSet> sets) {
        this.sets = List.copyOf(sets);
    }

    @Override
    public String id() {
        return ModuleDefinition.ID;
    }

    @Override
    public Optional<String> module() {
        return MODULE;
    }

    @Override
    public String title(Locale locale) {
        return "Frühe Hilfen";
    }

    @Override
    public List<UiPage> pages() {
        List<UiPage> all = new ArrayList<>();
        sets.forEach(s -> all.addAll(s.pages()));
        return all;
    }

    @Override
    public List<NavEntry> navigation(Locale locale) {
        List<NavEntry> all = new ArrayList<>();
        sets.forEach(s -> all.addAll(s.navigation()));
        return all;
    }

    @Override
    public List<Part.Card> cards(UiRequest request) {
        List<Part.Card> all = new ArrayList<>();
        sets.forEach(s -> all.addAll(s.cards(request)));
        return all;
    }
}
