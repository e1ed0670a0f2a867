package de.ikz.allocation.internal.docs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small flowing layout on PDFBox: title, headings, wrapped paragraphs, label–value fields and
 * tables whose header repeats on every page, with "Seite x von y" footers.
 *
 * <p>Pages are written one after the other: a page's content stream is finished before the next
 * page starts, and a caller feeds table rows one at a time, so a table of 11,004 partners never
 * exists as a whole in memory (only PDFBox's compressed page streams do).
 *
 * <p>Fonts: the standard 14 Helvetica fonts (nothing embedded). Their WinAnsiEncoding covers
 * German umlauts, ß, € and typographic quotes; any other character is shown without its accent
 * (ł → l fails, é → e works) or as '?', because PDFBox refuses to show a character the encoding
 * lacks.
 */
final class PdfPages implements AutoCloseable {

    static final PDRectangle PORTRAIT = PDRectangle.A4;
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    /** A table column; widths in points, numbers right-aligned. */
    record Column(String title, float width, boolean right) {
    }

    private static final float MARGIN = 42f;
    private static final float FOOTER = 22f;
    private static final float PAD = 3f;
    private static final float VPAD = 2f;
    static final float TABLE_SIZE = 8f;
    private static final float TABLE_LEADING = 10f;
    private static final float TEXT_SIZE = 10f;
    private static final float TEXT_LEADING = 13f;

    private final PDDocument doc = new PDDocument();
    private final PDRectangle size;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final String footer;
    private final Map<Integer, String> shown = new HashMap<>();
    private PDPageContentStream cs;
    private float y;
    private boolean fresh;
    private List<Column> table;

    PdfPages(PDRectangle size, String title, String footer, Instant created) {
        this.size = size;
        this.footer = footer;
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(safe(title));
        info.setCreator("IKZ-Plattform");
        if (created != null) {
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone(GermanFormat.ZONE));
            c.setTimeInMillis(created.toEpochMilli());
            info.setCreationDate(c);
        }
        newPage();
    }

    /** Usable width between the margins. */
    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    void title(String text) {
        paragraph(text, bold, 15f, 19f);
        space(6f);
    }

    /** A section heading, kept on the page with at least three lines after it. */
    void heading(String text) {
        space(8f);
        if (y - bottom() < 16f + 3 * TEXT_LEADING && !fresh) {
            newPage();
        }
        paragraph(text, bold, 11.5f, 16f);
        space(2f);
    }

    void text(String text) {
        paragraph(text, regular, TEXT_SIZE, TEXT_LEADING);
    }

    void space(float points) {
        if (!fresh) {
            y -= points;
        }
    }

    /** Label–value lines (label bold), values wrapped. */
    void fields(List<String[]> fields, float labelWidth) {
        List<Column> cols = List.of(new Column("", labelWidth, false), new Column("", width() - labelWidth, false));
        for (String[] f : fields) {
            row(cols, f, new PDType1Font[] {bold, regular}, TEXT_SIZE, TEXT_LEADING - 1f, false, false);
        }
    }

    /** Starts a table: draws its header, and again at the top of every further page until {@link #endTable}. */
    void startTable(List<Column> columns) {
        float total = (float) columns.stream().mapToDouble(Column::width).sum();
        if (total > width() + 0.5f) {
            throw new IllegalArgumentException("table is " + total + " pt wide, the page " + width());
        }
        if (y - bottom() < 4 * TABLE_LEADING + 4 * VPAD) {
            newPage();
        }
        table = columns;
        header();
    }

    /** A table row; cells may hold '\n' for several lines. */
    void row(String... cells) {
        row(table, cells, fonts(regular, cells.length), TABLE_SIZE, TABLE_LEADING, false, true);
    }

    /** A bold row with a heavier rule above, e.g. a sum row. */
    void sumRow(String... cells) {
        row(table, cells, fonts(bold, cells.length), TABLE_SIZE, TABLE_LEADING, false, true, true);
    }

    void endTable() {
        table = null;
    }

    /** Adds the footers and writes the document. */
    void save(OutputStream out) {
        try {
            cs.close();
            cs = null;
            int n = doc.getNumberOfPages();
            int i = 0;
            for (PDPage page : doc.getPages()) {
                i++;
                try (PDPageContentStream c = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    c.setNonStrokingColor(0.35f);
                    String right = "Seite " + i + " von " + n;
                    float rightWidth = width(regular, 7.5f, right);
                    show(c, regular, 7.5f, MARGIN, MARGIN - 12f, fit(safe(footer), regular, 7.5f, width() - rightWidth - 12f));
                    show(c, regular, 7.5f, size.getWidth() - MARGIN - rightWidth, MARGIN - 12f, right);
                }
            }
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (cs != null) {
                cs.close();
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private void paragraph(String text, PDType1Font font, float fontSize, float leading) {
        List<Column> one = List.of(new Column("", width(), false));
        row(one, new String[] {text}, new PDType1Font[] {font}, fontSize, leading, false, false);
    }

    private void header() {
        String[] titles = table.stream().map(Column::title).toArray(String[]::new);
        row(table, titles, fonts(bold, titles.length), TABLE_SIZE, TABLE_LEADING, true, true);
    }

    /**
     * Draws one row at the cursor. A row that does not fit goes to the next page; a row taller
     * than a whole page is split across pages.
     */
    private void row(List<Column> cols, String[] cells, PDType1Font[] fonts, float fontSize, float leading,
                     boolean fill, boolean rule) {
        row(cols, cells, fonts, fontSize, leading, fill, rule, false);
    }

    private void row(List<Column> cols, String[] cells, PDType1Font[] fonts, float fontSize, float leading,
                     boolean fill, boolean rule, boolean ruleAbove) {
        if (cells.length != cols.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + cols.size() + " columns");
        }
        List<List<String>> lines = new ArrayList<>(cells.length);
        int n = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> l = wrap(cells[i], fonts[i], fontSize, cols.get(i).width() - 2 * PAD);
            lines.add(l);
            n = Math.max(n, l.size());
        }
        int done = 0;
        while (done < n) {
            int fit = (int) ((y - bottom() - 2 * VPAD) / leading);
            int rest = n - done;
            if (fit < rest && (!fresh || fit < 1)) {
                newPage();
                continue;
            }
            int take = Math.min(fit, rest);
            float h = take * leading + 2 * VPAD;
            if (ruleAbove && done == 0) {
                line(y, 0.8f);
            }
            try {
                if (fill) {
                    cs.setNonStrokingColor(0.88f);
                    cs.addRect(MARGIN, y - h, totalWidth(cols), h);
                    cs.fill();
                    cs.setNonStrokingColor(0f);
                }
                float x = MARGIN;
                for (int c = 0; c < cols.size(); c++) {
                    Column col = cols.get(c);
                    List<String> cl = lines.get(c);
                    for (int k = done; k < Math.min(done + take, cl.size()); k++) {
                        String s = cl.get(k);
                        float baseline = y - VPAD - (k - done) * leading - leading / 2 - fontSize * 0.35f;
                        float tx = col.right() ? x + col.width() - PAD - width(fonts[c], fontSize, s) : x + PAD;
                        show(cs, fonts[c], fontSize, tx, baseline, s);
                    }
                    x += col.width();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= h;
            fresh = false;
            if (rule) {
                line(y, 0.3f);
            }
            done += take;
        }
    }

    private void line(float at, float lineWidth) {
        try {
            cs.setStrokingColor(0.6f);
            cs.setLineWidth(lineWidth);
            cs.moveTo(MARGIN, at);
            cs.lineTo(MARGIN + (table == null ? width() : totalWidth(table)), at);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(size);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = size.getHeight() - MARGIN;
        fresh = true;
        if (table != null) {
            header();
            fresh = true; // a header alone is no content: a long row may still split here
        }
    }

    private float bottom() {
        return MARGIN + FOOTER - 12f;
    }

    private static float totalWidth(List<Column> cols) {
        return (float) cols.stream().mapToDouble(Column::width).sum();
    }

    private static PDType1Font[] fonts(PDType1Font f, int n) {
        PDType1Font[] a = new PDType1Font[n];
        java.util.Arrays.fill(a, f);
        return a;
    }

    private static void show(PDPageContentStream c, PDType1Font font, float fontSize, float x, float baseline, String s)
            throws IOException {
        if (s.isEmpty()) {
            return;
        }
        c.beginText();
        c.setFont(font, fontSize);
        c.newLineAtOffset(x, baseline);
        c.showText(s);
        c.endText();
    }

    /** The text, cut and ended with "…" if wider than {@code maxWidth}. */
    private static String fit(String s, PDType1Font font, float fontSize, float maxWidth) {
        if (width(font, fontSize, s) <= maxWidth) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && width(font, fontSize, cut + "…") > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }

    /** Splits at '\n', then wraps words greedily; a word wider than the column is cut. Lines are {@link #safe}. */
    List<String> wrap(String text, PDType1Font font, float fontSize, float maxWidth) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String para : text.split("\r?\n", -1)) {
            String p = safe(para).strip();
            if (p.isEmpty()) {
                out.add("");
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : p.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, fontSize, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                while (width(font, fontSize, word) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(font, fontSize, word.substring(0, cut)) > maxWidth) {
                        cut--;
                    }
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** The text with every character the fonts cannot show replaced (see the class comment). */
    String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.append(shown.computeIfAbsent(cp, this::glyph)));
        return sb.toString();
    }

    private String glyph(int cp) {
        if (cp == '\t' || Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
            return " ";
        }
        String s = new String(Character.toChars(cp));
        if (encodable(s)) {
            return s;
        }
        if (cp == 0x2212 || cp == 0x2010 || cp == 0x2011) {
            return "-";
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !plain.isEmpty() && encodable(plain) ? plain : "?";
    }

    private boolean encodable(String s) {
        try {
            regular.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static float width(PDType1Font font, float fontSize, String s) {
        try {
            return font.getStringWidth(s) / 1000f * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
