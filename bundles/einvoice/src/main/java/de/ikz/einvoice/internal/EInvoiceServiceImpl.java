package de.ikz.einvoice.internal;

import de.ikz.api.einvoice.EInvoiceService;
import de.ikz.api.einvoice.Invoice;

import org.osgi.service.component.annotations.Component;

/**
 * The e-invoice service: XRechnung 3.0 (CII) by the Mustang library (org.mustangproject), which is
 * embedded in this bundle (no OSGi bundle of it exists) and writes the XML without JAXB, XML factories
 * or service loaders, so it runs in the container as on the class path.
 */
@Component(service = EInvoiceService.class)
public class EInvoiceServiceImpl implements EInvoiceService {

    @Override
    public byte[] xrechnung(Invoice invoice) {
        return XRechnungWriter.write(invoice);
    }
}
