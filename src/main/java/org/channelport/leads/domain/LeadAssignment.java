package org.channelport.leads.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One offer of a lead to a partner, from the routing decision (or a manager's manual choice) to its end. Keeps the
 * explanation of why this partner got the lead (rule L6) and is the history partner performance is computed from (L5).
 */
@Entity
@Table(name = "lead_assignment")
public class LeadAssignment {
    @Id
    private UUID id;
    @Column(name = "lead_id", nullable = false)
    private UUID leadId;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Column(name = "partner_name", nullable = false)
    private String partnerName;
    @Column(name = "rule_id")
    private UUID ruleId;
    @Column(name = "rule_name")
    private String ruleName;
    private boolean manual;
    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;
    /** The routing decision as JSON ({@link RoutingExplanations}); for a manual assignment, the manager's note. */
    private String explanation;
    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;
    @Column(name = "accept_due_at")
    private Instant acceptDueAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private AssignmentEnd endReason;
    @Column(name = "end_note")
    private String endNote;
    @Column(name = "converted_at")
    private Instant convertedAt;
    @Version
    private long version;

    protected LeadAssignment() {}

    public static LeadAssignment routed(UUID leadId, RoutingDecision decision, String explanationJson, String actor,
                                        Instant now) {
        var assignment = new LeadAssignment(leadId, decision.partnerId(), decision.partnerName(), actor, now);
        assignment.ruleId = decision.ruleId();
        assignment.ruleName = decision.ruleName();
        assignment.explanation = explanationJson;
        assignment.acceptDueAt = now.plusSeconds(3600L * decision.acceptSlaHours());
        return assignment;
    }

    public static LeadAssignment manual(UUID leadId, UUID partnerId, String partnerName, String note, int acceptSlaHours,
                                        String actor, Instant now) {
        var assignment = new LeadAssignment(leadId, partnerId, partnerName, actor, now);
        assignment.manual = true;
        assignment.explanation = note;
        assignment.acceptDueAt = now.plusSeconds(3600L * acceptSlaHours);
        return assignment;
    }

    private LeadAssignment(UUID leadId, UUID partnerId, String partnerName, String actor, Instant now) {
        this.id = UUID.randomUUID();
        this.leadId = leadId;
        this.partnerId = partnerId;
        this.partnerName = partnerName.length() <= 200 ? partnerName : partnerName.substring(0, 200);
        this.assignedBy = actor;
        this.offeredAt = now;
    }

    public void accepted(Instant now) {
        acceptedAt = now;
    }

    public void end(AssignmentEnd reason, String note, Instant now) {
        if (endedAt != null) {
            throw new IllegalStateException("assignment " + id + " already ended");
        }
        endedAt = now;
        endReason = reason;
        endNote = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
    }

    public void converted(Instant now) {
        convertedAt = now;
    }

    public UUID id() { return id; }
    public UUID leadId() { return leadId; }
    public UUID partnerId() { return partnerId; }
    public String partnerName() { return partnerName; }
    public Instant offeredAt() { return offeredAt; }
    public Instant acceptDueAt() { return acceptDueAt; }
    public AssignmentEnd endReason() { return endReason; }
    public boolean isOpen() { return endedAt == null; }
    public String ruleName() { return ruleName; }
    public boolean isManual() { return manual; }
    public String assignedBy() { return assignedBy; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant endedAt() { return endedAt; }
    public String endNote() { return endNote; }
    public boolean isConverted() { return convertedAt != null; }
    public String explanationText() { return explanation; }
}
