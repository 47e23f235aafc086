package org.channelport.edi.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.channelport.edi.domain.EdiProblem;
import org.channelport.edi.domain.EdiRead;
import org.channelport.edi.domain.EdiTransaction;
import org.channelport.edi.domain.FunctionalAcknowledgment;
import org.channelport.edi.domain.IncomingOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules E1-E3 and E7 on real interchanges (src/test/resources/edi/conformance, copied from ../shared with its
 * SOURCES.md) and on small ones of our own: what is read, what is wrong and where, and the 997 that answers it.
 */
class EdiReaderTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 9, 30);

    static byte[] file(String name) {
        try (var in = EdiReaderTest.class.getResourceAsStream("/edi/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test file " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("A real VICS 850 is read without a problem, its envelope and its order as the orders context needs them")
    void aRealPurchaseOrderIsRead() {
        var read = EdiReader.read(file("conformance/x12/850_4010VICS_isa-auth-01.edi"));

        assertThat(read.stoppedBecause()).isNull();
        assertThat(read.interchanges()).hasSize(1);
        var interchange = read.interchanges().get(0);
        assertThat(interchange.envelopeSound()).as(interchange.problems().toString()).isTrue();
        assertThat(interchange.groups()).singleElement().satisfies(g -> {
            assertThat(g.functionalId()).isEqualTo("PO");
            assertThat(g.version()).isEqualTo("004010VICS");
        });
        var set = interchange.groups().get(0).transactions().get(0);
        assertThat(set.type()).isEqualTo("850");
        assertThat(set.schemaKnown()).as("checked against our 850 schema").isTrue();
        assertThat(set.problems()).isEmpty();

        var order = IncomingOrder.of850(set);
        assertThat(order.problems()).isEmpty();
        assertThat(order.poNumber()).isNotBlank();
        assertThat(order.lines()).hasSize(6);
        assertThat(order.lines()).allSatisfy(line -> {
            assertThat(line.quantity()).isPositive();
            assertThat(line.sku() != null || line.gtin() != null || line.buyerPart() != null)
                    .as("line %s names its product", line.line()).isTrue();
        });
        assertThat(order.lines()).extracting(IncomingOrder.Line::sku).as("VN, the vendor's item number")
                .containsExactly("AB3542", "RD5322", "XY5266", "VX2332", "RV0524", "DX1875");
        assertThat(order.shipToGln()).as("N103 9 is no GLN (that is UL)").isNull();
        assertThat(order.shipToCode()).as("N1*ST by the buyer's code").isEqualTo("0003947268292");
    }

    @Test
    @DisplayName("A byte-order mark, CR/LF and lines wrapped mid-token read as the plain file does")
    void whatRealFilesCarryIsTolerated() {
        var plain = order(EdiReader.read(file("850-tiny-one-line.edi")));
        assertThat(plain.poNumber()).isEqualTo("PO-4711");
        assertThat(plain.lines()).singleElement().satisfies(line -> {
            assertThat(line.sku()).isEqualTo("SKU-1");
            assertThat(line.gtin()).isEqualTo("012345678905");
            assertThat(line.quantity()).isEqualByComparingTo("10");
            assertThat(line.unit()).isEqualTo("EA");
            assertThat(line.expectedPrice()).isEqualByComparingTo("12.5");
        });
        assertThat(plain.requestedDelivery()).hasToString("2024-02-01");
        for (var variant : List.of("850-tiny-bom-crlf.edi", "850-tiny-wrapped40.edi")) {
            assertThat(order(EdiReader.read(file(variant)))).as(variant).isEqualTo(plain);
        }
        var junk = ("garbage from a mail gateway\r\n" + new String(file("850-tiny-one-line.edi"),
                StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        var read = EdiReader.read(junk);
        assertThat(read.skippedBytes()).as("junk before ISA is skipped and counted").isEqualTo(29);
        assertThat(order(read)).isEqualTo(plain);
    }

    private static IncomingOrder order(EdiRead read) {
        assertThat(read.stoppedBecause()).isNull();
        var set = read.interchanges().get(0).groups().get(0).transactions().get(0);
        assertThat(set.problems()).as("problems").isEmpty();
        return IncomingOrder.of850(set);
    }

    @Test
    @DisplayName("Broken sets are named segment by segment and element by element, and the 997 says so (AK3/AK4, "
            + "AK5 R, AK9 R: none accepted); the 997 written is itself a valid 997")
    void brokenSetsGetAPreciseNegativeAcknowledgment() {
        var read = EdiReader.read(file("850-tiny-errors.edi"));
        var group = read.interchanges().get(0).groups().get(0);
        assertThat(group.transactions()).hasSize(3);
        var first = group.transactions().get(0);
        assertThat(first.problems()).extracting(EdiProblem::segmentTag, EdiProblem::error).contains(
                org.assertj.core.groups.Tuple.tuple("BEG", "INVALID_CODE_VALUE"),
                org.assertj.core.groups.Tuple.tuple("BEG", "INVALID_DATE"),
                org.assertj.core.groups.Tuple.tuple("PO1", "INVALID_CHARACTER_DATA"),
                org.assertj.core.groups.Tuple.tuple("SE", "CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT"));
        assertThat(first.problems()).filteredOn(p -> p.segmentTag().equals("BEG") && p.error().equals("INVALID_DATE"))
                .singleElement().satisfies(p -> {
                    assertThat(p.segmentPosition()).as("BEG is the set's second segment").isEqualTo(2);
                    assertThat(p.elementPosition()).isEqualTo(5);
                    assertThat(p.text()).isEqualTo("20240132");
                });
        assertThat(first.problems()).filteredOn(p -> p.segmentTag().equals("ZZZ")).as("the unknown segment: only "
                + "its own error, not the rule errors StAEDI repeats from the segment before")
                .extracting(EdiProblem::elementPosition).containsOnly(0);
        assertThat(group.transactions().get(1).problems()).extracting(EdiProblem::error)
                .contains("MANDATORY_SEGMENT_MISSING");
        assertThat(group.transactions().get(2).problems()).extracting(EdiProblem::error)
                .contains("SEGMENT_NOT_IN_PROPER_SEQUENCE");

        var ack = FunctionalAcknowledgment.of(group);
        assertThat(ack.groupStatus()).isEqualTo("R");
        assertThat(ack.sets()).extracting(FunctionalAcknowledgment.SetAck::status).containsExactly("R", "R", "R");
        assertThat(ack.sets().get(0).errors()).contains("5", "4");
        var beg = ack.sets().get(0).segments().stream().filter(s -> s.tag().equals("BEG")).findFirst().orElseThrow();
        assertThat(beg.code()).isEqualTo("8");
        assertThat(beg.elements()).extracting(FunctionalAcknowledgment.ElementNote::position,
                FunctionalAcknowledgment.ElementNote::code).contains(
                org.assertj.core.groups.Tuple.tuple(1, "7"), org.assertj.core.groups.Tuple.tuple(5, "8"));

        var text = X12Writer.functionalAcknowledgment(read.interchanges().get(0), List.of(ack), 42, 7, NOW);
        assertThat(text).startsWith("ISA*00*          *00*          *ZZ*PARTNER        *ZZ*CHANNELPORT    *261206*0930*U*00401*000000042*0*T*>~")
                .contains("GS*FA*PARTNER*CHANNELPORT*20261206*0930*7*X*004010~", "AK1*PO*101~", "AK2*850*0001~",
                        "AK3*BEG*2**8~", "AK4*5**8*20240132~", "AK5*R*5*4~", "AK9*R*3*3*0~");
        var back = EdiReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(back.interchanges().get(0).envelopeSound()).isTrue();
        assertThat(back.interchanges().get(0).groups().get(0).transactions()).singleElement().satisfies(set -> {
            assertThat(set.schemaKnown()).isTrue();
            assertThat(set.problems()).as("our 997 against the 997 schema").isEmpty();
        });
    }

    @Test
    @DisplayName("A good group gets AK9 A; one good and one bad set get AK9 P")
    void acceptedAndPartlyAcceptedGroups() {
        var good = EdiReader.read(file("850-tiny-one-line.edi")).interchanges().get(0);
        var ack = FunctionalAcknowledgment.of(good.groups().get(0));
        assertThat(ack.groupStatus()).isEqualTo("A");
        var text = X12Writer.functionalAcknowledgment(good, List.of(ack), 43, 8, NOW);
        assertThat(text).contains("AK2*850*0001~\nAK5*A~\nAK9*A*1*1*1~").contains("IEA*1*000000043~");

        var mixed = new String(file("850-tiny-one-line.edi"), StandardCharsets.UTF_8)
                .replace("SE*11*0001~", "SE*11*0001~\nST*850*0002~\nBEG*00*SA*PO-4712**20240115~\nPO1*1*X*EA~\nSE*4*0002~")
                .replace("GE*1*101~", "GE*2*101~");
        var group = EdiReader.read(mixed.getBytes(StandardCharsets.UTF_8)).interchanges().get(0).groups().get(0);
        assertThat(FunctionalAcknowledgment.of(group).groupStatus()).isEqualTo("P");
    }

    @Test
    @DisplayName("Envelope errors belong to the envelope: a wrong IEA count, a GE that does not match its GS, a file "
            + "cut short, a file that is no X12 at all")
    void envelopeErrorsAreTheEnvelopes() {
        var ta1 = EdiReader.read(file("conformance/bad/x12_ta1_IEA01-count-wrong.txt"));
        assertThat(ta1.interchanges().get(0).problems()).extracting(EdiProblem::segmentTag, EdiProblem::error)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IEA", "CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT"));
        assertThat(ta1.interchanges().get(0).envelopeSound()).isFalse();

        var ge = EdiReader.read(file("conformance/bad/x12_997_5010_bad-GS-date-time_GE02-mismatch.edi"));
        var group = ge.interchanges().get(0).groups().get(0);
        assertThat(group.problems()).extracting(EdiProblem::error).contains("CONTROL_REFERENCE_MISMATCH");
        assertThat(FunctionalAcknowledgment.of(group).groupStatus()).isEqualTo("R");
        assertThat(FunctionalAcknowledgment.of(group).groupErrors()).contains("4");

        var whole = file("850-tiny-one-line.edi");
        var cut = EdiReader.read(java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(cut.stoppedBecause()).as("a truncated file").isNotNull();
        assertThat(cut.interchanges()).singleElement().satisfies(i -> assertThat(i.complete()).isFalse());

        var random = new byte[100_000];
        new java.util.Random(12).nextBytes(random);
        var noise = EdiReader.read(random);
        assertThat(noise.interchanges()).isEmpty();
        assertThat(noise.stoppedBecause()).isNotNull();
        assertThat(EdiReader.read(new byte[0]).stoppedBecause()).isNotNull();
    }

    @Test
    @DisplayName("A TA1 names the refused interchange by its control number, date and time, and is a valid interchange")
    void aTa1NamesTheRefusedInterchange() {
        var received = EdiReader.read(file("850-tiny-one-line.edi")).interchanges().get(0);
        var text = X12Writer.interchangeAcknowledgment(received, "R", "025", 44, NOW);
        assertThat(text).contains("TA1*000000101*240115*1200*R*025~").contains("IEA*0*000000044~");
        var back = EdiReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(back.interchanges().get(0).envelopeSound()).as(back.interchanges().get(0).problems().toString())
                .isTrue();
    }

    @Test
    @DisplayName("E1, E2: an EDIFACT ORDERS (D96A, UNA, no UNG) is read as one interchange with an implicit group, "
            + "checked against our ORDERS-D96A schema; its envelope as acknowledgments name it")
    void anEdifactOrderIsRead() {
        var read = EdiReader.read(file("orders-d96a-two-lines.edi"));
        assertThat(read.stoppedBecause()).isNull();
        assertThat(read.interchanges()).singleElement().satisfies(interchange -> {
            assertThat(interchange.standard()).isEqualTo("EDIFACT");
            assertThat(interchange.version()).isEqualTo("UNOC:3");
            assertThat(interchange.senderId()).isEqualTo("5412345000013");
            assertThat(interchange.senderQualifier()).isEqualTo("14");
            assertThat(interchange.receiverId()).isEqualTo("5498765000019");
            assertThat(interchange.controlNumber()).isEqualTo("EDI0001");
            assertThat(interchange.date()).isEqualTo("261206");
            assertThat(interchange.test()).isFalse();
            assertThat(interchange.envelopeSound()).as(interchange.problems().toString()).isTrue();
            assertThat(interchange.groups()).singleElement().satisfies(group -> {
                assertThat(group.controlNumber()).as("no UNG").isEmpty();
                assertThat(group.transactions()).singleElement().satisfies(message -> {
                    assertThat(message.type()).isEqualTo("ORDERS");
                    assertThat(message.controlNumber()).isEqualTo("1");
                    assertThat(message.version()).isEqualTo("D96A");
                    assertThat(message.schemaKnown()).isTrue();
                    assertThat(message.problems()).isEmpty();
                    assertThat(message.segments()).extracting(org.channelport.edi.domain.EdiSegment::tag)
                            .startsWith("BGM", "DTM", "DTM", "NAD").contains("PIA", "UNS", "CNT");
                    var pia = message.segments().stream().filter(seg -> seg.tag().equals("PIA")).findFirst()
                            .orElseThrow();
                    assertThat(pia.component(2, 1)).isEqualTo("EDIBOX-1");
                    assertThat(pia.component(3, 2)).isEqualTo("BP");
                });
            });
        });
    }

    @Test
    @DisplayName("E1, E2: broken EDIFACT from the conformance corpus: a wrong UNT count is the message's problem, a "
            + "file without UNZ is incomplete and says why reading stopped")
    void brokenEdifactIsReportedWhereItIsWrong() {
        var count = EdiReader.read(file("conformance/bad/edifact_ORDERS_D96B_UNG_UNT-count-wrong.edi"));
        var message = count.interchanges().get(0).groups().get(0).transactions().get(0);
        assertThat(count.interchanges().get(0).groups().get(0).controlNumber()).as("UNG05").isEqualTo("1");
        assertThat(message.type()).isEqualTo("ORDERS");
        assertThat(message.schemaKnown()).as("we keep no D96B schema: envelope only").isFalse();
        assertThat(message.problems()).extracting(EdiProblem::segmentTag, EdiProblem::error)
                .contains(org.assertj.core.groups.Tuple.tuple("UNT", "CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT"));
        assertThat(message.trailerWrong()).isTrue();

        var cut = EdiReader.read(file("conformance/bad/edifact_ORDERS_D96A_syntax4_missing-UNZ.edi"));
        assertThat(cut.stoppedBecause()).contains("end of stream");
        assertThat(cut.interchanges()).singleElement().satisfies(i -> {
            assertThat(i.complete()).isFalse();
            assertThat(i.standard()).isEqualTo("EDIFACT");
            assertThat(i.groups().get(0).transactions()).extracting(EdiTransaction::type).containsExactly("ORDERS");
        });
    }

    @Test
    @DisplayName("E7: an EDIFACT ORDERS orders what BGM, DTM, CUX, NAD DP and its LIN / PIA / QTY / PRI say")
    void anEdifactOrderOrdersWhatItSays() {
        var message = EdiReader.read(file("orders-d96a-two-lines.edi")).interchanges().get(0).groups().get(0)
                .transactions().get(0);
        var order = IncomingOrder.ofOrders(message);
        assertThat(order.problems()).isEmpty();
        assertThat(order.poNumber()).isEqualTo("PO-4711");
        assertThat(order.orderDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 6));
        assertThat(order.requestedDelivery()).isEqualTo(java.time.LocalDate.of(2026, 12, 20));
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.shipToGln()).isEqualTo("5412345000020");
        assertThat(order.lines()).containsExactly(
                new IncomingOrder.Line("1", new java.math.BigDecimal("2"), "EA", new java.math.BigDecimal("40"), null,
                        "4006381333931", null, null),
                new IncomingOrder.Line("2", new java.math.BigDecimal("20"), null, null, "EDIBOX-1", null, "BUY-9",
                        java.time.LocalDate.of(2026, 12, 24)));
        var replaced = IncomingOrder.ofOrders(new EdiTransaction("ORDERS", "1", "D96A", message.segments().stream()
                .map(seg -> seg.tag().equals("BGM") ? new org.channelport.edi.domain.EdiSegment("BGM", List.of(
                        List.of("220"), List.of("PO-4711"), List.of("5"))) : seg).toList(), List.of(), true));
        assertThat(replaced.problems()).singleElement().asString().contains("BGM 1225 '5'");
    }

    @Test
    @DisplayName("E3: a CONTRL acknowledges an EDIFACT interchange (UCI 7, a UCM per message), rejects a broken "
            + "message with the position and code of each error (UCS / UCD), or refuses the interchange whole (UCI 4 "
            + "with its code); what we write reads back as sound EDIFACT")
    void contrlAnswersEdifact() {
        var good = EdiReader.read(file("orders-d96a-two-lines.edi")).interchanges().get(0);
        var accepted = EdifactWriter.syntaxReport(good, null, 5, NOW);
        assertThat(accepted).contains("UNB+UNOC:3+5498765000019:14+5412345000013:14+261206:0930+5'",
                "UNH+1+CONTRL:2:2:UN'", "UCI+EDI0001+5412345000013:14+5498765000019:14+7'",
                "UCM+1+ORDERS:D:96A:UN+7'", "UNT+4+1'", "UNZ+1+5'");
        var back = EdiReader.read(accepted.getBytes(StandardCharsets.UTF_8));
        assertThat(back.stoppedBecause()).isNull();
        assertThat(back.interchanges()).singleElement().satisfies(i -> {
            assertThat(i.envelopeSound()).as(i.problems().toString()).isTrue();
            assertThat(i.groups().get(0).transactions().get(0).type()).isEqualTo("CONTRL");
            assertThat(i.groups().get(0).transactions().get(0).problems()).isEmpty();
        });

        var broken = EdiReader.read(file("conformance/bad/edifact_ORDERS_D96B_UNG_UNT-count-wrong.edi"))
                .interchanges().get(0);
        var rejected = EdifactWriter.syntaxReport(broken, null, 6, NOW);
        assertThat(rejected).contains("UCM+1+ORDERS:D:96B:UN+4+29'", "UCS+1'", "UCD+39+2:5'");
        assertThat(EdiReader.read(rejected.getBytes(StandardCharsets.UTF_8)).interchanges().get(0).envelopeSound())
                .isTrue();

        var refused = EdifactWriter.syntaxReport(good, "26", 7, NOW);
        assertThat(refused).contains("UCI+EDI0001+5412345000013:14+5498765000019:14+4+26'", "UNT+3+1'")
                .doesNotContain("UCM");
    }
}
