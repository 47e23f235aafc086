package org.channelport.orders.domain;

/**
 * A line's answer from the ERP (rule O13), in the terms an X12 855 and an EDIFACT ORDRSP carry: not yet answered,
 * accepted as ordered (IA), accepted with a changed quantity, date or price (IC, IP), backordered (IB), rejected with
 * a reason code (IR); and cancelled with its order.
 */
public enum LineStatus {
    OPEN, ACCEPTED, CHANGED, BACKORDERED, REJECTED, CANCELLED;

    /** The brand owner will deliver it (now or later): it counts in the order's total and can ship. */
    public boolean isAccepted() {
        return this == ACCEPTED || this == CHANGED || this == BACKORDERED;
    }
}
