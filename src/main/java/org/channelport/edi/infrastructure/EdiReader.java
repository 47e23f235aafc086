package org.channelport.edi.infrastructure;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.channelport.edi.domain.EdiGroup;
import org.channelport.edi.domain.EdiInterchange;
import org.channelport.edi.domain.EdiProblem;
import org.channelport.edi.domain.EdiRead;
import org.channelport.edi.domain.EdiSegment;
import org.channelport.edi.domain.EdiTransaction;

/**
 * Reads X12 interchanges with StAEDI (rules E1, E2): envelopes and counts by StAEDI's control schema, the content of
 * every transaction set for which we keep a schema ({@code src/main/resources/edi/x12/TYPE-VERSION.xml}, the version
 * being the first six characters of ST03 or GS08) by that schema, every other set by its envelope only. Tolerant of
 * what real files carry: a UTF-8 byte-order mark, CR/LF between or inside segments, any legal delimiters, several
 * interchanges in one file, and bytes before the first ISA (skipped and counted). Every problem is kept with its
 * position for the acknowledgment; nothing here decides what the problems mean.
 *
 * <p>StAEDI 1.26.0 traps handled here (see the charter): the transaction schema is set at the end of ST from the
 * values read (its {@code getTransactionType()} fails on a group's second set), and set for every set, with null when
 * there is none (it would otherwise keep the previous one); a syntax-rule error's text may throw.
 */
public final class EdiReader {
    private static final Logger STAEDI_LOG = Logger.getLogger("io.xlate.edi");
    private static final Map<String, java.util.Optional<Schema>> SCHEMAS = new ConcurrentHashMap<>();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final java.util.Set<String> ENVELOPE = java.util.Set.of("ISA", "GS", "ST", "SE", "GE", "IEA",
            "UNA", "UNB", "UNG", "UNH", "UNT", "UNE", "UNZ");
    private static final java.util.Set<String> INTERCHANGE_ENVELOPE = java.util.Set.of("ISA", "IEA", "UNA", "UNB", "UNZ");

    static {
        STAEDI_LOG.setLevel(Level.WARNING);   // its control schema's "Unused ELEMENT" notes at INFO
    }

    private EdiReader() {}

    public static EdiRead read(byte[] content) {
        int start = start(content);
        var factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        var state = new State();
        try (InputStream in = new ByteArrayInputStream(content, Math.max(start, 0), content.length - Math.max(start, 0));
             EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            if (start < 0) {
                return new EdiRead(List.of(), content.length, "no ISA or UNB segment: not an X12 or EDIFACT interchange");
            }
            while (reader.hasNext()) {
                state.on(reader, reader.next());
            }
        } catch (EDIStreamException | RuntimeException e) {
            state.closeOpen();
            return new EdiRead(state.interchanges, Math.max(start, 0), reason(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        state.closeOpen();
        return new EdiRead(state.interchanges, start, null);
    }

    /**
     * Where the first interchange starts (X12 ISA, EDIFACT UNA or UNB), after a byte-order mark and any junk; -1 when
     * there is none.
     */
    static int start(byte[] content) {
        int from = content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2] ? 3 : 0;
        for (int i = from; i + 3 < content.length; i++) {
            if (!Character.isLetterOrDigit(content[i + 3]) && (tag(content, i, "ISA") || tag(content, i, "UNA")
                    || tag(content, i, "UNB"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean tag(byte[] content, int at, String tag) {
        return content[at] == tag.charAt(0) && content[at + 1] == tag.charAt(1) && content[at + 2] == tag.charAt(2);
    }

    private static String reason(Exception e) {
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // StAEDI's messages name the code and position (EDIE005 Unexpected end of stream after segment SE at position 12)
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    /** The schema of a transaction set type and version (850, 004010VICS → 850-004010.xml), if we keep one. */
    static Schema schema(String type, String version) {
        if (type == null || version == null || type.isEmpty()) {
            return null;
        }
        // X12: 850 and the first six characters of its version (004010VICS: 004010); EDIFACT: ORDERS and D96A
        boolean x12 = Character.isDigit(type.charAt(0));
        if (x12 && version.length() < 6) {
            return null;
        }
        var key = (x12 ? "x12/" : "edifact/") + type + "-" + (x12 ? version.substring(0, 6) : version);
        return SCHEMAS.computeIfAbsent(key, k -> {
            var url = EdiReader.class.getResource("/edi/" + k + ".xml");
            if (url == null) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(SchemaFactory.newFactory().createSchema(url));
            } catch (EDISchemaException e) {
                throw new IllegalStateException("The schema " + k + " cannot be read", e);
            }
        }).orElse(null);
    }

    /** What is being read: the open interchange, group, set and segment, and the values the envelope needs. */
    private static final class State {
        final List<EdiInterchange> interchanges = new ArrayList<>();
        /** The envelope's values as read, by "TAG.element.component" (UNB.2.1, ISA.6.1), per level. */
        final Map<String, String> interchangeValues = new java.util.HashMap<>();
        final Map<String, String> groupValues = new java.util.HashMap<>();
        final Map<String, String> setValues = new java.util.HashMap<>();
        String standard;
        List<EdiGroup> groups;
        List<EdiProblem> interchangeProblems;
        List<EdiTransaction> transactions;
        List<EdiProblem> groupProblems;
        List<EdiSegment> segments;
        List<EdiProblem> transactionProblems;
        boolean inInterchange;
        boolean inGroup;
        /** EDIFACT messages without UNG: an implicit group of the interchange, closed with it. */
        boolean implicitGroup;
        boolean inTransaction;
        boolean schemaKnown;
        int stPosition;
        String segmentTag;
        List<List<String>> elements;

        void on(EDIStreamReader reader, EDIStreamEvent event) {
            var location = reader.getLocation();
            switch (event) {
                case START_INTERCHANGE -> {
                    inInterchange = true;
                    standard = reader.getStandard();
                    interchangeValues.clear();
                    groups = new ArrayList<>();
                    interchangeProblems = new ArrayList<>();
                }
                case START_GROUP -> openGroup(false);
                case START_TRANSACTION -> {
                    if (!inGroup) {
                        openGroup(true);
                    }
                    inTransaction = true;
                    setValues.clear();
                    segments = new ArrayList<>();
                    transactionProblems = new ArrayList<>();
                    schemaKnown = false;
                }
                case START_SEGMENT -> {
                    segmentTag = reader.getText();
                    if ("ST".equals(segmentTag) || "UNH".equals(segmentTag)) {
                        stPosition = location.getSegmentPosition();
                    }
                    elements = inTransaction && !ENVELOPE.contains(segmentTag) ? new ArrayList<>() : null;
                }
                case ELEMENT_DATA -> value(location.getElementPosition(), location.getComponentPosition(),
                        reader.getText());
                case END_SEGMENT -> {
                    if (elements != null) {
                        segments.add(new EdiSegment(segmentTag, List.copyOf(elements.stream()
                                .map(java.util.Collections::unmodifiableList).toList())));
                        elements = null;
                    }
                    if ("ST".equals(segmentTag) || "UNH".equals(segmentTag)) {
                        var schema = schema(type(), version());
                        schemaKnown = schema != null;
                        reader.setTransactionSchema(schema);   // null too: else the previous set's stays
                    }
                }
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> problem(reader, event);
                case END_TRANSACTION -> closeTransaction();
                case END_GROUP -> closeGroup();
                case END_INTERCHANGE -> closeInterchange(true);
                default -> { }
            }
        }

        private boolean edifact() {
            return "EDIFACT".equals(standard);
        }

        private void openGroup(boolean implicit) {
            inGroup = true;
            implicitGroup = implicit;
            groupValues.clear();
            transactions = new ArrayList<>();
            groupProblems = new ArrayList<>();
        }

        private static String get(Map<String, String> values, String tag, int element, int component) {
            return values.getOrDefault(tag + "." + element + "." + component, "");
        }

        /** The set's type: ST01, UNH02:1 (ORDERS). */
        private String type() {
            return edifact() ? get(setValues, "UNH", 2, 1) : get(setValues, "ST", 1, 1);
        }

        /**
         * The set's version as our schemas are named: X12 ST03, else GS08 (004010VICS); EDIFACT the directory of
         * UNH02 (D:96A → D96A).
         */
        private String version() {
            if (edifact()) {
                return get(setValues, "UNH", 2, 2) + get(setValues, "UNH", 2, 3);
            }
            var st = get(setValues, "ST", 3, 1);
            return !st.isEmpty() ? st : get(groupValues, "GS", 8, 1);
        }

        private void value(int element, int component, String text) {
            var value = text == null ? "" : text;
            switch (segmentTag) {
                case "ISA", "UNB", "UNA" -> put(interchangeValues, element, component, value);
                case "GS", "UNG" -> put(groupValues, element, component, value);
                case "ST", "UNH" -> put(setValues, element, component, value);
                default -> {
                    if (elements == null) {
                        return;
                    }
                    while (elements.size() < element) {
                        elements.add(new ArrayList<>());
                    }
                    var components = elements.get(element - 1);
                    if (component <= 1 && !components.isEmpty()) {
                        return;   // a repetition: the first one is kept (none of our mappings reads repeats)
                    }
                    while (component > 1 && components.size() < component - 1) {
                        components.add("");   // an empty component before this one (C507 2::102)
                    }
                    components.add(value);
                }
            }
        }

        private void put(Map<String, String> values, int element, int component, String value) {
            values.putIfAbsent(segmentTag + "." + element + "." + Math.max(1, component), value.strip());
        }

        private void problem(EDIStreamReader reader, EDIStreamEvent event) {
            var location = reader.getLocation();
            String text;
            try {
                text = reader.getText();
            } catch (RuntimeException none) {
                text = null;   // StAEDI 1.26.0: a syntax-rule error says it has text and throws when asked
            }
            var tag = event == EDIStreamEvent.SEGMENT_ERROR ? (location.getSegmentTag() != null
                    ? location.getSegmentTag() : text) : location.getSegmentTag();
            var error = reader.getErrorType().name();
            if ("UNH".equals(tag) && location.getElementPosition() == 2 && location.getComponentPosition() == 3
                    && "INVALID_CODE_VALUE".equals(error)) {
                return;   // the directory's release (0054): StAEDI 1.26.0's list lags the real ones (D03B is refused)
            }
            if (inTransaction) {
                int position = Math.max(1, location.getSegmentPosition() - stPosition + 1);
                if (event != EDIStreamEvent.SEGMENT_ERROR && transactionProblems.stream().anyMatch(p ->
                        p.segmentPosition() == position && p.elementPosition() == 0
                                && !"MANDATORY_SEGMENT_MISSING".equals(p.error()))) {
                    return;   // StAEDI 1.26.0 repeats the previous segment's rule errors at a segment it does not know
                }
                var missing = reader.getErrorType() == io.xlate.edi.stream.EDIStreamValidationError.MANDATORY_SEGMENT_MISSING;
                transactionProblems.add(new EdiProblem(missing && text != null ? text : tag, position,
                        event == EDIStreamEvent.SEGMENT_ERROR ? 0 : Math.max(0, location.getElementPosition()),
                        Math.max(0, location.getComponentPosition()), error, text));
            } else if (inGroup && !implicitGroup && !INTERCHANGE_ENVELOPE.contains(tag)) {
                groupProblems.add(new EdiProblem(tag, 0, Math.max(0, location.getElementPosition()),
                        Math.max(0, location.getComponentPosition()), error, text));
            } else {
                interchangeProblems.add(new EdiProblem(tag, 0, Math.max(0, location.getElementPosition()),
                        Math.max(0, location.getComponentPosition()), error, text));
            }
        }

        private void closeTransaction() {
            if (!inTransaction) return;
            inTransaction = false;
            var control = edifact() ? get(setValues, "UNH", 1, 1) : get(setValues, "ST", 2, 1);
            var set = new EdiTransaction(type(), control, version(), List.copyOf(segments),
                    List.copyOf(transactionProblems), schemaKnown);
            if (transactions != null) {
                transactions.add(set);
            }
        }

        private void closeGroup() {
            if (!inGroup) return;
            inGroup = false;
            var g = groupValues;
            var group = !edifact() ? new EdiGroup(get(g, "GS", 1, 1), get(g, "GS", 2, 1), get(g, "GS", 3, 1),
                    get(g, "GS", 6, 1), get(g, "GS", 8, 1), List.copyOf(transactions), List.copyOf(groupProblems))
                    : implicitGroup ? new EdiGroup(transactions.isEmpty() ? "" : transactions.get(0).type(), "", "",
                    "", transactions.isEmpty() ? "" : transactions.get(0).version(), List.copyOf(transactions),
                    List.of())
                    : new EdiGroup(get(g, "UNG", 1, 1), get(g, "UNG", 2, 1), get(g, "UNG", 3, 1),
                    get(g, "UNG", 5, 1), get(g, "UNG", 7, 1) + get(g, "UNG", 7, 2), List.copyOf(transactions),
                    List.copyOf(groupProblems));
            groups.add(group);
        }

        private void closeInterchange(boolean complete) {
            if (!inInterchange) return;
            if (implicitGroup) closeGroup();
            inInterchange = false;
            var i = interchangeValues;
            if (edifact()) {
                // UNB: 1 syntax (UNOA:3), 2 sender (id:qualifier), 3 recipient, 4 date:time, 5 reference,
                // 9 acknowledgment request, 11 test indicator
                interchanges.add(new EdiInterchange("EDIFACT", get(i, "UNB", 1, 1) + ":" + get(i, "UNB", 1, 2),
                        get(i, "UNB", 2, 2), get(i, "UNB", 2, 1), get(i, "UNB", 3, 2), get(i, "UNB", 3, 1),
                        get(i, "UNB", 5, 1), get(i, "UNB", 4, 1), get(i, "UNB", 4, 2),
                        "1".equals(get(i, "UNB", 11, 1)), "1".equals(get(i, "UNB", 9, 1)), List.copyOf(groups),
                        List.copyOf(interchangeProblems), complete));
            } else {
                interchanges.add(new EdiInterchange("X12", get(i, "ISA", 12, 1), get(i, "ISA", 5, 1),
                        get(i, "ISA", 6, 1), get(i, "ISA", 7, 1), get(i, "ISA", 8, 1), get(i, "ISA", 13, 1),
                        get(i, "ISA", 9, 1), get(i, "ISA", 10, 1), "T".equals(get(i, "ISA", 15, 1)),
                        "1".equals(get(i, "ISA", 14, 1)), List.copyOf(groups), List.copyOf(interchangeProblems),
                        complete));
            }
        }

        /** After a fatal error: what was open is kept, incomplete. */
        void closeOpen() {
            closeTransaction();
            if (!implicitGroup) closeGroup();
            closeInterchange(false);
        }
    }
}
