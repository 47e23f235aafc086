package org.channelport.orders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.application.CatalogQueries;
import org.channelport.orders.application.OrderQueries;
import org.channelport.orders.application.OrderRows;
import org.channelport.orders.application.OrderService;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.rest.Params;
import org.channelport.platform.web.Messages;
import org.channelport.platform.web.Pages;
import org.channelport.shared.DomainException;

/**
 * The partner's order form (issue 11, rules O9–O12): a new order (from the cart, or again from a past order), a draft,
 * or an order the ERP has not answered yet. Lines by SKU and quantity, typed or pasted; "Check prices" shows each
 * line at the partner's own price with the total; save as draft or submit. A refused order saves nothing and shows
 * every problem at its line.
 */
@Named
@ViewScoped
public class OrderEditView implements Serializable {
    static final String FORM = "orderForm";

    @Inject
    OrderService orders;
    @Inject
    OrderQueries queries;
    @Inject
    CatalogQueries catalog;
    @Inject
    OrderCart cart;
    @Inject
    CurrentUser user;
    @Inject
    PartnerRoster roster;

    private String id;
    private String reorder;
    private UUID orderId;
    private OrderRows.Detail order;
    private OrderForm form = new OrderForm();
    private List<String> currencies = List.of();
    private boolean loaded;
    private List<jakarta.faces.model.SelectItem> shipTos = List.of();
    private boolean hasDefaultShipTo;
    @Inject
    org.channelport.partners.application.PartnerAddresses addresses;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        var partner = user.requirePartner();
        currencies = catalog.currencies(partner);
        try {
            if (id != null && !id.isBlank()) {
                orderId = Params.id(id, "order");
                order = queries.detail(orderId).filter(o -> o.row().partnerId().equals(partner))   // not a reseller's
                        .orElseThrow(() -> DomainException.notFound("order", id));
                form = OrderForm.of(order.lines().stream().map(l -> OrderForm.line(l.sku(), l.quantity())).toList());
                form.setPoNumber(order.row().poNumber());
                form.setCurrency(order.row().currency());
                form.setRequestedDelivery(order.row().requestedDelivery());
                form.setNotes(order.notes());
                form.setShipTo(order.shipToId() == null ? null : order.shipToId().toString());
                form.setRoute(order.row().routed() ? org.channelport.orders.domain.OrderRoute.DISTRIBUTOR
                        : org.channelport.orders.domain.OrderRoute.BRAND_OWNER);
            } else if (reorder != null && !reorder.isBlank()) {
                var past = queries.detail(Params.id(reorder, "order"))
                        .filter(o -> o.row().partnerId().equals(partner))   // never a reseller's routed order
                        .orElseThrow(() -> DomainException.notFound("order", reorder));
                form = OrderForm.of(past.lines().stream().map(l -> OrderForm.line(l.sku(), l.quantity())).toList());
                form.setCurrency(past.row().currency());
                Messages.info("orders.reorder.started", past.row().poNumber());
            } else {
                var lines = new ArrayList<OrderForm.FormLine>();
                cart.entries().forEach(e -> lines.add(OrderForm.line(e.getKey(), e.getValue())));
                form = OrderForm.of(lines);
            }
        } catch (DomainException e) {
            Pages.notFound();
            return;
        }
        var own = addresses.shipTos();
        hasDefaultShipTo = own.stream().anyMatch(a -> a.isDefault());
        var choices = new ArrayList<jakarta.faces.model.SelectItem>(own.stream().map(a -> new jakarta.faces.model.SelectItem(
                a.id().toString(), a.label() + " · " + a.city() + (a.gln() == null ? "" : " · GLN " + a.gln()))).toList());
        if (order != null && order.shipToId() != null
                && own.stream().noneMatch(a -> a.id().equals(order.shipToId()))) {
            // the order's ship-to was removed since: shown as it is, so that saving does not move the order silently
            // elsewhere (the service refuses it at shipTo, as REST and SOAP do, and the person chooses another)
            choices.add(0, new jakarta.faces.model.SelectItem(order.shipToId().toString(),
                    order.shipTo().lines().findFirst().orElse("") + " · " + Messages.label("orders.shipTo.removed")));
        }
        shipTos = choices;
        if (form.getShipTo() == null) {
            own.stream().filter(a -> a.isDefault()).findFirst().ifPresent(a -> form.setShipTo(a.id().toString()));
        }
        if (form.getCurrency() == null) {
            var home = roster.homeCurrency(partner).orElse(null);
            form.setCurrency(currencies.contains(home) ? home : currencies.isEmpty() ? null : currencies.get(0));
        }
    }

    public void addLine() {
        form.addLine();
        form.clearQuotes();
    }

    public void removeLine(int index) {
        form.removeLine(index);
        form.clearQuotes();
    }

    /** Quick entry: the pasted lines join the form; lines that could not be read are named by their number. */
    public void paste() {
        var unreadable = form.applyPasted();
        form.clearQuotes();
        if (unreadable.isEmpty()) {
            Messages.info("orders.pasted");
        } else {
            Messages.error(FORM + ":pasted", "orders.pasted.unreadable",
                    String.join(", ", unreadable.stream().map(String::valueOf).toList()));
        }
    }

    /** The largest CSV of lines an upload takes (500 lines of a SKU and a quantity fit many times over). */
    static final int UPLOAD_MAX_BYTES = 1_048_576;

    /**
     * Quick entry from a file: a CSV of SKU and quantity per line (the same lines as pasting, a header line and a
     * UTF-8 byte-order mark allowed) joins the form; lines that could not be read are named by their number.
     */
    public void uploadLines(org.primefaces.event.FileUploadEvent event) {
        var file = event.getFile();
        var text = file == null || file.getSize() > UPLOAD_MAX_BYTES ? null : OrderForm.uploaded(file.getContent());
        var refusal = OrderForm.uploadRefusal(file == null ? Long.MAX_VALUE : file.getSize(), UPLOAD_MAX_BYTES, text);
        if (refusal != null) {
            Messages.error(FORM + ":linesFile", refusal, org.channelport.orders.domain.PurchaseOrder.MAX_LINES);
            return;
        }
        form.setPasted(text);
        paste();
    }

    /** Every line at the partner's own price now, with the total; or every line's problem at its row. */
    public void checkPrices() {
        form.dropBlankLines();
        var quotes = Messages.attempt(FORM, () -> orders.quote(form.toRequest(), Messages.locale().toLanguageTag()));
        if (quotes == null) {
            form.clearQuotes();
            return;
        }
        form.showQuotes(quotes);
    }

    public String saveDraft() {
        return save(false);
    }

    public String submit() {
        return save(true);
    }

    private String save(boolean submit) {
        form.dropBlankLines();
        var request = form.toRequest();
        UUID saved;
        if (orderId == null) {
            var placed = Messages.attempt(FORM, () -> orders.place(request, OrderChannel.PORTAL, submit));
            if (placed == null) {
                form.clearQuotes();
                return null;
            }
            saved = placed.order().id();
            cart.clear();
        } else {
            var changed = Messages.attempt(FORM, () -> {
                var o = orders.change(orderId, request);
                return submit && o.status() == OrderStatus.DRAFT ? orders.submit(orderId) : o;
            });
            if (changed == null) {
                form.clearQuotes();
                return null;
            }
            saved = orderId;
        }
        Pages.keepMessages();
        var key = !submit ? "orders.draftSaved" : isSubmittable() ? "orders.submitted" : "orders.changed";
        Messages.info(key, request.poNumber() == null ? "" : request.poNumber().strip());
        return "/portal/orders/order?faces-redirect=true&id=" + saved;
    }

    /** A new order, or one the partner may still change (rule O11). */
    public boolean isEditable() { return order == null || order.row().status().isChangeableByPartner(); }
    /** Submitting makes sense for a new order or a draft; a submitted order's changes are saved as they are. */
    public boolean isSubmittable() { return order == null || order.row().status() == OrderStatus.DRAFT; }
    public LocalDate getToday() { return LocalDate.now(ZoneOffset.UTC); }
    public OrderRows.Detail getOrder() { return order; }
    public OrderForm getForm() { return form; }
    public List<jakarta.faces.model.SelectItem> getShipTos() { return shipTos; }
    public boolean isHasDefaultShipTo() { return hasDefaultShipTo; }
    public List<String> getCurrencies() { return currencies; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getReorder() { return reorder; }
    public void setReorder(String reorder) { this.reorder = reorder; }
}
