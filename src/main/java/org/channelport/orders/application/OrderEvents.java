package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.platform.webhooks.WebhookTopics;
import org.channelport.platform.webhooks.Webhooks;

/**
 * Rule O20: every change of an order is a webhook event ({@code order.<what>}), queued in the transaction of the
 * change for the ordering partner's subscriptions and, once the order has reached its supplier (it has a place in
 * the feed), for the supplier's: the brand owner's, or for an order routed to a distributor (rule O22) the
 * distributor's, never the brand owner's. A draft, an order waiting for the partner's own approval and one sent
 * back to draft stay the partner's business. The event names the order and what changed; the receiver reads the rest
 * through the API, with its own rights.
 */
@ApplicationScoped
public class OrderEvents implements WebhookTopics {
    public static final String DRAFTED = "order.drafted";
    public static final String AWAITING_APPROVAL = "order.awaiting_approval";
    public static final String RETURNED = "order.returned";
    public static final String SUBMITTED = "order.submitted";
    public static final String CHANGED = "order.changed";
    public static final String CANCELLED = "order.cancelled";
    public static final String CANCELLATION_REQUESTED = "order.cancellation_requested";
    public static final String CANCELLATION_DECIDED = "order.cancellation_decided";
    public static final String ACKNOWLEDGED = "order.acknowledged";
    public static final String SHIPPED = "order.shipped";
    public static final String INVOICED = "order.invoiced";
    public static final String PAID = "order.paid";
    public static final String CHANGE_REQUESTED = "order.change_requested";
    public static final String CHANGE_DECIDED = "order.change_decided";
    public static final String CLOSED = "order.closed";

    @Inject
    Webhooks webhooks;
    /** The same change to other contexts, in its transaction (edi writes an 855 from it: rule O28). */
    @Inject
    jakarta.enterprise.event.Event<org.channelport.orders.domain.OrderChanged> changed;
    /** The app's public address (rule P11): an event's href is a link the receiver can follow. */
    String baseUrl;

    @jakarta.annotation.PostConstruct
    void init() {
        baseUrl = org.channelport.platform.BaseUrl.get();
    }

    @Override
    public List<String> eventTypes() {
        return List.of(DRAFTED, AWAITING_APPROVAL, RETURNED, SUBMITTED, CHANGED, CANCELLED, CANCELLATION_REQUESTED,
                CANCELLATION_DECIDED, CHANGE_REQUESTED, CHANGE_DECIDED, ACKNOWLEDGED, SHIPPED, INVOICED, PAID, CLOSED);
    }

    public void publish(PurchaseOrder order, String type) {
        publish(order, type, Map.of());
    }

    public void publish(PurchaseOrder order, String type, Map<String, ?> extra) {
        var data = new LinkedHashMap<String, Object>();
        data.put("orderId", order.id().toString());
        data.put("poNumber", order.poNumber());
        data.put("partnerId", order.partnerId().toString());
        data.put("status", order.status().name());
        data.put("channel", order.channel().name());
        data.put("currency", order.currency());
        data.put("total", order.total());
        order.feedPosition().ifPresent(p -> data.put("feedPosition", p));
        order.supplierId().ifPresent(d -> data.put("distributorId", d.toString()));
        data.put("href", baseUrl + "/api/v1/orders/" + order.id());
        data.putAll(extra);
        var reached = order.feedPosition().isPresent();
        var partners = order.supplierId().filter(d -> reached).map(d -> List.of(order.partnerId(), d))
                .orElse(List.of(order.partnerId()));
        webhooks.publish(partners, reached && order.supplierId().isEmpty(), type, data);
        changed.fire(new org.channelport.orders.domain.OrderChanged(type, order));
    }
}
