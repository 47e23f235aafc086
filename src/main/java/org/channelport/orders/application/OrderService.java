package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.InvalidOrder;
import org.channelport.orders.domain.LineAcknowledgment;
import org.channelport.orders.domain.LineRequest;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderRequest;
import org.channelport.orders.domain.OrderRoute;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.PurchaseOrderRepository;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;

/**
 * Purchase orders (rules O9–O14), the one way in for every channel: the portal, the partner's system over REST and
 * SOAP, and EDI (issue 12). The partner places, changes, submits and cancels its own orders (its admins approve the
 * ones above its approval amount); the ERP answers each line and decides cancellation requests. Every change is
 * audited; every change the ERP must read moves the order in its feed.
 */
@ApplicationScoped
@Transactional
public class OrderService {
    static final String SUBJECT = "PurchaseOrder";   // history.subject.PurchaseOrder; actions: order*

    @Inject
    PurchaseOrderRepository orders;
    @Inject
    CatalogQueries catalog;
    @Inject
    PartnerRoster roster;
    @Inject
    CurrentUser user;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    OrderNotifications notifications;
    @Inject
    OrderEvents events;
    @Inject
    org.channelport.partners.application.PartnerAddresses addresses;
    @Inject
    OrderAccess access;

    /** A placed order, and whether it was already there (the same PO number and content again: rule O9). */
    public record Placed(PurchaseOrder order, boolean replayed) {}

    /**
     * Rules O9, O10, O12: checks and prices every line, then keeps the order as a draft or submits it. The same PO
     * number again with the same content returns the first order; with other content it is refused naming it.
     */
    public Placed place(OrderRequest request, OrderChannel channel, boolean submit) {
        return place(request, channel, submit, List.of());
    }

    /** {@link #place}, reporting with its own the problems a channel found reading the request (an unreadable date). */
    public Placed place(OrderRequest request, OrderChannel channel, boolean submit, List<FieldProblem> earlier) {
        return place(request, channel, submit, earlier, null);
    }

    /**
     * {@link #place(OrderRequest, OrderChannel, boolean, List)} from a channel that names where it received the order
     * (rule O28: EDI's interchange and set), kept on the order as first received.
     */
    public Placed place(OrderRequest request, OrderChannel channel, boolean submit, List<FieldProblem> earlier,
                        String source) {
        var partnerId = orderingPartner();
        var existing = earlier.isEmpty() ? orders.byPoNumberForUpdate(partnerId, request.poNumber())
                : java.util.Optional.<PurchaseOrder>empty();
        if (existing.isPresent()) {
            var order = existing.get();
            if (order.sameContent(request)) {
                return new Placed(order, true);
            }
            throw DomainException.conflict("order.poNumber.taken", "The PO number " + order.poNumber()
                    + " is already order " + order.id() + " with other content.").at("poNumber")
                    .with(order.poNumber(), order.id());
        }
        var now = clock.instant();
        var problems = new ArrayList<FieldProblem>(earlier);
        var shipTo = shipTo(partnerId, request, problems);
        var supplier = supplier(partnerId, request, problems);
        var order = PurchaseOrder.draft(UUID.randomUUID(), partnerId, channel, request, checked(partnerId, request,
                problems), audit.currentActor(), now);
        shipTo.ifPresent(a -> order.shipTo(a.id(), a.gln(), a.text()));
        order.routeTo(supplier);
        order.receivedAs(source);
        // asked before the order is kept: the query would otherwise write the draft first, and submitting would then
        // update it (one statement fewer per order: issue 11's intake bench)
        var approval = submit && needsApproval(order);
        orders.add(order);
        audit.record(partnerId, SUBJECT, order.id(), "orderDrafted", null, order.status(), order.poNumber());
        if (submit) {
            submit(order, approval);
        } else {
            events.publish(order, OrderEvents.DRAFTED);
        }
        return new Placed(order, false);
    }

    /** Rule O11: the partner changes its lines, dates or notes before the ERP answered; checked and priced again. */
    public PurchaseOrder change(UUID orderId, OrderRequest request) {
        return change(orderId, request, List.of());
    }

    /** {@link #change(UUID, OrderRequest)} with the problems a channel found reading the request. */
    public PurchaseOrder change(UUID orderId, OrderRequest given, List<FieldProblem> earlier) {
        var order = own(orderId);
        // a change that does not name a route keeps the order's (clients that never route change orders unaware)
        var request = given.route() != null ? given : new OrderRequest(given.poNumber(), given.currency(),
                given.requestedDelivery(), given.notes(), given.lines(), given.shipTo(), order.route());
        var before = order.status();
        var problems = new ArrayList<FieldProblem>(earlier);
        var shipTo = shipTo(order.partnerId(), request, problems);
        UUID supplier;
        if (order.status() == OrderStatus.DRAFT || order.status() == OrderStatus.AWAITING_APPROVAL) {
            supplier = supplier(order.partnerId(), request, problems);
        } else {
            supplier = order.supplierId().orElse(null);   // it reached its supplier: it stays there
            if (request.routeOrDefault() != order.route()) {
                problems.add(new FieldProblem("routeTo", "order.route.fixed",
                        "routeTo: an order that was sent keeps its supplier; cancel it and order again"));
            }
        }
        order.change(request, checked(order.partnerId(), request, problems), clock.instant());
        order.routeTo(supplier);
        order.shipTo(shipTo.map(a -> a.id()).orElse(null), shipTo.map(a -> a.gln()).orElse(null),
                shipTo.map(a -> a.text()).orElse(null));
        audit.record(order.partnerId(), SUBJECT, order.id(), "orderChanged", before, order.status(), (String) null);
        if (order.status() == OrderStatus.SUBMITTED) {
            order.moveInFeed(orders.nextFeedPosition());
            notifications.changedBeforeAnswer(order, false);
        }
        events.publish(order, OrderEvents.CHANGED);
        return order;
    }

    /** Rule O12: a draft goes to the brand owner, or first to a partner admin when above the approval amount. */
    public PurchaseOrder submit(UUID orderId) {
        var order = own(orderId);
        submit(order);
        return order;
    }

    private void submit(PurchaseOrder order) {
        submit(order, needsApproval(order));
    }

    private void submit(PurchaseOrder order, boolean needsApproval) {
        var before = order.status();
        requireSupplierOpen(order);
        order.submit(needsApproval, clock.instant());
        audit.record(order.partnerId(), SUBJECT, order.id(),
                order.status() != OrderStatus.SUBMITTED ? "orderAwaitingApproval"
                        : order.supplierId().isPresent() ? "orderSentToDistributor" : "orderSubmitted",
                before, order.status(), (String) null);
        if (order.status() == OrderStatus.AWAITING_APPROVAL) {
            notifications.awaitingApproval(order);
            events.publish(order, OrderEvents.AWAITING_APPROVAL);
        }
        if (order.status() == OrderStatus.SUBMITTED) {
            notifications.routed(order);
            order.moveInFeed(orders.nextFeedPosition());
            events.publish(order, OrderEvents.SUBMITTED);
        }
    }

    /**
     * Rule O12: once a partner admin has set approval amounts, an order above its currency's amount (or in a currency
     * without one) waits for a partner admin, unless a partner admin placed it.
     */
    private boolean needsApproval(PurchaseOrder order) {
        if (user.isPartnerAdmin()) {
            return false;
        }
        var limits = orders.approvalLimits(order.partnerId());
        if (limits.isEmpty()) {
            return false;
        }
        var limit = limits.get(order.currency());
        return limit == null || order.total().compareTo(limit) > 0;
    }

    /** Rule O12: a partner admin approves an order that waited for approval; it goes to the brand owner. */
    public PurchaseOrder approve(UUID orderId) {
        var order = ownAsAdmin(orderId);
        var before = order.status();
        requireSupplierOpen(order);
        order.approve(audit.currentActor(), clock.instant());
        audit.record(order.partnerId(), SUBJECT, order.id(), "orderApproved", before, order.status(), (String) null);
        notifications.routed(order);
        order.moveInFeed(orders.nextFeedPosition());
        events.publish(order, OrderEvents.SUBMITTED);
        return order;
    }

    /** Rule O12: a partner admin sends an order that waited for approval back to draft, with a note for the buyer. */
    public PurchaseOrder returnToDraft(UUID orderId, String note) {
        var order = ownAsAdmin(orderId);
        var before = order.status();
        order.returnToDraft(clock.instant());
        audit.record(order.partnerId(), SUBJECT, order.id(), "orderReturned", before, order.status(),
                note == null || note.isBlank() ? null : note.strip());
        events.publish(order, OrderEvents.RETURNED);
        return order;
    }

    /**
     * Rule O11: the partner cancels before the ERP answered (at once), or asks the ERP to once it has (before
     * anything shipped).
     */
    public PurchaseOrder cancel(UUID orderId) {
        var order = own(orderId);
        var before = order.status();
        order.cancel(clock.instant());
        var requested = order.status() == OrderStatus.CANCEL_REQUESTED;
        audit.record(order.partnerId(), SUBJECT, order.id(), requested ? "orderCancelRequested" : "orderCancelled",
                before, order.status(), (String) null);
        if (requested || order.feedPosition().isPresent()) {
            order.moveInFeed(orders.nextFeedPosition());   // the supplier has it: it must read the cancellation
        }
        if (requested) {
            notifications.cancellationRequested(order);
        } else if (order.feedPosition().isPresent()) {
            notifications.changedBeforeAnswer(order, true);   // its distributor had it
        }
        events.publish(order, requested ? OrderEvents.CANCELLATION_REQUESTED : OrderEvents.CANCELLED);
        return order;
    }

    /**
     * Rule O23: once its supplier answered, the partner asks to change quantities or dates of accepted lines; each new
     * quantity follows its product's rules (O5) as the partner's catalog has it now. The supplier reads the request
     * in its feed and decides.
     */
    public PurchaseOrder requestChange(UUID orderId, List<org.channelport.orders.domain.LineChange> changes) {
        return requestChange(orderId, changes, List.of());
    }

    /** {@link #requestChange(UUID, List)} with the problems a channel found reading the request. */
    public PurchaseOrder requestChange(UUID orderId, List<org.channelport.orders.domain.LineChange> changes,
                                       List<FieldProblem> earlier) {
        var order = own(orderId);
        var problems = new ArrayList<FieldProblem>(earlier);
        var list = changes == null ? List.<org.channelport.orders.domain.LineChange>of() : changes;
        var skus = order.lines().stream().map(l -> l.sku()).toList();
        var products = catalog.forOrder(order.partnerId(), skus, order.currency());
        for (int i = 0; i < list.size(); i++) {
            var change = list.get(i);
            if (change == null || change.line() == null || change.quantity() == null) {
                continue;
            }
            var at = "lines[" + i + "].";
            // O5 for a new quantity only: one as agreed, or cut to what shipped, is no order of the product
            order.lines().stream().filter(l -> l.lineNo() == change.line() && l.status().isAccepted()
                            && change.quantity().compareTo(java.math.BigDecimal.valueOf(l.deliverableQuantity())) != 0
                            && change.quantity().compareTo(java.math.BigDecimal.valueOf(l.shippedQuantity())) != 0)
                    .findFirst()
                    .flatMap(l -> products.product(l.sku()))
                    .ifPresent(p -> p.orderProblems(change.quantity(), at + "line", at + "quantity").stream()
                            .filter(problem -> problem.messageKey().startsWith("order.line.quantity.below")
                                    || problem.messageKey().equals("order.line.quantity.notMultiple"))   // O5
                            .forEach(problems::add));
        }
        var before = order.status();
        order.requestChange(list, LocalDate.now(clock.withZone(ZoneOffset.UTC)), problems, clock.instant());
        audit.record(order.partnerId(), SUBJECT, order.id(), "orderChangeRequested", before, order.status(),
                (String) null);
        order.moveInFeed(orders.nextFeedPosition());   // the supplier must read the request
        notifications.changeRequested(order);
        events.publish(order, OrderEvents.CHANGE_REQUESTED);
        return order;
    }

    /** Rule O23: the supplier accepts or refuses the partner's change request. */
    public PurchaseOrder decideChange(UUID orderId, boolean accept) {
        var order = access.lockedForSupplier(orderId);
        var before = order.status();
        order.decideChange(accept, clock.instant());
        audit.record(order.partnerId(), SUBJECT, order.id(), accept ? "orderChangeAccepted" : "orderChangeRefused",
                before, order.status(), (String) null);
        notifications.changeDecided(order, accept);
        events.publish(order, OrderEvents.CHANGE_DECIDED, Map.of("accepted", accept));
        return order;
    }

    /** Rule O13: the ERP answers every line of a submitted order. */
    public PurchaseOrder acknowledge(UUID orderId, List<LineAcknowledgment> lines) {
        return acknowledge(orderId, lines, List.of());
    }

    /** {@link #acknowledge(UUID, List)} with the problems a channel found reading the answer. */
    public PurchaseOrder acknowledge(UUID orderId, List<LineAcknowledgment> lines, List<FieldProblem> earlier) {
        var order = access.lockedForSupplier(orderId);
        if (!earlier.isEmpty()) {
            throw new InvalidOrder(earlier);
        }
        var before = order.status();
        order.acknowledge(lines, clock.instant());
        audit.record(order.partnerId(), SUBJECT, order.id(), "orderAcknowledged", before, order.status(),
                (String) null);
        notifications.acknowledged(order);
        events.publish(order, OrderEvents.ACKNOWLEDGED);
        return order;
    }

    /** Rule O11: the ERP accepts or refuses the partner's cancellation request. */
    public PurchaseOrder decideCancellation(UUID orderId, boolean accept) {
        var order = access.lockedForSupplier(orderId);
        var before = order.status();
        order.decideCancellation(accept, clock.instant());
        audit.record(order.partnerId(), SUBJECT, order.id(),
                accept ? "orderCancellationAccepted" : "orderCancellationRefused", before, order.status(),
                (String) null);
        notifications.cancellationDecided(order, accept);
        events.publish(order, OrderEvents.CANCELLATION_DECIDED, Map.of("accepted", accept));
        return order;
    }

    /**
     * Rule O26: the order's supplier (the ERP, or the distributor it was routed to) closes it once nothing is open;
     * the partner is told, the event published. Closing a closed order again is a conflict.
     */
    public PurchaseOrder close(UUID orderId) {
        var order = access.lockedForSupplier(orderId);
        var before = order.status();
        order.close(orders.invoices(order.id()), clock.instant());
        audit.record(order.partnerId(), SUBJECT, order.id(), "orderClosed", before, order.status(), (String) null);
        notifications.closed(order);
        events.publish(order, OrderEvents.CLOSED);
        return order;
    }

    /**
     * The order form's preview: the lines as they would be ordered now (rules O4, O10), or their problems (the
     * header's wait for placing, except the currency every price needs). Saves nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderRows.Quote> quote(OrderRequest request, String language) {
        var problems = new ArrayList<FieldProblem>();
        var priced = check(user.requirePartner(), request, problems);
        problems.removeIf(p -> !p.field().startsWith("lines") && !p.field().equals("currency"));
        if (!problems.isEmpty()) {
            throw new InvalidOrder(problems);
        }
        return priced.stream().map(l -> new OrderRows.Quote(l.product().sku(), l.product().name(language),
                l.product().unit(), l.quantity(), l.price().unitPrice(), l.price().source(),
                l.price().unitPrice().multiply(BigDecimal.valueOf(l.quantity())))).toList();
    }

    /** Rule O12: the approval amounts of the caller's partner, by currency. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, BigDecimal> approvalLimits() {
        return orders.approvalLimits(user.requirePartner());
    }

    /** Rule O12: a partner admin sets (or, with null, removes) the approval amount in a currency. */
    public void setApprovalLimit(String currency, BigDecimal amount) {
        if (!user.isPartnerAdmin()) {
            throw DomainException.forbidden("error.forbidden", "Only the partner's administrators set approval amounts.");
        }
        var partnerId = user.requirePartner();
        var problems = new ArrayList<FieldProblem>();
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            problems.add(new FieldProblem("currency", "order.currency.invalid", "currency: an ISO 4217 code such as EUR"));
        }
        if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("1000000000")) >= 0)) {
            problems.add(new FieldProblem("amount", "order.approval.amount.invalid",
                    "amount: from 0, at most two decimals"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrder(problems);
        }
        var before = orders.approvalLimits(partnerId).get(currency);
        if (Objects.equals(before == null ? null : before.stripTrailingZeros(),
                amount == null ? null : amount.stripTrailingZeros())) {
            return;
        }
        orders.setApprovalLimit(partnerId, currency, amount);
        audit.record(partnerId, "Partner", partnerId, "approvalLimitChanged",
                before == null ? null : before.toPlainString() + " " + currency,
                amount == null ? null : amount.toPlainString() + " " + currency, (String) null);
    }

    /**
     * Rule O21: the ship-to the request names (an address id, or a GLN as EDI names places) among the partner's
     * active ship-to addresses, else the partner's default ship-to; a name that is none of them is a problem at
     * {@code shipTo}, as another partner's address is.
     */
    private java.util.Optional<org.channelport.partners.application.PartnerAddresses.ShipTo> shipTo(UUID partnerId,
            OrderRequest request, List<FieldProblem> problems) {
        if (request.shipTo() == null || request.shipTo().isBlank()) {
            return addresses.defaultShipTo(partnerId);
        }
        var found = addresses.shipTo(partnerId, request.shipTo());
        if (found.isEmpty()) {
            problems.add(new FieldProblem("shipTo", "order.shipTo.unknown",
                    "shipTo: not one of your ship-to addresses (its id or GLN)"));
        }
        return found;
    }

    private List<PurchaseOrder.PricedLine> checked(UUID partnerId, OrderRequest request, List<FieldProblem> earlier) {
        var problems = new ArrayList<FieldProblem>(earlier);
        var priced = check(partnerId, request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidOrder(problems);
        }
        return priced;
    }

    /** Rule O10 against the partner's own catalog (O3) and prices (O4), read once for the whole request. */
    private List<PurchaseOrder.PricedLine> check(UUID partnerId, OrderRequest request, List<FieldProblem> problems) {
        var skus = (request.lines() == null ? List.<LineRequest>of() : request.lines()).stream()
                .filter(Objects::nonNull).map(LineRequest::sku).filter(Objects::nonNull).toList();
        return PurchaseOrder.check(request, LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                catalog.forOrder(partnerId, skus, request.currency() == null ? "" : request.currency()), problems);
    }

    /** The partner the caller orders for: a member or system of an active partner. */
    private UUID orderingPartner() {
        var partnerId = user.requirePartner();
        var member = roster.find(partnerId);
        if (member.isEmpty() || !member.get().active()) {
            throw DomainException.forbidden("order.partner.inactive", "Your organization cannot place orders now.");
        }
        return partnerId;
    }

    /** The caller's own partner's order, locked; another partner's answers like an unknown one (and is not locked). */
    private PurchaseOrder own(UUID orderId) {
        var partnerId = user.requirePartner();
        orders.find(orderId).filter(o -> o.partnerId().equals(partnerId))
                .orElseThrow(() -> DomainException.notFound("order", orderId));
        return orders.forUpdate(orderId).orElseThrow(() -> DomainException.notFound("order", orderId));
    }

    private PurchaseOrder ownAsAdmin(UUID orderId) {
        var order = own(orderId);
        if (!user.isPartnerAdmin()) {
            throw DomainException.forbidden("error.forbidden", "Only the partner's administrators approve orders.");
        }
        return order;
    }

    /**
     * Rule O22: the distributor an order routed to it goes to (the partner's own, active), or null for the brand
     * owner; a partner without one, or whose distributor cannot take orders now, is told at {@code routeTo}.
     */
    private UUID supplier(UUID partnerId, OrderRequest request, List<FieldProblem> problems) {
        if (request.routeOrDefault() == OrderRoute.BRAND_OWNER) {
            return null;
        }
        var distributor = roster.find(partnerId).flatMap(PartnerRoster.Member::distributor).flatMap(roster::find);
        if (distributor.isEmpty()) {
            problems.add(new FieldProblem("routeTo", "order.route.noDistributor",
                    "routeTo: your organization is not linked to a distributor"));
            return null;
        }
        if (!distributor.get().active()) {
            problems.add(DISTRIBUTOR_CLOSED);
            return null;
        }
        return distributor.get().id();
    }

    private static final FieldProblem DISTRIBUTOR_CLOSED = new FieldProblem("routeTo", "order.route.distributorInactive",
            "routeTo: your distributor cannot take orders now");

    /** Rule O22: an order goes to its distributor only while that is still the partner's, and active. */
    private void requireSupplierOpen(PurchaseOrder order) {
        var supplier = order.supplierId();
        if (supplier.isEmpty()) {
            return;
        }
        var problems = new ArrayList<FieldProblem>();
        var now = supplier(order.partnerId(), new OrderRequest(null, null, null, null, null, null,
                OrderRoute.DISTRIBUTOR), problems);
        if (!supplier.get().equals(now)) {   // unlinked, linked elsewhere, or its distributor suspended meanwhile
            throw new InvalidOrder(List.of(DISTRIBUTOR_CLOSED));
        }
    }
}
