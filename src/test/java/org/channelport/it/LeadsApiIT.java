package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.it.LeadFixture.IMPORTS;
import static org.channelport.it.LeadFixture.LEADS;
import static org.channelport.it.LeadFixture.RULES;
import static org.channelport.it.LeadFixture.SWEEPS;
import static org.channelport.it.LeadFixture.asErp;
import static org.channelport.it.LeadFixture.count;
import static org.channelport.it.LeadFixture.createLead;
import static org.channelport.it.LeadFixture.describe;
import static org.channelport.it.LeadFixture.erp;
import static org.channelport.it.LeadFixture.holder;
import static org.channelport.it.LeadFixture.json;
import static org.channelport.it.LeadFixture.lead;
import static org.channelport.it.LeadFixture.post;
import static org.channelport.it.LeadFixture.status;
import static org.channelport.it.LeadFixture.text;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The leads REST API, black box (charter rules L1-L11 of the leads context): intake of brand leads by the ERP (single,
 * batch, idempotent retries, field checks L1, de-duplication L2), routing with its explanation (L4, L6), what a partner
 * system sees and may do (tenancy and masking L9, decline L7, acceptance deadline L10, working a lead L11, its own
 * leads L3), who may call what, and file imports (L1, L2).
 *
 * <p>Fixtures (once, in a real browser): two partners located in a country no other test uses (Liechtenstein, LI, on a
 * fresh database; a later run against the same database takes the next unused country of the class's list, so that
 * partners left by an earlier run are never candidates), each with an API credential, and a routing rule for that
 * country (round robin over both). Leads of this class go to one of the two;
 * tests ask the database which one holds a lead instead of predicting the rotation, so they do not depend on order.
 */
class LeadsApiIT {
    /** This class's countries (no other test class uses them); each run takes the first one nobody uses yet. */
    private static final String[] COUNTRIES = {"LI", "LU", "IS", "FO", "GI", "IM", "JE", "GG", "GL", "SH"};
    private static String country;

    /** One of this class's partners with its API credential. */
    private record Side(PartnerFixture.Partner partner, PartnerFixture.Credential credential) {
        String token() {
            return LeadFixture.token(credential);
        }

        UUID id() {
            return partner.id();
        }
    }

    /** A lead offered to one of the two partners: who holds it and who does not. */
    private record Offer(UUID lead, String company, String email, Side holder, Side other) {}

    private static Side retailer;
    private static Side agent;
    private static String ruleName;
    private static String personToken;

    @BeforeAll
    static void twoPartnersInLiechtensteinAndARuleForThem() {
        Mailbox.server();
        country = LeadFixture.freshCountry(COUNTRIES);
        String managerToken;
        var r = PartnerFixture.onboard("RETAILER", country);
        var a = PartnerFixture.onboard("AGENT", country);
        retailer = new Side(r, PartnerFixture.createApiCredential(r));
        agent = new Side(a, PartnerFixture.createApiCredential(a));
        managerToken = PartnerFixture.personToken("manager", "demo");
        // a separate browser: the manager's Keycloak session would otherwise answer for the partner admin
        personToken = PartnerFixture.personToken(retailer.partner().adminEmail(), PartnerFixture.PASSWORD);
        ruleName = "IT leads API " + country + " " + LeadFixture.token();
        LeadFixture.createRule(managerToken, ruleName, List.of(country), List.of(), List.of(), "ROUND_ROBIN");
    }

    // ------------------------------------------------------------------------------------------------ creation

    @Test
    @DisplayName("L1/L4: one lead -> 201, Location, the lead as JSON, routed at once")
    void oneLeadIsCreatedAndRoutedAtOnce() {
        var t = LeadFixture.token();
        var company = "Single " + t + " AG";
        var reply = post(LEADS, lead(company, country, "Single-" + t + "@IT.example"), erp());

        assertThat(reply.status()).as(describe(reply)).isEqualTo(201);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        var body = reply.json();
        var id = UUID.fromString(body.getString("id"));
        assertThat(reply.header("Location")).as("Location").endsWith(LEADS + "/" + id);
        assertThat(body.getString("company")).isEqualTo(company);
        assertThat(body.getString("contactEmail")).as("the e-mail is stored in lower case")
                .isEqualTo("single-" + t + "@it.example");
        assertThat(body.getString("country")).isEqualTo(country);
        assertThat(body.getString("productLine")).isEqualTo("NETWORKING");
        assertThat(body.getJsonNumber("estimatedValue").bigDecimalValue()).isEqualByComparingTo("12500.50");
        assertThat(body.getString("origin")).isEqualTo("BRAND");
        assertThat(body.getString("status")).as("L4: routed at once by the class's rule").isEqualTo("OFFERED");
        assertThat(body.getString("partnerId")).isIn(retailer.id().toString(), agent.id().toString());

        var again = Http.get(reply.header("Location"), erp());
        assertThat(again.status()).as(describe(again)).isEqualTo(200);
        assertThat(again.json().getString("id")).isEqualTo(id.toString());
        assertThat(count("select count(*) from sales_lead where company = ?", company)).isEqualTo(1);
    }

    @Test
    @DisplayName("L1/L2: a batch answers 200 with a result per item: created, duplicate, invalid")
    void aBatchAnswersPerItem() {
        var t = LeadFixture.token();
        var existing = createLead(lead("Existing " + t + " AG", country, "existing-" + t + "@it.example"));
        var items = List.of(
                lead("Batch One " + t + " AG", country, "one-" + t + "@it.example"),
                json("contactEmail", "nocompany-" + t + "@it.example", "country", country, "productLine", "CLOUD",
                        "source", "IT batch " + t),
                lead("Batch Three " + t + " AG", country, "ONE-" + t + "@it.example"),
                json("company", "Batch Four " + t, "country", country, "productLine", "TOASTERS"),
                lead("Batch Five " + t + " AG", country, "five-" + t + "@it.example"),
                lead("Batch Six " + t + " AG", country, "existing-" + t + "@it.example"));

        var reply = post(LEADS, LeadFixture.array(items), erp());

        assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
        var body = reply.json();
        assertThat(body.getInt("created")).as(reply.body()).isEqualTo(2);
        assertThat(body.getInt("duplicates")).as(reply.body()).isEqualTo(2);
        assertThat(body.getInt("invalid")).as(reply.body()).isEqualTo(2);
        var results = body.getJsonArray("results");
        assertThat(results).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(results.getJsonObject(i).getInt("index")).as("results in item order").isEqualTo(i);
        }
        assertThat(results.getJsonObject(0).getString("status")).isEqualTo("CREATED");
        assertThat(results.getJsonObject(1).getString("status")).isEqualTo("INVALID");
        assertThat(fields(results.getJsonObject(1).getJsonArray("errors"))).as(reply.body()).containsExactly("company");
        assertThat(results.getJsonObject(2).getString("status")).as("same e-mail as item 0, other case")
                .isEqualTo("DUPLICATE");
        assertThat(results.getJsonObject(3).getString("status")).isEqualTo("INVALID");
        assertThat(fields(results.getJsonObject(3).getJsonArray("errors"))).as(reply.body()).contains("productLine");
        assertThat(results.getJsonObject(4).getString("status")).isEqualTo("CREATED");
        assertThat(results.getJsonObject(5).getString("status")).isEqualTo("DUPLICATE");
        assertThat(text(results.getJsonObject(5), "id")).as("a duplicate names the existing lead")
                .isEqualTo(existing.toString());

        for (int i : new int[]{0, 4}) {
            var id = UUID.fromString(results.getJsonObject(i).getString("id"));
            assertThat(status(id)).as("item %d in the database", i).isEqualTo("OFFERED");
        }
        assertThat(count("select count(*) from sales_lead where company like ?", "Batch % " + t + "%"))
                .as("only the two created items are saved").isEqualTo(2);
        assertThat(count("select count(*) from sales_lead where source = ?", "IT batch " + t)).isZero();
    }

    @Test
    @DisplayName("P4/L1: the same Idempotency-Key replays the answer (one lead); with another body it is 422")
    void idempotencyKeyReplaysTheStoredAnswer() {
        var t = LeadFixture.token();
        var company = "Idempotent " + t + " AG";
        var body = lead(company, country, "idem-" + t + "@it.example");
        var key = Map.of("Idempotency-Key", "it-" + t);

        var first = post(LEADS, body, erp(), key);
        var second = post(LEADS, body, erp(), key);

        assertThat(first.status()).as(describe(first)).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(second.status()).as(describe(second)).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).as(second.headers().toString()).isEqualTo("true");
        assertThat(second.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(count("select count(*) from sales_lead where company = ?", company)).as("one lead in the database")
                .isEqualTo(1);

        var otherCompany = "Idempotent Other " + t + " AG";
        var different = post(LEADS, lead(otherCompany, country, "idem2-" + t + "@it.example"), erp(), key);
        assertProblem(different, 422);
        assertThat(count("select count(*) from sales_lead where company = ?", otherCompany)).isZero();
    }

    // ------------------------------------------------------------------------------------------------ bad input

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("missing company", "application/json", (Bad) m -> json("contactEmail", m + "@it.example",
                        "country", country, "productLine", "NETWORKING", "source", m), 400, "company"),
                Arguments.of("bad e-mail", "application/json", (Bad) m -> json("company", m, "contactEmail",
                        "no-at-sign.example", "country", country, "productLine", "NETWORKING", "source", m), 400,
                        "contactEmail"),
                Arguments.of("unknown country", "application/json", (Bad) m -> json("company", m, "country", "XX",
                        "productLine", "NETWORKING", "source", m), 400, "country"),
                Arguments.of("unknown product line", "application/json", (Bad) m -> json("company", m, "country",
                        country, "productLine", "TOASTERS", "source", m), 400, "productLine"),
                Arguments.of("negative value", "application/json", (Bad) m -> json("company", m, "country", country,
                        "productLine", "CLOUD", "estimatedValue", new BigDecimal("-5"), "currency", "EUR",
                        "source", m), 400, "estimatedValue"),
                Arguments.of("value without currency", "application/json", (Bad) m -> json("company", m, "country",
                        country, "productLine", "CLOUD", "estimatedValue", new BigDecimal("5000"), "source", m), 400,
                        "currency"),
                Arguments.of("malformed JSON", "application/json", (Bad) m -> "{\"company\":\"" + m
                        + "\",\"country\":\"" + country + "\",", 400, null),
                Arguments.of("JSON null", "application/json", (Bad) m -> "null", 400, null),
                Arguments.of("wrong content type", "text/plain", (Bad) m -> json("company", m, "country", country,
                        "productLine", "CLOUD", "source", m), 415, null),
                Arguments.of("empty array", "application/json", (Bad) m -> "[]", 400, null),
                Arguments.of("1001 items", "application/json", (Bad) m -> LeadFixture.array(IntStream.range(0, 1001)
                        .mapToObj(i -> json("company", m + " " + i, "country", country, "productLine", "CLOUD",
                                "source", m)).toList()), 400, null));
    }

    /** A request body built around a marker that the test then looks for in the database. */
    interface Bad {
        String body(String marker);
    }

    @ParameterizedTest(name = "L1: {0} -> {3} problem+json, nothing saved")
    @MethodSource("badInput")
    void badInputIsRefusedAndNothingIsSaved(String what, String contentType, Bad bad, int status, String field) {
        var marker = "IT bad " + LeadFixture.token();
        var request = Http.request(LEADS).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + erp())
                .POST(HttpRequest.BodyPublishers.ofString(bad.body(marker)));

        var reply = Http.send(request);

        var problem = assertProblem(reply, status);
        if (field != null) {
            assertThat(fields(problem.getJsonArray("errors"))).as(what + ": " + reply.body()).contains(field);
        }
        assertThat(count("select count(*) from sales_lead where company like ? or source like ?",
                marker + "%", marker + "%")).as(what + ": rows saved").isZero();
    }

    /**
     * L1 (InvalidLead: "every problem is kept (imports and batch replies list them all)"): a lead with several broken
     * fields gets them all reported at once, as the file import does for a row, whether or not one of them is the
     * product line.
     */
    @Test
    @DisplayName("L1: every broken field of a lead is listed at once, single and in a batch")
    void everyBrokenFieldIsListed() {
        var t = LeadFixture.token();
        var broken = json("contactEmail", "no-at-sign.example", "country", "XX", "productLine", "TOASTERS",
                "source", "IT broken " + t);

        var single = post(LEADS, broken, erp());
        var batch = post(LEADS, LeadFixture.array(List.of(broken)), erp());

        var problem = assertProblem(single, 400);
        assertThat(batch.status()).as(describe(batch)).isEqualTo(200);
        var result = batch.json().getJsonArray("results").getJsonObject(0);
        assertThat(result.getString("status")).isEqualTo("INVALID");
        assertThat(count("select count(*) from sales_lead where source = ?", "IT broken " + t)).isZero();
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(fields(problem.getJsonArray("errors"))).as("single lead: " + single.body())
                    .contains("company", "contactEmail", "country", "productLine");
            soft.assertThat(fields(result.getJsonArray("errors"))).as("batch item: " + batch.body())
                    .contains("company", "contactEmail", "country", "productLine");
        });
    }

    // ------------------------------------------------------------------------------------------------ duplicates

    @Test
    @DisplayName("L1, L2: a lead without an e-mail is created, its company is its key; control characters are refused")
    void aLeadWithoutAnEmailIsKeyedByItsCompany() {
        var t = LeadFixture.token();
        var company = "No Mail " + t + " Ltd";
        var first = post(LEADS, json("company", company, "country", country, "productLine", "CLOUD"), erp());
        assertThat(first.status()).as(describe(first)).isEqualTo(201);
        var again = post(LEADS, json("company", company.toUpperCase(Locale.ROOT), "country", country,
                "productLine", "CLOUD"), erp());
        assertProblem(again, 409);

        var nul = post(LEADS, json("company", "Nul\u0000" + t, "country", country, "productLine", "CLOUD"), erp());
        var problem = assertProblem(nul, 400);
        assertThat(problem.toString()).contains("company");
        assertThat(count("select count(*) from sales_lead where company like ?", "Nul%" + t)).isZero();
    }

    @Test
    @DisplayName("L2: the same e-mail, or 'Acme GmbH' vs 'ACME gmbh.' in the same country, is a duplicate (409)")
    void duplicatesAreRefusedWith409() {
        var t = LeadFixture.token();
        var first = createLead(lead("Acme " + t + " GmbH", country, "acme-" + t + "@it.example"));

        var sameEmail = post(LEADS, lead("Other Name " + t + " AG", country, "ACME-" + t + "@IT.example"), erp());
        var sameCompany = post(LEADS, lead("ACME " + t.toUpperCase(Locale.ROOT) + " gmbh.", country,
                "other-" + t + "@it.example"), erp());
        var otherCountry = post(LEADS, lead("ACME " + t.toUpperCase(Locale.ROOT) + " gmbh.", "AT",
                "austria-" + t + "@it.example"), erp());
        var inBatch = post(LEADS, LeadFixture.array(List.of(lead("Batch Acme " + t + " AG", country,
                "acme-" + t + "@it.example"))), erp());

        for (var reply : List.of(sameEmail, sameCompany)) {
            var problem = assertProblem(reply, 409);
            assertThat(problem.getString("detail")).as("names the existing lead").contains(first.toString());
        }
        assertThat(otherCountry.status()).as("the same company in another country is another lead: "
                + otherCountry.body()).isEqualTo(201);
        assertThat(inBatch.status()).as(describe(inBatch)).isEqualTo(200);
        var result = inBatch.json().getJsonArray("results").getJsonObject(0);
        assertThat(result.getString("status")).isEqualTo("DUPLICATE");
        assertThat(result.getString("id")).isEqualTo(first.toString());

        assertThat(count("select count(*) from sales_lead where country = ? and lower(company) like ?",
                country, "%acme " + t + "%")).as("one Acme lead in " + country).isEqualTo(1);
        assertThat(count("select count(*) from sales_lead where company = ?", "Other Name " + t + " AG")).isZero();
    }

    /**
     * L2, P4 and P6 when requests cross: the same new lead sent several times at once (a CRM retrying on a timeout)
     * is still one lead, and every other answer is the documented one (409 duplicate, or with the same
     * Idempotency-Key the replayed 201 or a 409 to retry: the race's loser is a conflict, P6), never a 500.
     */
    @Test
    @DisplayName("L2/P4/P6: the same lead sent 6 times at once: one lead, one 201, the others 409 (never 500)")
    void concurrentDuplicatesAreOneLead() throws Exception {
        var outcomes = new ArrayList<String>();
        for (int round = 0; round < 3; round++) {
            for (var withKey : List.of(false, true)) {
                var t = LeadFixture.token();
                var company = "Concurrent " + t + " AG";
                var body = lead(company, country, "concurrent-" + t + "@it.example");
                var headers = withKey ? Map.of("Idempotency-Key", "it-concurrent-" + t) : Map.<String, String>of();
                var token = erp();
                var start = new java.util.concurrent.CountDownLatch(1);
                var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
                try {
                    var futures = new ArrayList<java.util.concurrent.Future<Http.Reply>>();
                    for (int i = 0; i < 6; i++) {
                        futures.add(pool.submit(() -> {
                            start.await();
                            return post(LEADS, body, token, headers);
                        }));
                    }
                    start.countDown();
                    var statuses = new ArrayList<Integer>();
                    var created = new java.util.HashSet<String>();
                    for (var f : futures) {
                        var reply = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                        statuses.add(reply.status());
                        if (reply.status() == 201) {
                            created.add(reply.json().getString("id"));
                        }
                    }
                    var what = (withKey ? "with one Idempotency-Key" : "without a key") + ": " + statuses;
                    outcomes.add(what);
                    assertThat(count("select count(*) from sales_lead where company = ?", company)).as(what)
                            .isEqualTo(1);
                    assertThat(created).as("one lead id in the 201 answers, " + what).hasSize(1);
                    if (!withKey) {
                        assertThat(statuses.stream().filter(s -> s == 201)).as(what).hasSize(1);
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
        }
        assertThat(outcomes).as("L2/P4: only 201 and 409 (never 500) in every round").allMatch(o -> !o.contains("500"));
    }

    // ------------------------------------------------------------------------------------------------ routing

    @Test
    @DisplayName("L4/L6/L13: a lead goes to one of our partners; its assignments explain the choice")
    void routingIsExplained() {
        var offer = offer("Routed");

        var reply = Http.get(LEADS + "/" + offer.lead() + "/assignments", erp());

        assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
        var rows = (JsonArray) reply.jsonValue();
        assertThat(rows).as(reply.body()).hasSize(1);
        var row = rows.getJsonObject(0);
        assertThat(row.getString("ruleName")).as(reply.body()).isEqualTo(ruleName);
        assertThat(row.getString("partnerId")).isEqualTo(offer.holder().id().toString());
        assertThat(row.getString("partnerName")).isEqualTo(offer.holder().partner().name());
        assertThat(row.getString("strategy")).isEqualTo("ROUND_ROBIN");
        var candidates = row.getJsonArray("candidates");
        assertThat(verdict(candidates, offer.holder())).as(reply.body()).isEqualTo("CHOSEN");
        assertThat(verdict(candidates, offer.other())).as("the other partner was passed over: " + reply.body())
                .isEqualTo("NOT_CHOSEN");
        assertThat(candidate(candidates, offer.other()).getString("detail")).as(reply.body())
                .contains("offered a lead");
        assertThat(candidates.getJsonObject(0).getString("verdict")).as("the chosen one comes first")
                .isEqualTo("CHOSEN");
        var rules = row.getJsonArray("rules").stream().map(v -> v.asJsonObject())
                .filter(r -> ruleName.equals(r.getString("ruleName"))).toList();
        assertThat(rules).as(reply.body()).hasSize(1);
        assertThat(rules.get(0).getString("outcome")).isEqualTo("MATCHED");

        // L13: the holder's administrator is told, without the contact's details
        var mail = Mailbox.await(offer.holder().partner().adminEmail(), offer.company(), Duration.ofSeconds(60));
        assertThat(Mailbox.body(mail)).doesNotContain(offer.email());
        assertThat(Mailbox.messagesTo(offer.other().partner().adminEmail()).stream()
                .filter(m -> Mailbox.subject(m).contains(offer.company()))).as("the other partner gets no mail")
                .isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ L9 tenancy

    @Test
    @DisplayName("L9: another partner's lead is 404 for reading and every action, without its data; lists are own only")
    void aPartnerCannotSeeOrTouchAnotherPartnersLead() {
        var offer = offer("Foreign");
        var stranger = offer.other().token();
        var path = LEADS + "/" + offer.lead();

        var replies = Map.of(
                "GET", Http.get(path, stranger),
                "acceptance", post(path + "/acceptance", stranger),
                "decline", post(path + "/decline", json("reason", "not ours"), stranger),
                "status", post(path + "/status", json("status", "CONTACTED", "note", "x"), stranger),
                "conversion", post(path + "/conversion", json("value", new BigDecimal("100"), "currency", "EUR",
                        "expectedCloseDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()), stranger));
        replies.forEach((what, reply) -> {
            assertProblem(reply, 404);
            assertThat(reply.body()).as(what + " by the other partner").doesNotContain(offer.company())
                    .doesNotContain(offer.email()).doesNotContain(offer.holder().partner().name());
        });
        var unknown = Http.get(LEADS + "/" + UUID.randomUUID(), stranger);
        assertProblem(unknown, 404);

        assertThat(status(offer.lead())).as("nothing changed").isEqualTo("OFFERED");
        assertThat(holder(offer.lead())).isEqualTo(offer.holder().id());

        var strangersList = Http.get(LEADS + "?size=200", stranger);
        assertThat(strangersList.status()).as(describe(strangersList)).isEqualTo(200);
        var items = strangersList.json().getJsonArray("items");
        assertThat(items.stream().map(v -> v.asJsonObject().getString("partnerId")).distinct().toList())
                .as("the other partner's list holds only its own leads")
                .allMatch(p -> p.equals(offer.other().id().toString()));
        assertThat(ids(items)).doesNotContain(offer.lead().toString());
        assertThat(ids(Http.get(LEADS + "?size=200", offer.holder().token()).json().getJsonArray("items")))
                .as("the holder's list").contains(offer.lead().toString());
    }

    @Test
    @DisplayName("L9: an offered lead hides its contact details from the partner until it accepts")
    void contactDetailsAreHiddenUntilAccepted() {
        var offer = offer("Masked");
        var hidden = List.of("contactName", "contactEmail", "contactPhone", "contactTitle", "postalCode", "notes",
                "estimatedValue");

        var before = Http.get(LEADS + "/" + offer.lead(), offer.holder().token());
        assertThat(before.status()).as(describe(before)).isEqualTo(200);
        assertMasked(before.json(), hidden, before.body());
        assertThat(before.body()).doesNotContain(offer.email()).doesNotContain("Clara Contact");
        var listed = find(Http.get(LEADS + "?status=OFFERED&size=200", offer.holder().token()), offer.lead());
        assertMasked(listed, hidden, listed.toString());

        var working = post(LEADS + "/" + offer.lead() + "/status", json("status", "CONTACTED"), offer.holder().token());
        assertProblem(working, 409);

        var accepted = post(LEADS + "/" + offer.lead() + "/acceptance", offer.holder().token());
        assertThat(accepted.status()).as(describe(accepted)).isEqualTo(200);
        assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");

        var after = Http.get(LEADS + "/" + offer.lead(), offer.holder().token()).json();
        assertThat(after.containsKey("contactHidden")).as(after.toString()).isFalse();
        assertThat(after.getString("contactEmail")).isEqualTo(offer.email());
        assertThat(after.getString("contactName")).isEqualTo("Clara Contact");
        assertThat(after.getString("contactPhone")).isEqualTo("+423 234 5678");
        assertThat(after.getString("contactTitle")).isEqualTo("Head of IT");
        assertThat(after.getString("postalCode")).isEqualTo("9490");
        assertThat(after.getString("notes")).contains(offer.company());
        assertThat(after.getJsonNumber("estimatedValue").bigDecimalValue()).isEqualByComparingTo("12500.50");
        var listedAfter = find(Http.get(LEADS + "?status=ACCEPTED&size=200", offer.holder().token()), offer.lead());
        assertThat(listedAfter.getString("contactEmail")).isEqualTo(offer.email());
    }

    @Test
    @DisplayName("L7: a declined lead goes to the other partner at once and never back to the decliner")
    void aDeclinedLeadGoesToTheNextPartnerNeverBack() {
        var offer = offer("Declined");
        var path = LEADS + "/" + offer.lead();

        var noReason = post(path + "/decline", json("reason", "  "), offer.holder().token());
        var problem = assertProblem(noReason, 400);
        assertThat(fields(problem.getJsonArray("errors"))).contains("reason");
        assertThat(holder(offer.lead())).as("still offered to the holder").isEqualTo(offer.holder().id());

        var declined = post(path + "/decline", json("reason", "no capacity " + offer.company()),
                offer.holder().token());
        assertThat(declined.status()).as(describe(declined)).isEqualTo(204);
        assertThat(status(offer.lead())).isEqualTo("OFFERED");
        assertThat(holder(offer.lead())).as("L7: offered to the other partner at once").isEqualTo(offer.other().id());
        assertProblem(Http.get(path, offer.holder().token()), 404);
        var seen = Http.get(path, offer.other().token());
        assertThat(seen.status()).as(describe(seen)).isEqualTo(200);
        assertThat(seen.json().getBoolean("contactHidden")).isTrue();

        var assignments = (JsonArray) Http.get(path + "/assignments", erp()).jsonValue();
        assertThat(assignments).as(assignments.toString()).hasSize(2);
        var newest = assignments.getJsonObject(0);
        assertThat(newest.getString("partnerId")).as("newest first").isEqualTo(offer.other().id().toString());
        assertThat(verdict(newest.getJsonArray("candidates"), offer.holder())).as(newest.toString())
                .isEqualTo("DECLINED_BEFORE");
        var ended = assignments.getJsonObject(1);
        assertThat(ended.getString("endReason")).isEqualTo("DECLINED");
        assertThat(ended.getString("endNote")).isEqualTo("no capacity " + offer.company());

        var secondDecline = post(path + "/decline", json("reason", "not for us either"), offer.other().token());
        assertThat(secondDecline.status()).as(describe(secondDecline)).isEqualTo(204);
        var lead = asErp(offer.lead());
        assertThat(lead.getString("status")).as("nobody left: the managers' queue").isEqualTo("UNASSIGNED");
        assertThat(text(lead, "partnerId")).isNull();
        assertThat(text(lead, "unroutedReason")).isEqualTo("NO_ELIGIBLE_PARTNER");
        assertThat(count("select count(*) from lead_assignment where lead_id = ?", offer.lead()))
                .as("never offered back to the first decliner").isEqualTo(2);
        assertThat(count("select count(*) from lead_assignment where lead_id = ? and partner_id = ?", offer.lead(),
                offer.holder().id())).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where subject_id = ? and action = 'declined'",
                offer.lead().toString())).isEqualTo(2);
    }

    @Test
    @DisplayName("L10: accepting after the acceptance deadline is refused (409)")
    void acceptingAfterTheDeadlineIs409() {
        var offer = offer("Late");
        LeadFixture.update("update sales_lead set accept_due_at = now() - interval '5 seconds' where id = ?",
                offer.lead());

        var reply = post(LEADS + "/" + offer.lead() + "/acceptance", offer.holder().token());

        assertProblem(reply, 409);
        assertThat(status(offer.lead())).isEqualTo("OFFERED");
        assertThat(LeadFixture.string("select accepted_at from sales_lead where id = ?", offer.lead())).isNull();
    }

    @Test
    @DisplayName("L3: a partner system's own lead is ACCEPTED at once, never routed, invisible to other partners")
    void aPartnersOwnLeadIsItsAloneAndNotRouted() {
        var t = LeadFixture.token();
        var company = "Own Find " + t + " AG";
        var reply = post(LEADS, lead(company, country, "own-" + t + "@it.example"), retailer.token());

        assertThat(reply.status()).as(describe(reply)).isEqualTo(201);
        var body = reply.json();
        var id = UUID.fromString(body.getString("id"));
        assertThat(body.getString("status")).isEqualTo("ACCEPTED");
        assertThat(body.getString("origin")).isEqualTo("PARTNER");
        assertThat(body.getString("partnerId")).isEqualTo(retailer.id().toString());
        assertThat(body.getString("contactEmail")).as("its own lead is not masked")
                .isEqualTo("own-" + t + "@it.example");

        assertProblem(Http.get(LEADS + "/" + id, agent.token()), 404);
        assertThat(ids(Http.get(LEADS + "?size=200", agent.token()).json().getJsonArray("items")))
                .doesNotContain(id.toString());
        assertThat(ids(Http.get(LEADS + "?status=ACCEPTED&size=200", retailer.token()).json().getJsonArray("items")))
                .contains(id.toString());
        var assignments = Http.get(LEADS + "/" + id + "/assignments", erp());
        assertThat(assignments.status()).as(describe(assignments)).isEqualTo(200);
        assertThat((JsonArray) assignments.jsonValue()).as("never routed").isEmpty();
        assertThat(count("select count(*) from lead_assignment where lead_id = ?", id)).isZero();
    }

    @Test
    @DisplayName("L11: contacted, qualified, converted; bad input (disqualify without reason, past close date) -> 400")
    void aLeadIsWorkedForwardToConversion() {
        var offer = offer("Worked");
        var path = LEADS + "/" + offer.lead();
        var token = offer.holder().token();
        assertThat(post(path + "/acceptance", token).status()).isEqualTo(200);

        var noReason = post(path + "/status", json("status", "DISQUALIFIED", "note", "meh"), token);
        assertThat(fields(assertProblem(noReason, 400).getJsonArray("errors"))).contains("reason");
        var unknown = post(path + "/status", json("status", "WON"), token);
        assertProblem(unknown, 400);
        assertThat(status(offer.lead())).isEqualTo("ACCEPTED");

        var contacted = post(path + "/status", json("status", "CONTACTED", "note", "called on Monday"), token);
        assertThat(contacted.status()).as(describe(contacted)).isEqualTo(200);
        assertThat(contacted.json().getString("status")).isEqualTo("CONTACTED");
        assertThat(contacted.json().getString("statusNote")).isEqualTo("called on Monday");
        var qualified = post(path + "/status", json("status", "QUALIFIED"), token);
        assertThat(qualified.status()).as(describe(qualified)).isEqualTo(200);
        assertProblem(post(path + "/status", json("status", "CONTACTED"), token), 409);

        var today = LocalDate.now(ZoneOffset.UTC);
        var past = post(path + "/conversion", json("value", new BigDecimal("25000.00"), "currency", "EUR",
                "expectedCloseDate", today.minusDays(1).toString()), token);
        assertThat(fields(assertProblem(past, 400).getJsonArray("errors"))).contains("expectedCloseDate");
        assertProblem(post(path + "/conversion", json("value", new BigDecimal("0"), "currency", "EUR",
                "expectedCloseDate", today.plusDays(30).toString()), token), 400);
        assertProblem(post(path + "/conversion", json("value", new BigDecimal("10"), "currency", "EUR",
                "expectedCloseDate", "31.12.2030"), token), 400);
        assertThat(status(offer.lead())).isEqualTo("QUALIFIED");

        var converted = post(path + "/conversion", json("value", new BigDecimal("25000.00"), "currency", "eur",
                "expectedCloseDate", today.plusDays(30).toString(), "note", "PO expected"), token);
        assertThat(converted.status()).as(describe(converted)).isEqualTo(200);
        var lead = converted.json();
        assertThat(lead.getString("status")).isEqualTo("CONVERTED");
        assertThat(lead.getJsonNumber("opportunityValue").bigDecimalValue()).isEqualByComparingTo("25000");
        assertThat(lead.getString("opportunityCurrency")).isEqualTo("EUR");
        assertThat(lead.getString("expectedCloseDate")).isEqualTo(today.plusDays(30).toString());
        assertProblem(post(path + "/status", json("status", "QUALIFIED"), token), 409);
        assertThat(count("select count(*) from lead_assignment where lead_id = ? and converted_at is not null "
                + "and end_reason = 'CLOSED'", offer.lead())).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where subject_id = ? and action in ('statusChanged', "
                + "'converted')", offer.lead().toString())).isEqualTo(3);
    }

    /**
     * L11 and P2: an opportunity value the database cannot hold (NUMERIC(15,2), the same bound rule L1 puts on an
     * estimated value) is the client's mistake: 400, not an unexpected error.
     */
    @Test
    @DisplayName("L11: an opportunity value of 10^13 or more is refused with 400, the lead unchanged")
    void aTooLargeOpportunityValueIs400() {
        var offer = offer("Huge");
        var path = LEADS + "/" + offer.lead();
        var token = offer.holder().token();
        assertThat(post(path + "/acceptance", token).status()).isEqualTo(200);

        var reply = post(path + "/conversion", json("value", new BigDecimal("10000000000000"), "currency", "EUR",
                "expectedCloseDate", LocalDate.now(ZoneOffset.UTC).plusDays(10).toString()), token);

        assertProblem(reply, 400);
        assertThat(status(offer.lead())).isEqualTo("ACCEPTED");
    }

    @Test
    @DisplayName("L11: disqualifying with a reason closes the lead")
    void aLeadIsDisqualifiedWithAReason() {
        var offer = offer("Disqualified");
        var path = LEADS + "/" + offer.lead();
        var token = offer.holder().token();
        assertThat(post(path + "/acceptance", token).status()).isEqualTo(200);

        var reply = post(path + "/status", json("status", "DISQUALIFIED", "reason", "no budget"), token);

        assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
        assertThat(reply.json().getString("status")).isEqualTo("DISQUALIFIED");
        assertThat(reply.json().getString("disqualifyReason")).isEqualTo("no budget");
        assertThat(LeadFixture.string("select end_reason from lead_assignment where lead_id = ?", offer.lead()))
                .isEqualTo("CLOSED");
        assertProblem(post(path + "/conversion", json("value", new BigDecimal("10"), "currency", "EUR",
                "expectedCloseDate", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString()), token), 409);
    }

    // ------------------------------------------------------------------------------------------------ reading

    @Test
    @DisplayName("Lists page and filter (status, country, productLine, updatedSince); bad paging is 400")
    void listsPageAndFilter() {
        var offer = offer("Listed");

        var byCountry = Http.get(LEADS + "?country=" + country.toLowerCase(Locale.ROOT)
                + "&status=OFFERED&productLine=networking&size=200", erp());
        assertThat(byCountry.status()).as(describe(byCountry)).isEqualTo(200);
        var items = byCountry.json().getJsonArray("items");
        assertThat(ids(items)).as("newest change first: the new lead is on the first page")
                .contains(offer.lead().toString());
        assertThat(items.stream().map(JsonObject.class::cast)).allMatch(l -> l.getString("country").equals(country)
                && l.getString("status").equals("OFFERED") && l.getString("productLine").equals("NETWORKING"));

        var onePerPage = Http.get(LEADS + "?country=" + country + "&size=1&page=1", erp()).json();
        assertThat(onePerPage.getJsonArray("items")).hasSize(1);
        assertThat(onePerPage.getInt("page")).isEqualTo(1);
        assertThat(onePerPage.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        var none = Http.get(LEADS + "?updatedSince=2100-01-01T00:00:00Z", erp()).json();
        assertThat(none.getJsonArray("items")).isEmpty();
        var storage = Http.get(LEADS + "?productLine=STORAGE&country=" + country + "&size=200", erp());
        assertThat(ids(storage.json().getJsonArray("items"))).doesNotContain(offer.lead().toString());

        for (var bad : List.of("?size=0", "?size=201", "?page=-1", "?page=x", "?status=BOGUS",
                "?updatedSince=yesterday", "?productLine=TOASTERS")) {
            assertProblem(Http.get(LEADS + bad, erp()), 400);
        }
        assertProblem(Http.get(LEADS + "/not-a-uuid", erp()), 404);
    }

    // ------------------------------------------------------------------------------------------------ roles

    @Test
    @DisplayName("Roles: partner-api may not manage rules, imports, sweeps; the ERP may not manage rules; no token 401")
    void roleBoundaries() {
        var partner = retailer.token();
        var rule = json("name", "IT forbidden " + LeadFixture.token(), "countries", List.of(country),
                "strategy", "ROUND_ROBIN", "acceptSlaHours", 24, "followUpSlaHours", 24);

        assertProblem(post(RULES, rule, partner), 403);
        assertProblem(post(RULES, rule, erp()), 403);
        assertProblem(csv("company,country,product_line\nForbidden " + LeadFixture.token() + "," + country
                + ",CLOUD\n", partner), 403);
        assertProblem(post(SWEEPS, partner), 403);
        var someLead = offer("Roles").lead();
        assertProblem(Http.get(LEADS + "/" + someLead + "/assignments", partner), 403);
        assertProblem(post(LEADS + "/" + someLead + "/acceptance", erp()), 403);
        assertThat(count("select count(*) from routing_rule where name like 'IT forbidden %'")).isZero();

        // a person's token (partner-admin) is for the portal, not for the leads API
        assertProblem(Http.get(LEADS, personToken), 403);

        for (var reply : List.of(Http.get(LEADS, null), post(LEADS, lead("No Token AG", country, "x@it.example"), null),
                post(SWEEPS, null), post(RULES, rule, null),
                csv("company,country,product_line\nX," + country + ",CLOUD\n", null),
                Http.get(LEADS + "/" + someLead, null))) {
            assertProblem(reply, 401);
        }
        assertThat(count("select count(*) from sales_lead where company = 'No Token AG'")).isZero();
    }

    // ------------------------------------------------------------------------------------------------ imports

    private static final String HEADER = "company,contact_name,contact_email,contact_phone,contact_title,country,"
            + "region,postal_code,product_line,estimated_value,currency,source,notes\n";

    @Test
    @DisplayName("L1/L2: an import reports every bad row with its line; importing the same file again creates nothing")
    void anImportReportsBadRowsAndIsNotRepeated() {
        var t = LeadFixture.token();
        var source = "IT import " + t;
        var rest = "," + country + ",,,SECURITY,";
        var file = HEADER
                + "Good One " + t + " AG,Anna,good1-" + t + "@it.example,," + rest + "1000,EUR," + source + ",\n"
                + "Bad Mail " + t + " AG,Bob,not-an-email,," + rest + ",," + source + ",\n"
                + ",Carl,nocompany-" + t + "@it.example,," + rest + ",," + source + ",\n"
                + "Nowhere " + t + " AG,Dora,nowhere-" + t + "@it.example,,,XX,,,SECURITY,,," + source + ",\n"
                + "Good Two " + t + " AG,Eve,good2-" + t + "@it.example,," + rest + ",," + source + ",\n"
                + "Good Two Again " + t + " AG,Eve,good2-" + t + "@it.example,," + rest + ",," + source + ",\n";

        var first = runImport(file, "leads-" + t + ".csv");

        assertThat(first.getInt("created")).as(first.toString()).isEqualTo(2);
        assertThat(first.getInt("rejected")).as(first.toString()).isEqualTo(3);
        assertThat(first.getInt("duplicates")).as(first.toString()).isEqualTo(1);
        assertThat(first.getInt("percent")).isEqualTo(100);
        var issues = issues(first);
        assertThat(issues.keySet()).as(first.toString()).containsExactlyInAnyOrder(3, 4, 5, 7);
        assertThat(issues.get(3).getString("kind")).isEqualTo("REJECTED");
        assertThat(issues.get(3).getString("reason")).contains("e-mail").contains("not-an-email");
        assertThat(issues.get(4).getString("reason")).contains("company is missing");
        assertThat(issues.get(5).getString("reason")).contains("country 'XX'");
        assertThat(issues.get(7).getString("kind")).isEqualTo("DUPLICATE");
        assertThat(count("select count(*) from sales_lead where source = ?", source)).isEqualTo(2);
        assertThat(count("select count(*) from sales_lead where company in (?, ?)", "Good One " + t + " AG",
                "Good Two " + t + " AG")).isEqualTo(2);

        var again = runImport(file, "leads-" + t + ".csv");

        assertThat(again.getInt("created")).as("the same file again: " + again).isZero();
        assertThat(again.getInt("duplicates")).as(again.toString()).isEqualTo(3);
        assertThat(again.getInt("rejected")).isEqualTo(3);
        assertThat(issues(again).keySet()).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7);
        assertThat(count("select count(*) from sales_lead where source = ?", source)).isEqualTo(2);
    }

    @Test
    @DisplayName("L1: a file with the wrong columns, an empty body or Latin-1 bytes is refused whole (400)")
    void unreadableFilesAreRefusedWhole() {
        var t = LeadFixture.token();

        var columns = csv("name,email,land\nColumns " + t + ",c-" + t + "@it.example," + country + "\n", erp());
        assertThat(assertProblem(columns, 400).getString("detail")).as(columns.body())
                .contains("missing company, country, product_line").contains("'name'");

        var empty = csv("", erp());
        assertThat(assertProblem(empty, 400).getString("detail")).containsIgnoringCase("empty");

        var latin1 = send(Http.request(IMPORTS + "?fileName=latin1-" + t + ".csv").header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + erp()).POST(HttpRequest.BodyPublishers.ofByteArray(
                        (HEADER + "Müller " + t + " GmbH,Jörg Müller,j-" + t + "@it.example,,," + country
                                + ",,,CLOUD,,,,\n")
                                .getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(assertProblem(latin1, 400).getString("detail")).contains("UTF-8").contains("line 2");

        assertThat(count("select count(*) from sales_lead where company like ?", "% " + t + "%")).isZero();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A new lead of this class, routed to one of its two partners. */
    private static Offer offer(String label) {
        var t = LeadFixture.token();
        var company = label + " " + t + " AG";
        var email = label.toLowerCase(Locale.ROOT) + "-" + t + "@it.example";
        var id = createLead(lead(company, country, email));
        var holder = holder(id);
        assertThat(holder).as("the %s rule offered %s to one of this class's partners (%s)", country, company,
                asErp(id))
                .isIn(retailer.id(), agent.id());
        return holder.equals(retailer.id()) ? new Offer(id, company, email, retailer, agent)
                : new Offer(id, company, email, agent, retailer);
    }

    private static Http.Reply csv(String content, String token) {
        var request = Http.request(IMPORTS).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request);
    }

    private static Http.Reply send(HttpRequest.Builder request) {
        return Http.send(request);
    }

    /** Uploads the file and polls its progress until it is DONE. */
    private static JsonObject runImport(String content, String fileName) {
        var started = Http.send(Http.request(IMPORTS + "?fileName=" + fileName).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + erp())
                .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)));
        assertThat(started.status()).as(describe(started)).isEqualTo(202);
        var location = started.header("Location");
        assertThat(location).as("Location of the import").contains(IMPORTS + "/");
        var progress = new JsonObject[1];
        LeadFixture.await("import " + location + " DONE", Duration.ofSeconds(60), () -> {
            var reply = Http.get(location, erp());
            assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
            progress[0] = reply.json();
            assertThat(progress[0].getString("phase")).as(reply.body()).isNotEqualTo("FAILED");
            return progress[0].getString("phase").equals("DONE");
        });
        assertThat(progress[0].getString("fileName")).isEqualTo(fileName);
        return progress[0];
    }

    private static Map<Integer, JsonObject> issues(JsonObject progress) {
        var byLine = new java.util.TreeMap<Integer, JsonObject>();
        progress.getJsonArray("issues").forEach(v -> byLine.put(v.asJsonObject().getInt("line"), v.asJsonObject()));
        assertThat(byLine).as("one issue per line: " + progress).hasSize(progress.getJsonArray("issues").size());
        return byLine;
    }

    /** A problem+json reply with this status (rule P2: a detail, no internals); returns the problem. */
    private static JsonObject assertProblem(Http.Reply reply, int status) {
        assertThat(reply.status()).as(describe(reply)).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(describe(reply)).startsWith("application/problem+json");
        var problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("detail", "")).as(describe(reply)).isNotBlank();
        assertThat(reply.body().toLowerCase(Locale.ROOT)).as(describe(reply)).doesNotContain("exception")
                .doesNotContain("at org.").doesNotContain("eclipse");
        return problem;
    }

    private static List<String> fields(JsonArray errors) {
        return errors == null ? List.of() : errors.stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static List<String> ids(JsonArray items) {
        return items.stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    private static JsonObject find(Http.Reply list, UUID lead) {
        assertThat(list.status()).as(describe(list)).isEqualTo(200);
        return list.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(l -> l.getString("id").equals(lead.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("lead " + lead + " not in " + list.body()));
    }

    private static void assertMasked(JsonObject lead, List<String> hidden, String what) {
        assertThat(lead.getString("status")).isEqualTo("OFFERED");
        assertThat(lead.getBoolean("contactHidden", false)).as("contactHidden: " + what).isTrue();
        var shown = new ArrayList<String>();
        hidden.forEach(name -> {
            if (lead.containsKey(name) && !lead.isNull(name)) {
                shown.add(name);
            }
        });
        assertThat(shown).as("L9: fields shown before acceptance: " + what).isEmpty();
        assertThat(lead.getString("company")).isNotBlank();
        assertThat(lead.getString("country")).isEqualTo(country);
    }

    private static JsonObject candidate(JsonArray candidates, Side side) {
        return candidates.stream().map(JsonObject.class::cast)
                .filter(c -> side.id().toString().equals(c.getString("partnerId", null))).findFirst()
                .orElseThrow(() -> new AssertionError(side.partner().name() + " not among the candidates "
                        + candidates));
    }

    private static String verdict(JsonArray candidates, Side side) {
        return candidate(candidates, side).getString("verdict");
    }
}
