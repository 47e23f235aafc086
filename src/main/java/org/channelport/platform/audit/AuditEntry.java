package org.channelport.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One state change: who did what to which subject, when, and the state before and after.
 * Immutable by construction (no setters) and in the database (PostgreSQL trigger refuses UPDATE and DELETE).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    private UUID id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String actor;
    /** The partner organization the change concerns, if any: the tenancy key for reading the trail. */
    @Column(name = "partner_id")
    private UUID partnerId;
    @Column(name = "subject_type", nullable = false)
    private String subjectType;
    @Column(name = "subject_id", nullable = false)
    private String subjectId;
    @Column(nullable = false)
    private String action;
    @Column(name = "from_state")
    private String fromState;
    @Column(name = "to_state")
    private String toState;
    private String detail;

    protected AuditEntry() {}

    AuditEntry(Instant occurredAt, String actor, UUID partnerId, String subjectType, String subjectId, String action,
               String fromState, String toState, String detail) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.partnerId = partnerId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public UUID id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public UUID partnerId() { return partnerId; }
    public String subjectType() { return subjectType; }
    public String subjectId() { return subjectId; }
    public String action() { return action; }
    public String fromState() { return fromState; }
    public String toState() { return toState; }
    public String detail() { return detail; }
}
