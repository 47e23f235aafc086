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
}
