package de.ikz.kinderschutz.internal.ui;

import java.util.List;

import de.ikz.api.ui.UiContribution;
import de.ikz.kinderschutz.internal.ModuleDefinition;
import de.ikz.kinderschutz.internal.db.Schema;
import de.ikz.kit.ui.ModuleScreens;
import de.ikz.kit.ui.ScreenSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's screens under {@code /ui/kinderschutz/}: the {@link ScreenSet}s of its parts, in
 * navigation order. Roles on each page are the module's ({@link ModuleDefinition#ROLES}).
 */
@Component(service = UiContribution.class, property = UiContribution.PROPERTY_ID + "=" + ModuleDefinition.ID)
public final class KinderschutzUi extends ModuleScreens {

    @Activate
    public KinderschutzUi(@Reference Schema schema) {
        this(List.of(
                // each part adds its screen set here, in navigation order:
                // REPORTS (start page "" = network overview), MEETINGS, TRAINING, MEMBERS, OFFERS (incl. the public page), BUDGET
        ));
    }

    /** For tests: the given sets. */
    public KinderschutzUi(List<ScreenSet> sets) {
        super(ModuleDefinition.ID, "Kinderschutz-Netzwerk", sets);
    }
}
