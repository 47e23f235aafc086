package org.channelport.orders.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.channelport.orders.domain.AckAction;
import org.channelport.orders.domain.LineAcknowledgment;
import org.channelport.orders.domain.LineRequest;
import org.channelport.orders.domain.LineStatus;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderLine;
import org.channelport.orders.domain.OrderRequest;
import org.channelport.orders.domain.OrderRoute;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.RejectReason;
import org.channelport.platform.rest.EnumOf;
import org.channelport.shared.FieldProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of purchase orders (issue 11): what a partner system sends, and an order as every client reads it. */
public final class OrderJson {
    private OrderJson() {}

    @Schema(name = "NewOrderLine", description = "A line: a SKU and a quantity; optionally the unit (checked against "
            + "the product's), the unit price you expect (the order uses the resolved price and marks the line when "
            + "they differ) and the line's own delivery date.")
    public record NewLine(String sku, @Schema(description = "A whole number.") BigDecimal quantity, String unit,
                          BigDecimal unitPrice, @Schema(description = "YYYY-MM-DD") String requestedDate) {}

    @Schema(name = "NewOrder", description = "A purchase order. Your PO number is the order: the same again with the "
            + "same content returns the first order, with other content it is refused (409).")
    public record NewOrder(String poNumber, String currency,
                           @Schema(description = "YYYY-MM-DD") String requestedDelivery, String notes,
                           @Schema(description = "true: save a draft only; default: submit.") Boolean draft,
                           List<NewLine> lines,
                           @Schema(description = "Where it ships: the id or the GLN of one of your ship-to addresses "
                                   + "(GET /api/v1/addresses); default: your default ship-to.") String shipTo,
                           @Schema(description = "Who the order goes to: the brand owner (default) or, for an agent "
                                   + "or retailer linked to one, its DISTRIBUTOR, which then answers, ships and "
                                   + "invoices it.") @EnumOf(OrderRoute.class) String routeTo,
                           @Schema(hidden = true) List<FieldProblem> problems) {

        /** The request as the orders context reads it, and the problems found reading it (dates, types). */
        Parsed toRequest() {
            var found = new ArrayList<FieldProblem>(problems == null ? List.of() : problems);
            var lineRequests = new ArrayList<LineRequest>();
            if (lines != null) {
                for (int i = 0; i < lines.size(); i++) {
                    var line = lines.get(i);
                    lineRequests.add(line == null ? null : new LineRequest(line.sku(), line.quantity(), line.unit(),
                            line.unitPrice(), date(line.requestedDate(), "lines[" + i + "].requestedDate", found)));
                }
            }
            OrderRoute route = null;
            if (routeTo != null && !routeTo.isBlank()) {
                try {
                    route = OrderRoute.valueOf(routeTo.strip());
                } catch (IllegalArgumentException e) {
                    found.add(new FieldProblem("routeTo", "order.route.invalid", "routeTo: BRAND_OWNER or DISTRIBUTOR"));
                }
            }
            var request = new OrderRequest(poNumber, currency, date(requestedDelivery, "requestedDelivery", found), notes,
                    lines == null ? null : lineRequests, shipTo, route);
            return new Parsed(request, found);
        }
    }

    record Parsed(OrderRequest request, List<FieldProblem> problems) {}

    static LocalDate date(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "error.date", field + ": a date such as 2026-12-31"));
            return null;
        }
    }

    @Schema(name = "OrderLine", description = "A line as ordered and priced, and the ERP's answer.")
    public record Line(int line, String sku, String name, String unit, int quantity, BigDecimal unitPrice,
                       @Schema(enumeration = {"CONTRACT", "PRICE_LIST"}) String priceSource, String priceSourceName,
                       @Schema(description = "The price you sent, when it differed from the resolved one.")
                       BigDecimal expectedPrice, boolean priceChanged, String requestedDate,
                       @EnumOf(LineStatus.class) String status, Integer acknowledgedQuantity,
                       BigDecimal acknowledgedPrice, String acknowledgedDate,
                       @EnumOf(RejectReason.class) String reasonCode, int shippedQuantity, int invoicedQuantity,
                       BigDecimal amount,
                       @Schema(description = "A change the partner asked for after the answer, until its supplier "
                               + "decides (CHANGE_REQUESTED).") Integer requestedQuantity,
                       String requestedChangeDate) {
        static Line of(OrderLine l) {
            return new Line(l.lineNo(), l.sku(), l.name(), l.unit().name(), l.quantity(), l.unitPrice(),
                    l.priceSource().name(), l.priceSourceName(), l.expectedPrice().orElse(null), l.priceChanged(),
                    l.requestedDate().map(LocalDate::toString).orElse(null), l.status().name(),
                    l.ackQuantity().orElse(null), l.ackPrice().orElse(null),
                    l.ackDate().map(LocalDate::toString).orElse(null), l.reasonCode().orElse(null),
                    l.shippedQuantity(), l.invoicedQuantity(), l.amount(), l.requestedQuantity().orElse(null),
                    l.requestedChangeDate().map(LocalDate::toString).orElse(null));
        }
    }

    @Schema(name = "Order", description = "A purchase order as every client reads it.")
    public record Order(String id, String partnerId, String poNumber, @EnumOf(OrderChannel.class) String channel,
                        @EnumOf(OrderStatus.class) String status, String currency, String requestedDelivery,
                        String notes, BigDecimal total, String createdAt, String submittedAt, String acknowledgedAt,
                        String updatedAt, List<Line> lines,
                        @Schema(description = "The ship-to address's id, as it was chosen.") String shipToId,
                        @Schema(description = "Its GLN, when it has one.") String shipToGln,
                        @Schema(description = "The ship-to address as it read when ordered, one line each.") String shipTo,
                        @Schema(description = "Who it went to: the brand owner, or the reseller's distributor.")
                        @EnumOf(OrderRoute.class) String routeTo,
                        @Schema(description = "The distributor it was routed to, if any: it answers, ships and "
                                + "invoices it.") String distributorId) {
        static Order of(PurchaseOrder o) {
            return new Order(o.id().toString(), o.partnerId().toString(), o.poNumber(), o.channel().name(),
                    o.status().name(), o.currency(), o.requestedDelivery().map(LocalDate::toString).orElse(null),
                    o.notes().orElse(null), o.total(), o.createdAt().toString(),
                    o.submittedAt().map(Object::toString).orElse(null),
                    o.acknowledgedAt().map(Object::toString).orElse(null), o.updatedAt().toString(),
                    o.lines().stream().map(Line::of).toList(), o.shipToId().map(Object::toString).orElse(null),
                    o.shipToGln().orElse(null), o.shipToText().orElse(null), o.route().name(),
                    o.supplierId().map(Object::toString).orElse(null));
        }
    }

    @Schema(name = "OrderPage", description = "One page of orders, newest first, with the total of the filter.")
    public record Page(List<Order> items, int page, int size, long total) {}

    @Schema(name = "OrderFeedEntry", description = "An order new or changed for the ERP, at its place in the feed.")
    public record FeedEntry(long position, Order order) {}

    @Schema(name = "OrderFeed", description = "New and changed orders after a place, in the order they were made. "
            + "Keep \"next\" once the page is processed and ask for what follows it; an empty page keeps the place.")
    public record Feed(List<FeedEntry> items, long next) {}

    @Schema(name = "LineAcknowledgment", description = "The ERP's answer for one line: ACCEPT; CHANGE with a new "
            + "quantity, unitPrice or date; BACKORDER with the date expected; REJECT with a reasonCode.")
    public record Ack(Integer line, @EnumOf(AckAction.class) String action, BigDecimal quantity, BigDecimal unitPrice,
                      @Schema(description = "YYYY-MM-DD") String date, @EnumOf(RejectReason.class) String reasonCode) {}

    @Schema(name = "OrderAcknowledgment", description = "An answer for every line of the order, each once.")
    public record Acknowledgment(List<Ack> lines, @Schema(hidden = true) List<FieldProblem> problems) {

        ParsedAck toAcks() {
            var found = new ArrayList<FieldProblem>(problems == null ? List.of() : problems);
            var acks = new ArrayList<LineAcknowledgment>();
            if (lines != null) {
                for (int i = 0; i < lines.size(); i++) {
                    var a = lines.get(i);
                    if (a == null) {
                        acks.add(null);
                        continue;
                    }
                    var at = "lines[" + i + "].";
                    AckAction action = null;
                    if (a.action() != null) {
                        try {
                            action = AckAction.valueOf(a.action());
                        } catch (IllegalArgumentException e) {
                            found.add(new FieldProblem(at + "action", "order.ack.action.required",
                                    "action: ACCEPT, CHANGE, BACKORDER or REJECT"));
                        }
                    }
                    if (a.line() == null) {
                        found.add(new FieldProblem(at + "line", "order.ack.line.required",
                                "line: the number of the order's line"));
                    }
                    acks.add(new LineAcknowledgment(a.line() == null ? -1 : a.line(), action, a.quantity(),
                            a.unitPrice(), date(a.date(), at + "date", found), a.reasonCode()));
                }
            }
            return new ParsedAck(acks, found);
        }
    }

    record ParsedAck(List<LineAcknowledgment> lines, List<FieldProblem> problems) {}

    @Schema(name = "LineChange", description = "What the partner asks to change in one accepted line after the "
            + "answer: a new quantity (never below what shipped), a new delivery date, or both.")
    public record Change(Integer line, @Schema(description = "A whole number.") BigDecimal quantity,
                         @Schema(description = "YYYY-MM-DD") String date) {}

    @Schema(name = "ChangeRequest", description = "The lines to change, each once; the supplier accepts or refuses "
            + "the whole request.")
    public record ChangeRequest(List<Change> lines, @Schema(hidden = true) List<FieldProblem> problems) {

        ParsedChanges toChanges() {
            var found = new ArrayList<FieldProblem>(problems == null ? List.of() : problems);
            var changes = new ArrayList<org.channelport.orders.domain.LineChange>();
            if (lines != null) {
                for (int i = 0; i < lines.size(); i++) {
                    var c = lines.get(i);
                    changes.add(c == null ? null : new org.channelport.orders.domain.LineChange(c.line(), c.quantity(),
                            date(c.date(), "lines[" + i + "].date", found)));
                }
            }
            return new ParsedChanges(changes, found);
        }
    }

    record ParsedChanges(List<org.channelport.orders.domain.LineChange> lines, List<FieldProblem> problems) {}

    @Schema(name = "ChangeDecision", description = "The supplier accepts (true) or refuses the change request.")
    public record ChangeDecision(Boolean accept) {}

    @Schema(name = "CancellationDecision", description = "The ERP accepts (true) or refuses the cancellation request.")
    public record CancellationDecision(Boolean accept) {}
}
