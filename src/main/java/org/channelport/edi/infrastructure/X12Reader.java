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
public final class X12Reader {
    private static final Logger STAEDI_LOG = Logger.getLogger("io.xlate.edi");
    private static final Map<String, java.util.Optional<Schema>> SCHEMAS = new ConcurrentHashMap<>();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final java.util.Set<String> ENVELOPE = java.util.Set.of("ISA", "GS", "ST", "SE", "GE", "IEA");

    static {
        STAEDI_LOG.setLevel(Level.WARNING);   // its control schema's "Unused ELEMENT" notes at INFO
    }

    private X12Reader() {}

    public static EdiRead read(byte[] content) {
        int start = start(content);
        var factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        var state = new State();
        try (InputStream in = new ByteArrayInputStream(content, Math.max(start, 0), content.length - Math.max(start, 0));
             EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            if (start < 0) {
                return new EdiRead(List.of(), content.length, "no ISA segment: not an X12 interchange");
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

    /** Where the first ISA starts, after a byte-order mark and any junk; -1 when there is none. */
    static int start(byte[] content) {
        int from = content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2] ? 3 : 0;
        for (int i = from; i + 3 < content.length; i++) {
            if (content[i] == 'I' && content[i + 1] == 'S' && content[i + 2] == 'A' && !Character.isLetterOrDigit(content[i + 3])) {
                return i;
            }
        }
        return -1;
    }

    private static String reason(Exception e) {
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // StAEDI's messages name the code and position (EDIE005 Unexpected end of stream after segment SE at position 12)
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    /** The schema of a transaction set type and version (850, 004010VICS → 850-004010.xml), if we keep one. */
    static Schema schema(String type, String version) {
        if (type == null || version == null || version.length() < 6) {
            return null;
        }
        var key = type + "-" + version.substring(0, 6);
        return SCHEMAS.computeIfAbsent(key, k -> {
            var url = X12Reader.class.getResource("/edi/x12/" + k + ".xml");
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
        final String[] isa = new String[17];
        final String[] gs = new String[9];
        final String[] st = new String[4];
        List<EdiGroup> groups;
        List<EdiProblem> interchangeProblems;
        List<EdiTransaction> transactions;
        List<EdiProblem> groupProblems;
        List<EdiSegment> segments;
        List<EdiProblem> transactionProblems;
        boolean inInterchange;
        boolean inGroup;
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
                    java.util.Arrays.fill(isa, "");
                    groups = new ArrayList<>();
                    interchangeProblems = new ArrayList<>();
                }
                case START_GROUP -> {
                    inGroup = true;
                    java.util.Arrays.fill(gs, "");
                    transactions = new ArrayList<>();
                    groupProblems = new ArrayList<>();
                }
                case START_TRANSACTION -> {
                    inTransaction = true;
                    java.util.Arrays.fill(st, "");
                    segments = new ArrayList<>();
                    transactionProblems = new ArrayList<>();
                    schemaKnown = false;
                }
                case START_SEGMENT -> {
                    segmentTag = reader.getText();
                    if ("ST".equals(segmentTag)) {
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
                    if ("ST".equals(segmentTag)) {
                        var schema = schema(st[1], !st[3].isEmpty() ? st[3] : gs[8]);
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

        private void value(int element, int component, String text) {
            var value = text == null ? "" : text;
            switch (segmentTag) {
                case "ISA" -> set(isa, element, value);
                case "GS" -> set(gs, element, value);
                case "ST" -> set(st, element, value);
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
                    components.add(value);
                }
            }
        }

        private static void set(String[] values, int position, String value) {
            if (position > 0 && position < values.length && values[position].isEmpty()) {
                values[position] = value.strip();
            }
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
            } else if (inGroup && !"IEA".equals(tag) && !"ISA".equals(tag)) {
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
            var version = !st[3].isEmpty() ? st[3] : gs[8];
            var set = new EdiTransaction(st[1], st[2], version, List.copyOf(segments), List.copyOf(transactionProblems),
                    schemaKnown);
            if (transactions != null) {
                transactions.add(set);
            }
        }

        private void closeGroup() {
            if (!inGroup) return;
            inGroup = false;
            groups.add(new EdiGroup(gs[1], gs[2], gs[3], gs[6], gs[8], List.copyOf(transactions),
                    List.copyOf(groupProblems)));
        }

        private void closeInterchange(boolean complete) {
            if (!inInterchange) return;
            inInterchange = false;
            interchanges.add(new EdiInterchange("X12", isa[12], isa[5], isa[6], isa[7], isa[8], isa[13], isa[9],
                    isa[10], "T".equals(isa[15]), "1".equals(isa[14]), List.copyOf(groups),
                    List.copyOf(interchangeProblems), complete));
        }

        /** After a fatal error: what was open is kept, incomplete. */
        void closeOpen() {
            closeTransaction();
            closeGroup();
            closeInterchange(false);
        }
    }
}
