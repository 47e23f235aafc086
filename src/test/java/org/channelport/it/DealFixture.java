package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test data builders for the deals context's black-box tests: registrations through the API, channel managers'
 * tokens (a browser session per manager, so that a token is fetched again before Keycloak's five minutes run out),
 * and the countries and customer names that keep each class's registrations apart.
 */
final class DealFixture {
    static final String DEALS = "/api/v1/deal-registrations";
    static final String PRICING = "/api/v1/deal-pricing-requests";
    static final String SWEEPS = "/api/v1/deal-sweeps";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DealFixture() {}

    /**
     * Ten random letters: customer names built from it share no trigrams with other tests' names (rule D3 compares
     * names by trigram similarity, so time-based markers with common prefixes would look alike).
     */
    static String word() {
        while (true) {
            var chars = new char[10];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) ('a' + RANDOM.nextInt(26));
            }
            var word = new String(chars);
            // a customer named "...sql..." would trip assertNoInternals (seen once in CI: "tjsqlgsatu")
            if (INTERNALS.stream().noneMatch(word::contains)) {
                return word;
            }
        }
    }

    /** What an answer must never contain (rule P2): a stack trace's or the server's own words. */
    private static final List<String> INTERNALS = List.of("exception", "at org.", "at java.", "eclipselink", "payara",
            "jersey", "sql");

    static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The first of these countries where no partner, lead or deal registration exists yet. */
    static String freshCountry(String... countries) {
        return freshCountries(1, countries).get(0);
    }

    static List<String> freshCountries(int n, String... countries) {
        var free = new java.util.ArrayList<String>();
        for (var country : countries) {
            if (LeadFixture.count("select count(*) from partner where country = ?", country) == 0
                    && LeadFixture.count("select count(*) from sales_lead where country = ?", country) == 0
                    && LeadFixture.count("select count(*) from deal_registration where country = ?", country) == 0) {
                free.add(country);
                if (free.size() == n) {
                    return free;
                }
            }
        }
        throw new IllegalStateException("Not enough unused countries in " + List.of(countries)
                + ": restart the test servers for a fresh database");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A complete, valid registration: one NETWORKING line, USD, closing in 60 days. */
    static JsonObjectBuilder deal(String company, String domain, String country) {
        var b = Json.createObjectBuilder().add("company", company).add("country", country).add("region", "Capital")
                .add("taxId", "TX-" + word().toUpperCase()).add("contactName", "Carla Customer")
                .add("contactEmail", "carla@" + (domain == null ? "customer.example" : domain))
                .add("contactPhone", "+351 21 123 4567")
                .add("lines", Json.createArrayBuilder().add(line("NETWORKING", "Core switches", "50000.00")))
                .add("currency", "USD").add("expectedCloseDate", today().plusDays(60).toString())
                .add("stage", "QUALIFIED").add("competitor", "Other Vendor").add("notes", "Refresh of the campus");
        if (domain != null) {
            b.add("webDomain", domain);
        }
        return b;
    }

    static JsonObjectBuilder line(String productLine, String products, String amount) {
        return Json.createObjectBuilder().add("productLine", productLine).add("products", products)
                .add("amount", new BigDecimal(amount));
    }

    static Http.Reply post(String path, String json, String token) {
        return Http.postJson(path, json, token, Map.of());
    }

    static Http.Reply post(String path, String token) {
        return LeadFixture.post(path, token);
    }

    static Http.Reply put(String path, String json, String token) {
        var request = Http.request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request);
    }

    static Http.Reply delete(String path, String token) {
        return Http.send(Http.request(path).DELETE().header("Authorization", "Bearer " + token));
    }

    /**
     * Posts a raw file over HTTP/1.1 with "Expect: 100-continue", so that a body refused before it is read (413) is
     * answered instead of cutting the upload off.
     */
    static Http.Reply upload(String path, byte[] content, String contentType, String token) {
        return Http.send(Http.request(path).version(java.net.http.HttpClient.Version.HTTP_1_1).expectContinue(true)
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** Registers (and submits) as the partner; expects 201. */
    static JsonObject register(String token, JsonObjectBuilder deal) {
        var reply = post(DEALS, deal.build().toString(), token);
        assertThat(reply.status()).as("registering: " + LeadFixture.describe(reply)).isEqualTo(201);
        return reply.json();
    }

    /**
     * Registers and submits, as the partner, what the portal's form registers for this customer (DealSteps.fill): one
     * NETWORKING line of this amount in EUR, stage PROPOSAL, closing in 45 days; for browser tests of the pages that
     * show registrations, whose data need not go through the form (DealPortalIT tries the form itself).
     */
    static JsonObject register(String token, DealSteps.Customer customer, String amount) {
        return register(token, deal(customer.company(), customer.domain(), customer.country())
                .add("taxId", customer.taxId()).add("currency", "EUR")
                .add("lines", Json.createArrayBuilder().add(line("NETWORKING", "Core switches", amount)))
                .add("expectedCloseDate", today().plusDays(45).toString()).add("stage", "PROPOSAL"));
    }

    /** The partner asks for a discount of this percentage on the registration's NETWORKING line; expects 201. */
    static JsonObject requestPricing(String token, UUID deal, String percent, String justification) {
        var reply = post(DEALS + "/" + deal + "/pricing-requests", Json.createObjectBuilder()
                .add("productLine", "NETWORKING").add("kind", "PERCENT").add("value", new BigDecimal(percent))
                .add("justification", justification).build().toString(), token);
        assertThat(reply.status()).as("requesting pricing: " + LeadFixture.describe(reply)).isEqualTo(201);
        return reply.json();
    }

    static Http.Reply decide(String managerToken, String id, String decision, String note) {
        var body = Json.createObjectBuilder().add("decision", decision);
        if (note != null) {
            body.add("note", note);
        }
        return post(DEALS + "/" + id + "/decisions", body.build().toString(), managerToken);
    }

    /** Registers as the partner and has a manager approve it; returns the approved registration. */
    static JsonObject approved(String partnerToken, String managerToken, JsonObjectBuilder deal) {
        var id = register(partnerToken, deal).getString("id");
        var reply = decide(managerToken, id, "APPROVE", "fine");
        assertThat(reply.status()).as("approving: " + LeadFixture.describe(reply)).isEqualTo(200);
        assertThat(reply.json().getString("status")).isEqualTo("APPROVED");
        return reply.json();
    }

    static JsonObject get(String id, String token) {
        var reply = Http.get(DEALS + "/" + id, token);
        assertThat(reply.status()).as(LeadFixture.describe(reply)).isEqualTo(200);
        return reply.json();
    }

    /** Protection days of the partner's tier (app.deals.protection-days), read from the partner's row. */
    static int protectionDays(UUID partner) {
        var tier = LeadFixture.string("select tier from partner where id = ?", partner);
        return switch (tier) {
            case "REGISTERED" -> 60;
            case "SILVER" -> 90;
            default -> 120;
        };
    }

    static long dealsOf(UUID partner) {
        return LeadFixture.count("select count(*) from deal_registration where partner_id = ?", partner);
    }

    /** A problem document (rule P2): the status, application/problem+json, no internals. */
    static void assertProblem(Http.Reply reply, int status) {
        assertThat(reply.status()).as(LeadFixture.describe(reply)).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(LeadFixture.describe(reply)).startsWith("application/problem+json");
        assertNoInternals(reply);
    }

    static void assertNoInternals(Http.Reply reply) {
        var body = reply.body() == null ? "" : reply.body().toLowerCase(java.util.Locale.ROOT);
        for (var word : INTERNALS) {
            assertThat(body).as("P2: no '%s' in %s", word, reply.body()).doesNotContain(word);
        }
    }

    /** A channel manager's token, fetched again after 200 s (Keycloak's tokens live five minutes). */
    static final class Manager implements AutoCloseable {
        private final String username;
        private String token;
        private Instant fetched = Instant.EPOCH;

        Manager(String username) {
            this.username = username;
        }

        synchronized String token() {
            if (fetched.plusSeconds(200).isBefore(Instant.now())) {
                token = PartnerFixture.personToken(username, "demo");
                fetched = Instant.now();
            }
            return token;
        }

        @Override
        public void close() {
            token = null;
        }
    }
}
