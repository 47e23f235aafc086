package org.channelport.leads.domain;

/** Where a lead stands. UNASSIGNED leads wait in the channel managers' queue; the last two are final. */
public enum LeadStatus {
    UNASSIGNED, OFFERED, ACCEPTED, CONTACTED, QUALIFIED, DISQUALIFIED, CONVERTED;

    /** Held by a partner and counting against its capacity (rule L8). */
    public boolean isOpen() {
        return this == OFFERED || this == ACCEPTED || this == CONTACTED || this == QUALIFIED;
    }

    /** Accepted and being worked: contact details are visible to the partner (rule L9). */
    public boolean isWorked() {
        return this == ACCEPTED || this == CONTACTED || this == QUALIFIED || this == DISQUALIFIED || this == CONVERTED;
    }

    public boolean isFinal() {
        return this == DISQUALIFIED || this == CONVERTED;
    }
}
