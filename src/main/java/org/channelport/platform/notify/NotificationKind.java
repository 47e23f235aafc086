package org.channelport.platform.notify;

/**
 * The kinds of notification a person chooses the delivery of (issue 10): each is shown under its section's label and
 * named on the settings page by {@code notifications.kind.<NAME>}.
 */
public enum NotificationKind {
    /** A lead offered to the partner, and the reminder to answer it. */
    LEAD_OFFER("lead"),
    /** A lead taken back: not answered or not updated in time, or reassigned by a channel manager. */
    LEAD_RECALL("lead"),
    /** A deal registration received, approved, rejected, sent back for information; an extension decided. */
    DEAL_DECISION("deal"),
    /** A special-pricing request decided. */
    DEAL_PRICING("deal"),
    /** A protection about to end, and its end. */
    DEAL_EXPIRY("deal"),
    /** An order answered by the brand owner, shipped, invoiced; a cancellation request decided. */
    ORDER_UPDATE("order"),
    /** An order above the approval amount waiting for a partner administrator. */
    ORDER_APPROVAL("order");

    private final String section;

    NotificationKind(String section) {
        this.section = section;
    }

    /** The section the kind belongs to ({@code lead}, {@code deal}), for its badge ({@code attention.kind.<section>}). */
    public String section() {
        return section;
    }
}
