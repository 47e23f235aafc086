package org.channelport.edi.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule E3: what a 997 says of one received functional group, decided from what reading found. Each transaction set
 * is accepted (AK501 {@code A}) or rejected ({@code R}) with the syntax error codes of X12 element 718 (5: one or more
 * segments in error, 4: the segment count in SE is wrong, 3: SE's control number does not match ST's); every segment
 * in error is named with its tag and position (AK3, code 720: 2 unexpected, 3 mandatory missing, 5 over its maximum
 * use, 6 not in the set, 7 out of sequence, 8 with data element errors) and every element in error with its position
 * and code (AK4, code 723). The group (AK9, code 715) is accepted ({@code A}), partially accepted ({@code P}: some
 * sets rejected) or rejected ({@code R}: all sets rejected, or the group's own trailer is wrong: 716 codes 4 and 5).
 */
public record FunctionalAcknowledgment(String functionalId, String groupControlNumber, String version,
                                       String groupSender, String groupReceiver,
                                       List<SetAck> sets, String groupStatus, int included, int received,
                                       int accepted, List<String> groupErrors) {

    /** AK2..AK5 of one transaction set. */
    public record SetAck(String type, String controlNumber, String status, List<String> errors,
                         List<SegmentNote> segments) {}

    /** AK3 (and its AK4s). */
    public record SegmentNote(String tag, int position, String code, List<ElementNote> elements) {}

    /** AK4: element position (with component), code, and a copy of the bad value. */
    public record ElementNote(int position, int component, String code, String value) {}

    public static FunctionalAcknowledgment of(EdiGroup group) {
        var sets = new ArrayList<SetAck>();
        int accepted = 0;
        for (var set : group.transactions()) {
            var ack = setAck(set);
            sets.add(ack);
            if ("A".equals(ack.status())) accepted++;
        }
        var groupErrors = new ArrayList<String>();
        for (var problem : group.problems()) {
            if ("GS".equals(problem.segmentTag())) {
                if (!groupErrors.contains("1")) groupErrors.add("1");   // the group's header cannot be read as sent
            } else if ("GE".equals(problem.segmentTag())) {
                var code = switch (problem.error()) {   // 716
                    case "CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT" -> "5";   // number of included sets
                    case "CONTROL_REFERENCE_MISMATCH" -> "4";                  // GE02 is not GS06
                    default -> "1";                                            // functional group not supported
                };
                if (!groupErrors.contains(code)) groupErrors.add(code);
            }
        }
        String status;
        if (!groupErrors.isEmpty() || (accepted == 0 && !sets.isEmpty())) {
            status = "R";
        } else if (accepted < sets.size()) {
            status = "P";
        } else {
            status = "A";
        }
        return new FunctionalAcknowledgment(group.functionalId(), group.controlNumber(), group.version(),
                group.sender(), group.receiver(), sets, status,
                group.transactions().size(), group.transactions().size(), accepted, groupErrors);
    }

    private static SetAck setAck(EdiTransaction set) {
        if (set.problems().isEmpty()) {
            return new SetAck(set.type(), set.controlNumber(), "A", List.of(), List.of());
        }
        var errors = new ArrayList<String>();
        var segments = new LinkedHashMap<String, SegmentNote>();
        for (var p : set.problems()) {
            if ("SE".equals(p.segmentTag())) {
                add(errors, "CONTROL_REFERENCE_MISMATCH".equals(p.error()) ? "3" : "4");
                continue;
            }
            add(errors, "5");
            var key = p.segmentTag() + "@" + p.segmentPosition();
            var segmentCode = segmentCode(p.error());
            var note = segments.computeIfAbsent(key, k -> new SegmentNote(p.segmentTag(), p.segmentPosition(),
                    segmentCode == null ? "8" : segmentCode, new ArrayList<>()));
            if (segmentCode == null) {
                var elementCode = elementCode(p.error());
                if (note.elements().stream().noneMatch(e -> e.position() == p.elementPosition()
                        && e.component() == p.componentPosition() && e.code().equals(elementCode))) {
                    note.elements().add(new ElementNote(p.elementPosition(), p.componentPosition(), elementCode,
                            p.text()));
                }
            } else if (!note.code().equals(segmentCode) && "8".equals(note.code())) {
                segments.put(key, new SegmentNote(note.tag(), note.position(), segmentCode, note.elements()));
            }
        }
        return new SetAck(set.type(), set.controlNumber(), "R", errors,
                segments.values().stream().map(s -> new SegmentNote(s.tag(), s.position(), s.code(),
                        List.copyOf(s.elements()))).toList());
    }

    private static void add(List<String> codes, String code) {
        if (!codes.contains(code) && codes.size() < 5) codes.add(code);
    }

    /** AK304 (720) for an error of the segment itself; null for an error of one of its elements. */
    static String segmentCode(String error) {
        return switch (error) {
            case "UNRECOGNIZED_SEGMENT_ID" -> "1";
            case "UNEXPECTED_SEGMENT" -> "2";
            case "MANDATORY_SEGMENT_MISSING", "CONDITIONAL_REQUIRED_SEGMENT_MISSING" -> "3";
            case "LOOP_OCCURS_OVER_MAXIMUM_TIMES" -> "4";
            case "SEGMENT_EXCEEDS_MAXIMUM_USE" -> "5";
            case "SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET" -> "6";
            case "SEGMENT_NOT_IN_PROPER_SEQUENCE", "SEGMENT_EXCLUSION_CONDITION_VIOLATED" -> "7";
            default -> null;
        };
    }

    /** AK403 (723) of an element error. */
    static String elementCode(String error) {
        return ELEMENT_CODES.getOrDefault(error, "6");
    }

    private static final Map<String, String> ELEMENT_CODES = Map.ofEntries(
            Map.entry("REQUIRED_DATA_ELEMENT_MISSING", "1"),
            Map.entry("CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING", "2"),
            Map.entry("TOO_MANY_DATA_ELEMENTS", "3"),
            Map.entry("DATA_ELEMENT_TOO_SHORT", "4"),
            Map.entry("DATA_ELEMENT_TOO_LONG", "5"),
            Map.entry("INVALID_CHARACTER_DATA", "6"),
            Map.entry("INVALID_CODE_VALUE", "7"),
            Map.entry("INVALID_DATE", "8"),
            Map.entry("INVALID_TIME", "9"),
            Map.entry("EXCLUSION_CONDITION_VIOLATED", "10"),
            Map.entry("TOO_MANY_REPETITIONS", "12"),
            Map.entry("TOO_MANY_COMPONENTS", "13"));
}
