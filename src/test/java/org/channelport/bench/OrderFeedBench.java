package org.channelport.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.channelport.it.Http;
import org.channelport.it.PartnerFixture;
import org.channelport.it.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The ERP's order feed under load (issue 11, "Measure", rule O14): 100,000 submitted orders seeded into the test
 * servers' PostgreSQL at the feed's next places, then read through {@code GET /api/v1/orders/feed?after=} (500 a page,
 * keeping {@code next}) while {@link #WRITERS} partner systems keep placing orders over REST. Checks that every seeded
 * order and every order placed during the read is read exactly once, and that reading a page again from the kept place
 * (an ERP that crashed before keeping the next one) answers the same page; prints rows per second of the reader and
 * orders per second of the writers meanwhile.
 */
class OrderFeedBench {
    static final int SEEDED = Integer.getInteger("bench.feed-orders", 100_000);
    static final int WRITERS = 8;

    private final String db = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/channelport_it");
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theFeedUnderLoadMissesNothingAndRepeatsNothing() throws Exception {
        var t = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        var erp = Http.erpToken();
        if (Http.postJson("/api/v1/products", "[{\"sku\":\"FEED-" + t + "\",\"names\":{\"en\":\"Feed bench\"},"
                + "\"productLine\":\"NETWORKING\",\"unit\":\"EA\"}]", erp, Map.of()).status() != 200
                || Http.postJson("/api/v1/price-lists", "{\"code\":\"FEED-" + t + "\",\"name\":\"Feed\",\"currency\":"
                + "\"EUR\",\"tier\":\"REGISTERED\",\"validFrom\":\"2026-01-01\",\"prices\":[{\"sku\":\"FEED-" + t
                + "\",\"unitPrice\":5}]}", erp, Map.of()).status() != 200) {
            throw new IllegalStateException("catalog setup failed");
        }
        var tokens = new ArrayList<String>();
        for (int p = 0; p < WRITERS / 2; p++) {
            var partner = PartnerFixture.onboard("RETAILER");
            tokens.add(PartnerFixture.createApiCredential(partner).token());
            tokens.add(PartnerFixture.createApiCredential(partner).token());
        }
        var seeded = new HashSet<String>(SEEDED * 2);
        var routed = new HashSet<String>(SEEDED);
        long start = seed(PartnerFixture.onboard("RETAILER").id().toString(),
                PartnerFixture.onboard("DISTRIBUTOR").id().toString(), t, seeded, routed);

        var placed = ConcurrentHashMap.<String>newKeySet();
        var stop = new AtomicBoolean();
        var refused = new AtomicInteger();
        var writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            var token = tokens.get(w);
            var writer = w;
            writers.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    var reply = post("/api/v1/orders", "{\"poNumber\":\"FW-" + t + "-" + writer + "-" + i + "\","
                            + "\"currency\":\"EUR\",\"lines\":[{\"sku\":\"FEED-" + t + "\",\"quantity\":1}]}", token);
                    if (reply.statusCode() == 201) {
                        placed.add(json(reply.body()).getString("id"));
                    } else {
                        refused.incrementAndGet();
                    }
                }
                return null;
            });
        }

        var read = new HashSet<String>();
        int repeats = 0;
        int pages = 0;
        long after = start;
        long began = System.nanoTime();
        int placedWhileReading = -1;
        while (true) {
            var page = json(get("/api/v1/orders/feed?after=" + after + "&limit=500", erp));
            var items = page.getJsonArray("items");
            if (++pages == 50) {
                // the ERP crashed before keeping "next": the same place gives the same page
                var again = json(get("/api/v1/orders/feed?after=" + after + "&limit=500", erp));
                if (!again.getJsonArray("items").equals(items)) {
                    throw new AssertionError("reading a page again from the kept place gave another page");
                }
            }
            for (var item : items) {
                var id = item.asJsonObject().getJsonObject("order").getString("id");
                if (routed.contains(id)) {
                    throw new AssertionError("a reseller's order routed to its distributor reached the ERP's feed");
                }
                if (!read.add(id)) {
                    repeats++;
                }
            }
            after = page.getJsonNumber("next").longValue();
            if (items.isEmpty()) {
                if (placedWhileReading >= 0) {
                    break;
                }
                if (read.containsAll(seeded)) {
                    // everything seeded is read: stop the writers, then read to the end once more
                    placedWhileReading = placed.size();
                    stop.set(true);
                    writers.shutdown();
                    writers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
                }
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        writers.shutdownNow();
        var missed = new HashSet<String>(seeded);
        missed.addAll(placed);
        missed.removeAll(read);
        System.out.printf(Locale.ROOT, "[bench] feed: %,d orders read in %.1f s (%,.0f rows/s, %d pages of up to 500) while "
                        + "%d partner systems placed %,d orders (%,.0f orders/s, %d refused)%n", read.size(), seconds,
                read.size() / seconds, pages, WRITERS, placed.size(), placed.size() / seconds, refused.get());
        System.out.printf(Locale.ROOT, "[bench] feed: missed %d, read twice %d%n", missed.size(), repeats);
        if (!missed.isEmpty() || repeats > 0) {
            throw new AssertionError("missed " + missed.size() + ", read twice " + repeats);
        }
    }

    /** 100,000 submitted orders of one line at the feed's next places, as one transaction holding the counter. */
    private long seed(String partner, String distributor, String t, Set<String> ids, Set<String> routed)
            throws Exception {
        long started = System.nanoTime();
        try (var c = DriverManager.getConnection(db, "postgres", ""); var s = c.createStatement()) {
            c.setAutoCommit(false);
            long base;
            try (var rs = s.executeQuery("select last_position from order_feed_counter where id = 1 for update")) {
                rs.next();
                base = rs.getLong(1);
            }
            s.execute("create temporary table feed_seed (n integer primary key, id uuid not null)");
            s.execute("insert into feed_seed select i, gen_random_uuid() from generate_series(1, " + SEEDED + ") i");
            s.execute("insert into purchase_order (id, partner_id, po_number, channel, status, currency, total,"
                    + " content_hash, placed_by, created_at, submitted_at, updated_at, feed_position, version, supplier_id)"
                    + " select id, '" + partner + "', 'FS-" + t + "-' || n, 'API', 'SUBMITTED', 'EUR', 5, md5(id::text),"
                    + " 'bench', now(), now(), now(), " + base + " + n, 0, case when n % 3 = 0 then '" + distributor
                    + "'::uuid end from feed_seed");
            s.execute("insert into order_line (id, order_id, line_no, product_id, sku, name, unit, quantity, unit_price,"
                    + " price_source, price_source_name, status)"
                    + " select gen_random_uuid(), f.id, 1, p.id, p.sku, 'Feed bench', 'EA', 1, 5, 'PRICE_LIST', 'Feed',"
                    + " 'OPEN' from feed_seed f, product p where p.sku = 'FEED-" + t + "'");
            s.execute("update order_feed_counter set last_position = " + (base + SEEDED) + " where id = 1");
            try (var rs = s.executeQuery("select id, n % 3 = 0 from feed_seed")) {
                while (rs.next()) {
                    (rs.getBoolean(2) ? routed : ids).add(rs.getString(1));
                }
            }
            c.commit();
            System.out.printf(Locale.ROOT, "%n[bench] feed: seeded %,d orders (%,d of them routed to a distributor) at "
                    + "places %,d to %,d in %.0f s%n", SEEDED, routed.size(), base + 1, base + SEEDED,
                    (System.nanoTime() - started) / 1e9);
            return base;
        }
    }

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path, String token) throws Exception {
        var reply = client.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new AssertionError(path + ": " + reply.statusCode() + " " + reply.body());
        }
        return reply.body();
    }

    private static jakarta.json.JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
