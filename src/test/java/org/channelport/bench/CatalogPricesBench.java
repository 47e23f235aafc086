package org.channelport.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Price resolution at scale (issue 11, "Measure"): 100,000 products, 10,000 partners, 50 price lists (every product
 * in each, every tenth with a quantity break) and 200,000 contract prices, seeded straight into the test servers'
 * PostgreSQL; then, over HTTP as the ERP would ask ({@code GET /api/v1/products?partnerId=}), catalog pages of 50
 * products with one partner's prices (visibility, contracts, lists, breaks), against the same pages in a currency
 * nothing is priced in (XXX: the same visibility query, paging and price queries, nothing to resolve) as the same-run
 * baseline, and one
 * partner's whole catalog read page by page (500 a page). Prints numbers; asserts only that answers are right.
 */
class CatalogPricesBench {
    static final int PRODUCTS = 100_000;
    static final int PARTNERS = 10_000;
    static final int LISTS = 50;
    static final int CONTRACTS = 200_000;
    static final int SAMPLES = 300;
    static final String[] CURRENCIES = {"EUR", "USD", "GBP", "CNY", "TWD", "JPY", "CHF", "SEK", "AUD", "CAD", "NOK",
            "DKK", "SGD"};

    final String base = System.getProperty("it.base-url", "http://localhost:18080");
    final String tokenUrl = System.getProperty("it.keycloak-url", "http://127.0.0.1:18180")
            + "/realms/channelport/protocol/openid-connect/token";
    final String db = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/channelport_it");
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void cataloguePagesWithOnePartnersPricesAt100kProducts() throws Exception {
        var partners = seed();
        var token = token();
        var random = new Random(11);
        // warm-up: both paths, until the JIT and the database caches settle
        for (int i = 0; i < 100; i++) {
            page(token, partners.get(random.nextInt(partners.size())), random.nextInt(PRODUCTS / 50), i % 2 == 0);
        }
        // a person pages from the start (the first 20 pages); a script may jump anywhere (offsets up to 100,000)
        for (var where : new String[]{"first 20 pages", "any page"}) {
            var priced = new long[SAMPLES];
            var bare = new long[SAMPLES];
            int withPrices = 0;
            for (int i = 0; i < SAMPLES; i++) {
                var partner = partners.get(random.nextInt(partners.size()));
                int page = random.nextInt(where.startsWith("first") ? 20 : PRODUCTS / 50 - 20);
                long started = System.nanoTime();
                var body = page(token, partner, page, true);
                priced[i] = System.nanoTime() - started;
                withPrices += count(body, "\"unitPrice\"");
                started = System.nanoTime();
                page(token, partner, page, false);
                bare[i] = System.nanoTime() - started;
            }
            report("50 with prices, " + where, priced);
            report("50 in XXX, nothing priced (baseline), " + where, bare);
            System.out.printf(Locale.ROOT, "[bench] priced rows: %,d of %,d (the rest: hidden by type or tier, or no "
                    + "EUR price for the partner's tier)%n", withPrices, SAMPLES * 50);
        }

        var partner = partners.get(0);
        long started = System.nanoTime();
        int rows = 0;
        for (int page = 0; ; page++) {
            var body = get(token, "/api/v1/products?partnerId=" + partner + "&currency=EUR&size=500&page=" + page);
            int n = count(body, "\"sku\"");
            rows += n;
            if (n < 500) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "[bench] whole catalog of one partner, 500 a page: %,d rows in %.1f s = %,.0f rows/s%n",
                rows, seconds, rows / seconds);
        if (rows == 0) {
            throw new AssertionError("the partner's catalog was empty");
        }
    }

    private String page(String token, String partner, int page, boolean priced) throws Exception {
        return get(token, "/api/v1/products?partnerId=" + partner + "&currency=" + (priced ? "EUR" : "XXX")
                + "&size=50&page=" + page);
    }

    private String get(String token, String path) throws Exception {
        var reply = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new AssertionError(path + ": " + reply.statusCode() + " " + reply.body());
        }
        return reply.body();
    }

    private static int count(String body, String what) {
        int n = 0;
        for (int i = body.indexOf(what); i >= 0; i = body.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static void report(String what, long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "[bench] %-40s p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms  (%d requests, HTTP "
                        + "round trip on this host)%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
    }

    /** Seeds with SQL on the server (generate_series); answers ids of bench partners that hold contract prices. */
    private List<String> seed() throws Exception {
        long started = System.nanoTime();
        var currencies = "array['" + String.join("','", CURRENCIES) + "']";
        try (var c = DriverManager.getConnection(db, "postgres", ""); var s = c.createStatement()) {
            try (var rs = s.executeQuery("select count(*) from product where sku = 'PB-000001'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    System.out.printf("%n[bench] seeded before (this database)%n");
                    return partnersWithContracts(s);
                }
            }
            c.setAutoCommit(false);
            s.execute("create temporary table bench_partner (n integer primary key, id uuid not null)");
            s.execute("insert into bench_partner select i, gen_random_uuid() from generate_series(1, " + PARTNERS + ") i");
            s.execute("insert into partner (id, name, normalized_name, type, tier, status, country, region, tax_id,"
                    + " normalized_tax_id, contact_name, contact_email, created_at, updated_at, version)"
                    + " select id, 'Price bench ' || n, 'price bench ' || n || ' ' || id,"
                    + " (array['DISTRIBUTOR','AGENT','RETAILER'])[1 + n % 3], (array['REGISTERED','SILVER','GOLD','PLATINUM'])[1 + n % 4],"
                    + " 'ACTIVE', 'DE', null, 'PB-' || id, 'PB' || replace(id::text, '-', ''), 'Bench',"
                    + " 'pb' || n || '@bench.example', now(), now(), 0 from bench_partner");
            // every fifth product for some partner types only, every tenth from SILVER up
            s.execute("insert into product (id, sku, name_en, name_zh_tw, name_zh_cn, product_line, unit, order_multiple,"
                    + " minimum_quantity, status, partner_types, lowest_tier, updated_at, version)"
                    + " select gen_random_uuid(), 'PB-' || lpad(i::text, 6, '0'), 'Bench product ' || i, '測試產品 ' || i,"
                    + " '测试产品 ' || i, (array['NETWORKING','STORAGE','SECURITY','CLOUD','SERVICES'])[1 + i % 5], 'EA', 1,"
                    + " 1, 'ACTIVE', case when i % 5 = 0 then 'DISTRIBUTOR,RETAILER' else '' end,"
                    + " case when i % 10 = 3 then 'SILVER' end, now(), 0 from generate_series(1, " + PRODUCTS + ") i");
            s.execute("create temporary table bench_list (n integer primary key, id uuid not null)");
            s.execute("insert into bench_list select i, gen_random_uuid() from generate_series(0, " + (LISTS - 1) + ") i");
            s.execute("insert into price_list (id, code, name, currency, tier, valid_from, valid_to, updated_at, version)"
                    + " select id, 'PB-LIST-' || n, 'Bench list ' || n, (" + currencies + ")[1 + n / 4],"
                    + " (array['REGISTERED','SILVER','GOLD','PLATINUM'])[1 + n % 4], date '2026-01-01', null, now(), 0"
                    + " from bench_list");
            s.execute("insert into price_list_entry (price_list_id, sku, min_quantity, unit_price)"
                    + " select l.id, 'PB-' || lpad(i::text, 6, '0'), 1, 10 + (i % 500) + l.n"
                    + " from bench_list l cross join generate_series(1, " + PRODUCTS + ") i");
            s.execute("insert into price_list_entry (price_list_id, sku, min_quantity, unit_price)"
                    + " select l.id, 'PB-' || lpad(i::text, 6, '0'), 10, 9 + (i % 500) + l.n"
                    + " from bench_list l cross join generate_series(10, " + PRODUCTS + ", 10) i");
            // 20 per partner: EUR for the first 100,000, USD for the rest (the same SKU comes back after 100,000)
            s.execute("insert into contract_price (id, partner_id, sku, currency, min_quantity, unit_price, valid_from,"
                    + " valid_to, updated_at, version)"
                    + " select gen_random_uuid(), p.id, 'PB-' || lpad((1 + (g::bigint * 7919) % " + PRODUCTS + ")::text, 6, '0'),"
                    + " case when g <= " + CONTRACTS / 2 + " then 'EUR' else 'USD' end, 1, 5 + g % 100, date '2026-01-01',"
                    + " null, now(), 0 from generate_series(1, " + CONTRACTS + ") g"
                    + " join bench_partner p on p.n = 1 + g % " + PARTNERS);
            c.commit();
            var ids = partnersWithContracts(s);
            s.execute("analyze");
            System.out.printf(Locale.ROOT, "%n[bench] seeded %,d products, %,d partners, %d price lists (%,d entries), "
                    + "%,d contract prices in %.0f s%n", PRODUCTS, PARTNERS, LISTS, LISTS * (PRODUCTS + PRODUCTS / 10),
                    CONTRACTS, (System.nanoTime() - started) / 1e9);
            return ids;
        }
    }

    private static List<String> partnersWithContracts(java.sql.Statement s) throws java.sql.SQLException {
        var ids = new ArrayList<String>();
        try (var rs = s.executeQuery("select distinct partner_id from contract_price where sku like 'PB-%' limit 500")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class).toString());
            }
        }
        return ids;
    }

    private String token() throws Exception {
        var form = "grant_type=client_credentials&client_id=erp-demo&client_secret="
                + URLEncoder.encode("demo-secret", StandardCharsets.UTF_8);
        var reply = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return jakarta.json.Json.createReader(new StringReader(reply.body())).readObject().getString("access_token");
    }
}
