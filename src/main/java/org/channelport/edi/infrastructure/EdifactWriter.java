package org.channelport.edi.infrastructure;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.channelport.edi.domain.EdiInterchange;
import org.channelport.edi.domain.EdiProblem;
import org.channelport.edi.domain.EdiTransaction;

/**
 * Writes the EDIFACT syntax and service report CONTRL back to the sender of a received interchange (rule E3): sender
 * and recipient swapped, the test indicator and the syntax level kept (UNOC:3 is answered in UNOC:3; a CONTRL of
 * version 2 release 2 under syntax 3, 4:1 under syntax 4), the standard delimiters {@code + : ? '}. UCI answers the
 * interchange: 7 acknowledged, or 4 rejected with the syntax error code (0085) of the refusal; below an acknowledged
 * interchange one UCM per message: 7 accepted, or 4 rejected with its code and a UCS per wrong segment (its position
 * from UNH = 1 and code) with a UCD per wrong element (code, element:component). The control reference is the
 * caller's (gap-free per partner: rule E4).
 */
public final class EdifactWriter {
    private static final DateTimeFormatter DATE6 = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter DATE8 = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private EdifactWriter() {}

    /** What went wrong, as UN/EDIFACT's syntax error codes (0085) name it. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("MANDATORY_SEGMENT_MISSING", "13"),
            Map.entry("CONDITIONAL_REQUIRED_SEGMENT_MISSING", "13"),
            Map.entry("REQUIRED_DATA_ELEMENT_MISSING", "13"),
            Map.entry("CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING", "13"),
            Map.entry("UNEXPECTED_SEGMENT", "15"),
            Map.entry("UNRECOGNIZED_SEGMENT_ID", "15"),
            Map.entry("SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET", "15"),
            Map.entry("SEGMENT_NOT_IN_PROPER_SEQUENCE", "15"),
            Map.entry("SEGMENT_EXCEEDS_MAXIMUM_USE", "35"),
            Map.entry("TOO_MANY_REPETITIONS", "35"),
            Map.entry("LOOP_OCCURS_OVER_MAXIMUM_TIMES", "36"),
            Map.entry("TOO_MANY_DATA_ELEMENTS", "16"),
            Map.entry("TOO_MANY_COMPONENTS", "16"),
            Map.entry("DATA_ELEMENT_TOO_LONG", "39"),
            Map.entry("DATA_ELEMENT_TOO_SHORT", "40"),
            Map.entry("INVALID_CHARACTER_DATA", "21"),
            Map.entry("INVALID_CODE_VALUE", "12"),
            Map.entry("INVALID_DATE", "12"),
            Map.entry("INVALID_TIME", "12"),
            Map.entry("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT", "29"),
            Map.entry("CONTROL_REFERENCE_MISMATCH", "28"));

    private static final Map<String, String> REFUSALS = Map.of("006", "23", "023", "18", "001", "28", "021", "29",
            "024", "12", "020", "25", "025", "26");

    /**
     * A refusal's X12 TA1 note code (I18) as EDIFACT's syntax error code (0085) says it in a CONTRL's UCI: 23 unknown
     * sender, 18 cut short, 28 references, 29 counts, 12 a value, 25 test indicator, 26 duplicate.
     */
    public static String refusalCode(String ta1Note) {
        return REFUSALS.getOrDefault(ta1Note, "18");
    }

    /** The syntax error code (0085) of one of our problems: 18, unspecified, for what has no code of its own. */
    public static String code(String error) {
        return CODES.getOrDefault(error, "18");
    }

    /**
     * A CONTRL of the received interchange: rejected whole with {@code refusal} (a 0085 code: 23 unknown sender, 25
     * test indicator, 26 duplicate, 28 / 29 envelope references and counts, 12 a value), or, with {@code refusal}
     * null, acknowledged with a UCM per message.
     */
    public static String syntaxReport(EdiInterchange received, String refusal, long control, LocalDateTime now) {
        var out = new ByteArrayOutputStream();
        var syntax = received.version() != null && received.version().endsWith(":4") ? "4" : "3";
        var reference = Long.toString(control);
        try {
            var factory = EDIOutputFactory.newFactory();
            factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, '\'');
            factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, '+');
            factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, ':');
            factory.setProperty(EDIStreamConstants.Delimiters.RELEASE, '?');
            factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
            EDIStreamWriter writer = factory.createEDIStreamWriter(out);
            try {   // the envelope checked as it is written, as for X12
                writer.setControlSchema(io.xlate.edi.schema.SchemaFactory.newFactory().getControlSchema(
                        EDIStreamConstants.Standards.EDIFACT, new String[] {"UNOA", syntax}));
            } catch (io.xlate.edi.schema.EDISchemaException e) {
                throw new IllegalStateException(e);
            }
            writer.startInterchange();
            var level = received.version() == null || received.version().isBlank() ? "UNOC:" + syntax
                    : received.version();
            writer.writeStartSegment("UNB");
            components(writer, level.split(":"));
            components(writer, received.receiverId(), received.receiverQualifier());
            components(writer, received.senderId(), received.senderQualifier());
            components(writer, now.format("4".equals(syntax) ? DATE8 : DATE6), now.format(TIME));
            writer.writeElement(reference);
            if (received.test()) {
                for (int i = 6; i <= 10; i++) writer.writeEmptyElement();
                writer.writeElement("1");
            }
            writer.writeEndSegment();
            int segments = 0;
            writer.writeStartSegment("UNH").writeElement("1");
            components(writer, "CONTRL", "4".equals(syntax) ? "4" : "2", "4".equals(syntax) ? "1" : "2", "UN");
            writer.writeEndSegment();
            segments++;
            writer.writeStartSegment("UCI").writeElement(received.controlNumber());
            components(writer, received.senderId(), received.senderQualifier());
            components(writer, received.receiverId(), received.receiverQualifier());
            writer.writeElement(refusal == null ? "7" : "4");
            if (refusal != null) writer.writeElement(refusal);
            writer.writeEndSegment();
            segments++;
            if (refusal == null) {
                for (var group : received.groups()) {
                    for (var message : group.transactions()) {
                        segments += message(writer, message);
                    }
                }
            }
            writer.writeStartSegment("UNT").writeElement(Integer.toString(segments + 1)).writeElement("1")
                    .writeEndSegment();
            writer.writeStartSegment("UNZ").writeElement("1").writeElement(reference).writeEndSegment();
            writer.endInterchange();
            writer.close();
        } catch (EDIStreamException | RuntimeException e) {
            throw new X12Writer.Unwritable("The CONTRL could not be written: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** UCM of one message, with its UCS / UCD when it is rejected; the number of segments written. */
    private static int message(EDIStreamWriter writer, EdiTransaction message) throws EDIStreamException {
        int written = 1;
        var version = message.version() == null || message.version().length() < 2 ? "" : message.version();
        writer.writeStartSegment("UCM").writeElement(message.controlNumber());
        components(writer, message.type(), version.isEmpty() ? "" : version.substring(0, 1),
                version.length() > 1 ? version.substring(1) : "", "UN");
        if (message.accepted()) {
            writer.writeElement("7").writeEndSegment();
            return written;
        }
        var trailer = message.problems().stream().filter(p -> "UNT".equals(p.segmentTag())).findFirst();
        writer.writeElement("4").writeElement(trailer.map(p -> code(p.error())).orElse("18")).writeEndSegment();
        int lastSegment = -1;
        for (EdiProblem problem : message.problems()) {
            if ("UNT".equals(problem.segmentTag())) continue;   // said by the UCM itself (29)
            if (problem.segmentPosition() != lastSegment) {
                writer.writeStartSegment("UCS").writeElement(Integer.toString(problem.segmentPosition()));
                if (!problem.atElement()) writer.writeElement(code(problem.error()));
                writer.writeEndSegment();
                written++;
                lastSegment = problem.segmentPosition();
            }
            if (problem.atElement()) {
                writer.writeStartSegment("UCD").writeElement(code(problem.error()));
                if (problem.componentPosition() > 0) {
                    components(writer, Integer.toString(problem.elementPosition()),
                            Integer.toString(problem.componentPosition()));
                } else {
                    writer.writeElement(Integer.toString(problem.elementPosition()));
                }
                writer.writeEndSegment();
                written++;
            }
        }
        return written;
    }

    /** A composite element of these components, trailing empty ones left out (a blank value written empty). */
    private static void components(EDIStreamWriter writer, String... values) throws EDIStreamException {
        int last = values.length - 1;
        while (last > 0 && (values[last] == null || values[last].isEmpty())) last--;
        writer.writeStartElement();
        for (int i = 0; i <= last; i++) {
            if (values[i] == null || values[i].isEmpty()) writer.writeEmptyComponent();
            else writer.writeComponent(values[i]);
        }
        writer.endElement();
    }
}
