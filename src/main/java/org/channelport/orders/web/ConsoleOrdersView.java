package org.channelport.orders.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelport.orders.application.OrderQueries;
import org.channelport.orders.application.OrderRows;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.platform.web.ListMemory;
import org.channelport.platform.web.PagedTable;
import org.primefaces.model.LazyDataModel;

/**
 * The console's orders (rule O15: the brand owner reads every partner's), read only: the orders that came to the
 * brand owner and, as sell-through, those resellers routed to their distributors (rule O22), with the partner's and
 * the distributor's names; filters by where they went, status and PO number; exports.
 */
@Named
@ViewScoped
public class ConsoleOrdersView implements Serializable {
    static final String LIST = "manage.orders";

    @Inject
    OrderQueries queries;
    @Inject
    ListMemory memory;

    private OrderQueries.Route route;
    private OrderStatus status;
    private String poNumber;
    private LazyDataModel<OrderRows.Row> orders;
    private long total = -1;
    private long sellThrough = -1;

    @PostConstruct
    void init() {
        var read = queries;
        orders = new PagedTable<>(this::filter, OrdersView.MAX_PAGE, read::count, read::rows,
                f -> read.export(f, PagedTable.EXPORT_BUFFER), OrderRows.Row::id);
        memory.recall(LIST, OrderQueries.Filter.class, "status", "all").ifPresent(f -> {
            route = f.route();
            status = f.status();
            poNumber = f.poNumber();
        });
    }

    private OrderQueries.Filter filter() {
        return new OrderQueries.Filter(status, poNumber, null, route);
    }

    public long getTotal() {
        if (total < 0) {
            total = queries.count(new OrderQueries.Filter(null, null, null, null));
        }
        return total;
    }

    public long getSellThrough() {
        if (sellThrough < 0) {
            sellThrough = queries.count(new OrderQueries.Filter(null, null, null, OrderQueries.Route.SELL_THROUGH));
        }
        return sellThrough;
    }

    public boolean isNone() { return getTotal() == 0; }
    public List<OrderQueries.Route> getRoutes() {
        return List.of(OrderQueries.Route.DIRECT, OrderQueries.Route.SELL_THROUGH);
    }
    public OrderStatus[] getStatuses() { return OrderStatus.values(); }
    public LazyDataModel<OrderRows.Row> getOrders() { return orders; }
    public OrderQueries.Route getRoute() { return route; }
    public void setRoute(OrderQueries.Route route) { this.route = route; memory.remember(LIST, filter()); }
    public OrderStatus getStatus() { return status; }
    public void setStatus(OrderStatus status) { this.status = status; memory.remember(LIST, filter()); }
    public String getPoNumber() { return poNumber; }
    public void setPoNumber(String poNumber) { this.poNumber = poNumber; memory.remember(LIST, filter()); }
}
