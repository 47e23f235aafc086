package org.channelport.orders.domain;

/**
 * Rule O22: who an order goes to. An agent or retailer linked to a distributor may send it to that distributor
 * instead of the brand owner; the distributor then answers, ships and invoices it, and the brand owner reads it as
 * sell-through.
 */
public enum OrderRoute {
    BRAND_OWNER,
    DISTRIBUTOR
}
