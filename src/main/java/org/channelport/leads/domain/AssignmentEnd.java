package org.channelport.leads.domain;

/** Why an offer of a lead to a partner ended. */
public enum AssignmentEnd {
    DECLINED,
    /** not accepted within the rule's acceptance SLA (rule L10) */
    RECALLED_NOT_ACCEPTED,
    /** accepted but not updated within the follow-up SLA (rule L10) */
    RECALLED_NOT_WORKED,
    /** a channel manager moved it to another partner */
    REASSIGNED,
    /** the partner was suspended while it held the lead (not an SLA breach; it may get leads again later) */
    PARTNER_SUSPENDED,
    /** the partner disqualified or converted it */
    CLOSED;

    public boolean isRecall() {
        return this == RECALLED_NOT_ACCEPTED || this == RECALLED_NOT_WORKED;
    }
}
