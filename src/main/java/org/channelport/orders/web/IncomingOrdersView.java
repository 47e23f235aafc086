package org.channelport.orders.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelport.orders.application.OrderQueries;
import org.channelport.orders.application.OrderRows;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.platform.web.ListMemory;
import org.channelport.platform.web.PagedTable;
import org.primefaces.model.LazyDataModel;

/**
 * A distributor's inbox of the orders its resellers routed to it (rule O22): only those, never the resellers' other
 * orders; filters by status and PO number, the lazy list with the reseller's name, and its exports.
 */
@Named
@ViewScoped
public class IncomingOrdersView implements Serializable {
    static final String LIST = "portal.orders.incoming";

    @Inject
    OrderQueries queries;
    @Inject
    ListMemory memory;

    private OrderStatus status;
    private String poNumber;
    private LazyDataModel<OrderRows.Row> orders;
    private long total = -1;

    @PostConstruct
    void init() {
        var read = queries;
        orders = new PagedTable<>(this::filter, OrdersView.MAX_PAGE, read::count, read::rows,
                f -> read.export(f, PagedTable.EXPORT_BUFFER), OrderRows.Row::id);
        memory.recall(LIST, OrderQueries.Filter.class, "status", "all").ifPresent(f -> {
            status = f.status();
            poNumber = f.poNumber();
        });
    }

    private OrderQueries.Filter filter() {
        return new OrderQueries.Filter(status, poNumber, null, OrderQueries.Route.INCOMING);
    }

    /** No order was ever routed to the reader's organization (the page says what that means). */
    public boolean isNone() {
        if (total < 0) {
            total = queries.count(new OrderQueries.Filter(null, null, null, OrderQueries.Route.INCOMING));
        }
        return total == 0;
    }

    public OrderStatus[] getStatuses() { return OrderStatus.values(); }
    public LazyDataModel<OrderRows.Row> getOrders() { return orders; }
    public OrderStatus getStatus() { return status; }
    public void setStatus(OrderStatus status) { this.status = status; memory.remember(LIST, filter()); }
    public String getPoNumber() { return poNumber; }
    public void setPoNumber(String poNumber) { this.poNumber = poNumber; memory.remember(LIST, filter()); }
}
