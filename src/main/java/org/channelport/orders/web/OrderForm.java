package org.channelport.orders.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.channelport.orders.application.OrderRows;
import org.channelport.orders.domain.LineRequest;
import org.channelport.orders.domain.OrderRequest;
import org.channelport.orders.domain.PurchaseOrder;

/**
 * The order form's fields: the header, the lines (a SKU and a quantity each, with the price the preview found), and
 * the quick entry where a person pastes lines of "SKU, quantity" from a spreadsheet or a mail.
 */
public class OrderForm implements Serializable {
    /** A pasted line: a SKU, then a separator (comma, semicolon, tab or spaces), then a whole quantity. */
    private static final Pattern PASTED = Pattern.compile("\\s*\"?([A-Za-z0-9][A-Za-z0-9._-]{0,39})\"?\\s*[,;\\t ]\\s*"
            + "\"?(\\d{1,7})\"?\\s*[,;]?\\s*");

    private String poNumber;
    private String currency;
    private LocalDate requestedDelivery;
    private String notes;
    private String shipTo;
    private org.channelport.orders.domain.OrderRoute route = org.channelport.orders.domain.OrderRoute.BRAND_OWNER;
    private String pasted;
    private final List<FormLine> lines = new ArrayList<>();

    /** One line of the form; the preview fills its price, unit and name. */
    public static class FormLine implements Serializable {
        private String sku;
        private Integer quantity;
        private OrderRows.Quote quote;

        public FormLine() {}

        FormLine(String sku, Integer quantity) {
            this.sku = sku;
            this.quantity = quantity;
        }

        public String getSku() { return sku; }
        public void setSku(String sku) { this.sku = sku; }
        public Integer getQuantity() { return quantity; }
        public void setQuantity(Integer quantity) { this.quantity = quantity; }
        public OrderRows.Quote getQuote() { return quote; }
        void setQuote(OrderRows.Quote quote) { this.quote = quote; }
        boolean isBlank() { return (sku == null || sku.isBlank()) && quantity == null; }
    }

    public OrderForm() {
        lines.add(new FormLine());
    }

    /** A form with these lines (from the cart, or a past order to order again). */
    static OrderForm of(List<FormLine> start) {
        var form = new OrderForm();
        if (!start.isEmpty()) {
            form.lines.clear();
            form.lines.addAll(start);
        }
        return form;
    }

    static FormLine line(String sku, int quantity) {
        return new FormLine(sku, quantity);
    }

    public void addLine() {
        if (lines.size() < PurchaseOrder.MAX_LINES) {
            lines.add(new FormLine());
        }
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size() && lines.size() > 1) {
            lines.remove(index);
        }
    }

    /**
     * Why an uploaded file of lines is refused (a message key), or null: larger than {@code maxBytes}, or far more
     * lines than an order holds (twice {@link PurchaseOrder#MAX_LINES}: room for blank and header lines, never
     * thousands of line numbers in a report).
     */
    static String uploadRefusal(long size, long maxBytes, String text) {
        if (size > maxBytes || text == null) {
            return "orders.upload.tooLarge";
        }
        return text.lines().count() > 2L * PurchaseOrder.MAX_LINES ? "orders.upload.tooMany" : null;
    }

    /**
     * An uploaded CSV of lines as pasted text: UTF-8 without its byte-order mark, and without a spreadsheet's header
     * line ("SKU, Quantity"), which is not a line of the order.
     */
    static String uploaded(byte[] content) {
        var text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // emptied, not removed: the lines that cannot be read are named by their number in the file
        return text.replaceFirst("^\\s*\"?(?i:sku)\"?\\s*[,;\\t][^\\r\\n]*", "");
    }

    /**
     * Adds the pasted lines (an empty line at the end is filled first) and answers what could not be read: the line
     * numbers of the pasted text, for the person to correct.
     */
    public List<Integer> applyPasted() {
        var unreadable = new ArrayList<Integer>();
        var kept = new ArrayList<String>();
        if (pasted == null || pasted.isBlank()) {
            return unreadable;
        }
        lines.removeIf(FormLine::isBlank);
        var rows = pasted.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            var row = rows[i];
            if (row.isBlank()) {
                continue;
            }
            var m = PASTED.matcher(row);
            if (m.matches() && lines.size() < PurchaseOrder.MAX_LINES) {
                lines.add(new FormLine(m.group(1).toUpperCase(Locale.ROOT), Integer.valueOf(m.group(2))));
            } else {
                unreadable.add(i + 1);
                kept.add(row);
            }
        }
        if (lines.isEmpty()) {
            lines.add(new FormLine());
        }
        // what was read is in the lines now; only what could not be read stays, to be corrected and added again
        pasted = kept.isEmpty() ? null : String.join("\n", kept);
        return unreadable;
    }

    /** The request the orders context reads; blank lines are left out (a form keeps one empty line to type in). */
    OrderRequest toRequest() {
        var requests = new ArrayList<LineRequest>();
        for (var line : lines) {
            if (!line.isBlank()) {
                requests.add(new LineRequest(line.getSku(), line.getQuantity() == null ? null
                        : BigDecimal.valueOf(line.getQuantity()), null, null, null));
            }
        }
        return new OrderRequest(poNumber, currency, requestedDelivery, notes, requests, shipTo, route);
    }

    /** Whether the lines sent are the form's lines one to one (so that lines[3] is the fourth row on the page). */
    boolean noBlankLines() {
        return lines.stream().noneMatch(FormLine::isBlank);
    }

    void dropBlankLines() {
        lines.removeIf(FormLine::isBlank);
        if (lines.isEmpty()) {
            lines.add(new FormLine());
        }
    }

    void showQuotes(List<OrderRows.Quote> quotes) {
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).setQuote(i < quotes.size() ? quotes.get(i) : null);
        }
    }

    void clearQuotes() {
        lines.forEach(l -> l.setQuote(null));
    }

    /** The total of the previewed lines, or null when not every line has been priced. */
    public BigDecimal getTotal() {
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.getQuote() == null)) {
            return null;
        }
        return lines.stream().map(l -> l.getQuote().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isMoreLinesAllowed() { return lines.size() < PurchaseOrder.MAX_LINES; }
    public List<FormLine> getLines() { return lines; }
    public String getPoNumber() { return poNumber; }
    public void setPoNumber(String poNumber) { this.poNumber = poNumber; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getRequestedDelivery() { return requestedDelivery; }
    public void setRequestedDelivery(LocalDate requestedDelivery) { this.requestedDelivery = requestedDelivery; }
    public org.channelport.orders.domain.OrderRoute getRoute() { return route; }
    public void setRoute(org.channelport.orders.domain.OrderRoute route) { this.route = route; }
    public String getShipTo() { return shipTo; }
    public void setShipTo(String shipTo) { this.shipTo = shipTo; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getPasted() { return pasted; }
    public void setPasted(String pasted) { this.pasted = pasted; }
}
