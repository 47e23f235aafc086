package org.channelport.leads.domain;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of routing one lead, with its explanation (rule L6): which rule matched, which rules were tried before it and
 * why they did not apply, and every candidate considered with the reason it was chosen or passed over.
 *
 * @param partnerId          the chosen partner, or null when the lead is unroutable
 * @param unroutableReason   when unroutable: {@code NO_RULE_MATCHES}, {@code NO_ELIGIBLE_PARTNER} or {@code NO_RULES}
 * @param candidatesNotListed candidates beyond the listed maximum (the explanation stays bounded)
 */
public record RoutingDecision(UUID leadId, UUID partnerId, String partnerName, UUID ruleId, String ruleName,
                              RoutingStrategy strategy, int acceptSlaHours, int followUpSlaHours,
                              String unroutableReason, List<RuleTrace> rules, List<CandidateTrace> candidates,
                              int candidatesNotListed) implements java.io.Serializable {

    public boolean routed() { return partnerId != null; }

    /** Why a rule before the matching one did not apply. */
    public record RuleTrace(UUID ruleId, String ruleName, RuleOutcome outcome, String detail)
            implements java.io.Serializable {}

    public enum RuleOutcome {
        /** the lead is outside the rule's criteria; detail names the first criterion that failed (country, region...) */
        NOT_MATCHING,
        /** the lead matches, but no candidate was eligible */
        NO_ELIGIBLE_PARTNER,
        MATCHED
    }

    /** One partner considered under a rule. */
    public record CandidateTrace(UUID partnerId, String partnerName, Verdict verdict, String detail)
            implements java.io.Serializable {}

    public enum Verdict {
        CHOSEN, NOT_CHOSEN, SUSPENDED, TYPE_EXCLUDED, TIER_TOO_LOW, SCORE_TOO_LOW, CAPACITY_FULL, DECLINED_BEFORE,
        RECALLED_BEFORE
    }
}
