package de.ikz.api.einvoice;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders an {@link Invoice} as an electronic invoice. Stateless and safe to call from any thread.
 */
@ProviderType
public interface EInvoiceService {

    /**
     * The invoice as XRechnung 3.0 in the UN/CEFACT CII syntax (UTF-8 XML), valid against the EN 16931
     * and XRechnung rules for an invoice that is not subject to VAT (category "O").
     *
     * @throws de.ikz.api.error.IkzException INVALID with the field at fault (e.g. {@code buyer.email},
     *         {@code instalments}) when the invoice lacks something XRechnung requires
     */
    byte[] xrechnung(Invoice invoice);
}
