package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Signed webhooks (issue 11, item 7; rules W1-W6 and O20) against the real server and a real receiver on this host:
 * order events reach the partner's own endpoint and, once the order reaches the brand owner, the ERP's, signed as
 * Standard Webhooks describe; a failing endpoint is retried, then dead and replayed under the same id; a
 * partner never sees another's endpoints or deliveries. The test server's retry window is 4 s instead of 24 h.
 */
class WebhooksIT {
    private static final String HOOKS = "/api/v1/webhook-subscriptions";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final WebhookReceiver receiver = new WebhookReceiver();
    private static String buyerSystem;
    private static String otherSystem;
    private static String erp;
    private static String t;
    private static String erpSubscription;

    @BeforeAll
    static void aCatalog() {
        buyerSystem = PartnerFixture.createApiCredential(PartnerFixture.onboard("RETAILER")).token();
        otherSystem = PartnerFixture.createApiCredential(PartnerFixture.onboard("RETAILER")).token();
        erp = Http.erpToken();
        t = BrowserSteps.token().toUpperCase(java.util.Locale.ROOT);
        var products = Http.postJson("/api/v1/products", """
                [{"sku":"HOOK-%1$s","names":{"en":"Hooked switch %1$s"},"productLine":"NETWORKING","unit":"EA"}]"""
                .formatted(t), erp, Map.of());
        assertThat(products.status()).as(products.body()).isIn(200, 201);
        var list = Http.postJson("/api/v1/price-lists", """
                {"code":"HOOK-EUR-%1$s","name":"Hooks EUR","currency":"EUR","tier":"REGISTERED","validFrom":"2026-01-01",
                 "prices":[{"sku":"HOOK-%1$s","unitPrice":10}]}""".formatted(t), erp, Map.of());
        assertThat(list.status()).as(list.body()).isIn(200, 201);
    }

    @AfterAll
    static void stop() {
        if (erpSubscription != null) {
            // the brand owner's endpoint would receive every later order of every test: paused (not deleted, so that
            // a page another test class has just listed still opens)
            put(HOOKS + "/" + erpSubscription, "{\"url\":\"" + receiver.url("/erp-" + t) + "\",\"eventTypes\":"
                    + "[\"order.submitted\"],\"enabled\":false}", erp);
        }
        receiver.close();
    }

    private static Http.Reply post(String path, String body, String token) {
        return Http.postJson(path, body, token, Map.of());
    }

    private static Http.Reply delete(String path, String token) {
        return Http.send(Http.request(path).header("Authorization", "Bearer " + token).DELETE());
    }

    private static Http.Reply put(String path, String body, String token) {
        return Http.send(Http.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonObject subscribe(String token, String path, String... types) {
        var reply = post(HOOKS, "{\"url\":\"" + receiver.url(path) + "\",\"eventTypes\":[\""
                + String.join("\",\"", types) + "\"],\"description\":\"IT " + path + "\"}", token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String order(String po, boolean draft) {
        var placed = post("/api/v1/orders", """
                {"poNumber":"%s","currency":"EUR","draft":%s,"lines":[{"sku":"HOOK-%s","quantity":3}]}"""
                .formatted(po, draft, t), buyerSystem);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json().getString("id");
    }

    private static WebhookReceiver.Received event(String path, String type, String orderId) {
        await().atMost(WAIT).until(() -> receiver.at(path).stream().anyMatch(r -> r.type().equals(type)
                && r.data().getString("orderId", "").equals(orderId)));
        return receiver.at(path).stream().filter(r -> r.type().equals(type)
                && r.data().getString("orderId", "").equals(orderId)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("W1, W2, O20: order events reach the partner's endpoint and, once submitted, the ERP's, signed with "
            + "their secrets; a roll signs with both secrets; another partner finds none of it")
    void orderEventsReachTheirSubscribersSigned() {
        var mine = subscribe(buyerSystem, "/partner-" + t, "order.drafted", "order.submitted");
        var mineId = mine.getJsonObject("subscription").getString("id");
        var mineSecret = mine.getString("secret");
        assertThat(mineSecret).startsWith("whsec_");
        var keyed = "{\"url\":\"" + receiver.url("/keyed-" + t) + "\",\"eventTypes\":[\"order.paid\"]}";
        var first = Http.postJson(HOOKS, keyed, buyerSystem, Map.of("Idempotency-Key", "hook-" + t));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var retried = Http.postJson(HOOKS, keyed, buyerSystem, Map.of("Idempotency-Key", "hook-" + t));
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().getJsonObject("subscription").getString("id"))
                .isEqualTo(first.json().getJsonObject("subscription").getString("id"));
        assertThat(retried.body()).as("the secret is shown once, never stored for a replay")
                .doesNotContain(first.json().getString("secret")).doesNotContain("\"secret\"");
        assertThat(delete(HOOKS + "/" + first.json().getJsonObject("subscription").getString("id"), buyerSystem).status())
                .isEqualTo(204);
        var brand = subscribe(erp, "/erp-" + t, "order.drafted", "order.submitted");
        erpSubscription = brand.getJsonObject("subscription").getString("id");

        var draft = order("HOOK-D-" + t, true);
        var submitted = order("HOOK-S-" + t, false);

        var drafted = event("/partner-" + t, "order.drafted", draft);
        assertThat(drafted.signedWith(mineSecret)).as("signed with the partner's secret").isTrue();
        assertThat(drafted.signedWith(brand.getString("secret"))).isFalse();
        assertThat(drafted.id()).startsWith("msg_");
        assertThat(Math.abs(Long.parseLong(drafted.timestamp()) - Instant.now().getEpochSecond())).isLessThan(120);
        assertThat(drafted.data().getString("poNumber")).isEqualTo("HOOK-D-" + t);
        assertThat(drafted.data().getString("status")).isEqualTo("DRAFT");

        var partnerSees = event("/partner-" + t, "order.submitted", submitted);
        assertThat(partnerSees.signedWith(mineSecret)).isTrue();
        var erpSees = event("/erp-" + t, "order.submitted", submitted);
        assertThat(erpSees.signedWith(brand.getString("secret"))).as("signed with the ERP's secret").isTrue();
        assertThat(erpSees.data().getString("href")).as("a link the receiver can follow")
                .isEqualTo(TestEnvironment.BASE_URL + "/api/v1/orders/" + submitted);
        assertThat(receiver.at("/erp-" + t)).as("a partner's draft is not the brand owner's business")
                .noneMatch(r -> r.data().getString("orderId", "").equals(draft));

        var deliveries = Http.get(HOOKS + "/" + mineId + "/deliveries", buyerSystem);
        assertThat(deliveries.status()).as(deliveries.body()).isEqualTo(200);
        var delivered = deliveries.jsonValue().asJsonArray().getJsonObject(0);
        await().atMost(WAIT).until(() -> Http.get(HOOKS + "/" + mineId + "/deliveries?status=DELIVERED", buyerSystem)
                .jsonValue().asJsonArray().size() == 2);
        var attempts = Http.get(HOOKS + "/" + mineId + "/deliveries/" + delivered.getString("id") + "/attempts",
                buyerSystem).jsonValue().asJsonArray();
        assertThat(attempts).hasSize(1);
        assertThat(attempts.getJsonObject(0).getInt("statusCode")).isEqualTo(204);

        // another partner: not in its list, and every path to the endpoint and its deliveries is "not found"
        var theirs = Http.get(HOOKS, otherSystem);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.body()).doesNotContain(mineId);
        assertThat(put(HOOKS + "/" + mineId, "{\"url\":\"" + receiver.url("/stolen") + "\",\"eventTypes\":"
                + "[\"order.paid\"],\"enabled\":false}", otherSystem).status()).as("another partner changing it").isEqualTo(404);
        assertThat(Http.get(HOOKS + "/" + mineId + "/deliveries/" + delivered.getString("id") + "/attempts",
                otherSystem).status()).isEqualTo(404);
        var own = subscribe(otherSystem, "/other-" + t, "order.paid").getJsonObject("subscription").getString("id");
        assertThat(Http.get(HOOKS + "/" + own + "/deliveries/" + delivered.getString("id") + "/attempts", otherSystem)
                .status()).as("its own endpoint's path with another's delivery").isEqualTo(404);
        assertThat(post(HOOKS + "/" + own + "/deliveries/" + delivered.getString("id") + "/replay", "", otherSystem)
                .status()).isEqualTo(404);
        assertThat(Http.get(HOOKS + "/" + mineId, otherSystem).status()).isEqualTo(404);
        assertThat(Http.get(HOOKS + "/" + mineId + "/deliveries", otherSystem).status()).isEqualTo(404);
        assertThat(post(HOOKS + "/" + mineId + "/deliveries/" + delivered.getString("id") + "/replay", "", otherSystem)
                .status()).isEqualTo(404);
        assertThat(post(HOOKS + "/" + mineId + "/secret-rolls", "", otherSystem).status()).isEqualTo(404);
        assertThat(delete(HOOKS + "/" + mineId, otherSystem).status()).isEqualTo(404);
        assertThat(Http.get(HOOKS + "/" + erpSubscription, buyerSystem).status()).as("the brand owner's").isEqualTo(404);
        var mine2 = Http.get(HOOKS, buyerSystem);
        assertThat(mine2.status()).isEqualTo(200);
        assertThat(mine2.body()).contains(mineId).doesNotContain(erpSubscription);

        // a roll: the new secret is shown once; for a day, deliveries carry a signature under each
        var rolled = post(HOOKS + "/" + mineId + "/secret-rolls", "", buyerSystem);
        assertThat(rolled.status()).as(rolled.body()).isEqualTo(200);
        var newSecret = rolled.json().getString("secret");
        assertThat(newSecret).isNotEqualTo(mineSecret);
        var read = Http.get(HOOKS + "/" + mineId, buyerSystem);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains(mineId).doesNotContain(newSecret).doesNotContain(mineSecret);
        assertThat(post(HOOKS + "/" + mineId + "/tests", "", buyerSystem).status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> receiver.at("/partner-" + t).stream().anyMatch(r -> r.type().equals("webhook.test")));
        var test = receiver.at("/partner-" + t).stream().filter(r -> r.type().equals("webhook.test")).findFirst().orElseThrow();
        assertThat(test.signature().split(" ")).hasSize(2);
        assertThat(test.signedWith(newSecret)).isTrue();
        assertThat(test.signedWith(mineSecret)).as("the previous secret still signs").isTrue();
    }

    @Test
    @DisplayName("W3, W5: an endpoint that fails is retried, then dead; each attempt is logged with its status and at "
            + "most 1 KB of the answer; a replay sends it again under the same id (the 10 s timeout, also of a body that "
            + "stalls: WebhookDispatcherTest)")
    void failingEndpointsEndAsDeadLettersAndAreReplayed() {
        receiver.answer("/failing-" + t, 500, "x".repeat(5000), 0);
        var failing = subscribe(buyerSystem, "/failing-" + t, "order.submitted").getJsonObject("subscription").getString("id");
        assertThat(post(HOOKS + "/" + failing + "/tests", "", buyerSystem).status()).isEqualTo(202);

        await().atMost(WAIT).until(() -> Http.get(HOOKS + "/" + failing + "/deliveries?status=DEAD", buyerSystem)
                .jsonValue().asJsonArray().size() == 1);
        var dead = Http.get(HOOKS + "/" + failing + "/deliveries?status=DEAD", buyerSystem).jsonValue().asJsonArray()
                .getJsonObject(0);
        assertThat(dead.getInt("attempts")).as("retried within the window").isGreaterThanOrEqualTo(2);
        assertThat(dead.getInt("lastStatusCode")).isEqualTo(500);
        var attempts = Http.get(HOOKS + "/" + failing + "/deliveries/" + dead.getString("id") + "/attempts",
                buyerSystem).jsonValue().asJsonArray();
        assertThat(attempts).hasSize(dead.getInt("attempts"));
        attempts.forEach(a -> {
            assertThat(a.asJsonObject().getInt("statusCode")).isEqualTo(500);
            assertThat(a.asJsonObject().getString("response")).as("only the first kilobyte kept").hasSize(1024);
        });
        var failedIds = receiver.at("/failing-" + t).stream().map(WebhookReceiver.Received::id).distinct().toList();
        assertThat(failedIds).as("every attempt under one message id").hasSize(1);

        receiver.answer("/failing-" + t, 200, "ok", 0);
        var replayed = post(HOOKS + "/" + failing + "/deliveries/" + dead.getString("id") + "/replay", "", buyerSystem);
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        assertThat(replayed.json().getString("status")).isEqualTo("PENDING");
        await().atMost(WAIT).until(() -> Http.get(HOOKS + "/" + failing + "/deliveries?status=DELIVERED", buyerSystem)
                .jsonValue().asJsonArray().size() == 1);
        assertThat(receiver.at("/failing-" + t).stream().map(WebhookReceiver.Received::id).distinct().toList())
                .as("the replay keeps the message id, so the receiver can tell a repeat").isEqualTo(failedIds);

        var all = post(HOOKS + "/" + failing + "/dead-letters/replay", "", buyerSystem);
        assertThat(all.json().getInt("replayed")).as("nothing dead any more").isZero();
    }

    @Test
    @DisplayName("W4 and bad input: plain http to another host, a non-web scheme, unknown events and a missing URL are "
            + "refused at their fields, nothing saved; a channel manager manages the brand owner's")
    void badEndpointsAreRefused() {
        var before = Http.get(HOOKS, buyerSystem).jsonValue().asJsonArray().size();
        var refused = post(HOOKS, """
                {"url":"http://10.0.0.1/hook","eventTypes":["order.submitted","order.teleported"]}""", buyerSystem);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList())
                .containsExactly("url", "eventTypes[1]");
        assertThat(post(HOOKS, "{\"url\":\"file:///etc/passwd\",\"eventTypes\":[\"order.paid\"]}", buyerSystem).status())
                .isEqualTo(400);
        assertThat(post(HOOKS, "{\"eventTypes\":[]}", buyerSystem).json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList()).containsExactly("url", "eventTypes");
        assertThat(post(HOOKS, "{\"url\":42}", buyerSystem).status()).as("a number for a URL").isEqualTo(400);
        assertThat(put(HOOKS + "/not-an-id", "{}", buyerSystem).status()).isIn(400, 404);
        assertThat(Http.get(HOOKS, buyerSystem).jsonValue().asJsonArray()).hasSize(before);
        assertThat(Http.get(HOOKS + "/event-types", buyerSystem).body()).contains("order.shipped", "order.paid");
        assertThat(Http.get(HOOKS, null).status()).isEqualTo(401);
        assertThat(Http.get(HOOKS, PartnerFixture.managerToken()).status()).as("a channel manager: the brand's").isEqualTo(200);
    }
}
