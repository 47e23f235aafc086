package org.channelport.edi.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.channelport.edi.domain.OrderResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule E10: the 855 as written, read back by StAEDI against our 855 schema. */
class OrderResponseWriterTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 14, 5);
    private static final X12Writer.Envelope TO_PARTNER = new X12Writer.Envelope("ZZ", "CHANNELPORT", "ZZ", "BUYER1",
            "CPAPP", "BUYERAPP", "00401", false);

    private static OrderResponse.Line line(String no, String status, int answered, LocalDate date, String part) {
        return new OrderResponse.Line(no, BigDecimal.valueOf(20), "C62", new BigDecimal("3.5000"), "EDIBOX-1", part,
                status, BigDecimal.valueOf(answered), date);
    }

    @Test
    @DisplayName("Each line echoes the buyer's line number and part with its answer; the whole reads back without a "
            + "problem against our 855 schema")
    void anAnswerWithChangesIsWrittenAndReadsBack() {
        var response = new OrderResponse("PO-77", LocalDate.of(2026, 12, 6), "id", "USD", NOW.toLocalDate(), List.of(
                line("10", "IA", 20, null, "BUY-9"),
                line("20", "IQ", 10, LocalDate.of(2026, 12, 20), null),
                line("30", "IR", 0, null, null)));
        var text = X12Writer.orderResponse(TO_PARTNER, "004010VICS", response, 12, 34, NOW);

        assertThat(text).startsWith("ISA*00*          *00*          *ZZ*CHANNELPORT    *ZZ*BUYER1         *261207*1405*U*00401*000000012*0*P*>~")
                .contains("GS*PR*CPAPP*BUYERAPP*20261207*1405*34*X*004010VICS~", "ST*855*0001~",
                        "BAK*00*AC*PO-77*20261206*****20261207~", "CUR*SE*USD~",
                        "PO1*10*20*EA*3.5**VP*EDIBOX-1*BP*BUY-9~", "ACK*IA*20*EA~",
                        "PO1*20*20*EA*3.5**VP*EDIBOX-1~", "ACK*IQ*10*EA*067*20261220~", "ACK*IR*0*EA~",
                        "CTT*3~", "SE*11*0001~", "GE*1*34~", "IEA*1*000000012~");
        var back = EdiReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(back.interchanges()).singleElement().satisfies(interchange -> {
            assertThat(interchange.envelopeSound()).isTrue();
            assertThat(interchange.groups().get(0).transactions()).singleElement().satisfies(set -> {
                assertThat(set.schemaKnown()).as("checked against 855-004010").isTrue();
                assertThat(set.problems()).isEmpty();
            });
        });
    }

    @Test
    @DisplayName("BAK02 says AD when every line is accepted as ordered and RD when every line is refused")
    void theAcknowledgmentTypeFollowsTheLines() {
        var accepted = new OrderResponse("PO-1", null, "id", "USD", NOW.toLocalDate(),
                List.of(line("1", "IA", 20, null, null)));
        assertThat(X12Writer.orderResponse(TO_PARTNER, "004010", accepted, 1, 1, NOW))
                .as("no PO date: the answer's day stands in (BAK04 is mandatory)")
                .contains("BAK*00*AD*PO-1*20261207*****20261207~");
        var refused = new OrderResponse("PO-2", null, "id", null, NOW.toLocalDate(),
                List.of(line("1", "IR", 0, null, null), line("2", "ID", 0, null, null)));
        assertThat(X12Writer.orderResponse(TO_PARTNER, "004010", refused, 2, 2, NOW)).contains("BAK*00*RD*PO-2*")
                .doesNotContain("CUR*");
    }

    @Test
    @DisplayName("A buyer's value our delimiters would break (a partner writing with other delimiters) never "
            + "corrupts the 855: a part number is left out, a line number that must be echoed refuses the document")
    void aValueWithOurDelimiterIsNeverWritten() {
        var part = new OrderResponse("PO-3", null, "id", "USD", NOW.toLocalDate(),
                List.of(line("1", "IA", 20, null, "A*B")));
        var text = X12Writer.orderResponse(TO_PARTNER, "004010", part, 3, 3, NOW);
        assertThat(text).contains("PO1*1*20*EA*3.5**VP*EDIBOX-1~").doesNotContain("A*B");
        assertThat(EdiReader.read(text.getBytes(StandardCharsets.UTF_8)).interchanges().get(0).groups().get(0)
                .transactions().get(0).problems()).isEmpty();
        var lineNo = new OrderResponse("PO-4", null, "id", "USD", NOW.toLocalDate(),
                List.of(line("1~2", "IA", 20, null, null)));
        assertThatThrownBy(() -> X12Writer.orderResponse(TO_PARTNER, "004010", lineNo, 4, 4, NOW))
                .isInstanceOf(X12Writer.Unwritable.class);
    }
}
