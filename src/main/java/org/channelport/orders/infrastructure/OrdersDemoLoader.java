package org.channelport.orders.infrastructure;

import org.channelport.orders.domain.AckAction;
import org.channelport.orders.domain.InvoiceRequest;
import org.channelport.orders.domain.LineAcknowledgment;
import org.channelport.orders.domain.LineRequest;
import org.channelport.orders.domain.OrderCatalog;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderRequest;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.orders.domain.Payment;
import org.channelport.orders.domain.PaymentRequest;
import org.channelport.orders.domain.PriceResolution;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.ResolvedPrice;
import org.channelport.orders.domain.ShipmentRequest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.channelport.orders.application.OrderEvents;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.channelport.orders.domain.ContractPrice;
import org.channelport.orders.domain.Gtin;
import org.channelport.orders.domain.PriceBreak;
import org.channelport.orders.domain.PriceList;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.persistence.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo catalog from the JSON file named by {@code app.seed.catalog-file} (the demo uses
 * config/demo/catalog.json) into a database without products, after the partners: product families become products
 * (through the domain's checks, rules O1–O3), price lists per tier and currency, and contract prices for a partner,
 * so that the portal's catalog shows visibility and prices at work.
 */
@ApplicationScoped
public class OrdersDemoLoader {
    private static final Logger LOG = Logger.getLogger(OrdersDemoLoader.class.getName());

    @Inject
    @ConfigProperty(name = "app.seed.catalog-file")
    Optional<String> seedFile;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @PersistenceContext
    EntityManager em;
    @Inject
    org.channelport.partners.application.PartnerRoster roster;
    @Inject
    org.channelport.orders.domain.PurchaseOrderRepository purchaseOrders;
    /** The demo's webhook receiver (the mail sink's /webhooks page): Northwind's endpoint, so deliveries can be seen. */
    @Inject
    @ConfigProperty(name = "app.seed.webhook-url")
    Optional<String> webhookUrl;
    @Inject
    org.channelport.platform.webhooks.Webhooks webhooks;
    @Inject
    OrderEvents events;
    @Inject
    org.channelport.orders.application.ProductImageService images;

    @Transactional
    void onDatabaseReady(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 3000) DatabaseReady ready)
            throws IOException {
        if (seedFile.isEmpty() || seedFile.get().isBlank()
                || em.createQuery("select count(p) from Product p", Long.class).getSingleResult() > 0) {
            return;
        }
        JsonObject root;
        try (var reader = Json.createReader(Files.newBufferedReader(Path.of(seedFile.get())))) {
            root = reader.readObject();
        }
        var now = clock.instant();
        var firstDay = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfYear(1);
        int variants = root.getInt("variants");
        var products = new ArrayList<Product>();
        var basePrices = new ArrayList<BigDecimal>();
        int serial = 0;
        var pictures = new ArrayList<String[]>();
        for (var value : root.getJsonArray("families")) {
            var f = value.asJsonObject();
            var types = EnumSet.noneOf(PartnerType.class);
            if (f.containsKey("partnerTypes")) {
                f.getJsonArray("partnerTypes").forEach(t -> types.add(PartnerType.valueOf(((jakarta.json.JsonString) t).getString())));
            }
            var lowest = f.containsKey("lowestTier") ? PartnerTier.valueOf(f.getString("lowestTier")) : null;
            for (int i = 0; i < variants; i++) {
                var size = 100 + i * 10;
                var sku = f.getString("prefix") + "-" + size;
                var body = "400638" + String.format("%06d", ++serial);
                var gtin = body + Gtin.checkDigit(body);
                var discontinued = i == 0;
                var definition = new ProductDefinition(sku, gtin,
                        Map.of("en", f.getString("en") + " " + size, "zh-TW", f.getString("zhTW") + " " + size,
                                "zh-CN", f.getString("zhCN") + " " + size),
                        Map.of("en", f.getString("en") + ", model " + size + "."), f.getString("line"), f.getString("unit"),
                        f.getInt("multiple"), f.getInt("minimum"), discontinued ? "DISCONTINUED" : "ACTIVE",
                        discontinued ? f.getString("prefix") + "-" + (size + 10) : null, types, lowest, Set.of(), Set.of());
                var product = Product.define(UUID.randomUUID(), definition, now);
                em.persist(product);
                audit.recordAs("demo", null, "Product", product.id(), "defined", null, product.status(), sku);
                products.add(product);
                if (!discontinued) {   // the discontinued ones show the placeholder of a product without image
                    pictures.add(new String[] {sku, f.getString("prefix"), f.getString("line")});
                }
                basePrices.add(f.getJsonNumber("price").bigDecimalValue()
                        .multiply(BigDecimal.valueOf(100 + i * 3L)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
            }
        }
        var painter = new DemoPictures();
        for (var picture : pictures) {   // through the ERP's own path: drawn anew, tagged, audited
            images.seed(picture[0], painter.draw(picture[1], org.channelport.shared.ProductLine.valueOf(picture[2]),
                    picture[0]));
        }
        var priceLists = new ArrayList<PriceList>();
        var contractPrices = new ArrayList<ContractPrice>();
        int lists = 0;
        for (var tier : root.getJsonObject("tiers").entrySet()) {
            for (var currency : root.getJsonObject("currencies").entrySet()) {
                var factor = ((jakarta.json.JsonNumber) tier.getValue()).bigDecimalValue()
                        .multiply(((jakarta.json.JsonNumber) currency.getValue()).bigDecimalValue());
                var prices = new ArrayList<PriceBreak>();
                for (int i = 0; i < products.size(); i++) {
                    var price = basePrices.get(i).multiply(factor).setScale(2, RoundingMode.HALF_UP);
                    var product = products.get(i);
                    prices.add(new PriceBreak(product.sku(), product.minimumQuantity(), price));
                    // a quantity break: 5 % less from ten times the minimum
                    prices.add(new PriceBreak(product.sku(), product.minimumQuantity() * 10,
                            price.multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.HALF_UP)));
                }
                var code = tier.getKey() + "-" + currency.getKey() + "-" + firstDay.getYear();
                var list = new PriceList(UUID.randomUUID(), code, tier.getKey().charAt(0)
                        + tier.getKey().substring(1).toLowerCase() + " " + currency.getKey() + " " + firstDay.getYear(),
                        currency.getKey(), PartnerTier.valueOf(tier.getKey()), firstDay, null, prices, now);
                em.persist(list);
                priceLists.add(list);
                audit.recordAs("demo", null, "PriceList", list.id(), "defined", null, null, code);
                lists++;
            }
        }
        int contracts = 0;
        for (var value : root.getJsonArray("contracts")) {
            var c = value.asJsonObject();
            var partner = UUID.fromString(c.getString("partnerId"));
            var keep = BigDecimal.ONE.subtract(c.getJsonNumber("discount").bigDecimalValue());
            var rate = root.getJsonObject("currencies").getJsonNumber(c.getString("currency")).bigDecimalValue();
            for (int i = 0; i < products.size(); i += c.getInt("every")) {
                var product = products.get(i);
                var contract = new ContractPrice(UUID.randomUUID(), partner, product.sku(), c.getString("currency"),
                        product.minimumQuantity(), basePrices.get(i).multiply(rate).multiply(keep)
                        .setScale(2, RoundingMode.HALF_UP), firstDay, null, now);
                em.persist(contract);
                contractPrices.add(contract);
                audit.recordAs("demo", partner, "ContractPrice", contract.id(), "defined", null, null, product.sku());
                contracts++;
            }
        }
        int orders = root.containsKey("orders") ? orders(root, products, priceLists, contractPrices, now) : 0;
        var summary = "Demo catalog loaded: " + products.size() + " products (" + pictures.size() + " with images), " + lists + " price lists, " + contracts
                + " contract prices, " + orders + " orders";
        LOG.info(summary);
    }


    /**
     * Demo orders, one per state of the cycle, through the domain's own checks and the one price function (rules
     * O4, O10-O18), with what the ERP would have sent for each: answers, shipments, invoices, payments.
     */
    private int orders(JsonObject root, List<Product> products, List<PriceList> lists, List<ContractPrice> contracts,
                       java.time.Instant now) {
        var bySku = new java.util.HashMap<String, Product>();
        products.forEach(p -> bySku.put(p.sku(), p));
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int count = 0;
        var subscribed = new java.util.HashSet<UUID>();
        for (var value : root.getJsonArray("orders")) {
            var o = value.asJsonObject();
            var partnerId = UUID.fromString(o.getString("partnerId"));
            var member = roster.find(partnerId);
            if (member.isEmpty()) {
                continue;
            }
            if (webhookUrl.isPresent() && !webhookUrl.get().isBlank() && subscribed.add(partnerId)) {
                webhooks.seed(partnerId, webhookUrl.get(), events.eventTypes(), "Demo: the mail sink's webhook page",
                        "demo");
            }
            var tier = member.get().tier();
            var currency = o.getString("currency");
            OrderCatalog catalog = new OrderCatalog() {
                @Override
                public Optional<Product> product(String sku) {
                    return Optional.ofNullable(bySku.get(sku))
                            .filter(p -> p.visibleTo(partnerId, member.get().type(), tier));
                }

                @Override
                public Optional<ResolvedPrice> price(Product product, int quantity, LocalDate day) {
                    return PriceResolution.resolve(product.sku(), partnerId, tier, currency, BigDecimal.valueOf(quantity),
                            day, contracts.stream().filter(c -> c.partnerId().equals(partnerId)).toList(), lists);
                }
            };
            var lines = new ArrayList<LineRequest>();
            for (var line : o.getJsonArray("lines")) {
                var pair = line.asJsonArray();
                lines.add(new LineRequest(pair.getString(0), BigDecimal.valueOf(pair.getInt(1)), null, null, null));
            }
            var request = new OrderRequest(o.getString("po"), currency, today.plusDays(14), null, lines);
            var problems = new ArrayList<org.channelport.shared.FieldProblem>();
            var priced = PurchaseOrder.check(request, today, catalog, problems);
            if (!problems.isEmpty()) {
                LOG.warning("Demo order " + request.poNumber() + " refused: " + problems);
                continue;
            }
            var placedBy = o.getString("placedBy", "northwind.rep");
            var order = PurchaseOrder.draft(UUID.randomUUID(), partnerId, OrderChannel.PORTAL, request, priced,
                    placedBy, now);
            if ("DISTRIBUTOR".equals(o.getString("routeTo", null))) {
                order.routeTo(member.get().parentId());   // rule O22: the distributor answers it, as below
            }
            em.persist(order);
            audit.recordAs(placedBy, partnerId, "PurchaseOrder", order.id(), "orderDrafted", null,
                    order.status(), order.poNumber());
            demoCycle(order, OrderStatus.valueOf(o.getString("state")), today, now);
            count++;
        }
        return count;
    }

    private void demoCycle(PurchaseOrder order, OrderStatus target, LocalDate today, java.time.Instant now) {
        if (target == OrderStatus.DRAFT) {
            return;
        }
        var partner = order.partnerId();
        // the brand owner's ERP answers, or for a routed order its distributor's administrator (rule O22)
        var supplier = order.supplierId().isPresent() ? "northwind.admin" : "erp";
        order.submit(target == OrderStatus.AWAITING_APPROVAL, now);
        audit.recordAs(order.placedBy(), partner, "PurchaseOrder", order.id(), target == OrderStatus.AWAITING_APPROVAL
                ? "orderAwaitingApproval" : order.supplierId().isPresent() ? "orderSentToDistributor" : "orderSubmitted",
                OrderStatus.DRAFT, order.status(), (String) null);
        if (target == OrderStatus.AWAITING_APPROVAL) {
            events.publish(order, OrderEvents.AWAITING_APPROVAL);
            return;
        }
        order.moveInFeed(purchaseOrders.nextFeedPosition());
        events.publish(order, OrderEvents.SUBMITTED);
        if (target == OrderStatus.SUBMITTED) {
            return;
        }
        if (target == OrderStatus.CANCELLED) {
            order.cancel(now);
            order.moveInFeed(purchaseOrders.nextFeedPosition());
            audit.recordAs(order.placedBy(), partner, "PurchaseOrder", order.id(), "orderCancelled",
                    OrderStatus.SUBMITTED, order.status(), (String) null);
            events.publish(order, OrderEvents.CANCELLED);
            return;
        }
        var answers = new ArrayList<LineAcknowledgment>();
        for (var line : order.lines()) {
            answers.add(target == OrderStatus.PARTLY_ACKNOWLEDGED && line.lineNo() == 2
                    ? new LineAcknowledgment(line.lineNo(), AckAction.REJECT, null, null, null, "NOT_AVAILABLE")
                    : target == OrderStatus.PARTLY_ACKNOWLEDGED && line.lineNo() == 3
                    ? new LineAcknowledgment(line.lineNo(), AckAction.BACKORDER, null, null, today.plusDays(21), null)
                    : new LineAcknowledgment(line.lineNo(), AckAction.ACCEPT, null, null, null, null));
        }
        order.acknowledge(answers, now);
        audit.recordAs(supplier, partner, "PurchaseOrder", order.id(), "orderAcknowledged", OrderStatus.SUBMITTED,
                order.status(), (String) null);
        events.publish(order, OrderEvents.ACKNOWLEDGED);
        if (target == OrderStatus.PARTLY_ACKNOWLEDGED || target == OrderStatus.ACKNOWLEDGED) {
            return;
        }
        if (target == OrderStatus.CANCEL_REQUESTED) {
            order.cancel(now);
            order.moveInFeed(purchaseOrders.nextFeedPosition());
            audit.recordAs(order.placedBy(), partner, "PurchaseOrder", order.id(), "orderCancelRequested",
                    OrderStatus.ACKNOWLEDGED, order.status(), (String) null);
            events.publish(order, OrderEvents.CANCELLATION_REQUESTED);
            return;
        }
        var number = order.poNumber().replace("NW-", "");
        var shipment = order.ship(new ShipmentRequest("SHP-" + number, "DHL Express", List.of("JD01460000" + number),
                today.minusDays(2), order.lines().size(), order.lines().stream()
                .map(l -> new ShipmentRequest.Quantity(l.lineNo(), l.deliverableQuantity())).toList()),
                "demo-" + number, now);
        em.persist(shipment);
        audit.recordAs(supplier, partner, "PurchaseOrder", order.id(), "orderShipped", OrderStatus.ACKNOWLEDGED,
                order.status(), shipment.number());
        events.publish(order, OrderEvents.SHIPPED, Map.of("shipmentNumber", shipment.number()));
        if (target == OrderStatus.SHIPPED) {
            return;
        }
        var invoice = order.invoice(new InvoiceRequest("INV-" + number, today.minusDays(1), today.plusDays(29),
                order.currency(), order.lines().stream().map(l -> new InvoiceRequest.Line(l.lineNo(),
                l.deliverableQuantity(), l.effectivePrice())).toList(), BigDecimal.ZERO, null), "demo-" + number, now);
        em.persist(invoice);
        audit.recordAs(supplier, partner, "PurchaseOrder", order.id(), "orderInvoiced", OrderStatus.SHIPPED,
                order.status(), invoice.number());
        events.publish(order, OrderEvents.INVOICED, Map.of("invoiceNumber", invoice.number()));
        if (target == OrderStatus.INVOICED) {
            return;
        }
        var payment = Payment.record(order.issuer(), new PaymentRequest("PAY-" + number, today, List.of(
                new PaymentRequest.Allocation(invoice.number(), invoice.total()))), Map.of(invoice.number(), invoice),
                "demo-" + number, now);
        em.persist(payment);
        order.paymentsChanged(List.of(invoice), now);
        audit.recordAs(supplier, partner, "PurchaseOrder", order.id(), "orderPaid", OrderStatus.INVOICED, order.status(),
                payment.reference());
        events.publish(order, OrderEvents.PAID, Map.of("paymentReference", payment.reference()));
        if (target == OrderStatus.CLOSED) {
            order.close(List.of(invoice), now);
            audit.recordAs(supplier, partner, "PurchaseOrder", order.id(), "orderClosed", OrderStatus.PAID,
                    order.status(), (String) null);
            events.publish(order, OrderEvents.CLOSED);
        }
    }
}
