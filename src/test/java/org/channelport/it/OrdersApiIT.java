package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Purchase orders over REST (issue 11, rules O9–O15) against the real server, Keycloak and PostgreSQL: a partner
 * system's order is refused with every line's problem and nothing saved, or placed at its own prices; its PO number is
 * one order; another partner cannot see or touch it; the ERP reads it through the feed and answers its lines, and two
 * workers answering at once never both win.
 */
class OrdersApiIT {
    private static final String ORDERS = "/api/v1/orders";
    private static final SignedInBrowsers browsers = new SignedInBrowsers();
    private static PartnerFixture.Partner buyer;
    private static String buyerSystem;
    private static String otherSystem;
    private static String t;

    @BeforeAll
    static void aCatalog() {
        buyer = PartnerFixture.onboard("RETAILER");
        buyerSystem = PartnerFixture.createApiCredential(buyer).token();
        otherSystem = PartnerFixture.createApiCredential(PartnerFixture.onboard("RETAILER")).token();
        t = BrowserSteps.token().toUpperCase(java.util.Locale.ROOT);
        var erp = Http.erpToken();
        var products = Http.postJson("/api/v1/products", """
                [{"sku":"SW-%1$s","names":{"en":"Switch %1$s"},"productLine":"NETWORKING","unit":"EA"},
                 {"sku":"CAB-%1$s","names":{"en":"Cable %1$s"},"productLine":"NETWORKING","unit":"PK",
                  "orderMultiple":10,"minimumQuantity":20},
                 {"sku":"OLD-%1$s","names":{"en":"Old switch %1$s"},"productLine":"NETWORKING","unit":"EA",
                  "status":"DISCONTINUED","successorSku":"SW-%1$s"},
                 {"sku":"AGENT-%1$s","names":{"en":"Agents only %1$s"},"productLine":"NETWORKING","unit":"EA",
                  "partnerTypes":["AGENT"]}]""".formatted(t), erp, Map.of());
        assertThat(products.json().getInt("created")).as(products.body()).isEqualTo(4);
        var list = Http.postJson("/api/v1/price-lists", """
                {"code":"ORD-EUR-%1$s","name":"Orders EUR","currency":"EUR","tier":"REGISTERED","validFrom":"2026-01-01",
                 "prices":[{"sku":"SW-%1$s","unitPrice":100},{"sku":"SW-%1$s","minQuantity":10,"unitPrice":90},
                 {"sku":"CAB-%1$s","unitPrice":2.5},{"sku":"AGENT-%1$s","unitPrice":1}]}""".formatted(t), erp, Map.of());
        assertThat(list.json().getInt("created")).as(list.body()).isEqualTo(1);
    }

    @org.junit.jupiter.api.AfterAll
    static void closeBrowsers() {
        browsers.close();
    }

    private static String order(String po, String lines) {
        return """
                {"poNumber":"%s","currency":"EUR","requestedDelivery":"2099-01-15","lines":[%s]}""".formatted(po, lines);
    }

    private static String line(String sku, int quantity) {
        return "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}";
    }

    private static Http.Reply post(String path, String body, String token, String key) {
        return Http.postJson(path, body, token, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private static List<String> fields(Http.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    @Test
    @DisplayName("O10: every line's problem at its field and nothing saved; O9: the PO number is one order, a retry "
            + "returns it and other content is a conflict; O15: another partner's order does not exist for it")
    void aPartnerSystemPlacesItsOrder() {
        var po = "PO-" + t;
        var refused = post(ORDERS, order(po, String.join(",", line("SW-" + t, 1), line("AGENT-" + t, 1),
                line("OLD-" + t, 1), line("CAB-" + t, 25), "{\"sku\":\"SW-" + t + "\",\"quantity\":1,\"unit\":\"CS\"}",
                line("NOPE-" + t, 1))), buyerSystem, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactly("lines[1].sku", "lines[2].sku", "lines[3].quantity",
                "lines[4].unit", "lines[5].sku");
        var errors = refused.json().getJsonArray("errors");
        assertThat(errors.getJsonObject(0).getString("message"))
                .as("a product it may not see answers like one that does not exist")
                .isEqualTo(errors.getJsonObject(4).getString("message").replace("NOPE-", "AGENT-"));
        assertThat(errors.getJsonObject(1).getString("message")).as("the successor named").contains("SW-" + t);
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", po)).isZero();

        var body = order(po, line("SW-" + t, 12) + ",{\"sku\":\"cab-" + t + "\",\"quantity\":20,\"unitPrice\":2.0}");
        var placed = post(ORDERS, body, buyerSystem, null);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var order = placed.json();
        assertThat(order.getString("status")).isEqualTo("SUBMITTED");
        assertThat(order.getString("channel")).isEqualTo("API");
        var lines = order.getJsonArray("lines");
        assertThat(lines.getJsonObject(0).getJsonNumber("unitPrice").bigDecimalValue()).as("the break from 10")
                .isEqualByComparingTo("90");
        assertThat(lines.getJsonObject(1).getBoolean("priceChanged")).as("expected 2.0, priced 2.5").isTrue();
        assertThat(lines.getJsonObject(1).getJsonNumber("expectedPrice").bigDecimalValue()).isEqualByComparingTo("2");
        assertThat(order.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("1130");
        assertThat(placed.header("Location")).endsWith(ORDERS + "/" + order.getString("id"));

        var retry = post(ORDERS, body, buyerSystem, null);
        assertThat(retry.status()).as("the same PO number and content: the first order").isEqualTo(200);
        assertThat(retry.json().getString("id")).isEqualTo(order.getString("id"));
        var other = post(ORDERS, order(po, line("SW-" + t, 13)), buyerSystem, null);
        assertThat(other.status()).as(other.body()).isEqualTo(409);
        assertThat(other.body()).contains(order.getString("id"));
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", po)).isEqualTo(1);

        var path = ORDERS + "/" + order.getString("id");
        assertThat(Http.get(path, otherSystem).status()).as("another partner reading it").isEqualTo(404);
        assertThat(post(path + "/cancellation", "{}", otherSystem, null).status()).as("another partner cancelling it")
                .isEqualTo(404);
        assertThat(Http.get(ORDERS + "?poNumber=" + po, otherSystem).json().getInt("total")).isZero();
        assertThat(Http.get(ORDERS + "?poNumber=" + po, buyerSystem).json().getInt("total")).isEqualTo(1);
        assertThat(post(path + "/acknowledgment", "{\"lines\":[]}", buyerSystem, null).status())
                .as("a partner answering its own order").isEqualTo(403);
        assertThat(post("/api/v1/bench/bare-orders", body, buyerSystem, null).status())
                .as("the benchmark's baseline endpoint, off outside the benchmark").isEqualTo(404);
    }

    @Test
    @DisplayName("PA11, O21: a partner system keeps its addresses and ships an order to one by its GLN; a wrong GLN, "
            + "another partner's address and a partner reading another's are refused")
    void anOrderShipsToOneOfThePartnersAddresses() {
        var body = "41" + String.format("%010d", Math.abs(t.hashCode()) % 10_000_000_000L);
        var gln = body + org.channelport.shared.Gs1.checkDigit(body);
        var address = "{\"kind\":\"SHIP_TO\",\"label\":\"Dock %s\",\"recipient\":\"Buyer Ltd\",\"street\":"
                + "\"Quay 1\",\"postalCode\":\"1011\",\"city\":\"Amsterdam\",\"country\":\"NL\",\"gln\":\"%s\"}";
        var refused = post("/api/v1/addresses", address.formatted(t, body + ((gln.charAt(12) - '0' + 1) % 10)),
                buyerSystem, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("gln");
        var added = post("/api/v1/addresses", address.formatted(t, gln), buyerSystem, null);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var id = added.json().getString("id");
        assertThat(post("/api/v1/addresses", address.formatted(t, gln), otherSystem, null).status())
                .as("a GLN names one place").isEqualTo(400);
        var theirs = Http.get("/api/v1/addresses", otherSystem);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.body()).doesNotContain(id);
        assertThat(Http.get("/api/v1/addresses", buyerSystem).body()).contains(id);

        var placed = post(ORDERS, "{\"poNumber\":\"SHIP-" + t + "\",\"currency\":\"EUR\",\"shipTo\":\"" + gln
                + "\",\"lines\":[" + line("SW-" + t, 1) + "]}", buyerSystem, null);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().getString("shipToId")).isEqualTo(id);
        assertThat(placed.json().getString("shipTo")).contains("Quay 1", "1011 Amsterdam");
        var foreign = post(ORDERS, "{\"poNumber\":\"SHIP-X-" + t + "\",\"currency\":\"EUR\",\"shipTo\":\"" + id
                + "\",\"lines\":[" + line("SW-" + t, 1) + "]}", otherSystem, null);
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(400);
        assertThat(fields(foreign)).containsExactly("shipTo");
        assertThat(Http.send(Http.request("/api/v1/addresses/" + id).header("Authorization", "Bearer " + otherSystem)
                .DELETE()).status()).as("another partner removing it").isEqualTo(404);
    }

    @Test
    @DisplayName("O13, O14: the ERP reads new orders through its feed, answers every line once (two workers at once: "
            + "one wins, the other gets 409), and reads the partner's cancellation request after it")
    void theErpReadsTheFeedAndAnswersLines() {
        var erp = Http.erpToken();
        long start = LeadFixture.count("select coalesce(max(feed_position), 0) from purchase_order");
        var placed = post(ORDERS, order("FEED-" + t, line("SW-" + t, 1) + "," + line("CAB-" + t, 20)), buyerSystem,
                "feed-" + t);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        var id = placed.json().getString("id");
        assertThat(post(ORDERS, order("FEED-" + t, line("SW-" + t, 1) + "," + line("CAB-" + t, 20)), buyerSystem,
                "feed-" + t).body()).as("the same key: the stored answer").isEqualTo(placed.body());

        var feed = Http.get(ORDERS + "/feed?after=" + start + "&limit=500", erp);
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        var ids = feed.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonObject("order")
                .getString("id")).toList();
        assertThat(ids).contains(id).doesNotHaveDuplicates();
        long next = feed.json().getJsonNumber("next").longValue();
        var partnerFeed = Http.get(ORDERS + "/feed?after=" + start, buyerSystem);
        assertThat(partnerFeed.status()).as(partnerFeed.body()).isEqualTo(200);
        assertThat(partnerFeed.json().getJsonArray("items")).as("a partner's feed holds only orders routed to it (O22), "
                + "never the brand owner's").isEmpty();

        var path = ORDERS + "/" + id;
        var bad = post(path + "/acknowledgment", """
                {"lines":[{"line":1,"action":"ACCEPT"},{"line":2,"action":"REJECT","reasonCode":"BECAUSE"},
                 {"line":7,"action":"ACCEPT"}]}""", erp, null);
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("lines[1].reasonCode", "lines[2].line");
        assertThat(Http.get(path, erp).json().getString("status")).as("nothing applied").isEqualTo("SUBMITTED");

        var answer = """
                {"lines":[{"line":1,"action":"CHANGE","quantity":2,"date":"2099-02-01"},
                 {"line":2,"action":"REJECT","reasonCode":"NOT_AVAILABLE"}]}""";
        var workers = new ArrayList<CompletableFuture<Http.Reply>>();
        for (int i = 0; i < 2; i++) {
            var key = "ack-" + i + "-" + t;
            workers.add(CompletableFuture.supplyAsync(() -> post(path + "/acknowledgment", answer, erp, key)));
        }
        var statuses = workers.stream().map(CompletableFuture::join).map(Http.Reply::status).sorted().toList();
        assertThat(statuses).as("two ERP workers answering at once").containsExactly(200, 409);
        JsonObject acknowledged = Http.get(path, buyerSystem).json();
        assertThat(acknowledged.getString("status")).isEqualTo("PARTLY_ACKNOWLEDGED");
        assertThat(acknowledged.getJsonArray("lines").getJsonObject(0).getString("status")).isEqualTo("CHANGED");
        assertThat(acknowledged.getJsonArray("lines").getJsonObject(0).getInt("acknowledgedQuantity")).isEqualTo(2);
        assertThat(acknowledged.getJsonArray("lines").getJsonObject(1).getString("reasonCode")).isEqualTo("NOT_AVAILABLE");
        assertThat(acknowledged.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("200");
        assertThat(LeadFixture.count("select count(*) from audit_entry where subject_id = ? and action = ?", id,
                "orderAcknowledged")).as("applied once").isEqualTo(1);

        var cancel = post(path + "/cancellation", "{}", buyerSystem, null);
        assertThat(cancel.json().getString("status")).as(cancel.body()).isEqualTo("CANCEL_REQUESTED");
        var after = Http.get(ORDERS + "/feed?after=" + next + "&limit=500", erp).json();
        assertThat(after.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonObject("order")
                .getString("id")).toList()).as("the request, read after the place already kept").contains(id);
        var refused = post(path + "/cancellation/decision", "{\"accept\":false}", erp, null);
        assertThat(refused.json().getString("status")).as(refused.body()).isEqualTo("PARTLY_ACKNOWLEDGED");

        // O23: after the answer the partner asks for a change; the ERP reads it in its feed and decides
        var badChange = post(path + "/change-request", """
                {"lines":[{"line":2,"quantity":3},{"line":1,"quantity":0}]}""", buyerSystem, null);
        assertThat(badChange.status()).as(badChange.body()).isEqualTo(400);
        assertThat(fields(badChange)).containsExactly("lines[0].line", "lines[1].quantity");
        assertThat(post(path + "/change-request", "{\"lines\":[{\"line\":1,\"quantity\":3}]}", otherSystem, null)
                .status()).as("another partner's order").isEqualTo(404);
        var change = post(path + "/change-request", """
                {"lines":[{"line":1,"quantity":3,"date":"2099-03-01"}]}""", buyerSystem, "change-" + t);
        assertThat(change.status()).as(change.body()).isEqualTo(200);
        assertThat(change.json().getString("status")).isEqualTo("CHANGE_REQUESTED");
        assertThat(change.json().getJsonArray("lines").getJsonObject(0).getInt("requestedQuantity")).isEqualTo(3);
        var changeFeed = Http.get(ORDERS + "/feed?after=" + next + "&limit=500", erp).json();
        assertThat(changeFeed.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonObject("order")
                .getString("status")).toList()).contains("CHANGE_REQUESTED");
        assertThat(post(path + "/change-request/decision", "{\"accept\":false}", buyerSystem, null).status())
                .as("the partner does not decide its own request").isEqualTo(403);
        assertThat(post(path + "/change-request/decision", "{\"accept\":true}", otherSystem, null).status())
                .as("another partner does not even find it").isEqualTo(404);
        assertThat(post(path + "/change-request", "{\"lines\":[{\"line\":1,\"quantity\":4}]}", erp, null).status())
                .as("the ERP does not ask on the partner's behalf").isEqualTo(403);
        var kept = post(path + "/change-request/decision", "{\"accept\":false}", erp, null);
        assertThat(kept.json().getString("status")).as(kept.body()).isEqualTo("PARTLY_ACKNOWLEDGED");
        assertThat(kept.json().getJsonArray("lines").getJsonObject(0).getInt("acknowledgedQuantity"))
                .as("refused: as it was").isEqualTo(2);

        // O16-O18: the ERP out of order answers 422 naming the field and changes nothing
        var early = post(path + "/invoices", """
                {"number":"INV-%s","invoiceDate":"2026-12-05","dueDate":"2027-01-04","currency":"EUR",
                 "lines":[{"line":1,"quantity":2,"unitPrice":100}]}""".formatted(t), erp, null);
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(early)).containsExactly("lines[0].quantity");
        var rejectedLine = post(path + "/shipments", """
                {"number":"SHIP-R-%s","carrier":"DHL","shipDate":"2026-12-05","packages":1,
                 "lines":[{"line":2,"quantity":1}]}""".formatted(t), erp, null);
        assertThat(rejectedLine.status()).as("a ship notice for a rejected line").isEqualTo(422);
        assertThat(fields(rejectedLine)).containsExactly("lines[0].line");
        var notice = """
                {"number":"SHIP-%s","carrier":"DHL","trackingNumbers":["JD014600006281"],"shipDate":"2026-12-05",
                 "packages":1,"lines":[{"line":1,"quantity":2}]}""".formatted(t);
        var senders = new ArrayList<CompletableFuture<Http.Reply>>();
        for (int i = 0; i < 2; i++) {
            var key = "ship-" + i + "-" + t;
            senders.add(CompletableFuture.supplyAsync(() -> post(path + "/shipments", notice, erp, key)));
        }
        var shipped = senders.stream().map(CompletableFuture::join).map(Http.Reply::status).sorted().toList();
        assertThat(shipped).as("the same ship notice from two workers: recorded once, the other answered with it")
                .containsExactly(200, 201);
        assertThat(LeadFixture.count("select count(*) from shipment where number = ?", "SHIP-" + t)).isEqualTo(1);
        assertThat(Http.get(path, buyerSystem).json().getString("status")).isEqualTo("SHIPPED");
        assertThat(Http.get(path + "/shipments", buyerSystem).body()).contains("JD014600006281");
        assertThat(Http.get(path + "/shipments", otherSystem).status()).as("another partner's shipments")
                .isEqualTo(404);
        var invoice = post(path + "/invoices", """
                {"number":"INV-%s","invoiceDate":"2026-12-05","dueDate":"2027-01-04","currency":"EUR",
                 "lines":[{"line":1,"quantity":2,"unitPrice":100}],"tax":38,"total":238}""".formatted(t), erp, null);
        assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);
        var unpaid = post(path + "/closure", "", erp, null);
        assertThat(unpaid.status()).as("O26: closing with an invoice open").isEqualTo(422);
        assertThat(unpaid.json().getString("detail")).contains("not paid");
        var overpaid = post("/api/v1/payments", """
                {"reference":"PAY-%s","paymentDate":"2026-12-06","invoices":[{"invoice":"INV-%s","amount":238.01}]}"""
                .formatted(t, t), erp, null);
        assertThat(overpaid.status()).as("a payment above the invoice").isEqualTo(422);
        assertThat(fields(overpaid)).containsExactly("invoices[0].amount");
        var paid = post("/api/v1/payments", """
                {"reference":"PAY-%s","paymentDate":"2026-12-06","invoices":[{"invoice":"INV-%s","amount":238}]}"""
                .formatted(t, t), erp, null);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(Http.get(path, buyerSystem).json().getString("status")).isEqualTo("PAID");

        // O24: the order's documents as PDF for whoever reads the order, in its language; 404 for anyone else
        // the SKU column wraps a long SKU inside the word (SW-2SHAWWVYQU / H): read the lines as one text
        assertThat(pdfText(Http.getBytes(path + "/confirmation?language=zh-TW", buyerSystem, 200)).replace("\n", ""))
                .contains("訂單確認書", "FEED-" + t, "SW-" + t, "2099");
        assertThat(pdfText(Http.getBytes(path + "/invoices/INV-" + t + "/pdf", erp, 200)))
                .contains("Invoice INV-" + t, "FEED-" + t, "238.00");
        assertThat(Http.get(path + "/confirmation", otherSystem).status()).as("another partner's order").isEqualTo(404);
        assertThat(Http.get(path + "/invoices/INV-" + t + "/pdf", otherSystem).status()).isEqualTo(404);
        assertThat(Http.get(path + "/invoices/NO-SUCH-" + t + "/pdf", buyerSystem).status()).isEqualTo(404);
        var badLanguage = Http.get(path + "/confirmation?language=fr", buyerSystem);
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(fields(badLanguage)).containsExactly("language");

        // O26: the supplier closes the paid order; the partner cannot, another partner finds nothing
        assertThat(post(path + "/closure", "", buyerSystem, null).status()).isEqualTo(403);
        assertThat(post(path + "/closure", "", otherSystem, null).status()).isEqualTo(404);
        var closed = post(path + "/closure", "", erp, "close-" + t);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(post(path + "/closure", "", erp, "close-" + t).body()).as("a retry: the stored answer")
                .isEqualTo(closed.body());
        assertThat(post(path + "/closure", "", erp, null).status()).as("closed already").isEqualTo(409);
    }

    private static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("In the portal a person picks a product in the catalog, pastes more lines, sees every refused line at "
            + "its row with nothing saved, corrects them, checks the total, submits and cancels; typed script stays text")
    void aPersonOrdersInThePortal() {
        var browser = browsers.of(buyer);
        var en = BrowserSteps.ENGLISH;
        // rule O12 in the portal: a partner admin sets an approval amount (its own orders never wait for it)
        browser.open("/portal/orders/index.xhtml");
        browser.click("#approvalForm\\:currency");
        browser.click("li[data-label='EUR']");
        browser.type("#approvalForm\\:amount_input", "50");
        browser.click("#approvalForm\\:saveApproval");
        browser.waitForText("#approvalLimits", "50.00");
        assertThat(LeadFixture.count("select count(*) from order_approval_limit where partner_id = ?", buyer.id()))
                .isEqualTo(1);
        browser.open("/portal/orders/catalog.xhtml");
        LeadPages.search(browser, "catalogForm:text", "SW-" + t);
        DealSteps.awaitRows(browser, "catalogForm:products", "the switch", r -> r.stream()
                .anyMatch(row -> row.get(0).equals("SW-" + t)));
        browser.click("button[id$=':add']");
        browser.waitForText("#catalogForm\\:cartBar", "1");
        browser.click("#catalogForm\\:reviewOrder");
        browser.waitForUrl("/portal/orders/edit.xhtml");
        assertThat(browser.find("#orderForm\\:lines\\:0\\:sku").getAttribute("value")).isEqualTo("SW-" + t);

        var po = "WEB-" + t;
        browser.type("#orderForm\\:poNumber", po);
        browser.click("[id='orderForm:quickEntry'] > legend");
        browser.type("#orderForm\\:pasted", "OLD-" + t + ", 1\nnot a line at all\nCAB-" + t + "; 25");
        browser.click("#orderForm\\:paste");
        browser.waitForText("#orderForm", BrowserSteps.page(en, "orders.pasted.unreadable").replace("{0}", "2"));
        browser.type("#orderForm\\:notes", "<script>window.orderNotesRan = true</script> dock 4");
        browser.click("#orderForm\\:submit");
        browser.waitForText("#orderForm", BrowserSteps.page(en, "order.line.discontinuedSucceeded")
                .replace("{0}", "SW-" + t));
        var form = browser.text("#orderForm");
        assertThat(form).as("the discontinued line names its successor, the cable's quantity its multiple")
                .contains(BrowserSteps.page(en, "order.line.discontinuedSucceeded").replace("{0}", "SW-" + t))
                .contains(BrowserSteps.page(en, "order.line.quantity.notMultiple").replace("{0}", "10")
                        .replace("''", "'"));
        assertThat(browser.find("[id='orderForm:lines:1:sku'] ~ .ui-message-error").getText())
                .as("at the line's own field").contains("SW-" + t);
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", po))
                .as("a refused order saves nothing").isZero();

        // the top bar is sticky: a button scrolled to the window's top edge lies under it
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", browser.find("[id='orderForm:lines:1:removeLine']"));
        browser.click("#orderForm\\:lines\\:1\\:removeLine");
        browser.waitForAjax();
        var quantity = browser.find("#orderForm\\:lines\\:1\\:quantity_input");
        quantity.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "30");
        browser.click("#orderForm\\:checkPrices");
        browser.waitForText("#total", "175.00");
        browser.click("#orderForm\\:submit");
        browser.waitForUrl("/portal/orders/order.xhtml");
        browser.waitForText("#orderStatus", BrowserSteps.page(en, "enum.order.SUBMITTED"));
        assertThat(browser.text("#orderTotal")).contains("175.00");
        assertThat(browser.text("body")).contains("<script>window.orderNotesRan = true</script> dock 4");
        assertThat(browser.scriptRan("orderNotesRan")).isFalse();
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ? and channel = 'PORTAL'",
                po)).isEqualTo(1);

        // another partner's order does not exist for this one's people (rule O15): the same page as an unknown id
        var theirs = post(ORDERS, order("THEIRS-" + t, line("SW-" + t, 1)), otherSystem, null);
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(201);
        var foreign = Http.send(Http.request("/portal/orders/order.xhtml?id=" + theirs.json().getString("id"))
                .header("Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue()));
        assertThat(foreign.status()).as("another partner's order page").isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("THEIRS-" + t);
        var unknown = Http.send(Http.request("/portal/orders/order.xhtml?id=" + java.util.UUID.randomUUID())
                .header("Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue()));
        assertThat(unknown.status()).isEqualTo(404);

        browser.click("#actionsForm\\:cancel");
        browser.click(".ui-confirm-dialog .ui-confirmdialog-yes");
        browser.waitForText("#orderStatus", BrowserSteps.page(en, "enum.order.CANCELLED"));
    }

    private static Http.Reply put(String path, String body, String token) {
        return Http.send(Http.request(path).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    @DisplayName("O22: a retailer's order routed to its distributor is the distributor's to read, answer, ship, invoice "
            + "and record payment for; the ERP reads it as sell-through and cannot change it; another partner cannot "
            + "see it; a partner without a distributor cannot route")
    void aResellersOrderGoesToItsDistributor() {
        var distributor = PartnerFixture.onboard("DISTRIBUTOR");
        var distributorSystem = PartnerFixture.createApiCredential(distributor).token();
        var reseller = PartnerFixture.onboard("RETAILER");
        var resellerSystem = PartnerFixture.createApiCredential(reseller).token();
        var manager = PartnerFixture.managerToken();
        assertThat(put("/api/v1/partners/" + reseller.id() + "/parent", "{\"parentId\":\"" + distributor.id() + "\"}",
                resellerSystem).status()).as("only a channel manager links partners").isEqualTo(403);
        assertThat(put("/api/v1/partners/" + reseller.id() + "/parent", "{\"parentId\":\"" + distributor.id() + "\"}",
                Http.erpToken()).status()).as("not the ERP either").isEqualTo(403);
        var linked = put("/api/v1/partners/" + reseller.id() + "/parent", "{\"parentId\":\"" + distributor.id() + "\"}",
                manager);
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().getString("parentId")).isEqualTo(distributor.id().toString());

        var po = "TT-" + t;
        var routed = "{\"poNumber\":\"%s\",\"currency\":\"EUR\",\"routeTo\":\"DISTRIBUTOR\",\"lines\":[%s]}";
        var refused = post(ORDERS, routed.formatted(po, line("SW-" + t, 2)), buyerSystem, null);
        assertThat(refused.status()).as("a retailer without a distributor: " + refused.body()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("routeTo");
        var placed = post(ORDERS, routed.formatted(po, line("SW-" + t, 2)), resellerSystem, null);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().getString("routeTo")).isEqualTo("DISTRIBUTOR");
        assertThat(placed.json().getString("distributorId")).isEqualTo(distributor.id().toString());
        var path = ORDERS + "/" + placed.json().getString("id");
        var accept = "{\"lines\":[{\"line\":1,\"action\":\"ACCEPT\"}]}";

        var erp = Http.erpToken();
        assertThat(Http.get(path, erp).status()).as("the brand owner reads sell-through").isEqualTo(200);
        assertThat(Http.get(ORDERS + "?route=SELL_THROUGH&poNumber=" + po, erp).json().getInt("total")).isEqualTo(1);
        assertThat(Http.get(ORDERS + "?route=DIRECT&poNumber=" + po, erp).json().getInt("total")).isZero();
        var erpAnswer = post(path + "/acknowledgment", accept, erp, null);
        assertThat(erpAnswer.status()).as("the ERP cannot answer it: " + erpAnswer.body()).isEqualTo(403);
        assertThat(erpAnswer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Http.get(path, otherSystem).status()).as("another partner").isEqualTo(404);
        assertThat(post(path + "/acknowledgment", accept, otherSystem, null).status()).isEqualTo(404);
        assertThat(post(path + "/acknowledgment", accept, resellerSystem, null).status()).as("the reseller itself")
                .isEqualTo(403);

        var feed = Http.get(ORDERS + "/feed?after=0", distributorSystem);
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        assertThat(feed.json().getJsonArray("items").stream().map(e -> e.asJsonObject().getJsonObject("order")
                .getString("poNumber")).toList()).as("the distributor's feed: its resellers' orders only")
                .containsExactly(po);
        assertThat(Http.get(ORDERS + "?route=INCOMING", distributorSystem).json().getInt("total")).isEqualTo(1);
        assertThat(Http.get(ORDERS, distributorSystem).json().getInt("total")).as("its own orders").isZero();

        var answered = post(path + "/acknowledgment", accept, distributorSystem, null);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().getString("status")).isEqualTo("ACKNOWLEDGED");
        var shipment = "{\"number\":\"S-%s\",\"carrier\":\"DHL\",\"shipDate\":\"2026-12-05\",\"packages\":1,"
                + "\"lines\":[{\"line\":1,\"quantity\":2}]}";
        assertThat(post(path + "/shipments", shipment.formatted(t), erp, null).status()).isEqualTo(403);
        var shipped = post(path + "/shipments", shipment.formatted(t), distributorSystem, null);
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(201);
        var invoiced = post(path + "/invoices", ("{\"number\":\"I-%s\",\"invoiceDate\":\"2026-12-05\",\"dueDate\":"
                + "\"2027-01-05\",\"currency\":\"EUR\",\"lines\":[{\"line\":1,\"quantity\":2,\"unitPrice\":100}],"
                + "\"tax\":0,\"total\":200}").formatted(t), distributorSystem, null);
        assertThat(invoiced.status()).as(invoiced.body()).isEqualTo(201);
        var payment = ("{\"reference\":\"P-%s\",\"paymentDate\":\"2026-12-06\",\"invoices\":[{\"invoice\":\"I-%s\","
                + "\"amount\":200}]}").formatted(t, t);
        var erpPays = post("/api/v1/payments", payment, erp, null);
        assertThat(erpPays.status()).as("the distributor's invoice is not the ERP's to pay: " + erpPays.body())
                .isEqualTo(422);
        var paid = post("/api/v1/payments", payment, distributorSystem, null);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(Http.get(path, resellerSystem).json().getString("status")).isEqualTo("PAID");

        // in the portal: the distributor's administrator finds the next one in its inbox and answers it there
        var po2 = "TT2-" + t;
        var second = post(ORDERS, routed.formatted(po2, line("SW-" + t, 2) + "," + line("CAB-" + t, 20)),
                resellerSystem, null);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        var en = BrowserSteps.ENGLISH;
        var desk = browsers.of(distributor);
        desk.open("/portal/orders/incoming.xhtml");
        desk.waitForText("#incomingForm\\:orders", po2);
        assertThat(desk.text("#incomingForm\\:orders")).contains(reseller.name()).doesNotContain("PO-" + t);
        desk.click("#incomingForm\\:orders a[href*='" + second.json().getString("id") + "']");
        desk.waitForUrl("/portal/orders/order.xhtml");
        assertThat(desk.text("#orderPartner")).isEqualTo(reseller.name());
        desk.click("#answerForm\\:lines\\:1\\:action");
        desk.click("[id='answerForm:lines:1:action_items'] li[data-label='" + BrowserSteps.page(en, "enum.ackAction.REJECT") + "']");
        desk.click("#answerForm\\:sendAnswer");
        desk.waitForText("[id='answerForm:lines:1:reasonCode'] ~ .ui-message-error",
                BrowserSteps.page(en, "order.ack.reason.required"));
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ? and status = 'SUBMITTED'",
                po2)).as("an answer with a problem changes nothing").isEqualTo(1);
        desk.click("#answerForm\\:lines\\:1\\:reasonCode");
        desk.click("[id='answerForm:lines:1:reasonCode_items'] li[data-label='"
                + BrowserSteps.page(en, "enum.rejectReason.NOT_AVAILABLE") + "']");
        desk.click("#answerForm\\:sendAnswer");
        desk.waitForText("#orderStatus", BrowserSteps.page(en, "enum.order.PARTLY_ACKNOWLEDGED"));
        desk.type("#shipForm\\:number", "S2-" + t);
        desk.type("#shipForm\\:carrier", "<b>DHL</b>");
        desk.click("#shipForm\\:recordShipment");
        desk.waitForText("#orderStatus", BrowserSteps.page(en, "enum.order.SHIPPED"));
        assertThat(desk.text("#shipments")).contains("S2-" + t).contains("<b>DHL</b>");
        var shipments = Http.get(ORDERS + "/" + second.json().getString("id") + "/shipments", resellerSystem);
        assertThat(shipments.jsonValue().asJsonArray().getJsonObject(0).getString("carrier")).isEqualTo("<b>DHL</b>");
        var buyerCookie = "JSESSIONID=" + browsers.of(buyer).driver().manage().getCookieNamed("JSESSIONID").getValue();
        var foreign = Http.send(Http.request("/portal/orders/order.xhtml?id=" + second.json().getString("id"))
                .header("Cookie", buyerCookie));
        assertThat(foreign.status()).as("another partner's people: no such page").isEqualTo(404);
        var console = Http.send(Http.request("/manage/orders/order.xhtml?id=" + second.json().getString("id"))
                .header("Cookie", "JSESSIONID=" + desk.driver().manage().getCookieNamed("JSESSIONID").getValue()));
        assertThat(console.status()).as("the console's page of the same order, for a partner: refused").isNotEqualTo(200);
        assertThat(console.body()).doesNotContain(po2);
        // the top bar's search: the distributor finds its resellers' orders, another partner does not
        desk.open("/portal/search.xhtml?q=" + po2);
        desk.waitForText("body", reseller.name());
        assertThat(desk.find("a[href*='" + second.json().getString("id") + "']").getText()).contains(po2);
        var foreignSearch = Http.send(Http.request("/portal/search.xhtml?q=" + po2).header("Cookie", buyerCookie));
        assertThat(foreignSearch.status()).isEqualTo(200);
        assertThat(foreignSearch.body()).as("the search page itself, with the text searched for").contains(po2)
                .doesNotContain(second.json().getString("id"));
    }
}
