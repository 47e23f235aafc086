package org.channelport.edi.infrastructure;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.channelport.edi.domain.EdiInterchange;
import org.channelport.edi.domain.FunctionalAcknowledgment;

/**
 * Writes X12 acknowledgments back to the sender of a received interchange (rule E3): a 997 of each of its groups, or
 * a TA1 of the interchange itself. Sender and receiver are the received ones swapped, the test indicator and the
 * version (ISA12, GS08) follow the received interchange, delimiters are {@code * > ~} (and {@code ^} for repetitions
 * from 00402 on). The control numbers are the caller's (kept gap-free per partner: rule E4). StAEDI checks what is
 * written against its envelope schema and our 997 schema: counts we got wrong would fail here, not at the partner.
 */
public final class X12Writer {
    private static final DateTimeFormatter DATE6 = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter DATE8 = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private X12Writer() {}

    /** An acknowledgment that cannot be written from what was received (its values break X12's rules). */
    public static final class Unwritable extends RuntimeException {
        Unwritable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A 997 interchange of these groups' acknowledgments. */
    public static String functionalAcknowledgment(EdiInterchange received, List<FunctionalAcknowledgment> groups,
                                                  long interchangeControl, long groupControl, LocalDateTime now) {
        var out = new ByteArrayOutputStream();
        try (var writer = writer(out, received.version())) {
            isa(writer, received, interchangeControl, now);
            var version = groups.isEmpty() || groups.get(0).version() == null || groups.get(0).version().isBlank()
                    ? "004010" : groups.get(0).version();
            // the group's application codes swapped (GS03 / GS02 of what came), else the interchange's ids
            var from = groups.isEmpty() || blank(groups.get(0).groupReceiver()) ? received.receiverId()
                    : groups.get(0).groupReceiver();
            var to = groups.isEmpty() || blank(groups.get(0).groupSender()) ? received.senderId()
                    : groups.get(0).groupSender();
            writer.writeStartSegment("GS").writeElement("FA").writeElement(from).writeElement(to).writeElement(now.format(DATE8)).writeElement(now.format(TIME))
                    .writeElement(Long.toString(groupControl)).writeElement("X").writeElement(version).writeEndSegment();
            int set = 0;
            for (var group : groups) {
                set++;
                var control = String.format("%04d", set);
                writer.writeStartSegment("ST").writeElement("997").writeElement(control).writeEndSegment();
                var schema = EdiReader.schema("997", version.startsWith("005") ? "005010" : "004010");
                writer.setTransactionSchema(schema);
                int segments = 1;
                writer.writeStartSegment("AK1").writeElement(group.functionalId())
                        .writeElement(group.groupControlNumber()).writeEndSegment();
                segments++;
                for (var ack : group.sets()) {
                    writer.writeStartSegment("AK2").writeElement(ack.type()).writeElement(ack.controlNumber())
                            .writeEndSegment();
                    segments++;
                    for (var note : ack.segments()) {
                        writer.writeStartSegment("AK3").writeElement(note.tag())
                                .writeElement(Integer.toString(note.position())).writeEmptyElement()
                                .writeElement(note.code()).writeEndSegment();
                        segments++;
                        for (var element : note.elements()) {
                            writer.writeStartSegment("AK4");
                            if (element.component() > 0) {
                                writer.writeStartElement().writeComponent(Integer.toString(element.position()))
                                        .writeComponent(Integer.toString(element.component())).endElement();
                            } else {
                                writer.writeElement(Integer.toString(element.position()));
                            }
                            writer.writeEmptyElement().writeElement(element.code());
                            var copy = safeCopy(element.value());
                            if (!copy.isEmpty()) writer.writeElement(copy);
                            writer.writeEndSegment();
                            segments++;
                        }
                    }
                    writer.writeStartSegment("AK5").writeElement(ack.status());
                    for (var error : ack.errors()) writer.writeElement(error);
                    writer.writeEndSegment();
                    segments++;
                }
                writer.writeStartSegment("AK9").writeElement(group.groupStatus())
                        .writeElement(Integer.toString(group.included())).writeElement(Integer.toString(group.received()))
                        .writeElement(Integer.toString(group.accepted()));
                for (var error : group.groupErrors()) writer.writeElement(error);
                writer.writeEndSegment();
                segments++;
                writer.writeStartSegment("SE").writeElement(Integer.toString(segments + 1)).writeElement(control)
                        .writeEndSegment();
            }
            writer.writeStartSegment("GE").writeElement(Integer.toString(groups.size()))
                    .writeElement(Long.toString(groupControl)).writeEndSegment();
            iea(writer, 1, interchangeControl);
            writer.endInterchange();
        } catch (EDIStreamException | RuntimeException e) {
            // what the partner sent cannot be echoed as X12 allows (a letter in GS06, a delimiter in a value)
            throw new Unwritable("The 997 could not be written: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A TA1 interchange acknowledgment of the received interchange: {@code A} accepted, {@code E} accepted with
     * errors, {@code R} rejected, with the note code of X12 element I18 (000 no error, 025 duplicate interchange
     * control number, 021 wrong number of groups, 001 IEA control number mismatch...).
     */
    public static String interchangeAcknowledgment(EdiInterchange received, String status, String note,
                                                   long interchangeControl, LocalDateTime now) {
        var out = new ByteArrayOutputStream();
        try (var writer = writer(out, received.version())) {
            isa(writer, received, interchangeControl, now);
            writer.writeStartSegment("TA1").writeElement(pad(received.controlNumber(), 9, '0', true))
                    .writeElement(received.date()).writeElement(received.time()).writeElement(status)
                    .writeElement(note).writeEndSegment();
            iea(writer, 0, interchangeControl);
            writer.endInterchange();
        } catch (EDIStreamException | RuntimeException e) {
            throw new Unwritable("The TA1 could not be written: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static EDIStreamWriter writer(ByteArrayOutputStream out, String version) throws EDIStreamException {
        var factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, '~');
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, '*');
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, '>');
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        var writer = factory.createEDIStreamWriter(out);
        try {
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema("X12", new String[] {isaVersion(version)}));
        } catch (EDISchemaException e) {
            throw new IllegalStateException(e);
        }
        writer.startInterchange();
        return writer;
    }

    private static void isa(EDIStreamWriter writer, EdiInterchange received, long control, LocalDateTime now)
            throws EDIStreamException {
        isa(writer, new Envelope(received.receiverQualifier(), received.receiverId(), received.senderQualifier(),
                received.senderId(), null, null, received.version(), received.test()), control, now);
    }

    private static void isa(EDIStreamWriter writer, Envelope to, long control, LocalDateTime now)
            throws EDIStreamException {
        var version = isaVersion(to.isaVersion());
        writer.writeStartSegment("ISA").writeElement("00").writeElement(" ".repeat(10)).writeElement("00")
                .writeElement(" ".repeat(10))
                .writeElement(pad(to.senderQualifier(), 2, ' ', false))
                .writeElement(pad(to.senderId(), 15, ' ', false))
                .writeElement(pad(to.receiverQualifier(), 2, ' ', false))
                .writeElement(pad(to.receiverId(), 15, ' ', false))
                .writeElement(now.format(DATE6)).writeElement(now.format(TIME))
                .writeElement(version.compareTo("00402") >= 0 ? "^" : "U").writeElement(version)
                .writeElement(pad(Long.toString(control), 9, '0', true)).writeElement("0")
                .writeElement(to.test() ? "T" : "P").writeElement(">").writeEndSegment();
    }

    /**
     * Who a document goes from and to: our ISA qualifier and id as sender, the partner's as receiver, the group's
     * application codes (GS02, GS03; the ISA ids when null), the ISA version (00401, 00501) and the test indicator.
     */
    public record Envelope(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                           String groupSender, String groupReceiver, String isaVersion, boolean test) {}

    /**
     * An 855 purchase order acknowledgment (rule E10) in an interchange of its own: BAK (original, its type, the PO
     * number and date, the date we answered), CUR, and per line PO1 (the buyer's line number, the quantity ordered, the
     * unit, our price, our SKU as VP and the buyer's part as BP) with its ACK (status, quantity, unit and the date we
     * promise as 067, current schedule delivery), CTT. Written in the version of the 850 it answers ({@code gsVersion}:
     * 004010 or 005010); checked by StAEDI against our 855 schema as it is written.
     */
    public static String orderResponse(Envelope envelope, String gsVersion, org.channelport.edi.domain.OrderResponse
            response, long interchangeControl, long groupControl, LocalDateTime now) {
        var out = new ByteArrayOutputStream();
        try (var writer = writer(out, envelope.isaVersion())) {
            isa(writer, envelope, interchangeControl, now);
            writer.writeStartSegment("GS").writeElement("PR")
                    .writeElement(blank(envelope.groupSender()) ? envelope.senderId() : envelope.groupSender())
                    .writeElement(blank(envelope.groupReceiver()) ? envelope.receiverId() : envelope.groupReceiver())
                    .writeElement(now.format(DATE8)).writeElement(now.format(TIME))
                    .writeElement(Long.toString(groupControl)).writeElement("X").writeElement(gsVersion)
                    .writeEndSegment();
            writer.writeStartSegment("ST").writeElement("855").writeElement("0001").writeEndSegment();
            writer.setTransactionSchema(EdiReader.schema("855", "004010"));
            int segments = 1;
            var poDate = response.poDate() != null ? response.poDate() : response.answeredOn();
            writer.writeStartSegment("BAK").writeElement("00").writeElement(response.type())
                    .writeElement(response.poNumber()).writeElement(poDate.format(DATE8)).writeEmptyElement()
                    .writeEmptyElement().writeEmptyElement().writeEmptyElement()
                    .writeElement(response.answeredOn().format(DATE8)).writeEndSegment();
            segments++;
            if (!blank(response.currency())) {
                writer.writeStartSegment("CUR").writeElement("SE").writeElement(response.currency()).writeEndSegment();
                segments++;
            }
            for (var line : response.lines()) {
                writer.writeStartSegment("PO1").writeElement(echo(line.buyerLine()))
                        .writeElement(number(line.quantity()))
                        .writeElement(org.channelport.edi.domain.X12Units.toX12(line.unit()))
                        .writeElement(number(line.unitPrice())).writeEmptyElement()
                        .writeElement("VP").writeElement(line.sku());
                // the buyer's part is a courtesy: one that our delimiters would break is left out, not the document
                if (!blank(line.buyerPart()) && fits(line.buyerPart())) {
                    writer.writeElement("BP").writeElement(line.buyerPart());
                }
                writer.writeEndSegment();
                segments++;
                writer.writeStartSegment("ACK").writeElement(line.status());
                if (line.answeredQuantity() != null) {
                    writer.writeElement(number(line.answeredQuantity()))
                            .writeElement(org.channelport.edi.domain.X12Units.toX12(line.unit()));
                } else {
                    writer.writeEmptyElement().writeEmptyElement();
                }
                if (line.date() != null) writer.writeElement("067").writeElement(line.date().format(DATE8));
                writer.writeEndSegment();
                segments++;
            }
            writer.writeStartSegment("CTT").writeElement(Integer.toString(response.lines().size())).writeEndSegment();
            segments++;
            writer.writeStartSegment("SE").writeElement(Integer.toString(segments + 1)).writeElement("0001")
                    .writeEndSegment();
            writer.writeStartSegment("GE").writeElement("1").writeElement(Long.toString(groupControl))
                    .writeEndSegment();
            iea(writer, 1, interchangeControl);
            writer.endInterchange();
        } catch (EDIStreamException | RuntimeException e) {
            throw new Unwritable("The 855 could not be written: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Whether a value can be written between our delimiters as it is. */
    private static boolean fits(String value) {
        return value.chars().noneMatch(c -> c == '*' || c == '~' || c == '>' || c == '^' || Character.isISOControl(c));
    }

    /** A value the partner must get back as it sent it (PO101): one our delimiters would break cannot be written. */
    private static String echo(String value) {
        if (value == null || !fits(value)) {
            throw new IllegalArgumentException("the value '" + value + "' cannot be written with our delimiters");
        }
        return value;
    }

    /** A decimal as X12 writes it: no exponent, no trailing zeros after the point. */
    private static String number(java.math.BigDecimal value) {
        if (value == null) return "";
        var plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static void iea(EDIStreamWriter writer, int groups, long control) throws EDIStreamException {
        writer.writeStartSegment("IEA").writeElement(Integer.toString(groups))
                .writeElement(pad(Long.toString(control), 9, '0', true)).writeEndSegment();
    }

    /** The received ISA12, or 00401 when it is not one StAEDI knows. */
    private static String isaVersion(String version) {
        return version != null && version.matches("00[2-8]\\d\\d") ? version : "00401";
    }

    private static String pad(String value, int width, char with, boolean left) {
        var text = value == null ? "" : value;
        if (text.length() >= width) return text.substring(0, width);
        var padding = String.valueOf(with).repeat(width - text.length());
        return left ? padding + text : text + padding;
    }

    /** AK404, a copy of the bad value: without our delimiters, at most 99 characters. */
    private static String safeCopy(String value) {
        if (value == null) return "";
        var copy = value.replaceAll("[*>~^\\p{Cntrl}]", "");
        return copy.length() > 99 ? copy.substring(0, 99) : copy;
    }
}
