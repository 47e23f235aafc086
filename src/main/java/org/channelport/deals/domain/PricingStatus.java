package org.channelport.deals.domain;

/** A special-pricing request: waiting, escalated beyond the first reviewer's authority, or decided (rule D9). */
public enum PricingStatus {
    REQUESTED, ESCALATED, APPROVED, REJECTED;

    public boolean isOpen() { return this == REQUESTED || this == ESCALATED; }
}
