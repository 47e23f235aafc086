package org.channelport.edi.domain;

import java.util.List;

/**
 * A received transaction set (X12 ST..SE) or message (EDIFACT UNH..UNT): its type (850, ORDERS), control number,
 * version, the segments between its header and trailer, and every problem found in it, positions counted from its
 * header (= 1). {@code schemaKnown}: whether its content was checked against one of our schemas (else its envelope
 * only).
 */
public record EdiTransaction(String type, String controlNumber, String version, List<EdiSegment> segments,
                             List<EdiProblem> problems, boolean schemaKnown) {

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** Whether a problem lies in its trailer (SE / UNT: count or control number), not in its content. */
    public boolean trailerWrong() {
        return problems.stream().anyMatch(p -> "SE".equals(p.segmentTag()) || "UNT".equals(p.segmentTag()));
    }
}
