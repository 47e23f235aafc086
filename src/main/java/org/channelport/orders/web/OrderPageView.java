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
    private java.util.Map<UUID, String> names;
    /** The reader is the distributor the order was sent to (rule O22, as {@code OrderAccess} decides). */
    private boolean supplierView;
    @Inject
    org.channelport.partners.application.PartnerRoster roster;
    @Inject
    org.channelport.orders.application.OrderDocuments documents;

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
        changeRows = null;
        supplierView = queries.readsAsSupplier(orderId);
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

    /** Rule O23: the partner's change request, one row per accepted line, starting at the line as agreed. */
    public static class ChangeRow implements Serializable {
        private final OrderRows.Line line;
        private Integer quantity;
        private java.time.LocalDate date;

        ChangeRow(OrderRows.Line line) {
            this.line = line;
            this.quantity = line.ackQuantity() != null ? line.ackQuantity() : line.quantity();
            this.date = line.ackDate() != null ? line.ackDate() : line.requestedDate();
        }

        public OrderRows.Line getLine() { return line; }
        public Integer getQuantity() { return quantity; }
        public void setQuantity(Integer quantity) { this.quantity = quantity; }
        public java.time.LocalDate getDate() { return date; }
        public void setDate(java.time.LocalDate date) { this.date = date; }
    }

    private List<ChangeRow> changeRows;

    public List<ChangeRow> getChangeRows() {
        if (changeRows == null) {
            changeRows = order.lines().stream().filter(l -> l.status().isAccepted()).map(ChangeRow::new).toList();
        }
        return changeRows;
    }

    /** Rule O23: after the supplier answered and until everything shipped, the partner may ask for a change. */
    public boolean isChangeRequestable() {
        return isOwn() && order.changeRequestable();   // the domain's rule (O23), not a copy of it
    }

    public void requestChange() {
        var changes = getChangeRows().stream().map(r -> new org.channelport.orders.domain.LineChange(r.line.line(),
                r.quantity == null ? null : java.math.BigDecimal.valueOf(r.quantity), r.date)).toList();
        Runnable request = () -> {
            try {
                orders.requestChange(orderId, changes);
            } catch (org.channelport.orders.domain.InvalidOrder e) {   // a line's own problems show at its quantity
                throw new org.channelport.orders.domain.InvalidOrder(e.problems().stream().map(p -> p.field()
                        .matches("lines\\[\\d+]\\.line") ? new org.channelport.shared.FieldProblem(p.field()
                        .replace(".line", ".quantity"), p.messageKey(), p.message(), p.arguments()) : p).toList());
            }
        };
        if (Messages.attempt("changeForm", request)) {
            Messages.info("orders.change.sent", order.row().poNumber());
            refresh();   // refused: the rows keep what the person typed, beside the messages
        }
    }
    public void cancel() { act(() -> orders.cancel(orderId), "orders.cancelled"); }
    public void approve() { act(() -> orders.approve(orderId), "orders.approved"); }

    public void returnToDraft() {
        act(() -> orders.returnToDraft(orderId, returnNote), "orders.returned");
        returnNote = null;
    }

    public boolean isDraft() { return isOwn() && status() == OrderStatus.DRAFT; }
    public boolean isChangeable() { return isOwn() && status().isChangeableByPartner(); }
    public boolean isCancellable() {
        return isOwn() && (status().isChangeableByPartner() || status() == OrderStatus.ACKNOWLEDGED
                || status() == OrderStatus.PARTLY_ACKNOWLEDGED);
    }
    public boolean isApprovable() {
        return isOwn() && status() == OrderStatus.AWAITING_APPROVAL && user.isPartnerAdmin();
    }
    public boolean isWaitingForApprover() {
        return isOwn() && status() == OrderStatus.AWAITING_APPROVAL && !user.isPartnerAdmin();
    }

    /** The order is the reader's organization's own (not one a reseller routed to it: rule O22). */
    public boolean isOwn() {
        return user.partnerId().filter(order.row().partnerId()::equals).isPresent();
    }

    /**
     * Who reads the page: {@code own} (the ordering partner), {@code supplier} (the distributor a reseller routed it
     * to: rule O22) or {@code brand} (the console, read only).
     */
    public String getViewer() {
        return isOwn() ? "own" : supplierView ? "supplier" : "brand";
    }

    /** The ordering partner's name, for a reader who is not that partner (its distributor, the brand owner). */
    public String getPartnerName() {
        return isOwn() ? null : names().get(order.row().partnerId());
    }

    public String getDistributorName() {
        return order.row().supplierId() == null ? null : names().get(order.row().supplierId());
    }

    private java.util.Map<UUID, String> names() {
        if (names == null) {
            var ids = new java.util.ArrayList<UUID>(List.of(order.row().partnerId()));
            if (order.row().supplierId() != null) {
                ids.add(order.row().supplierId());
            }
            names = new java.util.HashMap<>(roster.names(ids));
        }
        return names;
    }

    /** After an answer, shipment, invoice or payment on this page: read it again. */
    void reload() {
        refresh();
    }

    UUID orderId() { return orderId; }

    boolean isSupplierView() { return supplierView; }

    private OrderStatus status() { return order.row().status(); }

    /** The order's confirmation (its purchase order before the answer) as PDF, in the page's language (rule O24). */
    public org.primefaces.model.StreamedContent getConfirmationPdf() {
        return streamed(documents.confirmation(orderId, org.channelport.platform.web.Messages.locale()));
    }

    /** One of the order's invoices as PDF, in the page's language (rule O24). */
    public org.primefaces.model.StreamedContent invoicePdf(String number) {
        return streamed(documents.invoice(orderId, number, org.channelport.platform.web.Messages.locale()));
    }

    private static org.primefaces.model.StreamedContent streamed(org.channelport.orders.application.OrderDocuments.Pdf pdf) {
        return org.primefaces.model.DefaultStreamedContent.builder().name(pdf.fileName()).contentType("application/pdf")
                .contentLength((long) pdf.content().length)
                .stream(() -> new java.io.ByteArrayInputStream(pdf.content())).build();
    }

    public OrderRows.Detail getOrder() { return order; }
    public List<HistoryEntry> getHistory() { return history; }
    public List<OrderRows.ShipmentRow> getShipments() { return shipments; }
    public List<OrderRows.InvoiceRow> getInvoices() { return invoices; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getReturnNote() { return returnNote; }
    public void setReturnNote(String returnNote) { this.returnNote = returnNote; }
}
