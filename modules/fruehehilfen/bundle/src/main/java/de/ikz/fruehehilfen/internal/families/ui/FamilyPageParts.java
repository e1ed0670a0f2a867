package de.ikz.fruehehilfen.internal.families.ui;

import java.util.List;

import de.ikz.api.ui.Part;
import de.ikz.api.ui.UiRequest;
import de.ikz.fruehehilfen.internal.families.Family;

/**
 * Sections another part adds to the family page ({@code /ui/fruehehilfen/familien/{id}}), below the
 * case, identity, consent and assignment: the visits part brings contacts and the assessments over
 * time. {@link de.ikz.fruehehilfen.internal.ui.FruehehilfenUi} passes the implementation in.
 * <p>
 * The family page has already checked that the caller may read the family
 * ({@link de.ikz.fruehehilfen.internal.families.FamilyAccess#requireReadable}); the implementation
 * calls its own service with {@code request.caller()}, which applies its own rules and writes its
 * own access-log entries. Forms it returns post to its own pages, not to the family page.
 */
public interface FamilyPageParts {

    /** Nothing to add (the visits part not there, or tests). */
    FamilyPageParts NONE = (request, tenantId, family) -> List.of();

    /**
     * The sections for one family, in page order.
     *
     * @param request  the family page's request (caller, today, query)
     * @param tenantId the tenant the page works in
     * @param family   the family, readable by the caller
     */
    List<Part> parts(UiRequest request, String tenantId, Family family);
}
