package org.channelport.orders.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.channelport.orders.application.OrderQueries;
import org.channelport.orders.application.OrderRows;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.platform.web.ListMemory;
import org.channelport.platform.web.PagedTable;
import org.primefaces.model.LazyDataModel;

/** The partner's orders (rule O15: its own only): figures by status, filters, the lazy list and its exports. */
@Named
@ViewScoped
public class OrdersView implements Serializable {
    static final String LIST = "portal.orders";
    static final int MAX_PAGE = 500;

    @Inject
    OrderQueries queries;
    @Inject
    ListMemory memory;
    @Inject
    org.channelport.orders.application.OrderService service;
    @Inject
    org.channelport.identity.CurrentUser user;
    @Inject
    org.channelport.orders.application.CatalogQueries catalog;

    private OrderStatus status;
    private String poNumber;
    private Map<OrderStatus, Long> counts;
    private LazyDataModel<OrderRows.Row> orders;
    private String approvalCurrency;
    private java.math.BigDecimal approvalAmount;
    private Map<String, java.math.BigDecimal> approvalLimits;
    private java.util.List<String> currencies;

    @PostConstruct
    void init() {
        var read = queries;
        orders = new PagedTable<>(this::filter, MAX_PAGE, read::count, read::rows,
                f -> read.export(f, PagedTable.EXPORT_BUFFER), OrderRows.Row::id);
        counts = queries.countsByStatus();
        memory.recall(LIST, OrderQueries.Filter.class, "status", "all").ifPresent(f -> {
            status = f.status();
            poNumber = f.poNumber();
        });
    }

    private OrderQueries.Filter filter() {
        return new OrderQueries.Filter(status, poNumber, null);
    }

    /** How many orders are in this status, or in a group of them ("open": waiting for the brand owner or on the way). */
    public long count(String key) {
        return switch (key) {
            case "all" -> counts.values().stream().mapToLong(Long::longValue).sum();
            case "open" -> counts.entrySet().stream().filter(e -> e.getKey() == OrderStatus.SUBMITTED
                    || e.getKey().isAcknowledged() || e.getKey().isRequested())
                    .mapToLong(Map.Entry::getValue).sum();
            default -> counts.getOrDefault(OrderStatus.valueOf(key), 0L);
        };
    }

    /** Rule O12: the partner's approval amounts, by currency (partner admins set them here). */
    public java.util.List<Limit> getApprovalLimits() {
        if (approvalLimits == null) {
            approvalLimits = service.approvalLimits();
        }
        return approvalLimits.entrySet().stream().map(e -> new Limit(e.getKey(), e.getValue())).toList();
    }

    /** An approval amount in a currency, as the page lists it. */
    public record Limit(String currency, java.math.BigDecimal amount) implements Serializable {}

    /** The currencies an approval amount can be set in: those the partner has prices in. */
    public java.util.List<String> getCurrencies() {
        if (currencies == null) {
            currencies = catalog.currencies(user.requirePartner());   // once per view, not per expression
        }
        return currencies;
    }

    /** Rule O12: sets the amount in the currency (an empty amount removes it). */
    public void saveApproval() {
        if (org.channelport.platform.web.Messages.attempt("approvalForm",
                () -> service.setApprovalLimit(approvalCurrency, approvalAmount))) {
            org.channelport.platform.web.Messages.info("orders.approval.saved");
            approvalLimits = null;
            approvalAmount = null;
        }
    }

    public boolean isAdmin() { return user.isPartnerAdmin(); }
    public String getApprovalCurrency() { return approvalCurrency; }
    public void setApprovalCurrency(String approvalCurrency) { this.approvalCurrency = approvalCurrency; }
    public java.math.BigDecimal getApprovalAmount() { return approvalAmount; }
    public void setApprovalAmount(java.math.BigDecimal approvalAmount) { this.approvalAmount = approvalAmount; }
    public boolean isNone() { return count("all") == 0; }
    public OrderStatus[] getStatuses() { return OrderStatus.values(); }
    public LazyDataModel<OrderRows.Row> getOrders() { return orders; }
    public OrderStatus getStatus() { return status; }
    public void setStatus(OrderStatus status) { this.status = status; memory.remember(LIST, filter()); }
    public String getPoNumber() { return poNumber; }
    public void setPoNumber(String poNumber) { this.poNumber = poNumber; memory.remember(LIST, filter()); }
}
