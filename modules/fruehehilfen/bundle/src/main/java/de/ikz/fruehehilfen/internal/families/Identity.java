package de.ikz.fruehehilfen.internal.families;

import java.time.LocalDate;

/**
 * Who the family is: sealed at rest, shown only to those {@link FamilyAccess#seesIdentity} lets
 * through, every read access-logged. The mother's (or main carer's) name is always there; any other component may be null (not known yet).
 *
 * @param motherName      the mother's (or main carer's) name
 * @param childName       the child's name (empty before birth)
 * @param childBirthDate  the child's birth date (or expected date before birth)
 * @param address         postal address of the family
 * @param phone           phone number
 */
public record Identity(String motherName, String childName, LocalDate childBirthDate, String address, String phone) {
}
