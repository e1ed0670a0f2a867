package de.ikz.document.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.w3c.dom.Element;

import de.ikz.api.document.Block;
import de.ikz.api.document.Certificate;
import de.ikz.api.document.Field;
import de.ikz.api.document.Letter;
import de.ikz.api.document.Letterhead;
import de.ikz.api.document.Report;
import de.ikz.api.document.Table;
import de.ikz.api.participant.BankAccount;
import de.ikz.api.participant.PostalAddress;
import de.ikz.kit.text.GermanFormat;

/**
 * Lays a document out as XHTML with print CSS for openhtmltopdf. Measures of the letter follow
 * DIN 5008:2020 form B (A4): letterhead zone 45 mm; address field 45 mm from the top and 20 mm from
 * the left edge, 85 × 45 mm, of which the top 17.7 mm are the additional and remark zone with the
 * return address in its last line and the lower 27.3 mm the address zone; information block from
 * 125 mm from the left, 50 mm from the top; text from 25 mm left to 20 mm right; fold marks at
 * 105 mm and 210 mm, punch mark at 148.5 mm; the subject about 8.46 mm (two lines) below the address field.
 */
final class Layout {

    static final String FONT = "Liberation Sans";

    private static final String BASE_CSS = """
            * { font-family: 'Liberation Sans'; }
            body { font-size: 10.5pt; line-height: 1.3; color: #000; margin: 0; }
            h1 { font-size: 15pt; font-weight: bold; margin: 0 0 3mm 0; }
            h2 { font-size: 12pt; font-weight: bold; margin: 5mm 0 2mm 0; page-break-after: avoid; }
            p { margin: 0 0 2.5mm 0; }
            .note { border: 0.6pt solid #555; padding: 2mm 3mm; margin: 0 0 3mm 0; page-break-inside: avoid; }
            .note.warning { border: 1.6pt solid #000; font-weight: bold; }
            table { border-collapse: collapse; }
            table.fields { margin: 0 0 3mm 0; }
            table.fields th { text-align: left; font-weight: normal; color: #333; padding: 0.4mm 4mm 0.4mm 0; vertical-align: top; }
            table.fields td { padding: 0.4mm 0; vertical-align: top; }
            table.data { font-size: 9pt; width: 100%; table-layout: fixed; margin: 0 0 4mm 0; -fs-table-paginate: paginate; -fs-border-rendering: no-bevel; }
            table.data caption { text-align: left; font-weight: bold; padding: 0 0 1.5mm 0; }
            table.data thead { display: table-header-group; }
            table.data tr { page-break-inside: avoid; }
            table.data th { font-weight: bold; text-align: left; border-bottom: 0.9pt solid #000; padding: 1mm 1.2mm; vertical-align: bottom; }
            table.data td { border-bottom: 0.3pt solid #999; padding: 0.8mm 1.2mm; vertical-align: top; }
            table.data .num { text-align: right; white-space: nowrap; }
            table.data .date { white-space: nowrap; }
            table.data th.num { white-space: normal; }
            table.data tr.total td { font-weight: bold; border-top: 0.9pt solid #000; border-bottom: none; }
            .pages::after { content: "Seite " counter(page) " von " counter(pages); }
            /* the last block's bottom margin alone must never start a page */
            body > :last-child, body > :last-child > :last-child, .appendix > :last-child { margin-bottom: 0; }
            """;

    /** Text width of a letter (and certificate): 210 mm less 25 mm left and 20 mm right. */
    static final double LETTER_WIDTH = 165;

    private Layout() {
    }

    // ---------------------------------------------------------------------------------------------- letter

    /**
     * @param pageNumbers whether the footer says "Seite x von y" (only for letters of more than one page)
     */
    static Xhtml letter(Letter l, boolean pageNumbers) {
        Xhtml x = start(l.info().language(), l.info().title(), l.info().author(), l.subject());
        x.style(BASE_CSS + """
                @page { size: 210mm 297mm; margin: 20mm 0 27mm 0;
                        @bottom-center { content: element(footer); vertical-align: top; } }
                @page :first { margin-top: 0; }
                body { margin: 0 20mm 0 25mm; }
                .first { position: relative; height: 98.5mm; }
                .fold { position: absolute; left: -20mm; width: 6mm; height: 0; border-top: 0.4pt solid #000; }
                .punch { position: absolute; left: -20mm; width: 9mm; height: 0; border-top: 0.4pt solid #000; }
                .head { position: absolute; top: 12mm; left: 0; width: 110mm; }
                .head .name { font-size: 13pt; font-weight: bold; }
                .head .unit { font-size: 10.5pt; }
                .logo { position: absolute; top: 10mm; right: 0; max-width: 45mm; max-height: 25mm; }
                .window { position: absolute; top: 45mm; left: -5mm; width: 85mm; height: 45mm; }
                .return { position: absolute; bottom: 28.3mm; left: 5mm; width: 75mm; font-size: 6.5pt; line-height: 1.2;
                          border-bottom: 0.3pt solid #000; padding-bottom: 0.3mm; }
                .address { position: absolute; top: 17.7mm; left: 5mm; width: 75mm; height: 27.3mm; font-size: 10.5pt; line-height: 1.25; }
                .info { position: absolute; top: 50mm; left: 100mm; width: 75mm; font-size: 8.5pt; }
                .info table.fields th { padding-right: 2mm; white-space: nowrap; }
                h1.subject { font-size: 10.5pt; margin: 0 0 5mm 0; }
                .closing p { margin: 0; }
                .closing { margin-top: 5mm; page-break-inside: avoid; }
                .appendix { page-break-before: always; }
                """ + FOOTER_CSS);
        footer(x, l.sender(), true, pageNumbers, null);

        Element first = x.el(x.body, "div", "first");
        for (String top : List.of("105mm", "210mm")) {
            x.el(first, "div", "fold").setAttribute("style", "top: " + top + ";");
        }
        x.el(first, "div", "punch").setAttribute("style", "top: 148.5mm;");
        Letterhead s = l.sender();
        Element head = x.el(first, "div", "head");
        if (s != null) {
            x.el(head, "div", "name", s.name());
            if (present(s.unit())) {
                x.el(head, "div", "unit", s.unit());
            }
            logo(x, first, s);
        }
        Element window = x.el(first, "div", "window");
        if (s != null) {
            x.el(window, "div", "return", returnLine(s));
        }
        Element address = x.el(window, "div", "address");
        for (String line : addressLines(l.recipient())) {
            x.el(address, "div", null, line);
        }

        List<Field> info = new ArrayList<>(l.references());
        if (s != null) {
            if (present(s.contactPerson())) {
                info.add(new Field("Ansprechperson", s.contactPerson()));
            }
            if (present(s.phone())) {
                info.add(new Field("Telefon", s.phone()));
            }
            if (present(s.email())) {
                info.add(new Field("E-Mail", s.email()));
            }
        }
        info.add(new Field("Datum", GermanFormat.date(l.date())));
        fields(x, x.el(first, "div", "info"), info);

        x.el(x.body, "h1", "subject", l.subject());
        blocks(x, x.body, l.body(), LETTER_WIDTH);
        if (!l.closing().isEmpty()) {
            Element closing = x.el(x.body, "div", "closing");
            for (String line : l.closing()) {
                x.el(closing, "p", null, line);
            }
        }
        if (!l.appendix().isEmpty()) {
            Element appendix = x.el(x.body, "div", "appendix");
            x.el(appendix, "h2", null, "Anlage");
            blocks(x, appendix, l.appendix(), LETTER_WIDTH);
        }
        return x;
    }

    private static final String FOOTER_CSS = """
            .footer { position: running(footer); width: 165mm; margin-left: 25mm; font-size: 7pt; line-height: 1.25; color: #222; }
            .footer table { width: 100%; border-top: 0.4pt solid #000; }
            .footer td { vertical-align: top; padding: 1.2mm 2mm 0 0; }
            .footer .text { padding-top: 1.2mm; }
            .footer .pages { text-align: right; font-size: 8pt; padding-top: 1mm; }
            """;

    /** The running footer: sender's address, contact and bank; optional text; optional page numbers. */
    private static void footer(Xhtml x, Letterhead s, boolean bank, boolean pageNumbers, String text) {
        Element f = x.el(x.body, "div", "footer");
        if (s != null) {
            Element row = x.el(x.el(x.el(f, "table"), "tbody"), "tr");
            Element a = x.el(row, "td");
            x.el(a, "div", null, s.name());
            if (present(s.unit())) {
                x.el(a, "div", null, s.unit());
            }
            PostalAddress ad = s.address();
            if (ad != null) {
                if (present(ad.street())) {
                    x.el(a, "div", null, ad.street());
                }
                x.el(a, "div", null, join(" ", ad.postalCode(), ad.city()));
            }
            Element c = x.el(row, "td");
            if (present(s.phone())) {
                x.el(c, "div", null, "Telefon: " + s.phone());
            }
            if (present(s.email())) {
                x.el(c, "div", null, "E-Mail: " + s.email());
            }
            BankAccount b = s.bank();
            if (bank && b != null) {
                Element k = x.el(row, "td");
                x.el(k, "div", null, "Bankverbindung: " + nz(b.holder()));
                x.el(k, "div", null, "IBAN: " + GermanFormat.iban(b.iban()));
                if (present(b.bic())) {
                    x.el(k, "div", null, "BIC: " + b.bic());
                }
                if (present(b.bank())) {
                    x.el(k, "div", null, b.bank());
                }
            }
        }
        if (present(text)) {
            x.el(f, "div", "text", text);
        }
        if (pageNumbers) {
            x.el(f, "div", "pages");
        }
    }

    // ---------------------------------------------------------------------------------------------- report

    static Xhtml report(Report r) {
        Xhtml x = start(r.info().language(), r.info().title(), r.info().author(), r.subtitle());
        String size = r.landscape() ? "297mm 210mm" : "210mm 297mm";
        double width = r.landscape() ? 297 - 40 : 210 - 40;
        x.style(BASE_CSS + """
                @page { size: %s; margin: 18mm 20mm 20mm 20mm;
                        @bottom-center { content: element(footer); vertical-align: top; } }
                .rfooter { position: running(footer); width: %smm; font-size: 8pt; border-top: 0.4pt solid #000; padding-top: 1mm; }
                .rfooter td { vertical-align: top; }
                .rfooter .pages { text-align: right; white-space: nowrap; }
                .issuer { font-size: 9pt; color: #222; margin-bottom: 4mm; }
                .subtitle { font-size: 11pt; margin: -1mm 0 5mm 0; }
                """.formatted(size, width));
        Element f = x.el(x.body, "div", "rfooter");
        Element ft = x.el(f, "table");
        ft.setAttribute("style", "width: 100%;");
        Element row = x.el(x.el(ft, "tbody"), "tr");
        x.el(row, "td", null, nz(r.footer()));
        x.el(row, "td", "pages");
        if (r.issuer() != null) {
            x.el(x.body, "div", "issuer", join(" – ", r.issuer().name(), r.issuer().unit()));
        }
        x.el(x.body, "h1", null, r.title());
        if (present(r.subtitle())) {
            x.el(x.body, "p", "subtitle", r.subtitle());
        }
        blocks(x, x.body, r.body(), width);
        return x;
    }

    // ----------------------------------------------------------------------------------------- certificate

    static Xhtml certificate(Certificate c) {
        Xhtml x = start(c.info().language(), c.info().title(), c.info().author(), c.title());
        x.style(BASE_CSS + """
                @page { size: 210mm 297mm; margin: 20mm 0 27mm 0;
                        @bottom-center { content: element(footer); vertical-align: top; } }
                body { margin: 0 20mm 0 25mm; }
                .top { position: relative; height: 45mm; }
                .head .name { font-size: 13pt; font-weight: bold; }
                .logo { position: absolute; top: 0; right: 0; max-width: 45mm; max-height: 25mm; }
                h1 { font-size: 24pt; text-align: center; margin: 0 0 8mm 0; }
                .for { text-align: center; margin: 0 0 2mm 0; }
                .holder { text-align: center; font-size: 18pt; font-weight: bold; margin: 0 0 10mm 0; }
                .statement { margin: 0 0 6mm 0; }
                .placedate { margin: 12mm 0 0 0; }
                .sign { margin: 20mm 0 0 0; width: 80mm; border-top: 0.6pt solid #000; padding-top: 1mm; }
                .machine { margin: 12mm 0 0 0; font-style: italic; }
                """ + FOOTER_CSS);
        footer(x, c.issuer(), false, false, null);
        Element top = x.el(x.body, "div", "top");
        if (c.issuer() != null) {
            Element head = x.el(top, "div", "head");
            x.el(head, "div", "name", c.issuer().name());
            if (present(c.issuer().unit())) {
                x.el(head, "div", "unit", c.issuer().unit());
            }
            logo(x, top, c.issuer());
        }
        x.el(x.body, "h1", null, c.title());
        if (present(c.holder())) {
            x.el(x.body, "p", "for", "für");
            x.el(x.body, "p", "holder", c.holder());
        }
        if (present(c.statement())) {
            x.el(x.body, "p", "statement", c.statement());
        }
        if (!c.details().isEmpty()) {
            fields(x, x.body, c.details());
        }
        x.el(x.body, "p", "placedate", join(", ", c.place(), GermanFormat.date(c.date())));
        if (present(c.signatory())) {
            Element sign = x.el(x.body, "div", "sign");
            x.el(sign, "div", null, c.signatory());
            if (present(c.signatoryRole())) {
                x.el(sign, "div", null, c.signatoryRole());
            }
        } else {
            x.el(x.body, "p", "machine", Letter.MACHINE_MADE);
        }
        return x;
    }

    // ---------------------------------------------------------------------------------------------- blocks

    static void blocks(Xhtml x, Element parent, List<Block> blocks, double widthMm) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                x.el(parent, "h2", null, h.text());
            } else if (b instanceof Block.Paragraph p) {
                x.el(parent, "p", null, p.text());
            } else if (b instanceof Block.Fields f) {
                fields(x, parent, f.fields());
            } else if (b instanceof Block.Note n) {
                x.el(parent, "div", n.warning() ? "note warning" : "note", n.text());
            } else if (b instanceof Table t) {
                table(x, parent, t, widthMm);
            }
        }
    }

    static void fields(Xhtml x, Element parent, List<Field> fields) {
        Element tbody = x.el(x.el(parent, "table", "fields"), "tbody");
        for (Field f : fields) {
            Element tr = x.el(tbody, "tr");
            Element th = x.el(tr, "th", null, f.label());
            th.setAttribute("scope", "row");
            x.el(tr, "td", null, f.value());
        }
    }

    static void table(Xhtml x, Element parent, Table t, double widthMm) {
        Cells.check(t);
        Element table = x.el(parent, "table", "data");
        if (present(t.caption())) {
            x.el(table, "caption", null, t.caption());
        }
        double[] widths = ColumnWidths.percent(t, widthMm);
        Element hr = x.el(x.el(table, "thead"), "tr");
        for (int i = 0; i < t.columns().size(); i++) {
            Table.Column c = t.columns().get(i);
            Element th = x.el(hr, "th", Cells.numeric(c.type()) ? "num" : null, c.label());
            th.setAttribute("scope", "col");
            th.setAttribute("style", String.format(java.util.Locale.ROOT, "width: %.2f%%;", widths[i]));
        }
        Element tbody = x.el(table, "tbody");
        for (List<Object> row : t.rows()) {
            row(x, tbody, t, row, null);
        }
        if (t.totals() != null) {
            row(x, tbody, t, t.totals(), "total");
        }
    }

    private static void row(Xhtml x, Element tbody, Table t, List<Object> row, String cls) {
        Element tr = cls == null ? x.el(tbody, "tr") : x.el(tbody, "tr", cls);
        for (int i = 0; i < row.size(); i++) {
            Table.Column c = t.columns().get(i);
            x.el(tr, "td", cellClass(c.type()), Cells.pdf(c.type(), row.get(i)));
        }
    }

    private static String cellClass(Table.Type type) {
        return Cells.numeric(type) ? "num" : type == Table.Type.DATE ? "date" : null;
    }


    // ---------------------------------------------------------------------------------------------- pieces

    private static Xhtml start(String language, String title, String author, String subject) {
        Xhtml x = new Xhtml(language, title);
        x.meta("author", author);
        x.meta("subject", subject);
        return x;
    }

    private static void logo(Xhtml x, Element parent, Letterhead s) {
        String type = Logo.mediaType(s.logo());
        if (type != null) {
            Element img = x.el(parent, "img", "logo");
            img.setAttribute("src", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(s.logo()));
            img.setAttribute("alt", "Logo " + nz(s.name()));
        }
    }

    static String returnLine(Letterhead s) {
        PostalAddress a = s.address();
        List<String> parts = new ArrayList<>();
        parts.add(s.name());
        if (a != null) {
            parts.add(a.street());
            parts.add(join(" ", a.postalCode(), a.city()));
        }
        return join(" · ", parts.toArray(String[]::new));
    }

    static List<String> addressLines(PostalAddress a) {
        List<String> lines = new ArrayList<>();
        if (a == null) {
            return lines;
        }
        for (String s : new String[] {a.name(), a.addition(), a.street()}) {
            if (present(s)) {
                lines.add(s);
            }
        }
        String town = join(" ", a.postalCode(), a.city());
        if (!town.isEmpty()) {
            lines.add(town);
        }
        return lines;
    }

    static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (present(p)) {
                if (sb.length() > 0) {
                    sb.append(sep);
                }
                sb.append(p.strip());
            }
        }
        return sb.toString();
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
