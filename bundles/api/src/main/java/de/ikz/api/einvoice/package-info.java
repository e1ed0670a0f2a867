/**
 * Machine-readable e-invoices for the payment requests the platform issues (XRechnung 3.0, CII
 * syntax), for partner treasuries that book incoming e-invoices. A bundle describes one notice as an
 * {@link de.ikz.api.einvoice.Invoice} and hands it to the {@link de.ikz.api.einvoice.EInvoiceService};
 * none of them writes the XML itself. The service is optional: a caller looks it up and offers the
 * format only while it is there.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package de.ikz.api.einvoice;
