package org.channelport.orders.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.application.OrderQueries;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.platform.attention.Attention;
import org.channelport.platform.attention.AttentionSource;
import org.channelport.platform.attention.Tile;

/**
 * What orders ask of a partner's person (issue 11, attention home): orders waiting for a partner admin's approval
 * (admins), drafts to finish, orders the brand owner answered with changed, backordered or rejected lines in the last
 * {@link #RECENT_DAYS} days, deliveries past their requested day, and invoices due within {@link #DUE_DAYS} days or
 * overdue. All through {@link OrderQueries}, which keeps a partner to its own orders.
 */
@Dependent
public class OrderAttention implements AttentionSource {
    static final int RECENT_DAYS = 14;
    static final int DUE_DAYS = 7;
    private static final int MAX = 50;
    private static final String KIND = "attention.kind.order";

    @Inject
    CurrentUser user;
    @Inject
    OrderQueries queries;
    @Inject
    Clock clock;

    private Map<OrderStatus, Long> counts;

    @Override
    public List<Attention> attention() {
        if (user.partnerId().isEmpty() || user.isChannelManager()) {
            return List.of();
        }
        var items = new ArrayList<Attention>();
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var counts = counts();
        long waiting = counts.getOrDefault(OrderStatus.AWAITING_APPROVAL, 0L);
        if (waiting > 0 && user.isPartnerAdmin()) {
            items.add(new Attention(KIND, null, "attention.orders.awaitingApproval", List.of(waiting), null,
                    "/portal/orders/index.xhtml?status=AWAITING_APPROVAL"));
        }
        long drafts = counts.getOrDefault(OrderStatus.DRAFT, 0L);
        if (drafts > 0) {
            items.add(new Attention(KIND, null, "attention.orders.drafts", List.of(drafts), null,
                    "/portal/orders/index.xhtml?status=DRAFT"));
        }
        for (var o : user.isPartnerAdmin() ? queries.incomingWaiting(MAX) : List.<org.channelport.orders.application.OrderRows.Row>of()) {
            // rule O22: a distributor's administrators answer its resellers' orders
            items.add(new Attention(KIND, o.poNumber(), o.status() == OrderStatus.CANCEL_REQUESTED
                    ? "attention.order.incomingCancellation" : o.status() == OrderStatus.CHANGE_REQUESTED
                    ? "attention.order.incomingChange" : "attention.order.incoming", List.of(), null,
                    page(o.id())));
        }
        for (var o : queries.answeredWithChanges(now.minus(Duration.ofDays(RECENT_DAYS)), MAX)) {
            items.add(new Attention(KIND, o.poNumber(), "attention.order.answeredWithChanges", List.of(), null,
                    page(o.id())));
        }
        for (var o : queries.lateDeliveries(today, MAX)) {
            items.add(new Attention(KIND, o.poNumber(), "attention.order.late", List.of(),
                    o.requestedDelivery().atStartOfDay(ZoneOffset.UTC).toInstant(), page(o.id())));
        }
        for (var i : queries.invoicesDueBy(today.plusDays(DUE_DAYS), MAX)) {
            var open = ((BigDecimal) i[2]).subtract((BigDecimal) i[3]);
            items.add(new Attention("attention.kind.invoice", (String) i[0], "attention.invoice.due",
                    List.of(open.toPlainString() + " " + i[4]),
                    ((LocalDate) i[1]).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), page((UUID) i[5])));
        }
        return items;
    }

    @Override
    public List<Tile> tiles() {
        if (user.partnerId().isEmpty() || user.isChannelManager()) {
            return List.of();
        }
        var counts = counts();
        long open = counts.entrySet().stream().filter(e -> e.getKey() == OrderStatus.SUBMITTED
                || e.getKey().isAcknowledged() || e.getKey().isRequested())
                .mapToLong(Map.Entry::getValue).sum();
        return List.of(new Tile(40, "openOrders", "attention.tile.openOrders", Long.toString(open), null, null,
                "/portal/orders/index.xhtml"));
    }

    private Map<OrderStatus, Long> counts() {
        if (counts == null) {
            counts = queries.countsByStatus();
        }
        return counts;
    }

    private static String page(UUID orderId) {
        return "/portal/orders/order.xhtml?id=" + orderId;
    }
}
