package org.channelport.platform.audit;

import java.io.Serializable;
import java.time.Instant;

/** An audit entry as a history shows it (a partner's, a lead's, a registration's): a row for pages and APIs. */
public class HistoryEntry implements Serializable {
    private final Instant occurredAt;
    private final String actor;
    private final String subjectType;
    private final String subjectId;
    private final String action;
    private final String fromState;
    private final String toState;
    private final String detail;

    public HistoryEntry(AuditEntry entry) {
        this.occurredAt = entry.occurredAt();
        this.actor = entry.actor();
        this.subjectType = entry.subjectType();
        this.subjectId = entry.subjectId();
        this.action = entry.action();
        this.fromState = entry.fromState();
        this.toState = entry.toState();
        this.detail = entry.detail();
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectId() { return subjectId; }
    public String getAction() { return action; }
    public String getFromState() { return fromState; }
    public String getToState() { return toState; }
    /** The detail as stored: a note as typed, or a server-written detail to read with {@link AuditDetail#read}. */
    public String storedDetail() { return detail; }
    /** The detail in English (the APIs' language); pages read {@link #storedDetail()} in the page's language. */
    public String getDetail() { return AuditDetail.read(detail, java.util.Locale.ENGLISH); }
}
