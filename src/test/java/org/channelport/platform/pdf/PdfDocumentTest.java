package org.channelport.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Rule O24's documents: every language prints, long tables go on over pages, text from users stays text. */
class PdfDocumentTest {

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void englishAndBothChinesePrintAndACharacterTheFontLacksIsAQuestionMark() throws IOException {
        byte[] pdf;
        try (var doc = new PdfDocument("訂單確認書 PO-1", "Brand · PO-1")) {
            pdf = doc.title("訂單確認書", "PO-1 · 已確認")
                    .facts(List.of(new String[]{"買方", "北風貿易 Northwind"}, new String[]{"供应商", "品牌商"}))
                    .table(List.of(new PdfDocument.Column("#", 1, true), new PdfDocument.Column("名稱", 4, false)),
                            List.of(List.of("1", "無線基地台 <script>alert(1)</script> 🎉")))
                    .paragraph("备注：请在周五前送达。\u0007")
                    .bytes();
        }
        var text = text(pdf);
        assertThat(text).contains("訂單確認書", "北風貿易 Northwind", "供应商", "备注：请在周五前送达。");
        assertThat(text).as("markup stays text").contains("<script>alert(1)</script>");
        assertThat(text).as("an emoji the font lacks").contains("?").doesNotContain("🎉");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).as("no script in the file")
                .doesNotContain("/JavaScript").doesNotContain("/JS ");
        assertThat(pdf.length).as("a subset of the 5 MB font, not all of it").isLessThan(200_000);
    }

    @Test
    void aLongTableGoesOnOverPagesAndLongWordsWrapInsideTheirColumn() throws IOException {
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.valueOf(i), "SKU-" + i, "A name long enough to wrap over more than one line in "
                    + "its column, line " + i, "超長的中文產品名稱沒有空格也必須在欄位內換行超長的中文產品名稱" + i));
        }
        byte[] pdf;
        try (var doc = new PdfDocument("Long", "footer")) {
            pdf = doc.title("Long order", null).table(List.of(new PdfDocument.Column("#", 0.5f, true),
                    new PdfDocument.Column("SKU", 1, false), new PdfDocument.Column("Name", 3, false),
                    new PdfDocument.Column("中文", 2, false)), rows).bytes();
        }
        assertThat(pages(pdf)).isGreaterThan(3);
        var text = text(pdf);
        assertThat(text).contains("SKU-1", "SKU-120", "line 120");
        assertThat(text.split("Name", -1).length - 1).as("the header again on every page").isEqualTo(pages(pdf));
    }
}
