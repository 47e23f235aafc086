package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.it.SoapXml.assertFault;
import static org.channelport.it.SoapXml.assertSuccess;
import static org.channelport.it.SoapXml.texts;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Purchase orders over SOAP 1.1 at /soap/PurchaseOrders (namespace urn:channelport:orders:v1), black box: the same
 * rules as REST (O9 the PO number is the order, O10 every line's problem at once and nothing saved, O15 tenancy, O13
 * and O16-O18 the ERP's answers checked against the order), with faults instead of problem documents.
 */
class OrdersSoapIT {
    private static final String PATH = "/soap/PurchaseOrders";
    private static final String NS = "urn:channelport:orders:v1";
    private static String buyer;
    private static String other;
    private static String erp;
    private static String t;

    @BeforeAll
    static void aCatalog() {
        buyer = PartnerFixture.createApiCredential(PartnerFixture.onboard("RETAILER")).token();
        other = PartnerFixture.createApiCredential(PartnerFixture.onboard("RETAILER")).token();
        erp = Http.erpToken();
        t = BrowserSteps.token().toUpperCase(java.util.Locale.ROOT);
        var products = Http.postJson("/api/v1/products", """
                [{"sku":"SOAP-%1$s","names":{"en":"Soap switch %1$s"},"productLine":"NETWORKING","unit":"EA"},
                 {"sku":"SOAPCAB-%1$s","names":{"en":"Soap cable %1$s"},"productLine":"NETWORKING","unit":"PK",
                  "orderMultiple":10,"minimumQuantity":10}]""".formatted(t), erp, Map.of());
        assertThat(products.status()).as(products.body()).isIn(200, 201);
        var list = Http.postJson("/api/v1/price-lists", """
                {"code":"SOAP-EUR-%1$s","name":"Soap EUR","currency":"EUR","tier":"REGISTERED","validFrom":"2026-01-01",
                 "prices":[{"sku":"SOAP-%1$s","unitPrice":50},{"sku":"SOAPCAB-%1$s","unitPrice":2}]}""".formatted(t),
                erp, Map.of());
        assertThat(list.status()).as(list.body()).isIn(200, 201);
    }

    private static String order(String po, String lines) {
        return "<order><poNumber>" + po + "</poNumber><currency>EUR</currency>" + lines + "</order>";
    }

    private static String line(String sku, int quantity) {
        return "<line><sku>" + sku + "</sku><quantity>" + quantity + "</quantity></line>";
    }

    @Test
    @DisplayName("The WSDL is public and publishes the operations of partner systems and the ERP")
    void theWsdlPublishesTheOperations() {
        SoapXml.assertPublishes(PATH, NS, "placeOrder", "changeOrder", "submitOrder", "cancelOrder", "getOrder",
                "listOrders", "readFeed", "acknowledgeOrder", "decideCancellation", "requestChange", "decideChange",
                "recordShipment", "recordInvoice",
                "recordPayment", "closeOrder");
    }

    @Test
    @DisplayName("O10, O9, O15: every line's problem in one fault and nothing saved; the PO number is one order; "
            + "another partner's order is not found")
    void aPartnerSystemPlacesItsOrder() {
        long start = LeadFixture.count("select coalesce(max(feed_position), 0) from purchase_order");
        var po = "SOAP-PO-" + t;
        var fault = assertFault(call("placeOrder", order(po, line("SOAP-" + t, 1) + line("NOPE-" + t, 1)
                + line("SOAPCAB-" + t, 15) + "<line><sku>SOAP-" + t + "</sku><quantity>1</quantity>"
                + "<requestedDate>31.12.2030</requestedDate></line>"), buyer), "Client");
        assertThat(fault).contains("lines[1].sku", "lines[2].quantity", "lines[3].requestedDate");
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", po)).isZero();

        var placed = assertSuccess(call("placeOrder", order(po, line("SOAP-" + t, 2) + line("soapcab-" + t, 20)), buyer),
                NS, "placeOrderResponse");
        var id = text(placed, "order", "id");
        assertThat(text(placed, "order", "status")).isEqualTo("SUBMITTED");
        assertThat(new java.math.BigDecimal(text(placed, "order", "total"))).isEqualByComparingTo("140");
        assertThat(texts(placed, "line", "sku")).containsExactly("SOAP-" + t, "SOAPCAB-" + t);
        var again = assertSuccess(call("placeOrder", order(po, line("SOAP-" + t, 2) + line("soapcab-" + t, 20)), buyer),
                NS, "placeOrderResponse");
        assertThat(text(again, "order", "id")).as("the same PO number and content: the first order").isEqualTo(id);
        assertThat(assertFault(call("placeOrder", order(po, line("SOAP-" + t, 3)), buyer), "Client")).contains(id);

        var foreign = call("getOrder", "<id>" + id + "</id>", other);
        assertThat(assertFault(foreign, "Client")).contains("not found");
        assertThat(foreign.body()).doesNotContain(po);
        assertFault(call("cancelOrder", "<id>" + id + "</id>", other), "Client");
        assertThat(texts(assertSuccess(call("listOrders", "<poNumber>" + po + "</poNumber>", other), NS,
                "listOrdersResponse"), "order", "id")).isEmpty();
        assertFault(call("getOrder", "<id>not-an-id</id>", buyer), "Client");
        var address = Http.postJson("/api/v1/addresses", "{\"kind\":\"SHIP_TO\",\"label\":\"Other\",\"recipient\":"
                + "\"Other Ltd\",\"street\":\"Way 1\",\"city\":\"Oslo\",\"country\":\"NO\"}", other, Map.of());
        assertThat(address.status()).as(address.body()).isEqualTo(201);
        assertThat(assertFault(call("placeOrder", order("SOAP-ST-" + t, line("SOAP-" + t, 1)).replace("</order>",
                "<shipTo>" + address.json().getString("id") + "</shipTo></order>"), buyer), "Client"))
                .as("another partner's address").contains("shipTo");
        assertThat(assertFault(call("placeOrder", order("SOAP-ERP-" + t, line("SOAP-" + t, 1)), erp), "Client"))
                .as("the ERP places no orders").contains("partner organization");
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", "SOAP-ERP-" + t))
                .isZero();
        assertFault(call("recordShipment", "<orderId>" + id + "</orderId><shipment><number>X</number></shipment>",
                buyer), "Client");
        assertFault(call("listOrders", "<status>NOPE</status>", buyer), "Client");
        var partnerFeed = assertSuccess(call("readFeed", "<after>" + (start) + "</after><limit>500</limit>", buyer),
                NS, "readFeedResponse");
        assertThat(texts(partnerFeed, "order", "id")).as("a partner's feed holds only orders routed to it (O22), "
                + "not the ERP's: from before its own order, nothing").isEmpty();
        var erpFeed = assertSuccess(call("readFeed", "<after>" + (start) + "</after><limit>500</limit>", erp), NS,
                "readFeedResponse");
        assertThat(texts(erpFeed, "order", "id")).as("the same places, read by the ERP").contains(id);
        assertFault(call("acknowledgeOrder", "<id>" + id + "</id><line><line>1</line><action>ACCEPT</action></line>",
                buyer), "Client");
    }

    @Test
    @DisplayName("O14, O13, O16-O18: the ERP reads the feed, answers the lines, ships, invoices and is paid; a retried "
            + "ship notice answers the shipment recorded; an invoice beyond what shipped is refused")
    void theErpRunsTheCycle() {
        long start = LeadFixture.count("select coalesce(max(feed_position), 0) from purchase_order");
        var po = "SOAP-CYCLE-" + t;
        var id = text(assertSuccess(call("placeOrder", order(po, line("SOAP-" + t, 4)), buyer), NS,
                "placeOrderResponse"), "order", "id");
        var feed = assertSuccess(call("readFeed", "<after>" + start + "</after><limit>500</limit>", erp), NS,
                "readFeedResponse");
        assertThat(texts(feed, "order", "poNumber")).contains(po);

        var acked = assertSuccess(call("acknowledgeOrder", "<id>" + id + "</id><line><line>1</line><action>CHANGE"
                + "</action><quantity>3</quantity></line>", erp), NS, "acknowledgeOrderResponse");
        assertThat(text(acked, "order", "status")).isEqualTo("ACKNOWLEDGED");
        assertThat(text(acked, "line", "acknowledgedQuantity")).isEqualTo("3");

        // O23 over SOAP: only the partner asks, only its supplier decides; another partner finds nothing
        var change = "<id>" + id + "</id><line><line>1</line><quantity>2</quantity></line>";
        assertThat(assertFault(call("requestChange", change, other), "Client")).contains("not found");
        assertFault(call("requestChange", change, erp), "Client");
        var asked = assertSuccess(call("requestChange", change, buyer), NS, "requestChangeResponse");
        assertThat(text(asked, "order", "status")).isEqualTo("CHANGE_REQUESTED");
        assertThat(text(asked, "line", "requestedQuantity")).isEqualTo("2");
        assertFault(call("decideChange", "<id>" + id + "</id><accept>true</accept>", buyer), "Client");
        assertThat(assertFault(call("decideChange", "<id>" + id + "</id><accept>true</accept>", other), "Client"))
                .contains("not found");
        var kept = assertSuccess(call("decideChange", "<id>" + id + "</id><accept>false</accept>", erp), NS,
                "decideChangeResponse");
        assertThat(text(kept, "order", "status")).isEqualTo("ACKNOWLEDGED");
        assertThat(text(kept, "line", "acknowledgedQuantity")).as("refused: as agreed").isEqualTo("3");

        var tooMuch = call("recordShipment", "<orderId>" + id + "</orderId><shipment><number>SHP-X-" + t + "</number>"
                + "<carrier>DHL</carrier><trackingNumber>JD1</trackingNumber><shipDate>2026-12-01</shipDate>"
                + "<packages>1</packages><line><line>1</line><quantity>4</quantity></line></shipment>", erp);
        assertThat(assertFault(tooMuch, "Client")).as("more than accepted").contains("lines[0].quantity");
        var shipment = "<orderId>" + id + "</orderId><shipment><number>SHP-" + t + "</number><carrier>DHL</carrier>"
                + "<trackingNumber>JD2</trackingNumber><shipDate>2026-12-01</shipDate><packages>1</packages>"
                + "<line><line>1</line><quantity>3</quantity></line></shipment>";
        var shipped = text(assertSuccess(call("recordShipment", shipment, erp), NS, "recordShipmentResponse"),
                "recordShipmentResponse", "shipmentId");
        assertThat(text(assertSuccess(call("recordShipment", shipment, erp), NS, "recordShipmentResponse"),
                "recordShipmentResponse", "shipmentId")).as("a retried notice: the shipment recorded").isEqualTo(shipped);
        assertThat(LeadFixture.count("select count(*) from shipment where number = ?", "SHP-" + t)).isEqualTo(1);

        var invoice = "<orderId>" + id + "</orderId><invoice><number>INV-" + t + "</number><invoiceDate>2026-12-02"
                + "</invoiceDate><dueDate>2026-12-31</dueDate><currency>EUR</currency><line><line>1</line>"
                + "<quantity>3</quantity><unitPrice>50</unitPrice></line><tax>0</tax><total>150</total></invoice>";
        assertSuccess(call("recordInvoice", invoice, erp), NS, "recordInvoiceResponse");
        assertFault(call("recordPayment", "<payment><reference>PAY-X-" + t + "</reference><paymentDate>2026-12-03"
                + "</paymentDate><invoice><invoice>INV-" + t + "</invoice><amount>151</amount></invoice></payment>", erp),
                "Client");
        assertSuccess(call("recordPayment", "<payment><reference>PAY-" + t + "</reference><paymentDate>2026-12-03"
                + "</paymentDate><invoice><invoice>INV-" + t + "</invoice><amount>150</amount></invoice></payment>", erp),
                NS, "recordPaymentResponse");
        var paid = assertSuccess(call("getOrder", "<id>" + id + "</id>", buyer), NS, "getOrderResponse");
        assertThat(text(paid, "order", "status")).isEqualTo("PAID");
        assertFault(call("getOrder", "<id>" + UUID.randomUUID() + "</id>", erp), "Client");

        // O26: only the supplier closes; the partner's own call is a fault
        assertFault(call("closeOrder", "<id>" + id + "</id>", buyer), "Client");
        var closed = assertSuccess(call("closeOrder", "<id>" + id + "</id>", erp), NS, "closeOrderResponse");
        assertThat(text(closed, "order", "status")).isEqualTo("CLOSED");
    }

    private static Http.Reply call(String operation, String content, String token) {
        return SoapXml.call(PATH, SoapXml.envelope(NS, operation, content), token);
    }

    private static String text(Document doc, String parent, String field) {
        var values = texts(doc, parent, field);
        assertThat(values).as(parent + "/" + field).isNotEmpty();
        return values.get(0);
    }
}
