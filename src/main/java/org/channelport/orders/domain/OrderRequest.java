package org.channelport.orders.domain;

import java.time.LocalDate;
import java.util.List;

/** A purchase order as the partner sends it, on any channel (rule O10 checks it). */
public record OrderRequest(String poNumber, String currency, LocalDate requestedDelivery, String notes,
                           List<LineRequest> lines, String shipTo, OrderRoute route) {

    /** An order to the brand owner (rule O22: not routed to a distributor). */
    public OrderRequest(String poNumber, String currency, LocalDate requestedDelivery, String notes,
                        List<LineRequest> lines, String shipTo) {
        this(poNumber, currency, requestedDelivery, notes, lines, shipTo, null);
    }

    /** Where it goes: the brand owner unless the request says its distributor. */
    public OrderRoute routeOrDefault() {
        return route == null ? OrderRoute.BRAND_OWNER : route;
    }

    /** An order without a ship-to of its own: the partner's default ship-to, if it has one. */
    public OrderRequest(String poNumber, String currency, LocalDate requestedDelivery, String notes,
                        List<LineRequest> lines) {
        this(poNumber, currency, requestedDelivery, notes, lines, null);
    }
}
