package org.channelport.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.channelport.deals.domain.CustomerKeys;
import org.channelport.deals.infrastructure.JpaDealRegistrationRepository;
import org.channelport.it.Browser;
import org.channelport.it.PartnerFixture;
import org.channelport.leads.application.OpenLeadKeys;
import org.channelport.platform.persistence.NativeSql;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Deal registration's benchmarks (rules D3, D4) against the test servers on PostgreSQL, with 1,000,000 registrations of
 * 10,000 partners and 100,000 open leads loaded first:
 * <ol>
 *   <li>conflict-check latency: 20 threads, each running the conflict check's own statements (those of
 *       {@link JpaDealRegistrationRepository} and of the leads context's {@link OpenLeadKeys}: the exact tax id /
 *       domain lookup, registrations sharing a name block, and leads sharing one, compared by trigram similarity;
 *       then the similar ones still active or open) for customers that partly exist (some with typos) and partly
 *       are new;</li>
 *   <li>registrations per second end to end: 20 concurrent clients POST /api/v1/deal-registrations as partner-api
 *       (check, country lock, insert, conflict findings, audit, acknowledgment mail queued).</li>
 * </ol>
 * Prints numbers; asserts nothing about time ({@code ./mvnw -Pbench verify}).
 */
class DealRegistrationBench {
    static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 1_000_000);
    static final int PARTNERS = 10_000;
    static final int LEADS = 100_000;
    static final int THREADS = Integer.getInteger("bench.threads", 20);
    static final int CHECKS_PER_THREAD = Integer.getInteger("bench.checks", 1_000);
    static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 3_000);
    /** Where customers are: a few big markets, a long tail. */
    static final String[] COUNTRIES = {"US", "US", "US", "US", "DE", "DE", "GB", "GB", "FR", "JP", "JP", "CN", "CN", "TW",
            "IN", "BR", "CA", "AU", "IT", "ES", "NL", "SE", "PL", "KR", "SG", "CH", "MX", "AT", "BE", "DK", "NO", "FI"};
    static final String[] LINES = {"NETWORKING", "STORAGE", "SECURITY", "CLOUD", "SERVICES"};
    static final String[] SYLLABLES = ("ka lo mi ter son vel dra no ri pa ex ul mar ton bri gen sta lux vor han zel qui "
            + "fen dor ak mo ra tis ben cor pol sen tri va ko lin gar nus ph em or ste ber wal fra ing ode ast rix on "
            + "lum hel car tan sil mer").split(" ");
    static final String[] GENERIC = {"group", "systems", "holdings", "solutions", "technologies", "logistics", "foods",
            "energy", "health", "media", "motors", "labs", "bank", "capital", "retail", "pharma", "engineering"};
    static final String[] SUFFIXES = {"Inc", "GmbH", "Ltd", "LLC", "S.A.", "AG", "Corp", "B.V."};
    static final String ACTIVE_AND_CLOSED = "APPROVED APPROVED APPROVED SUBMITTED SUBMITTED HELD INFO_REQUESTED "
            + "EXPIRED LOST WON REJECTED";

    final String base = System.getProperty("it.base-url", "http://localhost:18080");
    final String tokenUrl = System.getProperty("it.keycloak-url", "http://127.0.0.1:18180")
            + "/realms/channelport/protocol/openid-connect/token";
    final String db = System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/channelport_it");
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> names = new ArrayList<>();
    final List<String> domains = new ArrayList<>();

    @Test
    void conflictCheckAndRegistrationsPerSecondOnPostgres() throws Exception {
        load();
        conflictCheckLatency();
        if (Boolean.parseBoolean(System.getProperty("bench.deals.rest", "true"))) {
            registrationsPerSecond();
        }
    }

    static String name(Random random) {
        var words = new StringBuilder();
        int count = 1 + random.nextInt(2);
        for (int w = 0; w < count; w++) {
            var word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
            words.append(w == 0 ? "" : " ").append(word);
        }
        if (random.nextInt(10) < 3) words.append(' ').append(GENERIC[random.nextInt(GENERIC.length)]);
        if (random.nextInt(10) < 3) words.append(' ').append(SUFFIXES[random.nextInt(SUFFIXES.length)]);
        return words.toString();
    }

    /** 1,000,000 registrations and their lines, 100,000 open leads: COPY, with the tables' indexes rebuilt after. */
    private void load() throws Exception {
        if (Boolean.getBoolean("bench.deals.reuse") && count("select count(*) from deal_registration") >= REGISTRATIONS) {
            // A database loaded by an earlier run (when tuning): sample its names and domains instead.
            try (var c = DriverManager.getConnection(db, "postgres", "");
                 var rs = c.createStatement().executeQuery("select customer_company, web_domain from deal_registration "
                         + "where deal_number >= 100000000 and deal_number % 50 = 0")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    if (rs.getString(2) != null) domains.add(rs.getString(2));
                }
            }
            System.out.printf(Locale.ROOT, "%n[bench] reusing the loaded database%n");
            return;
        }
        var random = new Random(7);
        var partners = new UUID[PARTNERS];
        for (int i = 0; i < PARTNERS; i++) partners[i] = new UUID(0x5EED, i);
        var statuses = ACTIVE_AND_CLOSED.split(" ");
        var today = LocalDate.now();
        var started = System.nanoTime();
        try (var c = DriverManager.getConnection(db, "postgres", "")) {
            var indexes = dropIndexes(c, "deal_registration", "deal_line", "deal_name_key", "sales_lead", "lead_name_key");
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            var deals = new StringBuilder();
            var lines = new StringBuilder();
            var keys = new StringBuilder();
            for (int i = 0; i < REGISTRATIONS; i++) {
                var id = new UUID(0xDEA1, i);
                var name = name(random);
                if (i % 100 == 0) names.add(name);
                var domain = random.nextInt(3) == 0 ? CustomerKeys.matchName(name).replace(" ", "-") + i + ".example" : null;
                if (domain != null && i % 50 == 0) domains.add(domain);
                var tax = random.nextInt(4) == 0 ? "TX" + i : null;
                var status = statuses[random.nextInt(statuses.length)];
                var line1 = LINES[random.nextInt(LINES.length)];
                var line2 = LINES[random.nextInt(LINES.length)];
                var productLines = line1.equals(line2) ? line1 : String.join(",", new java.util.TreeSet<>(List.of(line1, line2)));
                var approved = status.equals("APPROVED");
                var country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                var matchName = CustomerKeys.matchName(name);
                for (var key : CustomerKeys.nameKeys(country, matchName)) {
                    keys.append(key).append('\t').append(id).append('\t').append(matchName).append('\n');
                }
                var from = today.minusDays(random.nextInt(60));
                deals.append(id).append('\t').append(100_000_000L + i).append('\t')
                        .append(partners[random.nextInt(PARTNERS)]).append('\t').append(status).append("\tPROPOSAL\t")
                        .append(name).append('\t').append(CustomerKeys.matchName(name)).append('\t').append(domain == null ? "\\N" : domain)
                        .append('\t').append(tax == null ? "\\N" : tax).append('\t').append(tax == null ? "\\N" : tax)
                        .append('\t').append(country).append('\t')
                        .append(productLines).append("\t1000.00\tUSD\t").append(today.plusDays(90)).append('\t')
                        .append(approved ? from.toString() : "\\N").append('\t')
                        .append(approved ? from.plusDays(89).toString() : "\\N")
                        .append("\t2026-01-01 00:00:00+00\tbench\t2026-01-01 00:00:00+00\t2026-01-01 00:00:00+00\t0\n");
                lines.append(id).append("\t0\t").append(line1).append("\tbench\t1000.00\n");
                if (deals.length() > 8_000_000) {
                    copyDeals(copy, deals, lines, keys);
                }
            }
            copyDeals(copy, deals, lines, keys);
            var leads = new StringBuilder();
            var leadKeys = new StringBuilder();
            for (int i = 0; i < LEADS; i++) {
                var name = i % 10 == 0 ? names.get(random.nextInt(names.size())) : name(random);
                var country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                for (var key : CustomerKeys.nameKeys(country, CustomerKeys.matchName(name))) {
                    leadKeys.append(new UUID(0x1EAD, i)).append('\t').append(key).append('\t')
                            .append(CustomerKeys.matchName(name)).append('\n');
                }
                leads.append(new UUID(0x1EAD, i)).append('\t').append(name).append('\t').append(org.channelport.shared.CompanyNames.normalizeName(name))
                        .append('\t').append(CustomerKeys.matchName(name)).append('\t')
                        .append(country).append('\t')
                        .append(LINES[random.nextInt(LINES.length)]).append("\tPARTNER\tACCEPTED\t")
                        .append(partners[random.nextInt(PARTNERS)])
                        .append("\tbench\t2026-01-01 00:00:00+00\t2026-01-01 00:00:00+00\t0\n");
            }
            copy.copyIn("copy sales_lead (id, company, normalized_company, match_name, country, product_line, origin, "
                    + "status, partner_id, created_by, created_at, updated_at, version) from stdin",
                    new StringReader(leads.toString()));
            copy.copyIn("copy lead_name_key (lead_id, name_key, match_name) from stdin", new StringReader(leadKeys.toString()));
            var loaded = System.nanoTime();
            for (var ddl : indexes) {
                c.createStatement().execute(ddl);
            }
            // Autovacuum is off on these machines: VACUUM sets the visibility map (index-only scans) and the statistics.
            for (var table : new String[]{"deal_registration", "deal_line", "deal_name_key", "sales_lead", "lead_name_key"}) {
                c.createStatement().execute("vacuum analyze " + table);
            }
            System.out.printf(Locale.ROOT, "%n[bench] loaded %,d registrations of %,d partners, %,d leads in %.0f s; "
                            + "indexes rebuilt and analyzed in %.0f s%n", REGISTRATIONS, PARTNERS, LEADS,
                    (loaded - started) / 1e9, (System.nanoTime() - loaded) / 1e9);
        }
    }

    private static void copyDeals(org.postgresql.copy.CopyManager copy, StringBuilder deals, StringBuilder lines,
                                  StringBuilder keys) throws Exception {
        copy.copyIn("copy deal_registration (id, deal_number, partner_id, status, stage, customer_company, "
                + "match_name, web_domain, tax_id, tax_key, country, product_lines, estimated_value, "
                + "currency, expected_close_date, protected_from, protected_until, submitted_at, created_by, created_at, "
                + "updated_at, version) from stdin", new StringReader(deals.toString()));
        copy.copyIn("copy deal_line (deal_id, position, product_line, products, amount) from stdin",
                new StringReader(lines.toString()));
        copy.copyIn("copy deal_name_key (name_key, deal_id, match_name) from stdin", new StringReader(keys.toString()));
        keys.setLength(0);
        deals.setLength(0);
        lines.setLength(0);
    }

    /** Runs a name-block statement (id, match name) and keeps the ids similar enough; answers the rows it read. */
    private static int similar(Connection c, String sql, List<String> keys,
                               org.channelport.deals.domain.Trigrams.Probe probe, List<UUID> similar) throws Exception {
        int rows = 0;
        try (var d = c.prepareStatement(sql)) {
            for (int k = 0; k < keys.size(); k++) {
                d.setString(k + 1, keys.get(k));
            }
            try (var rs = d.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    var id = (UUID) rs.getObject(1);
                    if (!similar.contains(id) && probe.similarity(rs.getString(2)) >= 0.6) {
                        similar.add(id);
                    }
                }
            }
        }
        return rows;
    }

    /** The tables' secondary indexes (dropped for the load, recreated after, as a bulk load would). */
    private static List<String> dropIndexes(Connection c, String... tables) throws Exception {
        var ddl = new ArrayList<String>();
        for (var table : tables) {
            try (var rs = c.createStatement().executeQuery("select indexname, indexdef from pg_indexes where tablename = '"
                    + table + "' and indexname not in (select conname from pg_constraint)")) {
                while (rs.next()) {
                    ddl.add(rs.getString(2));
                    c.createStatement().execute("drop index " + rs.getString(1));
                }
            }
        }
        return ddl;
    }

    private void conflictCheckLatency() throws Exception {
        var exact = JpaDealRegistrationRepository.exactSql(true, true, 50);
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var found = new AtomicInteger();
        var scanned = new AtomicInteger();
        var leadNanos = new java.util.concurrent.atomic.AtomicLong();
        var pool = Executors.newFixedThreadPool(THREADS);
        // Free-running: each thread checks again as soon as it is done. In bursts: the threads' checks start together,
        // THREADS at a time, and the next burst starts when all are done (each latency counts from its burst's start).
        for (var mode : new String[]{"free-running", "in bursts"})
        for (var phase : new String[]{"warm-up", "measured"}) {
            var barrier = mode.equals("in bursts") ? new java.util.concurrent.CyclicBarrier(THREADS) : null;
            latencies.clear();
            found.set(0);
            scanned.set(0);
            leadNanos.set(0);
            int perThread = phase.equals("warm-up") ? 100 : CHECKS_PER_THREAD;
            var start = new CountDownLatch(1);
            var done = new CountDownLatch(THREADS);
            var failures = new ConcurrentHashMap<String, Integer>();
            for (int t = 0; t < THREADS; t++) {
                int seed = t;
                pool.execute(() -> {
                    var random = new Random(seed * 31L + perThread);
                    try (var c = DriverManager.getConnection(db, "postgres", "")) {
                        // Each statement on its own: in the application the check runs inside the submission's
                        // transaction, whose commit belongs to recording it, not to the check.
                        c.setAutoCommit(true);

                        var e = c.prepareStatement(exact);
                        start.await();
                        for (int i = 0; i < perThread; i++) {
                            var probe = random.nextBoolean() ? typo(names.get(random.nextInt(names.size())), random)
                                    : name(random);
                            var match = CustomerKeys.matchName(probe);
                            var country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                            var domain = random.nextInt(10) < 3 ? domains.get(random.nextInt(domains.size()))
                                    : "new" + random.nextInt() + ".example";
                            var self = UUID.randomUUID();
                            if (barrier != null) barrier.await();
                            long t0 = System.nanoTime();
                            e.setObject(1, self);
                            e.setString(2, "TX" + random.nextInt(REGISTRATIONS * 2));
                            e.setString(3, domain);
                            int rows = count(e);
                            var keys = NativeSql.padded(new java.util.ArrayList<>(CustomerKeys.nameKeys(country, match)));
                            var similarDeals = new ArrayList<UUID>();
                            var similarLeads = new ArrayList<UUID>();
                            var probeTrigrams = org.channelport.deals.domain.Trigrams.probe(match);
                            // The registrations' name blocks, then the leads' (two statements since the leads
                            // context publishes its own; until then one UNION ALL of both).
                            scanned.addAndGet(similar(c, JpaDealRegistrationRepository.nameBlockSql(keys.size()), keys,
                                    probeTrigrams, similarDeals));
                            scanned.addAndGet(similar(c, OpenLeadKeys.nameBlockSql(keys.size()), keys, probeTrigrams,
                                    similarLeads));
                            if (!similarDeals.isEmpty()) {
                                int slots = NativeSql.slots(similarDeals.size());
                                try (var d = c.prepareStatement(JpaDealRegistrationRepository.activeDealsSql(slots))) {
                                    for (int k = 0; k < slots; k++) {
                                        d.setObject(k + 1, similarDeals.get(Math.min(k, similarDeals.size() - 1)));
                                    }
                                    rows += count(d);
                                }
                            }
                            long tl = System.nanoTime();
                            if (!similarLeads.isEmpty()) {
                                int slots = NativeSql.slots(similarLeads.size());
                                try (var l = c.prepareStatement(OpenLeadKeys.openLeadsSql(slots))) {
                                    for (int k = 0; k < slots; k++) {
                                        l.setObject(k + 1, similarLeads.get(Math.min(k, similarLeads.size() - 1)));
                                    }
                                    l.setObject(slots + 1, self);
                                    rows += count(l);
                                }
                            }
                            leadNanos.addAndGet(System.nanoTime() - tl);
                            latencies.add(System.nanoTime() - t0);
                            found.addAndGet(rows);
                        }
                    } catch (Exception ex) {
                        failures.merge(ex.toString(), 1, Integer::sum);
                    } finally {
                        done.countDown();
                    }
                });
            }
            long t0 = System.nanoTime();
            start.countDown();
            done.await();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!failures.isEmpty()) throw new AssertionError("conflict checks failed: " + failures);
            if (phase.equals("measured")) {
                var sorted = latencies.stream().sorted().toList();
                System.out.printf(Locale.ROOT, "[bench] conflict check, %d threads %s, %,d checks in %.1f s = %,.0f checks/s; "
                                + "latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.1f names (registrations and leads) compared and "
                                + "%.2f conflicts found per check%n",
                        THREADS, mode, sorted.size(), seconds, sorted.size() / seconds, pct(sorted, 50), pct(sorted, 90),
                        pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6, scanned.get() / (double) sorted.size(),
                        found.get() / (double) sorted.size());
                System.out.printf(Locale.ROOT, "[bench] of which reading the similar open leads: %.2f ms per check%n",
                        leadNanos.get() / 1e6 / sorted.size());
            }
        }
        pool.shutdown();
    }

    private static int count(PreparedStatement statement) throws Exception {
        int rows = 0;
        try (var rs = statement.executeQuery()) {
            while (rs.next()) rows++;
        }
        return rows;
    }

    /** The name as another partner might type it: one letter changed, half of the time. */
    static String typo(String name, Random random) {
        if (random.nextBoolean()) return name;
        var chars = name.toCharArray();
        int at = random.nextInt(chars.length);
        if (Character.isLetter(chars[at])) chars[at] = (char) ('a' + random.nextInt(26));
        return new String(chars);
    }

    static double pct(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private void registrationsPerSecond() throws Exception {
        var credentials = new ArrayList<PartnerFixture.Credential>();
        for (int p = 0; p < 2; p++) {
            var partner = PartnerFixture.onboard("DISTRIBUTOR");
            credentials.add(PartnerFixture.createApiCredential(partner));
        }
        // Access tokens live 300 s: fetched again every 4 minutes.
        var tokens = new java.util.concurrent.CopyOnWriteArrayList<String>();
        for (var credential : credentials) tokens.add(clientToken(credential.clientId(), credential.secret()));
        var refresher = Executors.newSingleThreadScheduledExecutor();
        refresher.scheduleAtFixedRate(() -> {
            try {
                for (int i = 0; i < credentials.size(); i++) {
                    tokens.set(i, clientToken(credentials.get(i).clientId(), credentials.get(i).secret()));
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, 240, 240, java.util.concurrent.TimeUnit.SECONDS);
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        int before = count("select count(*) from deal_registration");
        int auditBefore = count("select count(*) from audit_entry where subject_type = 'DealRegistration'");
        int mailBefore = count("select count(*) from outbox_mail");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (var phase : new String[]{"warm-up", "measured"}) {
            latencies.clear();
            statuses.clear();
            int total = phase.equals("warm-up") ? 200 : SUBMISSIONS;
            var next = new AtomicInteger();
            var done = new CountDownLatch(THREADS);
            long t0 = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                int seed = t;
                pool.execute(() -> {
                    var random = new Random(1000 + seed + total);
                    try {
                        for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                            var body = body(random);
                            long s = System.nanoTime();
                            var reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/deal-registrations"))
                                    .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            latencies.add(System.nanoTime() - s);
                            int code = reply.statusCode();
                            var key = code == 201 ? (reply.body().contains("\"HELD\"") ? 2010 : 2011) : code;
                            statuses.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                        }
                    } catch (Exception e) {
                        statuses.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                        e.printStackTrace();
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (phase.equals("measured")) {
                var sorted = latencies.stream().sorted().toList();
                System.out.printf(Locale.ROOT, "[bench] REST registrations, %d clients: %,d in %.1f s = %,.0f/s; "
                                + "latency p50 %.1f ms, p99 %.1f ms; submitted %d, held %d, refused (409) %d, other %s%n",
                        THREADS, total, seconds, total / seconds, pct(sorted, 50), pct(sorted, 99),
                        value(statuses, 2011), value(statuses, 2010), value(statuses, 409), statuses);
            }
        }
        pool.shutdown();
        refresher.shutdown();
        System.out.printf(Locale.ROOT, "[bench] rows added: registrations %,d, audit entries %,d, mails queued %,d%n",
                count("select count(*) from deal_registration") - before,
                count("select count(*) from audit_entry where subject_type = 'DealRegistration'") - auditBefore,
                count("select count(*) from outbox_mail") - mailBefore);
    }

    private static int value(ConcurrentHashMap<Integer, AtomicInteger> map, int key) {
        var v = map.get(key);
        return v == null ? 0 : v.get();
    }

    /** Half new customers, a third similar to an existing one (held), the rest on a known domain (maybe refused). */
    private String body(Random random) {
        int kind = random.nextInt(6);
        var company = kind < 3 ? name(random) : typo(names.get(random.nextInt(names.size())), random);
        var domain = kind == 5 ? domains.get(random.nextInt(domains.size())) : null;
        return "{\"company\":\"" + company + "\"," + (domain == null ? "" : "\"webDomain\":\"" + domain + "\",")
                + "\"country\":\"" + COUNTRIES[random.nextInt(COUNTRIES.length)] + "\",\"contactName\":\"Bench\","
                + "\"lines\":[{\"productLine\":\"" + LINES[random.nextInt(LINES.length)]
                + "\",\"products\":\"bench\",\"amount\":12500}],\"currency\":\"USD\",\"expectedCloseDate\":\""
                + LocalDate.now().plusDays(60) + "\",\"stage\":\"PROPOSAL\"}";
    }

    private int count(String sql) throws Exception {
        try (var c = DriverManager.getConnection(db, "postgres", ""); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String clientToken(String clientId, String secret) throws Exception {
        var form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        var reply = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(reply.body())).readObject().getString("access_token");
    }
}
