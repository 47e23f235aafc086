package org.channelport.leads.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.channelport.leads.domain.AssignmentEnd;
import org.channelport.leads.domain.RoutingDecision;

/** One offer of a lead, with its explanation, as the console shows a lead's assignment history (rule L6). */
public class AssignmentRow implements Serializable {
    private final UUID partnerId;
    private final String partnerName;
    private final String ruleName;
    private final boolean manual;
    private final String assignedBy;
    private final Instant offeredAt;
    private final Instant acceptDueAt;
    private final Instant acceptedAt;
    private final Instant endedAt;
    private final AssignmentEnd endReason;
    private final String endNote;
    private final boolean converted;
    private final String note;
    private final RoutingDecision decision;

    AssignmentRow(UUID partnerId, String partnerName, String ruleName, boolean manual, String assignedBy,
                  Instant offeredAt, Instant acceptDueAt, Instant acceptedAt, Instant endedAt, AssignmentEnd endReason,
                  String endNote, boolean converted, String note, RoutingDecision decision) {
        this.partnerId = partnerId;
        this.partnerName = partnerName;
        this.ruleName = ruleName;
        this.manual = manual;
        this.assignedBy = assignedBy;
        this.offeredAt = offeredAt;
        this.acceptDueAt = acceptDueAt;
        this.acceptedAt = acceptedAt;
        this.endedAt = endedAt;
        this.endReason = endReason;
        this.endNote = endNote;
        this.converted = converted;
        this.note = note;
        this.decision = decision;
    }

    public UUID getPartnerId() { return partnerId; }
    public String getPartnerName() { return partnerName; }
    public String getRuleName() { return ruleName; }
    public boolean isManual() { return manual; }
    public String getAssignedBy() { return assignedBy; }
    public Instant getOfferedAt() { return offeredAt; }
    public Instant getAcceptDueAt() { return acceptDueAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getEndedAt() { return endedAt; }
    public AssignmentEnd getEndReason() { return endReason; }
    public String getEndNote() { return endNote; }
    public boolean isConverted() { return converted; }
    /** For a manual assignment: the manager's note. */
    public String getNote() { return note; }
    public List<RoutingDecision.RuleTrace> getRules() { return decision == null ? List.of() : decision.rules(); }
    public List<RoutingDecision.CandidateTrace> getCandidates() {
        return decision == null ? List.of() : decision.candidates();
    }
    public int getCandidatesNotListed() { return decision == null ? 0 : decision.candidatesNotListed(); }
    public String getStrategy() { return decision == null || decision.strategy() == null ? null : decision.strategy().name(); }
}
