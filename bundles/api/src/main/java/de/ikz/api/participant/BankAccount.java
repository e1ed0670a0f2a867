package de.ikz.api.participant;

/**
 * The account a participant's treasury (Kasse) receives payments on; printed on the letters it
 * issues so that a partner's treasury can pay.
 *
 * @param holder account holder as the bank knows it (e.g. "Kreiskasse Heinsberg")
 * @param iban   IBAN without spaces; checked (mod 97) when stored
 * @param bic    BIC (8 or 11 characters), may be null
 * @param bank   name of the bank
 */
public record BankAccount(String holder, String iban, String bic, String bank) {
}
