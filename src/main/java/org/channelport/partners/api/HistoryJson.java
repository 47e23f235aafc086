package org.channelport.partners.api;

import java.time.Instant;
import org.channelport.platform.audit.HistoryEntry;

public record HistoryJson(Instant occurredAt, String actor, String subjectType, String subjectId, String action,
                          String fromState, String toState, String detail) {
    static HistoryJson of(HistoryEntry e) {
        return new HistoryJson(e.getOccurredAt(), e.getActor(), e.getSubjectType(), e.getSubjectId(), e.getAction(),
                e.getFromState(), e.getToState(), e.getDetail());
    }
}
