package org.channelport.edi.domain;

import java.util.List;

/**
 * A received interchange (X12 ISA..IEA, EDIFACT UNB..UNZ) as read: who sent it to whom (qualifier and id), its
 * control number, date and time as written, whether it is a test (ISA15 {@code T}, UNB 0035 {@code 1}), whether the
 * sender asks for an interchange acknowledgment (ISA14 {@code 1}), its version (ISA12), its groups, and the problems of
 * its own envelope (ISA, IEA counts). {@code complete}: the trailer was read (a truncated file is not).
 */
public record EdiInterchange(String standard, String version, String senderQualifier, String senderId,
                             String receiverQualifier, String receiverId, String controlNumber, String date,
                             String time, boolean test, boolean acknowledgmentRequested, List<EdiGroup> groups,
                             List<EdiProblem> problems, boolean complete) {

    /** Whether the envelope itself is sound (else a TA1 rejects it whole). */
    public boolean envelopeSound() {
        return complete && problems.isEmpty();
    }

    /**
     * Why its envelope refuses it whole, as X12's TA1 note code (I18) says it: 023 it ends early, 001 the trailer's
     * control number is not the header's, 021 the trailer's count is wrong, 024 any other envelope value; empty when
     * the envelope is sound (EDIFACT's CONTRL says the same with its own codes: 18, 28, 29, 12).
     */
    public java.util.Optional<String> envelopeRefusal() {
        if (!complete) return java.util.Optional.of("023");
        if (problems.isEmpty()) return java.util.Optional.empty();
        var first = problems.get(0).error();
        return java.util.Optional.of("CONTROL_REFERENCE_MISMATCH".equals(first) ? "001"
                : "CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT".equals(first) ? "021" : "024");
    }
}
