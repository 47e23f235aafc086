package org.channelport.deals.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a registration stands. Active registrations (submitted, held, waiting for information or a second approval,
 * approved) block others' conflicting submissions (rule D3); expired, lost, won and rejected ones no longer do (D8).
 */
public enum DealStatus {
    DRAFT, SUBMITTED, HELD, INFO_REQUESTED, AWAITING_SECOND_APPROVAL, APPROVED, REJECTED, EXPIRED, WON, LOST;

    public static final Set<DealStatus> ACTIVE =
            EnumSet.of(SUBMITTED, HELD, INFO_REQUESTED, AWAITING_SECOND_APPROVAL, APPROVED);
    /** Waiting for a channel manager's decision: the review queue. */
    public static final Set<DealStatus> IN_REVIEW = EnumSet.of(SUBMITTED, HELD, AWAITING_SECOND_APPROVAL);

    public boolean isActive() { return ACTIVE.contains(this); }

    public boolean isInReview() { return IN_REVIEW.contains(this); }

    /** The partner may change the registration's details (a draft, or after a manager asked for more information). */
    public boolean isEditable() { return this == DRAFT || this == INFO_REQUESTED; }

    public boolean isFinal() { return this == REJECTED || this == EXPIRED || this == WON || this == LOST; }
}
