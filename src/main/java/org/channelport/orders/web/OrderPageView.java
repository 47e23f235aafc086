package org.channelport.orders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.application.OrderQueries;
import org.channelport.orders.application.OrderRows;
import org.channelport.orders.application.OrderService;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.platform.audit.HistoryEntry;
import org.channelport.platform.rest.Params;
import org.channelport.platform.web.Messages;
import org.channelport.platform.web.Pages;
import org.channelport.shared.DomainException;

/**
 * A partner's order page (rules O11, O12, O15: its own only; a foreign, unknown or malformed id answers 404): the
 * cycle, each line with its answer, the history, and what the reader may do now (submit, change, cancel or ask to,
 * approve or return when it waits for a partner admin, order again).
 */
@Named
@ViewScoped
public class OrderPageView implements Serializable {
    @Inject
    OrderQueries queries;
    @Inject
    OrderService orders;
    @Inject
    CurrentUser user;

    private String id;
    private UUID orderId;
    private OrderRows.Detail order;
    private List<HistoryEntry> history;
    private List<OrderRows.ShipmentRow> shipments;
    private List<OrderRows.InvoiceRow> invoices;
    private String returnNote;

    public void load() {
        if (order != null) {
            return;
        }
        try {
            orderId = Params.id(id, "order");
            refresh();
        } catch (DomainException e) {
            Pages.notFound();
        }
    }

    private void refresh() {
        order = queries.detail(orderId).orElseThrow(() -> DomainException.notFound("order", orderId));
        history = queries.history(orderId);
        shipments = queries.shipments(orderId);
        invoices = queries.invoices(orderId);
    }

    private void act(Runnable action, String doneKey) {
        if (Messages.attempt("actionsForm", action)) {
            Messages.info(doneKey, order.row().poNumber());
        }
        refresh();
    }

    public void submit() { act(() -> orders.submit(orderId), "orders.submitted"); }
    public void cancel() { act(() -> orders.cancel(orderId), "orders.cancelled"); }
    public void approve() { act(() -> orders.approve(orderId), "orders.approved"); }

    public void returnToDraft() {
        act(() -> orders.returnToDraft(orderId, returnNote), "orders.returned");
        returnNote = null;
    }

    public boolean isDraft() { return status() == OrderStatus.DRAFT; }
    public boolean isChangeable() { return status().isChangeableByPartner(); }
    public boolean isCancellable() {
        return status().isChangeableByPartner() || status() == OrderStatus.ACKNOWLEDGED
                || status() == OrderStatus.PARTLY_ACKNOWLEDGED;
    }
    public boolean isApprovable() { return status() == OrderStatus.AWAITING_APPROVAL && user.isPartnerAdmin(); }
    public boolean isWaitingForApprover() {
        return status() == OrderStatus.AWAITING_APPROVAL && !user.isPartnerAdmin();
    }

    private OrderStatus status() { return order.row().status(); }

    public OrderRows.Detail getOrder() { return order; }
    public List<HistoryEntry> getHistory() { return history; }
    public List<OrderRows.ShipmentRow> getShipments() { return shipments; }
    public List<OrderRows.InvoiceRow> getInvoices() { return invoices; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getReturnNote() { return returnNote; }
    public void setReturnNote(String returnNote) { this.returnNote = returnNote; }
}
