package org.channelport.platform.webhooks;

import java.util.List;

/**
 * The event types a context publishes (orders: {@code order.submitted}, ...); a subscription may choose among all of
 * them. Each type's label is {@code webhooks.event.<type>} in the bundles.
 */
public interface WebhookTopics {
    List<String> eventTypes();
}
