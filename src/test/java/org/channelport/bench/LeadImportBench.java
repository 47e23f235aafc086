package org.channelport.bench;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * End-to-end benchmark (rules L2, L4, L6): 100,000 leads imported as one CSV file through the REST API into the
 * running server on PostgreSQL, against 5,000 partners and 50 routing rules: read, checked, de-duplicated, routed with
 * explanations, persisted and audited. Prints numbers; asserts nothing about time (run by {@code ./mvnw -Pbench
 * verify}, never by the test build).
 */
class LeadImportBench {
    static final int PARTNERS = 5_000;
    static final int RULES = 50;
    static final int LEADS = Integer.getInteger("bench.leads", 100_000);
    static final String[] COUNTRIES = {"US", "CA", "MX", "BR", "AR", "GB", "IE", "FR", "DE", "AT", "CH", "NL", "BE", "LU",
            "ES", "PT", "IT", "PL", "CZ", "SE", "NO", "DK", "FI", "JP", "KR", "TW", "CN", "SG", "AU", "IN"};
    static final String[] LINES = {"NETWORKING", "STORAGE", "SECURITY", "CLOUD", "SERVICES"};
    static final String[] TYPES = {"DISTRIBUTOR", "AGENT", "RETAILER"};
    static final String[] TIERS = {"REGISTERED", "SILVER", "GOLD", "PLATINUM"};
    static final String[] STRATEGIES = {"ROUND_ROBIN", "WEIGHTED_TIER", "BEST_SCORE"};

    final String base = System.getProperty("it.base-url", "http://localhost:18080");
    final String tokenUrl = System.getProperty("it.keycloak-url", "http://127.0.0.1:18180")
            + "/realms/channelport/protocol/openid-connect/token";
    final String db = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/channelport_it");
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void import100kLeadsEndToEndOnPostgres() throws Exception {
        seedPartnersAndRules();
        var csv = csv(LEADS);
        System.out.printf(Locale.ROOT, "%n[bench] lead file: %,d rows, %.1f MB%n", LEADS, csv.length / 1e6);
        var token = token();
        var started = System.nanoTime();
        var reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/lead-imports?fileName=bench.csv"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(), HttpResponse.BodyHandlers.ofString());
        var accepted = System.nanoTime();
        if (reply.statusCode() != 202) {
            throw new AssertionError("import refused: " + reply.statusCode() + " " + reply.body());
        }
        var location = reply.headers().firstValue("Location").orElseThrow();
        var body = awaitImported(location);
        var phase = json(body).getString("phase");
        var done = System.nanoTime();
        var result = json(body);
        double total = (done - started) / 1e9;
        System.out.printf(Locale.ROOT, "[bench] upload + read + check (request): %.1f s%n", (accepted - started) / 1e9);
        System.out.printf(Locale.ROOT, "[bench] end to end: %.1f s for %,d rows = %,.0f rows/s (phase %s)%n", total,
                LEADS, LEADS / total, phase);
        System.out.printf(Locale.ROOT, "[bench] created %d, routed %d, unroutable %d, duplicates %d, rejected %d%n",
                result.getInt("created"), result.getInt("routed"), result.getInt("unroutable"),
                result.getInt("duplicates"), result.getInt("rejected"));
        try (var c = DriverManager.getConnection(db, "postgres", "")) {
            for (var q : new String[]{"select count(*) from sales_lead", "select count(*) from lead_assignment",
                    "select count(*) from audit_entry where subject_type = 'Lead'",
                    "select coalesce(avg(length(explanation)), 0)::int from lead_assignment",
                    "select count(*) from outbox_mail"}) {
                try (var rs = c.createStatement().executeQuery(q)) {
                    rs.next();
                    System.out.printf(Locale.ROOT, "[bench] %-70s %,d%n", q, rs.getLong(1));
                }
            }
        }
        // Importing the same file again must create nothing (rule L2); how fast duplicates are recognized.
        var again = System.nanoTime();
        reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/lead-imports?fileName=bench-again.csv"))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        body = awaitImported(reply.headers().firstValue("Location").orElseThrow());
        System.out.printf(Locale.ROOT, "[bench] same file again: %.1f s, created %d, duplicates %d%n",
                (System.nanoTime() - again) / 1e9, json(body).getInt("created"), json(body).getInt("duplicates"));
    }

    /** The import's status once it is no longer importing, polled every 500 ms (a fresh token each time). */
    private String awaitImported(String location) {
        return await("lead import " + location).atMost(Duration.ofMinutes(30)).pollDelay(Duration.ofMillis(500))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> http.send(HttpRequest.newBuilder(URI.create(location))
                                .header("Authorization", "Bearer " + token()).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body(),
                        body -> !"IMPORTING".equals(json(body).getString("phase")));
    }

    private void seedPartnersAndRules() throws Exception {
        var random = new Random(42);
        var now = Timestamp.from(Instant.now());
        try (var c = DriverManager.getConnection(db, "postgres", "")) {
            c.setAutoCommit(false);
            try (var p = c.prepareStatement("insert into partner (id, name, normalized_name, type, tier, status, country,"
                    + " region, tax_id, normalized_tax_id, contact_name, contact_email, created_at, updated_at, version)"
                    + " values (?, ?, ?, ?, ?, 'ACTIVE', ?, null, ?, ?, 'Bench', ?, ?, ?, 0)");
                 var l = c.prepareStatement("insert into partner_product_line (partner_id, product_line) values (?, ?)")) {
                for (int i = 0; i < PARTNERS; i++) {
                    var id = UUID.randomUUID();
                    var name = "Bench partner " + i + " " + id.toString().substring(0, 8);
                    p.setObject(1, id);
                    p.setString(2, name);
                    p.setString(3, name.toLowerCase(Locale.ROOT));
                    p.setString(4, TYPES[random.nextInt(TYPES.length)]);
                    p.setString(5, TIERS[random.nextInt(TIERS.length)]);
                    p.setString(6, COUNTRIES[random.nextInt(COUNTRIES.length)]);
                    p.setString(7, "BENCH-" + id);
                    p.setString(8, "BENCH" + id.toString().replace("-", "").toUpperCase(Locale.ROOT));
                    p.setString(9, "bench" + i + "@partners.example");
                    p.setTimestamp(10, now);
                    p.setTimestamp(11, now);
                    p.addBatch();
                    for (var line : LINES) {
                        if (random.nextInt(5) < 3) {
                            l.setObject(1, id);
                            l.setString(2, line);
                            l.addBatch();
                        }
                    }
                }
                p.executeBatch();
                l.executeBatch();
            }
            try (var r = c.prepareStatement("insert into routing_rule (id, name, sort_order, active, countries, regions,"
                    + " postal_prefixes, product_lines, partner_types, min_tier, min_score, strategy, capacity_cap,"
                    + " accept_sla_hours, follow_up_sla_hours, created_at, updated_at, version)"
                    + " values (?, ?, ?, true, ?, null, ?, ?, ?, ?, ?, ?, ?, 48, 168, ?, ?, 0)")) {
                for (int i = 0; i < RULES; i++) {
                    boolean last = i == RULES - 1;
                    r.setObject(1, UUID.randomUUID());
                    r.setString(2, last ? "Catch-all" : "Bench rule " + i);
                    r.setInt(3, (i + 1) * 10);
                    r.setString(4, last ? null : COUNTRIES[i % COUNTRIES.length] + "," + COUNTRIES[(i * 7 + 3) % COUNTRIES.length]);
                    r.setString(5, !last && i % 5 == 0 ? String.valueOf(1 + i % 9) : null);
                    r.setString(6, last || i % 3 == 0 ? null : LINES[i % LINES.length]);
                    r.setString(7, !last && i % 4 == 0 ? TYPES[i % TYPES.length] : null);
                    r.setString(8, !last && i % 6 == 0 ? "SILVER" : null);
                    r.setBigDecimal(9, !last && i % 7 == 0 ? new java.math.BigDecimal("0.3") : null);
                    r.setString(10, STRATEGIES[i % STRATEGIES.length]);
                    if (!last && i % 2 == 0) {
                        r.setInt(11, 40);
                    } else {
                        r.setNull(11, java.sql.Types.INTEGER);
                    }
                    r.setTimestamp(12, now);
                    r.setTimestamp(13, now);
                    r.addBatch();
                }
                r.executeBatch();
            }
            c.commit();
        }
        System.out.printf(Locale.ROOT, "[bench] seeded %,d partners over %d countries and %d rules%n", PARTNERS,
                COUNTRIES.length, RULES);
    }

    static byte[] csv(int rows) {
        var random = new Random(7);
        var out = new ByteArrayOutputStream(rows * 160);
        var header = "company,contact_name,contact_email,contact_phone,contact_title,country,region,postal_code,"
                + "product_line,estimated_value,currency,source,notes\n";
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < rows; i++) {
            var country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            var line = String.format(Locale.ROOT, "Prospect %d Ltd,Contact %d,contact%d@prospect%d.example,+1 555 %04d,"
                            + "Buyer,%s,Region %d,%05d,%s,%d.00,EUR,bench,\"Imported, row %d\"\n",
                    i, i, i, i, i % 10000, country, random.nextInt(20), random.nextInt(99999),
                    LINES[random.nextInt(LINES.length)], 1000 + random.nextInt(200000), i);
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private String token() throws Exception {
        var form = "grant_type=client_credentials&client_id=erp-demo&client_secret="
                + URLEncoder.encode("demo-secret", StandardCharsets.UTF_8);
        var reply = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return json(reply.body()).getString("access_token");
    }

    private static jakarta.json.JsonObject json(String body) {
        return jakarta.json.Json.createReader(new StringReader(body)).readObject();
    }
}
