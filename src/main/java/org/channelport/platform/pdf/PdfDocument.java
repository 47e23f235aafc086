package org.channelport.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A business document as PDF (an order confirmation, an invoice): a title, facts as label and value, a table that
 * breaks across pages and repeats its header, totals. A4 portrait; every text in one embedded font that has Latin and
 * Chinese (WenQuanYi Micro Hei, a subset of it in each file), so every language of the product prints; a character the
 * font lacks prints as "?" and control characters are dropped: text from users is only ever drawn as text (a PDF
 * written here holds no scripts, links or forms). Not thread-safe: one document per call.
 */
public final class PdfDocument implements AutoCloseable {
    /** A table's column: its header, its share of the width, and whether its text is right-aligned (amounts). */
    public record Column(String header, float weight, boolean right) {}

    private static final String FONT = "/fonts/wqy-microhei.ttc";
    private static final float MARGIN = 50;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 13;
    /** Space between a cell's text and its column's edges. */
    private static final float PAD = 5;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static volatile byte[] fontBytes;

    private final PDDocument document = new PDDocument();
    private final TrueTypeCollection collection;
    private final PDType0Font font;
    /** The font's own map of characters to glyphs: what it can print. */
    private final org.apache.fontbox.ttf.CmapLookup characters;
    private PDPageContentStream content;
    private float y;
    private int pages;
    private final String footer;

    /** A new document; {@code footer} is printed at the bottom of every page with its number. */
    public PdfDocument(String title, String footer) {
        this.footer = footer;
        try {
            collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(font()));
            var faces = new ArrayList<TrueTypeFont>();
            collection.processAllFonts(faces::add);
            font = PDType0Font.load(document, faces.get(0), true);
            characters = faces.get(0).getUnicodeCmapLookup();
            var info = new PDDocumentInformation();
            info.setTitle(clean(title));
            info.setCreator("Channelport");
            document.setDocumentInformation(info);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    private static byte[] font() throws IOException {
        if (fontBytes == null) {
            try (InputStream in = PdfDocument.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("the font " + FONT + " is missing from the application");
                }
                fontBytes = in.readAllBytes();
            }
        }
        return fontBytes;
    }

    /** The document's heading, large, and what it is about below it. */
    public PdfDocument title(String title, String subtitle) {
        space(40);
        write(font, 18, MARGIN, y, title);
        y -= 22;
        if (subtitle != null && !subtitle.isBlank()) {
            write(font, 11, MARGIN, y, subtitle);
            y -= 18;
        }
        y -= 6;
        return this;
    }

    /** Facts as label and value, two columns of pairs side by side. */
    public PdfDocument facts(List<String[]> pairs) {
        float half = (PAGE.getWidth() - 2 * MARGIN) / 2;
        for (int i = 0; i < pairs.size(); i += 2) {
            float rowHeight = 0;
            for (int j = 0; j < 2 && i + j < pairs.size(); j++) {
                var pair = pairs.get(i + j);
                var value = wrap(pair[1], half - 100, font, SIZE);
                rowHeight = Math.max(rowHeight, value.size() * LEADING);
            }
            space(rowHeight + 2);
            for (int j = 0; j < 2 && i + j < pairs.size(); j++) {
                var pair = pairs.get(i + j);
                float x = MARGIN + j * half;
                write(font, 8, x, y, pair[0].toUpperCase(java.util.Locale.ROOT));
                float line = y;
                for (var text : wrap(pair[1], half - 100, font, SIZE)) {
                    write(font, SIZE, x + 95, line, text);
                    line -= LEADING;
                }
            }
            y -= rowHeight + 2;
        }
        y -= 8;
        return this;
    }

    /** A heading within the document. */
    public PdfDocument heading(String text) {
        space(30);
        y -= 6;
        write(font, 12, MARGIN, y, text);
        y -= 16;
        return this;
    }

    /** A table; rows that do not fit go to the next page under the header again. */
    public PdfDocument table(List<Column> columns, List<List<String>> rows) {
        float width = PAGE.getWidth() - 2 * MARGIN;
        float total = 0;
        for (var c : columns) {
            total += c.weight();
        }
        var widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width * columns.get(i).weight() / total;
        }
        header(columns, widths);
        for (var row : rows) {
            var cells = new ArrayList<List<String>>();
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                var wrapped = wrap(i < row.size() ? row.get(i) : "", widths[i] - 2 * PAD, font, SIZE);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * LEADING + 4;
            if (y - height < MARGIN + 30) {
                newPage();
                header(columns, widths);
            }
            float x = MARGIN;
            for (int i = 0; i < columns.size(); i++) {
                float line = y;
                for (var text : cells.get(i)) {
                    float at = columns.get(i).right() ? x + widths[i] - PAD - textWidth(font, SIZE, text) : x + PAD;
                    write(font, SIZE, at, line, text);
                    line -= LEADING;
                }
                x += widths[i];
            }
            float bottom = y - (lines - 1) * LEADING - 5;
            rule(bottom, 0.3f);
            y = bottom - LEADING + 1;
        }
        y -= 6;
        return this;
    }

    /** Label and amount pairs at the right, the last one larger (the total). */
    public PdfDocument totals(List<String[]> pairs) {
        float right = PAGE.getWidth() - MARGIN;
        for (int i = 0; i < pairs.size(); i++) {
            boolean last = i == pairs.size() - 1;
            float size = last ? 11 : SIZE;
            space(LEADING + 4);
            var pair = pairs.get(i);
            write(font, size, right - 230, y, pair[0]);
            write(font, size, right - 3 - textWidth(font, size, pair[1]), y, pair[1]);
            y -= LEADING + (last ? 4 : 0);
        }
        return this;
    }

    /** A paragraph of text, wrapped. */
    public PdfDocument paragraph(String text) {
        for (var line : wrap(text, PAGE.getWidth() - 2 * MARGIN, font, SIZE)) {
            space(LEADING);
            write(font, SIZE, MARGIN, y, line);
            y -= LEADING;
        }
        y -= 6;
        return this;
    }

    /** The finished file. */
    public byte[] bytes() {
        try {
            finishPage();
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
            collection.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(List<Column> columns, float[] widths) {
        space(2 * LEADING + 8);
        float x = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            var text = fit(columns.get(i).header(), widths[i] - 2 * PAD, 8);
            float at = columns.get(i).right() ? x + widths[i] - PAD - textWidth(font, 8, text) : x + PAD;
            write(font, 8, at, y, text);
            x += widths[i];
        }
        rule(y - 5, 0.8f);
        y = y - 5 - LEADING + 1;
    }

    private void rule(float at, float thickness) {
        try {
            content.setLineWidth(thickness);
            content.moveTo(MARGIN, at);
            content.lineTo(PAGE.getWidth() - MARGIN, at);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page when less than {@code height} is left above the bottom margin. */
    private void space(float height) {
        if (y - height < MARGIN + 30) {
            newPage();
        }
    }

    private void newPage() {
        try {
            finishPage();
            var page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pages++;
            y = PAGE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishPage() throws IOException {
        if (content != null) {
            var text = clean(footer) + "  ·  " + pages;
            write(font, 7.5f, MARGIN, MARGIN - 10, text);
            content.close();
            content = null;
        }
    }

    private void write(PDType0Font face, float size, float x, float at, String text) {
        var shown = printable(face, clean(text));
        if (shown.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(face, size);
            content.newLineAtOffset(x, at);
            content.showText(shown);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float textWidth(PDType0Font face, float size, String text) {
        try {
            return face.getStringWidth(printable(face, clean(text))) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text cut to fit the width, with an ellipsis (a column header). */
    private String fit(String text, float width, float size) {
        var t = clean(text);
        while (!t.isEmpty() && textWidth(font, size, t) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.length() < clean(text).length() && t.length() > 1 ? t.substring(0, t.length() - 1) + "…" : t;
    }

    /**
     * The text in lines no wider than {@code width}: broken at spaces where there are some, anywhere in a word that is
     * longer than a line (Chinese has no spaces), and at line breaks of the text.
     */
    List<String> wrap(String text, float width, PDType0Font face, float size) {
        var lines = new ArrayList<String>();
        for (var paragraph : (text == null ? "" : text).split("\\R", -1)) {
            var line = new StringBuilder();
            int lastSpace = -1;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                i += Character.charCount(cp);
                line.appendCodePoint(cp);
                if (cp == ' ') {
                    lastSpace = line.length() - 1;
                }
                if (textWidth(face, size, line.toString()) > width && line.length() > 1) {
                    if (lastSpace > 0) {
                        lines.add(line.substring(0, lastSpace));
                        line.delete(0, lastSpace + 1);
                    } else {
                        int last = line.offsetByCodePoints(line.length(), -1);
                        lines.add(line.substring(0, last));
                        line.delete(0, last);
                    }
                    lastSpace = line.indexOf(" ");
                }
            }
            lines.add(line.toString().strip());
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Without control characters (a line break is the caller's to split on). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                    && Character.getType(cp) != Character.SURROGATE) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Characters the font has, "?" for the others (an emoji in a partner's note). */
    private String printable(PDType0Font face, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == ' ' || characters.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
