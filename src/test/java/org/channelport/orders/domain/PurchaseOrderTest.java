package org.channelport.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.IllegalTransition;
import org.junit.jupiter.api.Test;

/** Rules O9–O13: what an order's lines must be, its identity by PO number and content, its cycle. */
class PurchaseOrderTest {
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-12-05");
    private final Map<String, Product> products = new HashMap<>();

    PurchaseOrderTest() {
        add("SW-24", "EA", 1, 1, null, null);
        add("CAB-10", "PK", 10, 20, null, null);
        add("OLD-1", "EA", 1, 1, "DISCONTINUED", "SW-24");
    }

    private void add(String sku, String unit, int multiple, int minimum, String status, String successor) {
        products.put(sku, Product.define(UUID.randomUUID(), new ProductDefinition(sku, null, Map.of("en", sku), null,
                "NETWORKING", unit, multiple, minimum, status, successor, null, null, null, null), NOW));
    }

    /** The partner sees every product here; each costs 10.00 a unit, 9.00 from 100. */
    private final OrderCatalog catalog = new OrderCatalog() {
        @Override
        public Optional<Product> product(String sku) {
            return Optional.ofNullable(products.get(Product.normalizedSku(sku)));
        }

        @Override
        public Optional<ResolvedPrice> price(Product product, int quantity, LocalDate day) {
            return Optional.of(new ResolvedPrice(product.sku(), new BigDecimal(quantity >= 100 ? "9.00" : "10.00"),
                    "EUR", PriceSource.PRICE_LIST, UUID.randomUUID(), "Gold EUR", quantity >= 100 ? 100 : 1));
        }
    };

    static LineRequest line(String sku, int quantity) {
        return new LineRequest(sku, BigDecimal.valueOf(quantity), null, null, null);
    }

    static OrderRequest request(String po, LineRequest... lines) {
        return new OrderRequest(po, "EUR", TODAY.plusDays(7), "dock 4", List.of(lines));
    }

    private PurchaseOrder order(OrderRequest request) {
        var problems = new ArrayList<FieldProblem>();
        var priced = PurchaseOrder.check(request, TODAY, catalog, problems);
        assertThat(problems).isEmpty();
        return PurchaseOrder.draft(UUID.randomUUID(), UUID.randomUUID(), OrderChannel.API, request, priced, "buyer", NOW);
    }

    @Test
    void everyLinesProblemIsReportedAtItsLineAndNothingIsPriced() {
        var request = new OrderRequest("PO 1", "EUR", TODAY, null, List.of(
                line("SW-24", 2),
                line("NOPE-1", 1),
                line("OLD-1", 1),
                line("CAB-10", 15),
                line("CAB-10", 25),
                new LineRequest("SW-24", BigDecimal.ONE, "XX", null, null),
                new LineRequest("SW-24", BigDecimal.ONE, "pk", null, null),
                new LineRequest("SW-24", new BigDecimal("1.5"), null, null, TODAY.minusDays(1))));
        var problems = new ArrayList<FieldProblem>();
        PurchaseOrder.check(request, TODAY, catalog, problems);
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lines[1].sku", "order.line.sku.unknown"),
                org.assertj.core.groups.Tuple.tuple("lines[2].sku", "order.line.discontinuedSucceeded"),
                org.assertj.core.groups.Tuple.tuple("lines[3].quantity", "order.line.quantity.belowMinimum"),
                org.assertj.core.groups.Tuple.tuple("lines[4].quantity", "order.line.quantity.notMultiple"),
                org.assertj.core.groups.Tuple.tuple("lines[5].unit", "order.line.unit.unknown"),
                org.assertj.core.groups.Tuple.tuple("lines[6].unit", "order.line.unit.other"),
                org.assertj.core.groups.Tuple.tuple("lines[7].quantity", "order.line.quantity.invalid"),
                org.assertj.core.groups.Tuple.tuple("lines[7].requestedDate", "order.date.past"));
        assertThat(problems.get(1).arguments()).as("the successor, for the page's message").containsExactly("SW-24");
        assertThat(problems.get(1).message()).contains("SW-24");
        assertThat(problems.get(3).arguments()).first().isEqualTo(10);
    }

    @Test
    void theHeaderIsChecked() {
        var request = new OrderRequest("PO~1*", "EURO", TODAY.minusDays(1), "x".repeat(2001), List.of());
        var problems = new ArrayList<FieldProblem>();
        PurchaseOrder.check(request, TODAY, catalog, problems);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("poNumber", "currency", "requestedDelivery", "notes", "lines");
        problems.clear();
        PurchaseOrder.check(new OrderRequest(" ", "XYZ", null, null, List.of(line("SW-24", 1))), TODAY, catalog, problems);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("poNumber", "currency");
    }

    @Test
    void linesArePricedByTheCatalogAndAnExpectedPriceIsKeptBesideIt() {
        var order = order(request("PO-7", line("sw-24", 100),
                new LineRequest("CAB-10", BigDecimal.valueOf(20), "PK", new BigDecimal("8.50"), null)));
        assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(order.lines()).extracting(OrderLine::lineNo, OrderLine::sku, OrderLine::unitPrice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "SW-24", new BigDecimal("9.00")),
                        org.assertj.core.groups.Tuple.tuple(2, "CAB-10", new BigDecimal("10.00")));
        assertThat(order.lines().get(0).priceChanged()).isFalse();
        assertThat(order.lines().get(1).priceChanged()).as("expected 8.50, ordered at 10.00").isTrue();
        assertThat(order.lines().get(1).expectedPrice()).contains(new BigDecimal("8.50"));
        assertThat(order.total()).isEqualByComparingTo("1100.00");
    }

    @Test
    void theSameContentIsTheSameOrderWhateverItsSpelling() {
        var order = order(request("PO-7", line("SW-24", 2)));
        assertThat(order.sameContent(new OrderRequest(" PO-7 ", "EUR", TODAY.plusDays(7), "dock 4 ",
                List.of(new LineRequest("sw-24", new BigDecimal("2.00"), null, null, null))))).isTrue();
        assertThat(order.sameContent(request("PO-7", line("SW-24", 3)))).isFalse();
        assertThat(order.sameContent(request("PO-7", line("SW-24", 2), line("CAB-10", 20)))).isFalse();
    }

    @Test
    void approvalThenTheErpAnswersEveryLine() {
        var order = order(request("PO-8", line("SW-24", 10), line("CAB-10", 20), line("SW-24", 5)));
        order.submit(true, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> order.acknowledge(List.of(), NOW)).isInstanceOf(IllegalTransition.class);
        order.approve("admin", NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.SUBMITTED);

        assertThatThrownBy(() -> order.acknowledge(List.of(
                new LineAcknowledgment(1, AckAction.ACCEPT, null, null, null, null),
                new LineAcknowledgment(1, AckAction.ACCEPT, null, null, null, null),
                new LineAcknowledgment(9, AckAction.ACCEPT, null, null, null, null),
                new LineAcknowledgment(2, AckAction.REJECT, null, null, null, "BECAUSE")), NOW))
                .isInstanceOfSatisfying(InvalidOrder.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("lines[1].line", "lines[2].line",
                                "lines[3].reasonCode"));
        assertThat(order.lines()).allMatch(l -> l.status() == LineStatus.OPEN);
        assertThatThrownBy(() -> order.acknowledge(List.of(
                new LineAcknowledgment(1, AckAction.ACCEPT, null, null, null, null)), NOW))
                .as("every line answered").isInstanceOf(InvalidOrder.class);

        order.acknowledge(List.of(
                new LineAcknowledgment(1, AckAction.CHANGE, BigDecimal.valueOf(8), new BigDecimal("9.50"), null, null),
                new LineAcknowledgment(2, AckAction.REJECT, null, null, null, "NOT_AVAILABLE"),
                new LineAcknowledgment(3, AckAction.BACKORDER, null, null, TODAY.plusDays(30), null)), NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.PARTLY_ACKNOWLEDGED);
        assertThat(order.lines()).extracting(OrderLine::status)
                .containsExactly(LineStatus.CHANGED, LineStatus.REJECTED, LineStatus.BACKORDERED);
        assertThat(order.total()).as("8 × 9.50 + 0 + 5 × 10").isEqualByComparingTo("126.00");
        assertThatThrownBy(() -> order.change(request("PO-8", line("SW-24", 1)), List.of(), NOW))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void cancellingBeforeTheErpAnswersIsAtOnceAfterwardsARequest() {
        var early = order(request("PO-9", line("SW-24", 2)));
        early.submit(false, NOW);
        early.cancel(NOW);
        assertThat(early.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(early.total()).isEqualByComparingTo("0");

        var late = order(request("PO-10", line("SW-24", 2)));
        late.submit(false, NOW);
        late.acknowledge(List.of(new LineAcknowledgment(1, AckAction.ACCEPT, null, null, null, null)), NOW);
        late.cancel(NOW);
        assertThat(late.status()).isEqualTo(OrderStatus.CANCEL_REQUESTED);
        late.decideCancellation(false, NOW);
        assertThat(late.status()).as("refused: on as it was").isEqualTo(OrderStatus.ACKNOWLEDGED);
        late.cancel(NOW);
        late.decideCancellation(true, NOW);
        assertThat(late.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThatThrownBy(() -> late.cancel(NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void allLinesRejectedIsARejectedOrder() {
        var order = order(request("PO-11", line("SW-24", 2)));
        order.submit(false, NOW);
        order.acknowledge(List.of(new LineAcknowledgment(1, AckAction.REJECT, null, null, null, "CREDIT_HOLD")), NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.status().isFinal()).isTrue();
        assertThat(Set.of(order.lines().get(0).reasonCode().orElseThrow())).containsExactly("CREDIT_HOLD");
    }
}
