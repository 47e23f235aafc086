package org.channelport.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.channelport.it.Http;
import org.channelport.it.PartnerFixture;
import org.channelport.it.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * REST order intake on PostgreSQL (issue 11): {@link #CLIENTS} partner-API clients (of {@link #PARTNERS} partners, so
 * that PO numbers and locks spread as they would) each POST orders of 10 lines to {@code /api/v1/orders} (checked,
 * priced, saved, audited, placed in the ERP's feed), against the same run's rate of the bare endpoint
 * ({@code BareOrdersResource}: the same JSON, sign-in and role check, 201 without the database). Prints orders per
 * second, p50 and p99 for both and their ratio; asserts nothing about time ({@code ./mvnw -Pbench verify}).
 */
class OrderIntakeBench {
    static final int PARTNERS = Integer.getInteger("bench.order-partners", 10);
    static final int CLIENTS = Integer.getInteger("bench.order-clients", 20);
    static final int ORDERS_PER_CLIENT = Integer.getInteger("bench.orders-per-client", 250);
    static final int WARM_UP_PER_CLIENT = Integer.getInteger("bench.orders-warm-up", 50);
    static final int LINES = 10;

    /**
     * HTTP/1.1, a connection per client as separate systems would have: Java's client otherwise upgrades to HTTP/2 and
     * multiplexes every client over one connection, which measures that connection rather than the server.
     */
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(CLIENTS)).build();

    @Test
    void ordersPerSecondAgainstTheBareEndpoint() throws Exception {
        var t = Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
        tag = t;
        var erp = Http.erpToken();
        var products = new StringBuilder("[");
        var prices = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            products.append(i == 0 ? "" : ",").append("{\"sku\":\"B").append(i).append('-').append(t)
                    .append("\",\"names\":{\"en\":\"Bench product ").append(i)
                    .append("\"},\"productLine\":\"NETWORKING\",\"unit\":\"EA\"}");
            prices.append(i == 0 ? "" : ",").append("{\"sku\":\"B").append(i).append('-').append(t)
                    .append("\",\"unitPrice\":").append(10 + i).append('}');
        }
        var created = Http.postJson("/api/v1/products", products.append(']').toString(), erp, Map.of());
        if (created.status() != 200) {
            throw new IllegalStateException(created.body());
        }
        var list = Http.postJson("/api/v1/price-lists", "{\"code\":\"BENCH-" + t + "\",\"name\":\"Bench\",\"currency\":"
                + "\"EUR\",\"tier\":\"REGISTERED\",\"validFrom\":\"2026-01-01\",\"prices\":[" + prices + "]}", erp, Map.of());
        if (list.status() != 200) {
            throw new IllegalStateException(list.body());
        }
        var tokens = new ArrayList<String>();
        for (int p = 0; p < PARTNERS; p++) {
            var partner = PartnerFixture.onboard("RETAILER");
            for (int c = 0; c < CLIENTS / PARTNERS; c++) {
                tokens.add(PartnerFixture.createApiCredential(partner).token());
            }
        }
        System.out.printf("ORDERS setup: %d partners, %d clients, orders of %d lines, %d per client%n", PARTNERS,
                tokens.size(), LINES, ORDERS_PER_CLIENT);

        run("warm-up bare", "/api/v1/bench/bare-orders", tokens, t + "W", WARM_UP_PER_CLIENT);
        run("warm-up orders", "/api/v1/orders", tokens, t + "W", WARM_UP_PER_CLIENT);
        var bare = run("bare endpoint", "/api/v1/bench/bare-orders", tokens, t + "B", ORDERS_PER_CLIENT);
        var orders = run("POST /api/v1/orders", "/api/v1/orders", tokens, t + "O", ORDERS_PER_CLIENT);
        System.out.printf("ORDERS intake at %.0f %% of the bare rate (target: at least 1,000 orders/s and 50 %%)%n",
                100.0 * orders / bare);
    }

    /** Every client posts its orders as fast as answers come; returns orders per second. */
    private double run(String name, String path, List<String> tokens, String prefix, int perClient) throws Exception {
        var latencies = new long[tokens.size() * perClient];
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(tokens.size());
        var tasks = new ArrayList<Callable<Void>>();
        for (int c = 0; c < tokens.size(); c++) {
            var token = tokens.get(c);
            var clientNo = c;
            tasks.add(() -> {
                for (int i = 0; i < perClient; i++) {
                    var body = order(prefix + "-" + clientNo + "-" + i, i);
                    var request = HttpRequest.newBuilder(java.net.URI.create(TestEnvironment.BASE_URL + path))
                            .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long start = System.nanoTime();
                    var reply = client.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[next.getAndIncrement()] = System.nanoTime() - start;
                    if (reply.statusCode() != 201) {
                        if (failures.getAndIncrement() < 3) {
                            System.out.println("ORDERS " + name + " answered " + reply.statusCode() + ": " + reply.body());
                        }
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        for (var future : pool.invokeAll(tasks)) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        var done = Arrays.copyOf(latencies, next.get());
        Arrays.sort(done);
        double rate = done.length / seconds;
        System.out.printf("ORDERS %-22s %6d orders in %6.1f s: %7.1f orders/s, p50 %6.1f ms, p99 %6.1f ms, %d not 201%n",
                name, done.length, seconds, rate, done[done.length / 2] / 1e6,
                done[Math.min(done.length - 1, (int) (done.length * 0.99))] / 1e6, failures.get());
        return rate;
    }

    /** This run's mark in SKUs and PO numbers. */
    private static String tag;

    /** An order of 10 lines of the bench's products, quantities varying, PO numbers unique. */
    private static String order(String po, int i) {
        var lines = new StringBuilder();
        for (int l = 0; l < LINES; l++) {
            lines.append(l == 0 ? "" : ",").append("{\"sku\":\"B").append((i + l * 5) % 50).append('-').append(tag)
                    .append("\",\"quantity\":").append(1 + (i + l) % 7).append('}');
        }
        return "{\"poNumber\":\"" + po + "\",\"currency\":\"EUR\",\"lines\":[" + lines + "]}";
    }
}
