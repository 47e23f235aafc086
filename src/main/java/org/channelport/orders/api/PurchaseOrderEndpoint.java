package org.channelport.orders.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.channelport.orders.application.FulfilmentService;
import org.channelport.orders.application.OrderQueries;
import org.channelport.orders.application.OrderService;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.platform.rest.Params;
import org.channelport.platform.soap.SoapEndpoint;
import org.channelport.platform.soap.SoapFaults;
import org.channelport.shared.DomainException;

/**
 * Purchase orders over SOAP (issue 11, items 6 and 8) for ERPs and partner systems that speak it: the same service,
 * checks, tenancy and answers as {@link OrdersResource}. A partner's system places, changes, submits, cancels and
 * reads its own orders; the ERP reads the feed, answers lines, decides cancellation requests and reports shipments,
 * invoices and payments. Invalid input is a client fault with every field (lines[3].sku); another partner's order is
 * "not found". Retries: the PO number, shipment, invoice and payment numbers are the records (the same again answers
 * with what was recorded, other content is a fault naming it), so a retried call books nothing twice.
 */
@ApplicationScoped
@WebService(name = "PurchaseOrders", serviceName = "PurchaseOrders", portName = "PurchaseOrdersPort",
        targetNamespace = PurchaseOrderEndpoint.NAMESPACE)
public class PurchaseOrderEndpoint implements SoapEndpoint {
    public static final String NAMESPACE = "urn:channelport:orders:v1";

    @Inject
    OrderService orders;
    @Inject
    OrderQueries queries;
    @Inject
    FulfilmentService fulfilment;

    @Override
    @WebMethod(exclude = true)
    public String address() { return "PurchaseOrders"; }

    @Override
    @WebMethod(exclude = true)
    public Class<?> implementationClass() { return PurchaseOrderEndpoint.class; }

    /** A partner system places an order: submitted, or a draft when {@code draft} is true. */
    @WebMethod
    @WebResult(name = "order")
    public OrderXml placeOrder(@WebParam(name = "order") NewOrderXml order) {
        return SoapFaults.call(() -> {
            var parsed = json(order).toRequest();
            var placed = orders.place(parsed.request(), OrderChannel.API, !Boolean.TRUE.equals(order.draft),
                    parsed.problems());
            return OrderXml.of(placed.order());
        });
    }

    @WebMethod
    @WebResult(name = "order")
    public OrderXml changeOrder(@WebParam(name = "id") String id, @WebParam(name = "order") NewOrderXml order) {
        return SoapFaults.call(() -> {
            var parsed = json(order).toRequest();
            return OrderXml.of(orders.change(Params.id(id, "order"), parsed.request(), parsed.problems()));
        });
    }

    @WebMethod
    @WebResult(name = "order")
    public OrderXml submitOrder(@WebParam(name = "id") String id) {
        return SoapFaults.call(() -> OrderXml.of(orders.submit(Params.id(id, "order"))));
    }

    /** Cancels at once before the ERP answered; afterwards asks the ERP to (CANCEL_REQUESTED). */
    @WebMethod
    @WebResult(name = "order")
    public OrderXml cancelOrder(@WebParam(name = "id") String id) {
        return SoapFaults.call(() -> OrderXml.of(orders.cancel(Params.id(id, "order"))));
    }

    @WebMethod
    @WebResult(name = "order")
    public OrderXml getOrder(@WebParam(name = "id") String id) {
        return SoapFaults.call(() -> OrderXml.of(queries.get(Params.id(id, "order"))));
    }

    @WebMethod
    @WebResult(name = "orders")
    public OrderPageXml listOrders(@WebParam(name = "status") String status, @WebParam(name = "poNumber") String poNumber,
                                   @WebParam(name = "partnerId") String partnerId,
                                   @WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size,
                                   @WebParam(name = "route") String route) {
        return SoapFaults.call(() -> {
            int p = page == null ? 0 : page;
            int s = size == null ? 50 : size;
            if (s < 1 || s > 500) {
                throw new DomainException(DomainException.Kind.INVALID, "error.paging", "size: 1 to 500.").at("size");
            }
            var filter = new OrderQueries.Filter(Params.choice(OrderStatus.class, status, "status"), poNumber,
                    partnerId == null ? null : Params.id(partnerId, "partner"),
                    Params.choice(OrderQueries.Route.class, route, "route"));
            var xml = new OrderPageXml();
            queries.page(filter, Params.offset(p, s), s).forEach(o -> xml.orders.add(OrderXml.of(o)));
            xml.page = p;
            xml.size = s;
            xml.total = queries.count(filter);
            return xml;
        });
    }

    /** The ERP's feed (rule O14): orders after a place it has read; keep {@code next} once the page is processed. */
    @WebMethod
    @WebResult(name = "feed")
    public FeedXml readFeed(@WebParam(name = "after") Long after, @WebParam(name = "limit") Integer limit) {
        return SoapFaults.call(() -> {
            long from = after == null ? 0 : after;
            if (from < 0) {
                throw DomainException.invalid("order.feed.after", "after: a place from a previous page (0 at first).",
                        "after");
            }
            var xml = new FeedXml();
            xml.next = from;
            for (var order : queries.feed(from, limit == null ? 100 : limit)) {
                var entry = new FeedEntryXml();
                entry.position = order.feedPosition().orElseThrow();
                entry.order = OrderXml.of(order);
                xml.entries.add(entry);
                xml.next = entry.position;
            }
            return xml;
        });
    }

    /** The ERP answers every line once (rule O13). */
    @WebMethod
    @WebResult(name = "order")
    public OrderXml acknowledgeOrder(@WebParam(name = "id") String id,
                                     @WebParam(name = "line") List<AckXml> lines) {
        return SoapFaults.call(() -> {
            var parsed = new OrderJson.Acknowledgment(lines == null ? List.of() : lines.stream().map(a -> a == null ? null
                    : new OrderJson.Ack(a.line, a.action, a.quantity, a.unitPrice, a.date, a.reasonCode)).toList(),
                    List.of()).toAcks();
            return OrderXml.of(orders.acknowledge(Params.id(id, "order"), parsed.lines(), parsed.problems()));
        });
    }

    @WebMethod
    @WebResult(name = "order")
    public OrderXml decideCancellation(@WebParam(name = "id") String id, @WebParam(name = "accept") Boolean accept) {
        return SoapFaults.call(() -> OrderXml.of(orders.decideCancellation(Params.id(id, "order"),
                Params.required(accept, "accept"))));
    }

    /** Rule O26: the supplier closes an answered order once nothing is open between the two. */
    @WebMethod
    @WebResult(name = "order")
    public OrderXml closeOrder(@WebParam(name = "id") String id) {
        return SoapFaults.call(() -> OrderXml.of(orders.close(Params.id(id, "order"))));
    }

    /** Rule O23: a partner system asks its supplier to change quantities or dates of its acknowledged order. */
    @WebMethod
    @WebResult(name = "order")
    public OrderXml requestChange(@WebParam(name = "id") String id, @WebParam(name = "line") List<LineChangeXml> lines) {
        return SoapFaults.call(() -> {
            var parsed = new OrderJson.ChangeRequest(lines == null ? List.of() : lines.stream().map(l -> l == null ? null
                    : new OrderJson.Change(l.line, l.quantity, l.date)).toList(), List.of()).toChanges();
            return OrderXml.of(orders.requestChange(Params.id(id, "order"), parsed.lines(), parsed.problems()));
        });
    }

    /** Rule O23: the supplier (the ERP, or a distributor for an order routed to it) accepts or refuses the change. */
    @WebMethod
    @WebResult(name = "order")
    public OrderXml decideChange(@WebParam(name = "id") String id, @WebParam(name = "accept") Boolean accept) {
        return SoapFaults.call(() -> OrderXml.of(orders.decideChange(Params.id(id, "order"),
                Params.required(accept, "accept"))));
    }

    /** Rule O16; the shipment number is the record: sent again it answers with the shipment recorded. */
    @WebMethod
    @WebResult(name = "shipmentId")
    public String recordShipment(@WebParam(name = "orderId") String orderId,
                                 @WebParam(name = "shipment") ShipmentXml shipment) {
        return SoapFaults.call(() -> {
            var sent = Params.required(shipment, "shipment");
            var request = new FulfilmentJson.NewShipment(sent.number, sent.carrier, sent.trackingNumbers, sent.shipDate,
                    sent.packages, sent.lines.stream().map(l -> l == null ? null
                    : new FulfilmentJson.LineQuantity(l.line, l.quantity)).toList(), List.of()).toRequest();
            return fulfilment.ship(Params.id(orderId, "order"), request).value().id().toString();
        });
    }

    /** Rule O17; the invoice number is the record. */
    @WebMethod
    @WebResult(name = "invoiceId")
    public String recordInvoice(@WebParam(name = "orderId") String orderId,
                                @WebParam(name = "invoice") InvoiceXml invoice) {
        return SoapFaults.call(() -> {
            var sent = Params.required(invoice, "invoice");
            var request = new FulfilmentJson.NewInvoice(sent.number, sent.invoiceDate, sent.dueDate, sent.currency,
                    sent.lines.stream().map(l -> l == null ? null
                    : new FulfilmentJson.NewInvoiceLine(l.line, l.quantity, l.unitPrice)).toList(), sent.tax, sent.total,
                    List.of()).toRequest();
            return fulfilment.invoice(Params.id(orderId, "order"), request).value().id().toString();
        });
    }

    /** Rule O18; the payment reference is the record. */
    @WebMethod
    @WebResult(name = "paymentId")
    public String recordPayment(@WebParam(name = "payment") PaymentXml payment) {
        return SoapFaults.call(() -> {
            var sent = Params.required(payment, "payment");
            var request = new FulfilmentJson.NewPayment(sent.reference, sent.paymentDate, sent.invoices.stream()
                    .map(a -> a == null ? null : new FulfilmentJson.Allocation(a.invoice, a.amount)).toList(), List.of())
                    .toRequest();
            return fulfilment.pay(request).value().id().toString();
        });
    }

    private static OrderJson.NewOrder json(NewOrderXml order) {
        if (order == null) {
            throw new DomainException(DomainException.Kind.INVALID, "error.body", "Send the order.");
        }
        return new OrderJson.NewOrder(order.poNumber, order.currency, order.requestedDelivery, order.notes, order.draft,
                order.lines.stream().map(l -> l == null ? null : new OrderJson.NewLine(l.sku, l.quantity, l.unit,
                        l.unitPrice, l.requestedDate)).toList(), order.shipTo, order.routeTo, List.of());
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "NewOrderLine", namespace = NAMESPACE)
    public static class NewLineXml {
        public String sku;
        public BigDecimal quantity;
        public String unit;
        public BigDecimal unitPrice;
        /** YYYY-MM-DD */
        public String requestedDate;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "NewOrder", namespace = NAMESPACE)
    public static class NewOrderXml {
        public String poNumber;
        public String currency;
        /** YYYY-MM-DD */
        public String requestedDelivery;
        public String notes;
        public Boolean draft;
        @XmlElement(name = "line")
        public List<NewLineXml> lines = new ArrayList<>();
        /** The id or GLN of one of the partner's ship-to addresses; default: its default ship-to. */
        public String shipTo;
        /** BRAND_OWNER (default) or DISTRIBUTOR: an agent's or retailer's order to its distributor (rule O22). */
        public String routeTo;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "OrderLine", namespace = NAMESPACE)
    public static class LineXml {
        public int line;
        public String sku;
        public String name;
        public String unit;
        public int quantity;
        public BigDecimal unitPrice;
        public String priceSource;
        public BigDecimal expectedPrice;
        public boolean priceChanged;
        public String requestedDate;
        public String status;
        public Integer acknowledgedQuantity;
        public BigDecimal acknowledgedPrice;
        public String acknowledgedDate;
        public String reasonCode;
        public int shippedQuantity;
        public int invoicedQuantity;
        public BigDecimal amount;
        public Integer requestedQuantity;
        public String requestedChangeDate;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Order", namespace = NAMESPACE)
    public static class OrderXml {
        public String id;
        public String partnerId;
        public String poNumber;
        public String channel;
        public String status;
        public String currency;
        public String requestedDelivery;
        public String notes;
        public BigDecimal total;
        public String createdAt;
        public String submittedAt;
        public String acknowledgedAt;
        public String updatedAt;
        @XmlElement(name = "line")
        public List<LineXml> lines = new ArrayList<>();
        public String shipToId;
        public String shipToGln;
        public String shipTo;
        public String routeTo;
        public String distributorId;

        static OrderXml of(PurchaseOrder order) {
            var o = OrderJson.Order.of(order);
            var xml = new OrderXml();
            xml.id = o.id();
            xml.partnerId = o.partnerId();
            xml.poNumber = o.poNumber();
            xml.channel = o.channel();
            xml.status = o.status();
            xml.currency = o.currency();
            xml.requestedDelivery = o.requestedDelivery();
            xml.notes = o.notes();
            xml.total = o.total();
            xml.createdAt = o.createdAt();
            xml.submittedAt = o.submittedAt();
            xml.acknowledgedAt = o.acknowledgedAt();
            xml.updatedAt = o.updatedAt();
            xml.shipToId = o.shipToId();
            xml.shipToGln = o.shipToGln();
            xml.shipTo = o.shipTo();
            xml.routeTo = o.routeTo();
            xml.distributorId = o.distributorId();
            for (var l : o.lines()) {
                var line = new LineXml();
                line.line = l.line();
                line.sku = l.sku();
                line.name = l.name();
                line.unit = l.unit();
                line.quantity = l.quantity();
                line.unitPrice = l.unitPrice();
                line.priceSource = l.priceSource();
                line.expectedPrice = l.expectedPrice();
                line.priceChanged = l.priceChanged();
                line.requestedDate = l.requestedDate();
                line.status = l.status();
                line.acknowledgedQuantity = l.acknowledgedQuantity();
                line.acknowledgedPrice = l.acknowledgedPrice();
                line.acknowledgedDate = l.acknowledgedDate();
                line.reasonCode = l.reasonCode();
                line.shippedQuantity = l.shippedQuantity();
                line.invoicedQuantity = l.invoicedQuantity();
                line.amount = l.amount();
                line.requestedQuantity = l.requestedQuantity();
                line.requestedChangeDate = l.requestedChangeDate();
                xml.lines.add(line);
            }
            return xml;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "OrderPage", namespace = NAMESPACE)
    public static class OrderPageXml {
        @XmlElement(name = "order")
        public List<OrderXml> orders = new ArrayList<>();
        public int page;
        public int size;
        public long total;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "OrderFeedEntry", namespace = NAMESPACE)
    public static class FeedEntryXml {
        public long position;
        public OrderXml order;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "OrderFeed", namespace = NAMESPACE)
    public static class FeedXml {
        @XmlElement(name = "entry")
        public List<FeedEntryXml> entries = new ArrayList<>();
        public long next;
    }

    /** ACCEPT; CHANGE with quantity, unitPrice or date; BACKORDER with date; REJECT with reasonCode. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "LineAcknowledgment", namespace = NAMESPACE)
    public static class AckXml {
        public Integer line;
        public String action;
        public BigDecimal quantity;
        public BigDecimal unitPrice;
        public String date;
        public String reasonCode;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "LineChange", namespace = NAMESPACE)
    public static class LineChangeXml {
        public Integer line;
        public BigDecimal quantity;
        /** YYYY-MM-DD */
        public String date;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "LineQuantity", namespace = NAMESPACE)
    public static class LineQuantityXml {
        public Integer line;
        public Integer quantity;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Shipment", namespace = NAMESPACE)
    public static class ShipmentXml {
        public String number;
        public String carrier;
        @XmlElement(name = "trackingNumber")
        public List<String> trackingNumbers = new ArrayList<>();
        /** YYYY-MM-DD */
        public String shipDate;
        public Integer packages;
        @XmlElement(name = "line")
        public List<LineQuantityXml> lines = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "InvoiceLine", namespace = NAMESPACE)
    public static class InvoiceLineXml {
        public Integer line;
        public Integer quantity;
        public BigDecimal unitPrice;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Invoice", namespace = NAMESPACE)
    public static class InvoiceXml {
        public String number;
        public String invoiceDate;
        public String dueDate;
        public String currency;
        @XmlElement(name = "line")
        public List<InvoiceLineXml> lines = new ArrayList<>();
        public BigDecimal tax;
        public BigDecimal total;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Allocation", namespace = NAMESPACE)
    public static class AllocationXml {
        public String invoice;
        public BigDecimal amount;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Payment", namespace = NAMESPACE)
    public static class PaymentXml {
        public String reference;
        public String paymentDate;
        @XmlElement(name = "invoice")
        public List<AllocationXml> invoices = new ArrayList<>();
    }
}
