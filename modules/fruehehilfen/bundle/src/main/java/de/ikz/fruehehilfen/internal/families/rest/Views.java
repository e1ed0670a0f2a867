package de.ikz.fruehehilfen.internal.families.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import de.ikz.fruehehilfen.internal.families.Assignment;
import de.ikz.fruehehilfen.internal.families.ClosingReason;
import de.ikz.fruehehilfen.internal.families.Consent;
import de.ikz.fruehehilfen.internal.families.ConsentScope;
import de.ikz.fruehehilfen.internal.families.Family;
import de.ikz.fruehehilfen.internal.families.FamilyService.FamilyDetails;
import de.ikz.fruehehilfen.internal.families.Identity;
import de.ikz.fruehehilfen.internal.families.Staff;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON shapes of this part: the service's records with absent values as absent fields (the
 * platform's JSON has no {@code Optional}), enum values by name.
 */
public final class Views {

    private Views() {
    }

    @Schema(name = "fruehehilfenStaff")
    public record StaffView(String id, String kind, String name, boolean nzfhCompleted,
                            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate nzfhOn,
                            BigDecimal hoursPerWeek, LocalDate activeFrom,
                            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate activeTo,
                            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String username) {
        public static StaffView of(Staff s) {
            return new StaffView(s.id(), s.kind().name(), s.name(), s.nzfhCompleted(), s.nzfhOn().orElse(null), s.hoursPerWeek(),
                    s.activeFrom(), s.activeTo().orElse(null), s.username().orElse(null));
        }
    }

    /** A family by its pseudonym: never a name or an address. */
    @Schema(name = "fruehehilfenFamily")
    public record FamilyView(String id, String pseudonym, String ags, String ownerId, LocalDate openedOn, String referredBy,
                             @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate closedOn,
                             @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String closingReason,
                             @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String staffId) {
        public static FamilyView of(Family f) {
            return new FamilyView(f.id(), f.pseudonym(), f.ags(), f.ownerId(), f.openedOn(), f.referredBy().name(),
                    f.closedOn().orElse(null), f.closingReason().map(ClosingReason::name).orElse(null), f.staffId().orElse(null));
        }
    }

    @Schema(name = "fruehehilfenConsent")
    public record ConsentView(String id, String familyId, LocalDate givenOn, List<String> scopes,
                              @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate withdrawnOn) {
        public static ConsentView of(Consent c) {
            return new ConsentView(c.id(), c.familyId(), c.givenOn(), c.scopes().stream().sorted().map(ConsentScope::name).toList(),
                    c.withdrawnOn().orElse(null));
        }
    }

    @Schema(name = "fruehehilfenAssignment")
    public record AssignmentView(String id, String familyId, String staffId, LocalDate from,
                                 @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate to) {
        public static AssignmentView of(Assignment a) {
            return new AssignmentView(a.id(), a.familyId(), a.staffId(), a.from(), a.to().orElse(null));
        }
    }

    /** One family with its consents and assignment history; identityVisible: may the caller ask for the identity. */
    @Schema(name = "fruehehilfenFamilyDetails")
    public record FamilyDetailsView(FamilyView family, List<ConsentView> consents, List<AssignmentView> assignments,
                                    boolean healthConsent, boolean identityVisible) {
        public static FamilyDetailsView of(FamilyDetails d) {
            return new FamilyDetailsView(FamilyView.of(d.family()), d.consents().stream().map(ConsentView::of).toList(),
                    d.assignments().stream().map(AssignmentView::of).toList(), d.healthConsent(), d.identityVisible());
        }
    }

    /** Who the family is (shown only to those allowed, each read logged). */
    @Schema(name = "fruehehilfenIdentity")
    public record IdentityView(@Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String motherName,
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String childName,
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) LocalDate childBirthDate,
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String address,
                               @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String phone) {
        public static IdentityView of(Identity i) {
            return new IdentityView(i.motherName(), i.childName(), i.childBirthDate(), i.address(), i.phone());
        }
    }
}
