package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Test data builders and probes for the leads context's black-box tests: leads and routing rules through the API,
 * cached access tokens, the test database (JDBC, for checks and for moving SLA deadlines), and waiting with a timeout.
 */
public final class LeadFixture {
    public static final String LEADS = "/api/v1/leads";
    public static final String RULES = "/api/v1/routing-rules";
    public static final String IMPORTS = "/api/v1/lead-imports";
    public static final String SWEEPS = "/api/v1/lead-sweeps";

    private LeadFixture() {}

    // ---------------------------------------------------------------------------------------------------- tokens

    private record Cached(String token, Instant expires) {}

    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();

    /** The ERP's token (client credentials), fetched again before Keycloak's five minutes run out. */
    public static String erp() {
        return cached("erp-demo", Http::erpToken);
    }

    /** A partner system's token (its API credential), cached like the ERP's. */
    public static String token(PartnerFixture.Credential credential) {
        return cached(credential.clientId(), credential::token);
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        var now = Instant.now();
        var hit = TOKENS.get(key);
        if (hit != null && hit.expires().isAfter(now)) {
            return hit.token();
        }
        var token = fetch.get();
        TOKENS.put(key, new Cached(token, now.plusSeconds(200)));
        return token;
    }

    /** A token no other test (run) uses: letters and digits only, so it survives company-name normalization. */
    public static String token() {
        return Long.toString(System.nanoTime(), 36) + Integer.toString((int) (Math.random() * 1296), 36);
    }

    // ---------------------------------------------------------------------------------------------------- JSON

    /** A JSON object from alternating names and values (String, Number, Boolean, List of Strings, or null). */
    public static String json(Object... namesAndValues) {
        var object = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            var name = (String) namesAndValues[i];
            var value = namesAndValues[i + 1];
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof String s) {
                object.add(name, s);
            } else if (value instanceof BigDecimal d) {
                object.add(name, d);
            } else if (value instanceof Integer n) {
                object.add(name, n);
            } else if (value instanceof Long n) {
                object.add(name, n);
            } else if (value instanceof Boolean b) {
                object.add(name, b);
            } else if (value instanceof Collection<?> c) {
                var array = Json.createArrayBuilder();
                c.forEach(v -> array.add(String.valueOf(v)));
                object.add(name, array);
            } else {
                throw new IllegalArgumentException("unsupported value for " + name + ": " + value);
            }
        }
        return object.build().toString();
    }

    /** A JSON array of these JSON texts. */
    public static String array(List<String> objects) {
        return objects.stream().collect(Collectors.joining(",", "[", "]"));
    }

    /**
     * A complete, valid brand lead: every field filled, so that masking (rule L9) has something to hide. The company
     * and the e-mail carry the marker, so a test finds its rows again.
     */
    public static String lead(String company, String country, String email) {
        return json("company", company, "contactName", "Clara Contact", "contactEmail", email,
                "contactPhone", "+423 234 5678", "contactTitle", "Head of IT", "country", country, "region", "Capital",
                "postalCode", "9490", "productLine", "NETWORKING", "estimatedValue", new BigDecimal("12500.50"),
                "currency", "EUR", "source", "IT " + company, "notes", "Wants new switches for " + company);
    }

    public static Http.Reply post(String path, String json, String token) {
        return Http.postJson(path, json, token, Map.of());
    }

    public static Http.Reply post(String path, String json, String token, Map<String, String> headers) {
        return Http.postJson(path, json, token, headers);
    }

    /** A POST without a body (sweeps, acceptance). */
    public static Http.Reply post(String path, String token) {
        var request = Http.request(path).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request);
    }

    /** Creates a brand lead as the ERP and returns its id (201 expected). */
    public static UUID createLead(String json) {
        var reply = post(LEADS, json, erp());
        assertThat(reply.status()).as("creating a lead: " + reply.body()).isEqualTo(201);
        return UUID.fromString(reply.json().getString("id"));
    }

    /** The lead as the ERP sees it (everything, never masked). */
    public static JsonObject asErp(UUID lead) {
        var reply = Http.get(LEADS + "/" + lead, erp());
        assertThat(reply.status()).as("ERP reading lead " + lead + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The partner that holds the lead now, or null. */
    public static UUID holder(UUID lead) {
        var id = string("select partner_id from sales_lead where id = ?", lead);
        return id == null ? null : UUID.fromString(id);
    }

    public static String status(UUID lead) {
        return string("select status from sales_lead where id = ?", lead);
    }

    public static String text(JsonObject object, String name) {
        var value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : object.getString(name);
    }

    // ---------------------------------------------------------------------------------------------------- rules

    /**
     * The first of these countries where no partner, routing rule or lead exists yet. Each test class routing leads
     * owns a list of countries no other class uses; on a fresh database it gets the first, and a class run again
     * against the same servers gets the next, so that partners onboarded by an earlier run never compete for its
     * leads.
     */
    public static String freshCountry(String... countries) {
        for (var country : countries) {
            if (count("select count(*) from partner where country = ?", country) == 0
                    && count("select count(*) from partner_application where country = ?", country) == 0
                    && count("select count(*) from routing_rule where countries like ?", "%" + country + "%") == 0
                    && count("select count(*) from sales_lead where country = ?", country) == 0) {
                return country;
            }
        }
        throw new IllegalStateException("All of " + List.of(countries) + " are used: restart the test servers "
                + "(config/bin/it-env.sh start) for a fresh database");
    }

    /**
     * A routing rule (POST as a channel manager); returns its id. Empty lists mean "any"; the strategy and SLAs are
     * as given (accept SLA 48 h unless said otherwise by the caller).
     */
    public static UUID createRule(String managerToken, String name, List<String> countries, List<String> partnerTypes,
                                  List<String> postalPrefixes, String strategy) {
        var reply = post(RULES, json("name", name, "countries", countries, "partnerTypes", partnerTypes,
                "postalPrefixes", postalPrefixes, "strategy", strategy, "acceptSlaHours", 48,
                "followUpSlaHours", 240), managerToken);
        assertThat(reply.status()).as("creating routing rule " + name + ": " + reply.body()).isEqualTo(201);
        return UUID.fromString(reply.json().getString("id"));
    }

    // ---------------------------------------------------------------------------------------------------- sweeps

    public record SweepResult(int status, int reminded, int recalled, int rerouted, String body) {}

    /** POST /lead-sweeps: runs the SLA sweep now. */
    public static SweepResult sweep(String token) {
        var reply = post(SWEEPS, token);
        if (reply.status() != 200) {
            return new SweepResult(reply.status(), 0, 0, 0, reply.body());
        }
        var json = reply.json();
        return new SweepResult(200, json.getInt("reminded"), json.getInt("recalled"), json.getInt("rerouted"),
                reply.body());
    }

    // ---------------------------------------------------------------------------------------------------- database

    public static long count(String sql, Object... parameters) {
        var rows = rows(sql, parameters);
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    public static String string(String sql, Object... parameters) {
        var rows = rows(sql, parameters);
        if (rows.isEmpty()) {
            return null;
        }
        var value = rows.get(0).values().iterator().next();
        return value == null ? null : value.toString();
    }

    /** Rows as column-name maps (names in lower case). */
    public static List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (var connection = DriverManager.getConnection(TestEnvironment.DB_URL, "postgres", "");
             var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (var result = statement.executeQuery()) {
                var meta = result.getMetaData();
                var rows = new ArrayList<Map<String, Object>>();
                while (result.next()) {
                    var row = new LinkedHashMap<String, Object>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(), result.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    /** An update of the test database (moving deadlines into the past); returns the rows changed. */
    public static int update(String sql, Object... parameters) {
        try (var connection = DriverManager.getConnection(TestEnvironment.DB_URL, "postgres", "");
             var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + sql, e);
        }
    }

    private static void bind(java.sql.PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            var p = parameters[i];
            if (p instanceof Collection<?> c) {
                // an array for "= any(?)": uuid[] of ids, varchar[] of texts (audit subject ids are text)
                var type = !c.isEmpty() && c.iterator().next() instanceof String ? "varchar" : "uuid";
                statement.setArray(i + 1, statement.getConnection().createArrayOf(type, c.toArray()));
            } else {
                statement.setObject(i + 1, p);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- waiting

    /** Polls (Awaitility) until the condition holds; fails with the description after the timeout. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        org.awaitility.Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(condition::getAsBoolean);
    }

    /** A readable description of a reply, for assertion messages. */
    public static String describe(Http.Reply reply) {
        return "HTTP " + reply.status() + " " + reply.header("Content-Type") + " body: " + reply.body();
    }

    public static UUID uuid(String text) {
        return UUID.fromString(text);
    }
}
