package org.channelport.orders.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.IllegalTransition;

/**
 * A partner's purchase order (rules O9–O13): the partner's own PO number, the channel it came by, its lines priced by
 * the one price function, and its place in the cycle with the ERP. The transitions are this class's methods; each
 * refuses a state that does not allow it ({@link IllegalTransition}).
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {
    public static final int MAX_LINES = 500;
    public static final int NOTES_MAX = 2000;
    /** 1 to 35 characters (EDIFACT BGM 1004 holds 35), none of them an EDI delimiter. */
    private static final Pattern PO_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/#-]{0,34}");
    private static final String SUBJECT = "purchase order";

    @Id
    private UUID id;
    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;
    @Column(name = "po_number", nullable = false)
    private String poNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderChannel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;
    /** Where it was before the partner asked to cancel or change it (rules O11, O23), until the supplier decides. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_cancel")
    private OrderStatus statusBeforeCancel;
    @Column(nullable = false)
    private String currency;
    @Column(name = "requested_delivery")
    private LocalDate requestedDelivery;
    private String notes;
    @Column(nullable = false)
    private BigDecimal total;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;
    @Column(name = "placed_by", nullable = false)
    private String placedBy;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** Where the order stands in the ERP's feed (rule O14): set on every change the ERP must read, in commit order. */
    @Column(name = "feed_position")
    private Long feedPosition;
    @Column(name = "ship_to_id")
    private UUID shipToId;
    @Column(name = "ship_to_gln")
    private String shipToGln;
    @Column(name = "ship_to")
    private String shipTo;
    /** Rule O22: the distributor the order went to; null: the brand owner. */
    @Column(name = "supplier_id")
    private UUID supplierId;
    /** Where a channel received it, for people to find it there (EDI: the interchange and set; rule O28). */
    @Column(name = "source_reference")
    private String sourceReference;
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();
    @Version
    private long version;

    protected PurchaseOrder() {}

    /** A checked and priced line, ready to be added to an order. */
    public record PricedLine(Product product, int quantity, ResolvedPrice price, BigDecimal expectedPrice,
                             LocalDate requestedDate) {}

    /**
     * Rule O10: every problem of the request at once, at its field ({@code lines[3].sku}), or its lines checked and
     * priced. A product the partner may not see answers like one that does not exist.
     */
    public static List<PricedLine> check(OrderRequest request, LocalDate today, OrderCatalog catalog,
                                         List<FieldProblem> problems) {
        problems.addAll(headerProblems(request, today));
        var priced = new ArrayList<PricedLine>();
        var lines = request.lines() == null ? List.<LineRequest>of() : request.lines();
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            problems.add(new FieldProblem("lines", "order.lines.count", "an order has 1 to " + MAX_LINES + " lines",
                    List.of(MAX_LINES)));
            return priced;
        }
        var currencyKnown = knownCurrency(request.currency());
        var day = request.requestedDelivery() != null && !request.requestedDelivery().isBefore(today)
                ? request.requestedDelivery() : today;
        for (int i = 0; i < lines.size(); i++) {
            var at = "lines[" + i + "].";
            var line = lines.get(i);
            if (line == null) {
                problems.add(new FieldProblem("lines[" + i + "]", "order.line.missing", "the line is empty"));
                continue;
            }
            if (line.sku() == null || line.sku().isBlank()) {
                problems.add(new FieldProblem(at + "sku", "order.line.sku.required", "sku: required"));
                continue;
            }
            var product = catalog.product(line.sku());
            if (product.isEmpty()) {
                var sku = Product.normalizedSku(line.sku());
                problems.add(new FieldProblem(at + "sku", "order.line.sku.unknown",
                        "no product " + excerpt(sku) + " in your catalog", List.of(excerpt(sku))));
                continue;
            }
            var p = product.get();
            var lineProblems = new ArrayList<>(p.orderProblems(line.quantity(), at + "sku", at + "quantity"));
            if (line.unit() != null && !line.unit().isBlank()) {
                var unit = UnitOfMeasure.ofCode(line.unit().strip().toUpperCase(Locale.ROOT));
                if (unit.isEmpty()) {
                    lineProblems.add(new FieldProblem(at + "unit", "order.line.unit.unknown",
                            "unit: not a UN/ECE Recommendation 20 code this catalog uses"));
                } else if (unit.get() != p.unit()) {
                    lineProblems.add(new FieldProblem(at + "unit", "order.line.unit.other",
                            p.sku() + " is sold by " + p.unit().name(), List.of(p.unit().name())));
                }
            }
            if (line.expectedPrice() != null && (line.expectedPrice().signum() < 0
                    || line.expectedPrice().stripTrailingZeros().scale() > 4)) {
                lineProblems.add(new FieldProblem(at + "unitPrice", "order.line.price.invalid",
                        "unitPrice: from 0, at most four decimals"));
            }
            if (line.requestedDate() != null && line.requestedDate().isBefore(today)) {
                lineProblems.add(new FieldProblem(at + "requestedDate", "order.date.past",
                        "requestedDate: today or later"));
            }
            if (!lineProblems.isEmpty()) {
                problems.addAll(lineProblems);
                continue;
            }
            int quantity = line.quantity().intValueExact();
            if (!currencyKnown) {
                continue;   // reported once, at the currency
            }
            var price = catalog.price(p, quantity, line.requestedDate() != null ? line.requestedDate() : day);
            if (price.isEmpty()) {
                problems.add(new FieldProblem(at + "sku", "order.line.price.none",
                        "no price for " + p.sku() + " in " + request.currency(), List.of(p.sku(), request.currency())));
                continue;
            }
            priced.add(new PricedLine(p, quantity, price.get(), line.expectedPrice(), line.requestedDate()));
        }
        return priced;
    }

    private static List<FieldProblem> headerProblems(OrderRequest request, LocalDate today) {
        var p = new ArrayList<FieldProblem>();
        var po = request.poNumber() == null ? "" : request.poNumber().strip();
        if (po.isEmpty()) {
            p.add(new FieldProblem("poNumber", "order.poNumber.required", "poNumber: required"));
        } else if (!PO_NUMBER.matcher(po).matches()) {
            p.add(new FieldProblem("poNumber", "order.poNumber.invalid",
                    "poNumber: 1 to 35 letters, digits, spaces and . _ / # -"));
        }
        if (!knownCurrency(request.currency())) {
            p.add(new FieldProblem("currency", "order.currency.invalid", "currency: an ISO 4217 code such as EUR"));
        }
        if (request.requestedDelivery() != null && request.requestedDelivery().isBefore(today)) {
            p.add(new FieldProblem("requestedDelivery", "order.date.past", "requestedDelivery: today or later"));
        }
        if (request.notes() != null && request.notes().length() > NOTES_MAX) {
            p.add(new FieldProblem("notes", "field.tooLong", "notes: at most " + NOTES_MAX + " characters",
                    List.of(NOTES_MAX)));
        }
        return p;
    }

    private static boolean knownCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String excerpt(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** A new order in draft, its lines checked and priced ({@link #check}). */
    public static PurchaseOrder draft(UUID id, UUID partnerId, OrderChannel channel, OrderRequest request,
                                      List<PricedLine> lines, String actor, Instant now) {
        var order = new PurchaseOrder();
        order.id = id;
        order.partnerId = partnerId;
        order.poNumber = request.poNumber().strip();
        order.channel = channel;
        order.status = OrderStatus.DRAFT;
        order.placedBy = actor;
        order.createdAt = now;
        order.write(request, lines, now);
        return order;
    }

    private void write(OrderRequest request, List<PricedLine> priced, Instant now) {
        currency = request.currency();
        requestedDelivery = request.requestedDelivery();
        notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        contentHash = fingerprint(request);
        // a changed order keeps its line rows, line number for line number (the database would see a new line 1
        // before the old one is gone: (order, line_no) is unique); lines beyond the new count go
        for (int i = 0; i < priced.size(); i++) {
            var line = priced.get(i);
            if (i < lines.size()) {
                lines.get(i).define(line.product(), line.quantity(), line.price(), line.expectedPrice(),
                        line.requestedDate());
            } else {
                lines.add(new OrderLine(this, i + 1, line.product(), line.quantity(), line.price(),
                        line.expectedPrice(), line.requestedDate()));
            }
        }
        while (lines.size() > priced.size()) {
            lines.remove(lines.size() - 1);
        }
        total = computeTotal();
        updatedAt = now;
    }

    /**
     * Rule O9: the same PO number with this content is the same order (a retry); the content is the PO number,
     * currency, dates, notes and each line's SKU, quantity, unit and expected price, as the partner meant them.
     */
    public static String fingerprint(OrderRequest r) {
        var text = new StringBuilder();
        text.append(strip(r.poNumber())).append('|').append(r.currency()).append('|').append(r.requestedDelivery())
                .append('|').append(strip(r.notes()));
        for (var line : r.lines() == null ? List.<LineRequest>of() : r.lines()) {
            if (line == null) {
                continue;
            }
            text.append('\n').append(Product.normalizedSku(line.sku())).append('|')
                    .append(line.quantity() == null ? "" : line.quantity().stripTrailingZeros().toPlainString())
                    .append('|').append(line.unit() == null ? "" : line.unit().strip().toUpperCase(Locale.ROOT))
                    .append('|').append(line.expectedPrice() == null ? ""
                            : line.expectedPrice().stripTrailingZeros().toPlainString())
                    .append('|').append(line.requestedDate());
        }
        if (r.shipTo() != null && !r.shipTo().isBlank()) {
            text.append("\nship-to|").append(r.shipTo().strip());   // orders without one keep their earlier hashes
        }
        if (r.routeOrDefault() != OrderRoute.BRAND_OWNER) {
            text.append("\nroute|").append(r.routeOrDefault().name());   // likewise
        }
        return org.channelport.shared.Digests.sha256(text.toString());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * Rule O21: where the order goes, one of the partner's ship-to addresses as it reads now (null: none
     * chosen and no default; the ERP ships to the partner's address).
     */
    public void shipTo(UUID addressId, String gln, String text) {
        shipToId = addressId;
        shipToGln = gln;
        shipTo = text;
    }

    /**
     * Rule O22: the order goes to this distributor (null: the brand owner). Only until it has reached anyone: once
     * submitted, the one it went to answers it.
     */
    public void routeTo(UUID distributorId) {
        if (java.util.Objects.equals(supplierId, distributorId)) {
            return;
        }
        if (status != OrderStatus.DRAFT && status != OrderStatus.AWAITING_APPROVAL) {
            throw org.channelport.shared.DomainException.invalid("order.route.fixed",
                    "An order that was sent keeps its supplier: cancel it and order again.", "routeTo");
        }
        supplierId = distributorId;
    }

    /** Rule O22: the distributor that answers this order, if it went to one (else the brand owner's ERP does). */
    public Optional<UUID> supplierId() { return Optional.ofNullable(supplierId); }

    /** Rule O28: where the channel received it (kept as first received; at most 200 characters). */
    public void receivedAs(String reference) {
        if (sourceReference == null && reference != null && !reference.isBlank()) {
            var text = reference.strip();
            sourceReference = text.length() > 200 ? text.substring(0, 200) : text;
        }
    }

    public Optional<String> sourceReference() { return Optional.ofNullable(sourceReference); }

    public OrderRoute route() { return supplierId == null ? OrderRoute.BRAND_OWNER : OrderRoute.DISTRIBUTOR; }

    /** Who issues its shipment ids, invoice numbers and payment references (each issuer's are its own). */
    public String issuer() { return supplierId == null ? BRAND_ISSUER : supplierId.toString(); }

    public static final String BRAND_ISSUER = "brand";

    public Optional<UUID> shipToId() { return Optional.ofNullable(shipToId); }
    public Optional<String> shipToGln() { return Optional.ofNullable(shipToGln); }
    public Optional<String> shipToText() { return Optional.ofNullable(shipTo); }

    /** Whether this request is this order again (rule O9). */
    public boolean sameContent(OrderRequest request) {
        return contentHash.equals(fingerprint(request));
    }

    /** The partner changes its order before the ERP answered (rule O11): new lines, dates and notes, checked again. */
    public void change(OrderRequest request, List<PricedLine> priced, Instant now) {
        if (!status.isChangeableByPartner()) {
            throw new IllegalTransition(SUBJECT, "order", status, "change");
        }
        if (!poNumber.equals(strip(request.poNumber()))) {
            throw org.channelport.shared.DomainException.invalid("order.poNumber.fixed",
                    "The PO number of an order cannot change.", "poNumber");
        }
        write(request, priced, now);
    }

    /** Rule O12: to the brand owner, or first to a partner admin when it is above the partner's approval amount. */
    public void submit(boolean needsApproval, Instant now) {
        if (status != OrderStatus.DRAFT) {
            throw new IllegalTransition(SUBJECT, "order", status, "submit");
        }
        status = needsApproval ? OrderStatus.AWAITING_APPROVAL : OrderStatus.SUBMITTED;
        submittedAt = needsApproval ? null : now;
        updatedAt = now;
    }

    /** Rule O12: a partner admin sends an order that waited for approval to the brand owner. */
    public void approve(String admin, Instant now) {
        if (status != OrderStatus.AWAITING_APPROVAL) {
            throw new IllegalTransition(SUBJECT, "order", status, "approve");
        }
        status = OrderStatus.SUBMITTED;
        approvedBy = admin;
        submittedAt = now;
        updatedAt = now;
    }

    /** Rule O12: a partner admin sends it back to draft; the buyer may change it and submit again. */
    public void returnToDraft(Instant now) {
        if (status != OrderStatus.AWAITING_APPROVAL) {
            throw new IllegalTransition(SUBJECT, "order", status, "returnToDraft");
        }
        status = OrderStatus.DRAFT;
        updatedAt = now;
    }

    /**
     * Rule O11: before the ERP answered, the partner cancels outright; once it answered, and before anything shipped,
     * the partner asks and the ERP decides ({@link #decideCancellation}).
     */
    public void cancel(Instant now) {
        if (status.isChangeableByPartner()) {
            status = OrderStatus.CANCELLED;
            lines.forEach(OrderLine::cancel);
            total = computeTotal();
        } else if ((status == OrderStatus.ACKNOWLEDGED || status == OrderStatus.PARTLY_ACKNOWLEDGED)
                && lines.stream().allMatch(l -> l.shippedQuantity() == 0)) {
            statusBeforeCancel = status;
            status = OrderStatus.CANCEL_REQUESTED;
        } else {
            throw new IllegalTransition(SUBJECT, "order", status, "cancel");
        }
        updatedAt = now;
    }

    /** Rule O11: the ERP accepts the partner's cancellation request, or refuses it (the order goes on as it was). */
    public void decideCancellation(boolean accept, Instant now) {
        if (status != OrderStatus.CANCEL_REQUESTED) {
            throw new IllegalTransition(SUBJECT, "order", status, "decideCancellation");
        }
        if (accept) {
            status = OrderStatus.CANCELLED;
            lines.forEach(OrderLine::cancel);
            total = computeTotal();
        } else {
            status = statusBeforeCancel;
        }
        statusBeforeCancel = null;
        updatedAt = now;
    }

    /** The states from which a supplier may close an order (rule O26): answered, and no request waiting. */
    private static final java.util.Set<OrderStatus> CLOSABLE = java.util.EnumSet.of(OrderStatus.ACKNOWLEDGED,
            OrderStatus.PARTLY_ACKNOWLEDGED, OrderStatus.PARTLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.INVOICED,
            OrderStatus.PARTLY_PAID, OrderStatus.PAID);

    /**
     * Rule O26: its supplier closes the order: nothing more ships (what was not shipped is not coming), and nothing is
     * open between the two: every quantity shipped is invoiced and every invoice paid ({@code invoices}: the order's
     * own). From an answered order only, not while the partner's request waits.
     */
    public void close(List<Invoice> invoices, Instant now) {
        if (!CLOSABLE.contains(status)) {
            throw new IllegalTransition(SUBJECT, "order", status, "close");
        }
        if (lines.stream().anyMatch(l -> l.invoicedQuantity() < l.shippedQuantity())) {
            throw new org.channelport.shared.DomainException(org.channelport.shared.DomainException.Kind.UNPROCESSABLE,
                    "order.close.uninvoiced",
                    "Some shipped quantities are not invoiced yet: invoice them before closing the order.");
        }
        if (invoices.stream().anyMatch(i -> i.status() != InvoiceStatus.PAID)) {
            throw new org.channelport.shared.DomainException(org.channelport.shared.DomainException.Kind.UNPROCESSABLE,
                    "order.close.unpaid", "An invoice of this order is not paid yet: close the order once it is.");
        }
        status = OrderStatus.CLOSED;
        updatedAt = now;
    }

    /**
     * Rule O23: once its supplier answered, and until everything shipped, the partner asks to change accepted lines:
     * a new quantity (a whole number, never below what already shipped) or a new delivery date (from today), one
     * request at a time; the supplier decides ({@link #decideChange}). {@code earlier}: the problems the service found
     * with the products' own rules (O5) for the new quantities. Every problem at its field; nothing changes unless
     * all are sound.
     */
    public void requestChange(List<LineChange> changes, LocalDate today, List<FieldProblem> earlier, Instant now) {
        if (!isChangeRequestable()) {
            throw new IllegalTransition(SUBJECT, "order", status, "requestChange");
        }
        var problems = new ArrayList<FieldProblem>(earlier);
        if (changes == null || changes.isEmpty()) {
            problems.add(new FieldProblem("lines", "order.change.none", "lines: at least one line to change"));
            throw new InvalidOrder(problems);
        }
        var seen = new HashSet<Integer>();
        boolean anything = false;
        for (int i = 0; i < changes.size(); i++) {
            var at = "lines[" + i + "].";
            var c = changes.get(i);
            if (c == null || c.line() == null) {
                problems.add(new FieldProblem("lines[" + i + "]", "order.line.missing", "the line is empty"));
                continue;
            }
            var line = lines.stream().filter(l -> l.lineNo() == c.line()).findFirst();
            if (line.isEmpty()) {
                problems.add(new FieldProblem(at + "line", "order.ack.line.unknown", "the order has no line " + c.line(),
                        List.of(c.line())));
                continue;
            }
            if (!seen.add(c.line())) {
                problems.add(new FieldProblem(at + "line", "order.ack.line.repeated", "line " + c.line()
                        + " is named twice", List.of(c.line())));
                continue;
            }
            var l = line.get();
            if (!l.status().isAccepted()) {
                problems.add(new FieldProblem(at + "line", "order.line.notAccepted", "line " + c.line() + " is "
                        + l.status().name().toLowerCase(Locale.ROOT), List.of(c.line())));
                continue;
            }
            if (c.quantity() == null && c.date() == null) {
                problems.add(new FieldProblem(at + "quantity", "order.change.empty",
                        "a change names a new quantity or date"));
                continue;
            }
            if (c.quantity() != null) {
                if (c.quantity().signum() <= 0 || c.quantity().stripTrailingZeros().scale() > 0
                        || c.quantity().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                    problems.add(new FieldProblem(at + "quantity", "order.line.quantity.invalid",
                            "quantity: a whole number above 0"));
                } else if (c.quantity().intValueExact() < l.shippedQuantity()) {
                    problems.add(new FieldProblem(at + "quantity", "order.change.belowShipped",
                            "quantity: " + l.shippedQuantity() + " already shipped", List.of(l.shippedQuantity())));
                } else if (c.quantity().intValueExact() != l.deliverableQuantity()) {
                    anything = true;
                }
            }
            // a date as agreed is no change (forms and EDI change messages send every line back)
            if (c.date() != null && !l.agreedDate().filter(c.date()::equals).isPresent()) {
                if (c.date().isBefore(today)) {
                    problems.add(new FieldProblem(at + "date", "order.date.past", "date: today or later"));
                } else {
                    anything = true;
                }
            }
        }
        if (problems.isEmpty() && !anything) {
            problems.add(new FieldProblem("lines", "order.change.same", "lines: nothing differs from the order as agreed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrder(problems);
        }
        for (var c : changes) {
            var l = line(c.line());
            var quantity = c.quantity() == null || c.quantity().intValueExact() == l.deliverableQuantity() ? null
                    : c.quantity().intValueExact();
            var date = c.date() == null || l.agreedDate().filter(c.date()::equals).isPresent() ? null : c.date();
            l.requestChange(quantity, date);
        }
        statusBeforeCancel = status;
        status = OrderStatus.CHANGE_REQUESTED;
        updatedAt = now;
    }

    /** Rule O23: answered, not everything shipped, nothing invoiced yet: the partner may ask for a change. */
    public boolean isChangeRequestable() {
        return (status == OrderStatus.ACKNOWLEDGED || status == OrderStatus.PARTLY_ACKNOWLEDGED
                || status == OrderStatus.PARTLY_SHIPPED) && lines.stream().noneMatch(l -> l.invoicedQuantity() > 0);
    }

    /**
     * Rule O23: the supplier accepts the partner's change (the new quantities and dates become the lines' agreed
     * ones, at the agreed prices) or refuses it (the order goes on as it was).
     */
    public void decideChange(boolean accept, Instant now) {
        if (status != OrderStatus.CHANGE_REQUESTED) {
            throw new IllegalTransition(SUBJECT, "order", status, "decideChange");
        }
        lines.forEach(l -> l.settleRequest(accept));
        if (lines.stream().anyMatch(l -> l.shippedQuantity() > 0)) {
            status = lines.stream().allMatch(l -> l.shippedQuantity() >= l.deliverableQuantity())
                    ? OrderStatus.SHIPPED : OrderStatus.PARTLY_SHIPPED;
        } else {
            status = statusBeforeCancel;
        }
        statusBeforeCancel = null;
        total = computeTotal();
        updatedAt = now;
    }

    /**
     * Rule O13: the ERP answers every line of a submitted order once. Every problem at once, at its field
     * ({@code lines[2].quantity}); nothing is applied unless all are sound. Fully acknowledged when no line is
     * rejected, rejected when all are, else partly.
     */
    public void acknowledge(List<LineAcknowledgment> acks, Instant now) {
        if (status != OrderStatus.SUBMITTED) {
            throw new IllegalTransition(SUBJECT, "order", status, "acknowledge");
        }
        var problems = new ArrayList<FieldProblem>();
        var byLine = new HashMap<Integer, LineAcknowledgment>();
        if (acks == null || acks.isEmpty()) {
            problems.add(new FieldProblem("lines", "order.ack.lines", "answer each of the order's " + lines.size()
                    + " lines once", List.of(lines.size())));
            throw new InvalidOrder(problems);
        }
        var numbers = new HashSet<Integer>();
        lines.forEach(l -> numbers.add(l.lineNo()));
        for (int i = 0; i < acks.size(); i++) {
            var at = "lines[" + i + "].";
            var ack = acks.get(i);
            if (ack == null) {
                problems.add(new FieldProblem("lines[" + i + "]", "order.line.missing", "the line is empty"));
                continue;
            }
            if (!numbers.contains(ack.line())) {
                problems.add(new FieldProblem(at + "line", "order.ack.line.unknown", "the order has no line " + ack.line(),
                        List.of(ack.line())));
                continue;
            }
            if (byLine.putIfAbsent(ack.line(), ack) != null) {
                problems.add(new FieldProblem(at + "line", "order.ack.line.repeated", "line " + ack.line()
                        + " is answered twice", List.of(ack.line())));
                continue;
            }
            problems.addAll(ackProblems(ack, at));
        }
        if (problems.isEmpty() && byLine.size() != lines.size()) {
            problems.add(new FieldProblem("lines", "order.ack.lines", "answer each of the order's " + lines.size()
                    + " lines once", List.of(lines.size())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrder(problems);
        }
        lines.forEach(l -> l.answer(byLine.get(l.lineNo())));
        long rejected = lines.stream().filter(l -> l.status() == LineStatus.REJECTED).count();
        status = rejected == 0 ? OrderStatus.ACKNOWLEDGED
                : rejected == lines.size() ? OrderStatus.REJECTED : OrderStatus.PARTLY_ACKNOWLEDGED;
        total = computeTotal();
        acknowledgedAt = now;
        updatedAt = now;
    }

    private static List<FieldProblem> ackProblems(LineAcknowledgment ack, String at) {
        var p = new ArrayList<FieldProblem>();
        if (ack.action() == null) {
            p.add(new FieldProblem(at + "action", "order.ack.action.required",
                    "action: ACCEPT, CHANGE, BACKORDER or REJECT"));
            return p;
        }
        switch (ack.action()) {
            case CHANGE -> {
                if (ack.quantity() == null && ack.unitPrice() == null && ack.date() == null) {
                    p.add(new FieldProblem(at + "action", "order.ack.change.empty",
                            "a change names a new quantity, price or date"));
                }
                if (ack.quantity() != null && (ack.quantity().signum() <= 0
                        || ack.quantity().stripTrailingZeros().scale() > 0
                        || ack.quantity().compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
                    p.add(new FieldProblem(at + "quantity", "order.line.quantity.invalid",
                            "quantity: a whole number above 0"));
                }
                if (ack.unitPrice() != null && (ack.unitPrice().signum() < 0
                        || ack.unitPrice().stripTrailingZeros().scale() > 4)) {
                    p.add(new FieldProblem(at + "unitPrice", "order.line.price.invalid",
                            "unitPrice: from 0, at most four decimals"));
                }
            }
            case BACKORDER -> {
                if (ack.date() == null) {
                    p.add(new FieldProblem(at + "date", "order.ack.backorder.date",
                            "date: when the backordered line is expected"));
                }
            }
            case REJECT -> {
                if (ack.reasonCode() == null || !isReason(ack.reasonCode())) {
                    p.add(new FieldProblem(at + "reasonCode", "order.ack.reason.required",
                            "reasonCode: one of DISCONTINUED, NOT_AVAILABLE, PRICE_NOT_AGREED, CREDIT_HOLD, DUPLICATE, "
                                    + "OTHER"));
                }
            }
            case ACCEPT -> { }
        }
        return p;
    }

    private static boolean isReason(String code) {
        for (var reason : RejectReason.values()) {
            if (reason.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule O16: the ERP ships accepted lines of an acknowledged order, never more of a line than it accepted. Every
     * problem at its field; nothing applied unless all are sound ({@link OrderMismatch}). The order is shipped when
     * every accepted line is, else partly.
     */
    public Shipment ship(ShipmentRequest r, String contentHash, Instant now) {
        var problems = new ArrayList<FieldProblem>();
        if (!(status == OrderStatus.ACKNOWLEDGED || status == OrderStatus.PARTLY_ACKNOWLEDGED
                || status == OrderStatus.PARTLY_SHIPPED || status == OrderStatus.SHIPPED)) {
            problems.add(new FieldProblem("order", "order.ship.notAcknowledged",
                    "the order is " + status.name().toLowerCase(Locale.ROOT) + ": only an acknowledged order ships",
                    List.of(status.name())));
            throw new OrderMismatch(problems);
        }
        text(problems, "number", r.number(), 35);
        text(problems, "carrier", r.carrier(), 100);
        var tracking = r.trackingNumbers() == null ? List.<String>of() : r.trackingNumbers();
        if (tracking.size() > 20) {
            problems.add(new FieldProblem("trackingNumbers", "order.ship.tracking.count", "at most 20 tracking numbers"));
        }
        for (int i = 0; i < tracking.size() && i < 20; i++) {
            text(problems, "trackingNumbers[" + i + "]", tracking.get(i), 100);
        }
        if (r.shipDate() == null) {
            problems.add(new FieldProblem("shipDate", "order.ship.date.required", "shipDate: required"));
        }
        if (r.packages() == null || r.packages() < 1 || r.packages() > 10_000) {
            problems.add(new FieldProblem("packages", "order.ship.packages", "packages: 1 to 10,000"));
        }
        quantities(problems, r.lines() == null ? null : r.lines().stream()
                .map(q -> q == null ? null : new int[]{q.line() == null ? -1 : q.line(),
                        q.quantity() == null ? 0 : q.quantity()}).toList(), OrderLine::deliverableQuantity,
                OrderLine::shippedQuantity, "order.ship.tooMuch", "accepted");
        if (!problems.isEmpty()) {
            throw new OrderMismatch(problems);
        }
        var shipment = new Shipment(id, partnerId, issuer(), r, contentHash, now);
        for (var q : r.lines()) {
            line(q.line()).ship(q.quantity());
        }
        var complete = lines.stream().allMatch(l -> l.shippedQuantity() >= l.deliverableQuantity());
        status = complete ? OrderStatus.SHIPPED : OrderStatus.PARTLY_SHIPPED;
        updatedAt = now;
        return shipment;
    }

    /**
     * Rule O17: the ERP invoices shipped quantities at the prices agreed, in the order's currency; the total is the
     * lines' amounts (each rounded to the cent) plus tax. Invoiced when every accepted quantity is.
     */
    public Invoice invoice(InvoiceRequest r, String contentHash, Instant now) {
        var problems = new ArrayList<FieldProblem>();
        if (status.isRequested()) {
            problems.add(new FieldProblem("order", "order.invoice.requested", "the partner asked to "
                    + (status == OrderStatus.CHANGE_REQUESTED ? "change" : "cancel") + " the order: decide that first"));
            throw new OrderMismatch(problems);
        }
        text(problems, "number", r.number(), 35);
        if (r.invoiceDate() == null) {
            problems.add(new FieldProblem("invoiceDate", "order.invoice.date.required", "invoiceDate: required"));
        }
        if (r.dueDate() == null || (r.invoiceDate() != null && r.dueDate().isBefore(r.invoiceDate()))) {
            problems.add(new FieldProblem("dueDate", "order.invoice.due", "dueDate: on or after the invoice date"));
        }
        if (!currency.equals(r.currency())) {
            problems.add(new FieldProblem("currency", "order.invoice.currency", "currency: the order's, " + currency,
                    List.of(currency)));
        }
        var requested = r.lines() == null ? null : r.lines().stream()
                .map(q -> q == null ? null : new int[]{q.line() == null ? -1 : q.line(),
                        q.quantity() == null ? 0 : q.quantity()}).toList();
        quantities(problems, requested, OrderLine::shippedQuantity, OrderLine::invoicedQuantity, "order.invoice.tooMuch",
                "shipped");
        var net = BigDecimal.ZERO;
        var invoiced = new ArrayList<Invoice.InvoicedLine>();
        for (int i = 0; r.lines() != null && i < r.lines().size(); i++) {
            var q = r.lines().get(i);
            if (q == null || q.line() == null || q.quantity() == null) {
                continue;
            }
            var line = lines.stream().filter(l -> l.lineNo() == q.line()).findFirst();
            if (line.isEmpty()) {
                continue;
            }
            var price = line.get().effectivePrice();
            if (q.unitPrice() == null || q.unitPrice().compareTo(price) != 0) {
                problems.add(new FieldProblem("lines[" + i + "].unitPrice", "order.invoice.price",
                        "unitPrice: the agreed price, " + price.stripTrailingZeros().toPlainString(),
                        List.of(price.stripTrailingZeros().toPlainString())));
                continue;
            }
            var amount = price.multiply(BigDecimal.valueOf(q.quantity())).setScale(2, java.math.RoundingMode.HALF_UP);
            net = net.add(amount);
            invoiced.add(new Invoice.InvoicedLine(q.line(), q.quantity(), price, amount));
        }
        var tax = r.tax() == null ? BigDecimal.ZERO : r.tax();
        if (tax.signum() < 0 || tax.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("tax", "order.invoice.tax", "tax: from 0, to the cent"));
        }
        var total = net.add(tax);
        if (problems.isEmpty() && r.total() != null && r.total().compareTo(total) != 0) {
            problems.add(new FieldProblem("total", "order.invoice.total", "total: the lines and tax add up to "
                    + total.toPlainString(), List.of(total.toPlainString())));
        }
        if (!problems.isEmpty()) {
            throw new OrderMismatch(problems);
        }
        for (var q : r.lines()) {
            line(q.line()).invoice(q.quantity());
        }
        if (lines.stream().allMatch(l -> l.invoicedQuantity() >= l.deliverableQuantity())) {
            status = OrderStatus.INVOICED;
        }
        updatedAt = now;
        return new Invoice(id, partnerId, issuer(), r, invoiced, net, total, contentHash, now);
    }

    /**
     * Rule O18: after a payment of one of its invoices: paid when it is invoiced and every invoice is paid, partly
     * paid once any payment arrived.
     */
    public void paymentsChanged(List<Invoice> invoices, Instant now) {
        if (status != OrderStatus.INVOICED && status != OrderStatus.PARTLY_PAID && status != OrderStatus.PAID) {
            updatedAt = now;
            return;
        }
        var allPaid = invoices.stream().allMatch(i -> i.status() == InvoiceStatus.PAID);
        status = allPaid ? OrderStatus.PAID : OrderStatus.PARTLY_PAID;
        updatedAt = now;
    }

    /**
     * Lines and quantities of a ship notice or invoice: each an order line, once or more, quantities from 1, and in
     * all at most {@code limit} minus {@code done} of the line.
     */
    private void quantities(List<FieldProblem> problems, List<int[]> requested,
                            java.util.function.ToIntFunction<OrderLine> limit,
                            java.util.function.ToIntFunction<OrderLine> done, String tooMuchKey, String limitName) {
        if (requested == null || requested.isEmpty()) {
            problems.add(new FieldProblem("lines", "order.lines.none", "lines: at least one"));
            return;
        }
        var sums = new HashMap<Integer, Integer>();
        for (int i = 0; i < requested.size(); i++) {
            var at = "lines[" + i + "].";
            var q = requested.get(i);
            if (q == null) {
                problems.add(new FieldProblem("lines[" + i + "]", "order.line.missing", "the line is empty"));
                continue;
            }
            var line = lines.stream().filter(l -> l.lineNo() == q[0]).findFirst();
            if (line.isEmpty()) {
                problems.add(new FieldProblem(at + "line", "order.ack.line.unknown", "the order has no line " + q[0],
                        List.of(q[0])));
                continue;
            }
            if (!line.get().status().isAccepted()) {
                problems.add(new FieldProblem(at + "line", "order.line.notAccepted", "line " + q[0] + " is "
                        + line.get().status().name().toLowerCase(Locale.ROOT), List.of(q[0])));
                continue;
            }
            if (q[1] < 1) {
                problems.add(new FieldProblem(at + "quantity", "order.line.quantity.invalid",
                        "quantity: a whole number above 0"));
                continue;
            }
            int sum = sums.merge(q[0], q[1], Integer::sum);
            int open = limit.applyAsInt(line.get()) - done.applyAsInt(line.get());
            if (sum > open) {
                problems.add(new FieldProblem(at + "quantity", tooMuchKey, "line " + q[0] + ": at most " + open
                        + " more (" + limitName + " " + limit.applyAsInt(line.get()) + ")", List.of(open)));
            }
        }
    }

    private OrderLine line(int no) {
        return lines.stream().filter(l -> l.lineNo() == no).findFirst().orElseThrow();
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "field.required", field + ": required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "field.tooLong", field + ": at most " + max + " characters",
                    List.of(max)));
        }
    }

    /** Rule O14: the order's new place in the ERP's feed. */
    public void moveInFeed(long position) {
        feedPosition = position;
    }

    private BigDecimal computeTotal() {
        return lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public UUID id() { return id; }
    public UUID partnerId() { return partnerId; }
    public String poNumber() { return poNumber; }
    public OrderChannel channel() { return channel; }
    public OrderStatus status() { return status; }
    public String currency() { return currency; }
    public Optional<LocalDate> requestedDelivery() { return Optional.ofNullable(requestedDelivery); }
    public Optional<String> notes() { return Optional.ofNullable(notes); }
    public BigDecimal total() { return total; }
    public String placedBy() { return placedBy; }
    public Optional<String> approvedBy() { return Optional.ofNullable(approvedBy); }
    public Instant createdAt() { return createdAt; }
    public Optional<Instant> submittedAt() { return Optional.ofNullable(submittedAt); }
    public Optional<Instant> acknowledgedAt() { return Optional.ofNullable(acknowledgedAt); }
    public Instant updatedAt() { return updatedAt; }
    public Optional<Long> feedPosition() { return Optional.ofNullable(feedPosition); }
    public List<OrderLine> lines() { return List.copyOf(lines); }
    public long version() { return version; }
}
