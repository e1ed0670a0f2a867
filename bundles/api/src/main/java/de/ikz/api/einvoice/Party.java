package de.ikz.api.einvoice;

import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.PostalAddress;

/**
 * Seller or buyer of an {@link Invoice}: a participant as the e-invoice names it.
 *
 * @param name          legal name (BT-27 / BT-44), required
 * @param id            an identifier the other side knows it by (BT-29 / BT-46), e.g. the AGS or regional key;
 *                      required for the seller (EN 16931 BR-CO-26), may be null for the buyer
 * @param address       postal address (BG-5 / BG-8): street, postal code and town required
 * @param contactPerson the person to ask (BT-41), required for the seller, ignored for the buyer
 * @param phone         the contact's phone (BT-42), required for the seller, ignored for the buyer
 * @param email         electronic address (BT-34 / BT-49) and, for the seller, the contact's e-mail (BT-43); required
 * @param bank          the account to pay to (BG-17), required for the seller, ignored for the buyer
 */
public record Party(String name, String id, PostalAddress address, String contactPerson, String phone, String email,
                    BankAccount bank) {

    /** The participant's letter details as an invoice party; {@code id} is its key (AGS or regional key). */
    public static Party of(Participant p) {
        return new Party(p.name(), p.key(), p.address(), p.contactPerson(), p.phone(), p.email(), p.bank());
    }
}
