package org.channelport.orders.domain;

/**
 * Rule O28: an order changed, as its webhook event says ({@code type}: one of {@code OrderEvents}' types), fired in
 * the transaction of the change: a context that answers it (edi: the 855 of an order received by EDI) does so in the
 * same transaction, so the answer exists exactly when the change does. Observers read the order; they never change
 * it.
 */
public record OrderChanged(String type, PurchaseOrder order) {}
