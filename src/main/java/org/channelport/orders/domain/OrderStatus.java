package org.channelport.orders.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a purchase order is in its cycle (rule O11); the transitions are {@link PurchaseOrder}'s methods. */
public enum OrderStatus {
    DRAFT, AWAITING_APPROVAL, SUBMITTED, ACKNOWLEDGED, PARTLY_ACKNOWLEDGED, REJECTED, PARTLY_SHIPPED, SHIPPED,
    INVOICED, PARTLY_PAID, PAID, CANCEL_REQUESTED, CHANGE_REQUESTED, CANCELLED, CLOSED;

    private static final Set<OrderStatus> ACKNOWLEDGED_STATES = EnumSet.of(ACKNOWLEDGED, PARTLY_ACKNOWLEDGED,
            PARTLY_SHIPPED, SHIPPED, INVOICED, PARTLY_PAID, PAID);

    /** The partner still owns it: it may change lines and dates, or cancel outright (the ERP has not answered). */
    public boolean isChangeableByPartner() {
        return this == DRAFT || this == AWAITING_APPROVAL || this == SUBMITTED;
    }

    /** The ERP has answered it and is working on it: a change or cancellation is a request the ERP decides. */
    public boolean isAcknowledged() {
        return ACKNOWLEDGED_STATES.contains(this);
    }

    /** The partner asked its supplier to cancel or change it (rules O11, O23): the supplier decides first. */
    public boolean isRequested() {
        return this == CANCEL_REQUESTED || this == CHANGE_REQUESTED;
    }

    /** Nothing more happens to it. */
    public boolean isFinal() {
        return this == REJECTED || this == CANCELLED || this == CLOSED;
    }
}
