package org.channelport.orders.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.application.OrderQueries;
import org.channelport.orders.application.OrderRows;
import org.channelport.platform.search.SearchHit;
import org.channelport.platform.search.SearchSource;
import org.channelport.platform.web.Formats;
import org.channelport.platform.web.Messages;

/**
 * Purchase orders for the top bar's search, by PO number (issue 11), through {@link OrderQueries} (rule O15): a
 * partner finds its own orders and those its resellers sent to it (rule O22), the brand owner every order.
 */
@Dependent
public class OrderSearch implements SearchSource {
    @Inject
    CurrentUser user;
    @Inject
    OrderQueries queries;
    @Inject
    Formats formats;

    @Override
    public List<SearchHit> search(String text, int max) {
        var brand = user.seesAllPartners();
        if (!brand && user.partnerId().isEmpty()) {
            return List.of(); // a portal session without an organization finds nothing (and no error page)
        }
        var rows = new ArrayList<>(queries.rows(new OrderQueries.Filter(null, text, null), 0, max));
        if (!brand && rows.size() < max) {
            rows.addAll(queries.rows(new OrderQueries.Filter(null, text, null, OrderQueries.Route.INCOMING), 0,
                    max - rows.size()));
        }
        var page = brand ? "/manage/orders/order.xhtml?id=" : "/portal/orders/order.xhtml?id=";
        var own = user.partnerId().orElse(null);
        return rows.stream().map((OrderRows.Row o) -> new SearchHit("search.kind.order",
                o.poNumber() + (o.partnerId().equals(own) ? "" : " · " + o.partnerName()),
                Messages.label("enum.order." + o.status()) + " · " + formats.money(o.total(), o.currency())
                        + (o.routed() && brand ? " · " + o.supplierName() : ""),
                page + o.id())).toList();
    }
}
