package de.ikz.document.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.ikz.api.document.Block;
import de.ikz.api.document.Certificate;
import de.ikz.api.document.Document;
import de.ikz.api.document.DocumentService;
import de.ikz.api.document.Letter;
import de.ikz.api.document.Letterhead;
import de.ikz.api.document.Report;
import de.ikz.api.document.Table;
import de.ikz.api.error.IkzException;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.Participant;
import de.ikz.api.participant.PostalAddress;

/**
 * The one document service: PDF/A-2 through openhtmltopdf ({@link PdfWriter}, layout in
 * {@link Layout}), CSV through Apache Commons CSV ({@link CsvWriter}).
 *
 * <p>Outside OSGi (plain unit tests of other bundles) {@code new DocumentServiceImpl()} gives the
 * service with the default host configuration and no logo.
 */
@Component(service = DocumentService.class, configurationPid = DocumentServiceImpl.PID)
@Designate(ocd = DocumentServiceImpl.Config.class)
public class DocumentServiceImpl implements DocumentService {

    /** Configuration PID (etc/de.ikz.documents.cfg). */
    public static final String PID = "de.ikz.documents";

    private static final Logger LOG = LoggerFactory.getLogger(DocumentServiceImpl.class);

    /** The host's letterhead: what a participant lacks on its letters. */
    @ObjectClassDefinition(name = "IKZ documents", description = "Host letterhead default and logo of generated documents")
    public @interface Config {
        @AttributeDefinition(name = "host.name", description = "Issuing body printed when a participant has no name")
        String host_name() default "IKZ-Plattform";

        @AttributeDefinition(name = "host.unit", description = "Office within the host, or empty")
        String host_unit() default "";

        @AttributeDefinition(name = "host.street", description = "Street and number, or PO box")
        String host_street() default "";

        @AttributeDefinition(name = "host.postalCode", description = "Postal code")
        String host_postalCode() default "";

        @AttributeDefinition(name = "host.city", description = "Town")
        String host_city() default "";

        @AttributeDefinition(name = "host.contactPerson", description = "Contact person on letters")
        String host_contactPerson() default "";

        @AttributeDefinition(name = "host.phone", description = "Phone on letters")
        String host_phone() default "";

        @AttributeDefinition(name = "host.email", description = "E-mail on letters")
        String host_email() default "";

        @AttributeDefinition(name = "host.bank.holder", description = "Account holder (treasury)")
        String host_bank_holder() default "";

        @AttributeDefinition(name = "host.bank.iban", description = "IBAN")
        String host_bank_iban() default "";

        @AttributeDefinition(name = "host.bank.bic", description = "BIC")
        String host_bank_bic() default "";

        @AttributeDefinition(name = "host.bank.name", description = "Name of the bank")
        String host_bank_name() default "";

        @AttributeDefinition(name = "logo", description = "Path of a PNG or JPEG logo (at most 1 MiB) printed top right; empty for none")
        String logo() default "";

        @AttributeDefinition(name = "pdf.taggedRowLimit", description = "A PDF whose tables have more rows than this in all is "
                + "written as PDF/A-2b without tags (tagging 11,004 rows needs about 1 GiB of heap); 0 tags every PDF")
        int pdf_taggedRowLimit() default DEFAULT_TAGGED_ROW_LIMIT;
    }

    /** Table rows up to which a PDF is tagged (PDF/A-2a); above, PDF/A-2b without tags. */
    public static final int DEFAULT_TAGGED_ROW_LIMIT = 3000;

    private final Letterhead host;
    private final int taggedRowLimit;

    /** The service with the default host letterhead and no logo (plain unit tests, benchmarks). */
    public DocumentServiceImpl() {
        this(new Letterhead("IKZ-Plattform", null, null, null, null, null, null, null));
    }

    /** The service with a given host letterhead (its fields fill what a participant lacks; its logo is used). */
    public DocumentServiceImpl(Letterhead host) {
        this(host, DEFAULT_TAGGED_ROW_LIMIT);
    }

    /**
     * @param taggedRowLimit table rows (all tables of a document together) up to which its PDF is tagged PDF/A-2a;
     *                       above, PDF/A-2b without tags; 0 or less: always tagged
     */
    public DocumentServiceImpl(Letterhead host, int taggedRowLimit) {
        this.host = Objects.requireNonNull(host, "host");
        this.taggedRowLimit = taggedRowLimit;
    }

    @Activate
    public DocumentServiceImpl(Config config) {
        this(hostOf(config), config.pdf_taggedRowLimit());
    }

    static Letterhead hostOf(Config c) {
        PostalAddress address = new PostalAddress(null, null, blank(c.host_street()), blank(c.host_postalCode()), blank(c.host_city()));
        BankAccount bank = blank(c.host_bank_iban()) == null ? null
                : new BankAccount(blank(c.host_bank_holder()), c.host_bank_iban().replace(" ", ""), blank(c.host_bank_bic()),
                        blank(c.host_bank_name()));
        return new Letterhead(blank(c.host_name()), blank(c.host_unit()), address, blank(c.host_contactPerson()),
                blank(c.host_phone()), blank(c.host_email()), bank, logo(c.logo()));
    }

    private static byte[] logo(String path) {
        if (blank(path) == null) {
            return null;
        }
        try {
            return Logo.read(Path.of(path.strip()));
        } catch (java.nio.file.NoSuchFileException e) {
            LOG.warn("Document logo {} not used (no logo printed): no such file", path);
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Document logo {} not used (no logo printed): {}", path, e.getMessage());
            return null;
        }
    }

    @Override
    public void write(Document document, Format format, OutputStream out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(document.info(), "document.info");
        Objects.requireNonNull(out, "out");
        if (format == null) {
            throw IkzException.invalid("format", "format missing: PDF, CSV or CSV_DE");
        }
        switch (format) {
            case PDF -> pdf(document, out);
            case CSV, CSV_DE -> {
                if (document.data() == null) {
                    throw IkzException.invalid("format", "this document has no CSV form; ask for PDF");
                }
                CsvWriter.write(document.data(), format == Format.CSV_DE, out);
            }
        }
    }

    private void pdf(Document document, OutputStream out) {
        Xhtml x;
        if (document instanceof Letter l) {
            x = Layout.letter(l, false);
            if (PdfWriter.pages(x) > 1) {
                x = Layout.letter(l, true);
            }
        } else if (document instanceof Report r) {
            x = Layout.report(r);
        } else {
            x = Layout.certificate((Certificate) document);
        }
        int rows = rows(document);
        boolean tagged = taggedRowLimit <= 0 || rows <= taggedRowLimit;
        if (!tagged) {
            LOG.info("PDF '{}' with {} table rows written as PDF/A-2b without tags (pdf.taggedRowLimit {})",
                    document.info().fileName(), rows, taggedRowLimit);
        }
        PdfWriter.write(x, tagged, document.info().created(), out);
    }

    /** The rows of all tables of a document's body (and appendix). */
    static int rows(Document d) {
        List<Block> blocks = new ArrayList<>();
        if (d instanceof Letter l) {
            blocks.addAll(l.body());
            blocks.addAll(l.appendix());
        } else if (d instanceof Report r) {
            blocks.addAll(r.body());
        }
        int n = 0;
        for (Block b : blocks) {
            if (b instanceof Table t) {
                n += t.rows().size();
            }
        }
        return n;
    }

    @Override
    public Letterhead letterhead(Participant p) {
        if (p == null) {
            return host;
        }
        // the address as a whole: street, postal code and town of two different bodies never mix
        PostalAddress a = p.address();
        PostalAddress address = a != null && a.complete() ? a : host.address();
        boolean named = p.name() != null && !p.name().isBlank();
        return new Letterhead(named ? p.name() : host.name(), named ? null : host.unit(), address, or(p.contactPerson(), host.contactPerson()), or(p.phone(), host.phone()), or(p.email(), host.email()),
                p.bank() != null ? p.bank() : host.bank(), host.logo());
    }

    private static String or(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
