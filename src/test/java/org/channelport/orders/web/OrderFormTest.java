package org.channelport.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.channelport.orders.domain.LineRequest;
import org.junit.jupiter.api.Test;

/** The order form's quick entry: lines pasted from a spreadsheet or a mail become order lines; the rest is named. */
class OrderFormTest {

    @Test
    void pastedLinesJoinTheFormAndWhatCannotBeReadStaysToBeCorrected() {
        var form = new OrderForm();
        form.setPasted("sw-24, 10\r\nCAB-6;20\n\n\"AP-1\"\t3\nnot a line at all\nPSU-2 4\nSW-9, 1.5");
        var unreadable = form.applyPasted();
        assertThat(unreadable).as("line numbers of the pasted text").containsExactly(5, 7);
        assertThat(form.getPasted()).isEqualTo("not a line at all\nSW-9, 1.5");
        assertThat(form.getLines()).extracting(OrderForm.FormLine::getSku)
                .as("the empty line the form starts with is filled first").containsExactly("SW-24", "CAB-6", "AP-1", "PSU-2");
        assertThat(form.toRequest().lines()).extracting(LineRequest::quantity)
                .containsExactly(BigDecimal.valueOf(10), BigDecimal.valueOf(20), BigDecimal.valueOf(3), BigDecimal.valueOf(4));
    }

    @Test
    void everythingReadClearsThePasteAndBlankLinesAreNotSent() {
        var form = new OrderForm();
        form.addLine();
        form.getLines().get(0).setSku("SW-1");
        form.getLines().get(0).setQuantity(2);
        form.setPasted("CAB-1 10");
        assertThat(form.applyPasted()).isEmpty();
        assertThat(form.getPasted()).isNull();
        assertThat(form.toRequest().lines()).extracting(LineRequest::sku).containsExactly("SW-1", "CAB-1");
    }

    @Test
    void anUploadedSpreadsheetLosesItsByteOrderMarkAndHeaderNotItsLines() {
        var csv = "\uFEFF\"SKU\";\"Quantity\"\r\nSW-24;10\r\nnot a line\r\nskunk-1;2\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var form = new OrderForm();
        form.setPasted(OrderForm.uploaded(csv));
        assertThat(form.applyPasted()).as("numbered as in the file, its header line counted").containsExactly(3);
        assertThat(form.getLines()).extracting(OrderForm.FormLine::getSku).containsExactly("SW-24", "SKUNK-1");
        assertThat(OrderForm.uploaded("SKU-7, 3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .as("a first line that is a product, not a header").isEqualTo("SKU-7, 3\n");
    }

    @Test
    void anUploadTooLargeOrFarTooLongIsRefusedBeforeItIsRead() {
        var max = OrderEditView.UPLOAD_MAX_BYTES;
        assertThat(OrderForm.uploadRefusal(max, max, "SW-1, 1")).isNull();
        assertThat(OrderForm.uploadRefusal(max + 1, max, "SW-1, 1")).isEqualTo("orders.upload.tooLarge");
        assertThat(OrderForm.uploadRefusal(10, max, "SW-1, 1\n".repeat(1000))).as("twice the 500 lines").isNull();
        assertThat(OrderForm.uploadRefusal(10, max, "SW-1, 1\n".repeat(1001))).isEqualTo("orders.upload.tooMany");
    }
}
