package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.channelport.it.DealFixture.DEALS;
import static org.channelport.it.DealFixture.PRICING;
import static org.channelport.it.DealFixture.SWEEPS;
import static org.channelport.it.DealFixture.approved;
import static org.channelport.it.DealFixture.assertNoInternals;
import static org.channelport.it.DealFixture.assertProblem;
import static org.channelport.it.DealFixture.deal;
import static org.channelport.it.DealFixture.decide;
import static org.channelport.it.DealFixture.line;
import static org.channelport.it.DealFixture.post;
import static org.channelport.it.DealFixture.register;
import static org.channelport.it.DealFixture.today;
import static org.channelport.it.DealFixture.word;
import static org.channelport.it.LeadFixture.count;
import static org.channelport.it.LeadFixture.describe;
import static org.channelport.it.LeadFixture.erp;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The deal registrations REST API, black box (rules D1–D12 of the deals context): registration and the conflict check
 * at submission (D1, D3, D5), what a partner learns of a conflict (D4), decisions by channel managers with two
 * approvals above the threshold (D6), questions and resubmission (D2), extension, expiry and closure (D7, D8), special
 * pricing within authority (D9), attachments (D10), change polling (D12) and tenancy between partners.
 *
 * <p>Fixtures (once, in a real browser): two partners (alpha and beta) each with an API credential, and sessions of
 * the two channel managers ({@code manager}: 15 % discount authority, {@code director}: 40 %). Registrations use
 * countries no other test class uses (the first ones nobody used yet, so the class can run again against the same
 * database) and customer names and domains made of random letters, so that only a test's own registrations compete.
 */
class DealsApiIT {
    private static final String[] COUNTRIES = {"PT", "IE", "GR", "HR", "SI", "SK", "LT", "LV", "BG", "RO", "HU", "CZ"};
    private static String country;
    private static String otherCountry;

    private record Side(PartnerFixture.Partner partner, PartnerFixture.Credential credential) {
        String token() {
            return LeadFixture.token(credential);
        }

        UUID id() {
            return partner.id();
        }
    }

    private static Side alpha;
    private static Side beta;
    private static DealFixture.Manager manager;
    private static DealFixture.Manager director;

    @BeforeAll
    static void twoPartnersAndTwoManagers() {
        Mailbox.server();
        var countries = DealFixture.freshCountries(2, COUNTRIES);
        country = countries.get(0);
        otherCountry = countries.get(1);
        var a = PartnerFixture.onboard("RETAILER");
        var b = PartnerFixture.onboard("AGENT");
        alpha = new Side(a, PartnerFixture.createApiCredential(a));
        beta = new Side(b, PartnerFixture.createApiCredential(b));
        manager = new DealFixture.Manager("manager");
        director = new DealFixture.Manager("director");
    }

    @AfterAll
    static void closeSessions() {
        if (manager != null) manager.close();
        if (director != null) director.close();
    }

    private static String customer() {
        return DealFixture.capitalized(word()) + " Industries";
    }

    private static String domain() {
        return word() + ".example";
    }

    // ------------------------------------------------------------------------------------------------ happy path

    @Test
    @DisplayName("D1/D6/D12: register -> SUBMITTED; approve -> APPROVED protected for the tier's days; mail; updatedSince; history")
    void registerApproveAndPollTheChange() {
        var company = customer();
        var reply = post(DEALS, deal(company, domain(), country).build().toString(), alpha.token());

        assertThat(reply.status()).as(describe(reply)).isEqualTo(201);
        var body = reply.json();
        var id = body.getString("id");
        assertThat(reply.header("Location")).endsWith(DEALS + "/" + id);
        assertThat(body.getString("status")).isEqualTo("SUBMITTED");
        assertThat(body.getString("reference")).matches("DR-[0-9]+");
        assertThat(body.getBoolean("possibleConflict")).isFalse();
        assertThat(body.getString("company")).isEqualTo(company);
        assertThat(body.getString("expectedCloseDate")).isEqualTo(today().plusDays(60).toString());
        assertThat(body.getJsonNumber("estimatedValue").bigDecimalValue()).isEqualByComparingTo("50000");
        assertThat(body.getJsonArray("lines").getJsonObject(0).getString("productLine")).isEqualTo("NETWORKING");
        assertThat(body.containsKey("partnerName")).as("a partner is not told its own name by the API").isFalse();
        assertThat(DealFixture.get(id, erp()).getString("partnerName")).as("the ERP sees whose it is")
                .isEqualTo(alpha.partner().name());

        var since = Instant.now();
        var decision = decide(manager.token(), id, "APPROVE", "Looks good");
        assertThat(decision.status()).as(describe(decision)).isEqualTo(200);
        var expectedEnd = today().plusDays(DealFixture.protectionDays(alpha.id()) - 1L).toString();
        assertThat(decision.json().getString("status")).isEqualTo("APPROVED");
        assertThat(decision.json().getString("protectedUntil")).as("D6: the day of approval counts").isEqualTo(expectedEnd);

        var mail = Mailbox.await(alpha.partner().adminEmail(),
                "Deal registration approved: " + body.getString("reference") + " ", Duration.ofSeconds(60));
        assertThat(Mailbox.body(mail)).contains(body.getString("reference"), expectedEnd);

        var changed = Http.get(DEALS + "?updatedSince=" + since, alpha.token());
        assertThat(changed.status()).as(describe(changed)).isEqualTo(200);
        assertThat(ids(changed.json())).contains(id);
        var updatedAt = Instant.parse(DealFixture.get(id, alpha.token()).getString("updatedAt"));
        var later = Http.get(DEALS + "?updatedSince=" + updatedAt.plusMillis(1), alpha.token());
        assertThat(ids(later.json())).as("D12: nothing changed after the approval").doesNotContain(id);

        var history = Http.get(DEALS + "/" + id + "/history", alpha.token());
        assertThat(history.status()).as(describe(history)).isEqualTo(200);
        var actions = history.jsonValue().asJsonArray().stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertThat(actions).containsSubsequence("submitted", "approved");
    }

    @Test
    @DisplayName("D1: a draft is saved (DRAFT), submitted later, discarded only as a draft; Idempotency-Key replays")
    void draftsAndIdempotentRetries() {
        var company = customer();
        var draft = register(alpha.token(), deal(company, domain(), country).add("draft", true));
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        var submitted = post(DEALS + "/" + draft.getString("id") + "/submission", alpha.token());
        assertThat(submitted.status()).as(describe(submitted)).isEqualTo(200);
        assertThat(submitted.json().getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.json().getBoolean("possibleConflict")).isFalse();
        assertProblem(DealFixture.delete(DEALS + "/" + draft.getString("id"), alpha.token()), 409);

        var other = register(alpha.token(), deal(customer(), domain(), country).add("draft", true));
        assertThat(DealFixture.delete(DEALS + "/" + other.getString("id"), alpha.token()).status()).isEqualTo(204);
        assertProblem(Http.get(DEALS + "/" + other.getString("id"), alpha.token()), 404);

        var json = deal(customer(), domain(), country).build().toString();
        var key = Map.of("Idempotency-Key", "deal-" + word());
        var first = Http.postJson(DEALS, json, alpha.token(), key);
        var retry = Http.postJson(DEALS, json, alpha.token(), key);
        assertThat(first.status()).as(describe(first)).isEqualTo(201);
        assertThat(retry.status()).as(describe(retry)).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(count("select count(*) from deal_registration where customer_company = ?",
                first.json().getString("company"))).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------------ conflicts

    @Test
    @DisplayName("D5: the same domain as another partner's approved registration -> 409, nothing saved, nothing revealed")
    void exactMatchOnAnApprovedRegistrationIsRefused() {
        var domain = domain();
        var a = approved(alpha.token(), manager.token(), deal(customer(), domain, country));
        var before = DealFixture.dealsOf(beta.id());
        var listBefore = Http.get(DEALS + "?size=200", beta.token()).json().getInt("total");

        var refused = post(DEALS, deal(customer(), domain, otherCountry).build().toString(), beta.token());

        assertProblem(refused, 409);
        assertThat(refused.body()).doesNotContain(a.getString("id"), a.getString("reference"), a.getString("company"),
                alpha.partner().name());
        assertThat(DealFixture.dealsOf(beta.id())).as("D5: nothing saved").isEqualTo(before);
        assertThat(Http.get(DEALS + "?size=200", beta.token()).json().getInt("total")).isEqualTo(listBefore);
    }

    @Test
    @DisplayName("D3/D4: the same customer while another partner's is submitted -> HELD; the partner learns nothing of the other")
    void aConflictIsHeldAndRevealsNothingToThePartner() {
        var domain = domain();
        var a = register(alpha.token(), deal("Northwind " + DealFixture.capitalized(word()) + " Trading", domain, country)
                .add("lines", Json.createArrayBuilder().add(line("NETWORKING", "Routers", "77777.77"))));
        assertThat(a.getString("status")).isEqualTo("SUBMITTED");

        var b = register(beta.token(), deal(customer(), domain, country));
        var id = b.getString("id");
        assertThat(b.getString("status")).isEqualTo("HELD");
        assertThat(b.getBoolean("possibleConflict")).isTrue();

        // A's amount as JSON and as pages write it: "77777" alone also matched a timestamp's microseconds (.577777Z)
        var secrets = new String[]{a.getString("id"), a.getString("reference"), a.getString("company"), "77777.77",
                "77,777.77", alpha.partner().name(), alpha.id().toString()};
        var soft = new SoftAssertions();
        var question = decide(manager.token(), id, "REQUEST_INFO", "Who is your contact at the customer?");
        soft.assertThat(question.status()).as(describe(question)).isEqualTo(200);
        for (var reply : List.of(Http.get(DEALS + "/" + id, beta.token()), Http.get(DEALS + "?size=200", beta.token()),
                Http.get(DEALS + "/" + id + "/history", beta.token()))) {
            soft.assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
            soft.assertThat(reply.body()).as("D4").doesNotContain(secrets);
        }
        soft.assertThat(post(DEALS, deal(customer(), domain, country).build().toString(), beta.token()).body())
                .doesNotContain(secrets);
        var mail = Mailbox.await(beta.partner().adminEmail(), "More information needed: " + b.getString("reference") + " ", Duration.ofSeconds(60));
        soft.assertThat(Mailbox.subject(mail) + Mailbox.body(mail)).doesNotContain(secrets);

        var conflicts = Http.get(DEALS + "/" + id + "/conflicts", manager.token());
        soft.assertThat(conflicts.status()).as(describe(conflicts)).isEqualTo(200);
        var rows = conflicts.jsonValue().asJsonArray();
        soft.assertThat(rows.stream().map(v -> v.asJsonObject().getString("reference")).toList())
                .as("D4: managers see the competitor side by side").contains(a.getString("reference"));
        soft.assertThat(conflicts.body()).contains(alpha.partner().name(), a.getString("company"));
        assertProblem(Http.get(DEALS + "/" + id + "/conflicts", beta.token()), 403);
        soft.assertAll();
    }

    @Test
    @DisplayName("D3/D4: another partner's open lead with a similar name -> HELD, the lead side by side; its own lead -> SUBMITTED")
    void anotherPartnersOpenLeadConflicts() {
        var w = DealFixture.capitalized(word());
        var lead = LeadFixture.post("/api/v1/leads", LeadFixture.lead("Lumina " + w + " Foods AG", country,
                "lead-" + w.toLowerCase() + "@it.example"), alpha.token());
        assertThat(lead.status()).as(describe(lead)).isEqualTo(201);
        var leadId = lead.json().getString("id");

        var own = register(alpha.token(), deal("Lumina " + w + " Foods", null, country));
        var other = register(beta.token(), deal("LUMINA " + w.toUpperCase() + " FOODS Ltd", null, country));

        assertThat(own.getString("status")).as("the partner's own lead is no conflict").isEqualTo("SUBMITTED");
        assertThat(other.getString("status")).as("another partner's open lead is").isEqualTo("HELD");
        assertThat(other.toString()).as("D4").doesNotContain(leadId, alpha.partner().name());
        var conflicts = Http.get(DEALS + "/" + other.getString("id") + "/conflicts", manager.token());
        assertThat(conflicts.status()).as(describe(conflicts)).isEqualTo(200);
        assertThat(conflicts.body()).as("the manager sees the lead").contains(leadId);
    }

    @Test
    @DisplayName("D3: a similar name in the same country -> HELD; another country or no shared product line -> SUBMITTED")
    void similarNamesConflictOnlyInTheSameCountryAndProductLine() {
        var w = DealFixture.capitalized(word());
        register(alpha.token(), deal("Acme " + w + " Holdings GmbH", null, country));

        var similar = register(beta.token(), deal("ACME " + w.toUpperCase() + " Holdings", null, country));
        var abroad = register(beta.token(), deal("ACME " + w + " Holdings", null, otherCountry));
        var otherLine = register(beta.token(), deal("Acme " + w + " Holdings", null, country)
                .add("lines", Json.createArrayBuilder().add(line("SERVICES", "Consulting", "1000"))));

        assertThat(similar.getString("status")).as("similar name, same country").isEqualTo("HELD");
        assertThat(abroad.getString("status")).as("similar name, other country").isEqualTo("SUBMITTED");
        assertThat(otherLine.getString("status")).as("no shared product line").isEqualTo("SUBMITTED");
    }

    @Test
    @DisplayName("D3: a name of eight long words, each mistyped at its first letter, still meets the original (every name block counts)")
    void aLongNameMistypedAtTheStartOfEveryWordIsStillSimilar() {
        var words = new java.util.ArrayList<String>();
        var typos = new java.util.ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            var word = DealFixture.capitalized(word()) + word().substring(0, 6); // 16 letters: similarity about 0.75
            words.add(word);
            typos.add((word.charAt(0) == 'Q' ? "Z" : "Q") + word.substring(1));
        }
        register(alpha.token(), deal(String.join(" ", words), null, country));

        // no first-four-letter block is shared: only the blocks of the words' last four letters meet
        var typed = register(beta.token(), deal(String.join(" ", typos), null, country));

        assertThat(typed.getString("status")).as("similar long name, same country").isEqualTo("HELD");
    }

    @Test
    @DisplayName("D4: two partners registering one customer at the same moment: one SUBMITTED, one HELD; only one approval")
    void concurrentRegistrationsSeeEachOther() throws Exception {
        int pairs = 5;
        var alphaToken = alpha.token();
        var betaToken = beta.token();
        var pool = Executors.newFixedThreadPool(pairs * 2);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<List<Future<Http.Reply>>>();
            for (int i = 0; i < pairs; i++) {
                var domain = domain();
                var pair = new ArrayList<Future<Http.Reply>>();
                for (var token : List.of(alphaToken, betaToken)) {
                    var json = deal(customer(), domain, country).build().toString();
                    pair.add(pool.submit(() -> {
                        start.await();
                        return post(DEALS, json, token);
                    }));
                }
                futures.add(pair);
            }
            start.countDown();
            var ids = new ArrayList<List<String>>();
            for (var pair : futures) {
                var replies = List.of(pair.get(0).get(60, TimeUnit.SECONDS), pair.get(1).get(60, TimeUnit.SECONDS));
                replies.forEach(r -> assertThat(r.status()).as(describe(r)).isEqualTo(201));
                assertThat(replies.stream().map(r -> r.json().getString("status")).toList())
                        .as("the second of a pair sees the first").containsExactlyInAnyOrder("SUBMITTED", "HELD");
                ids.add(replies.stream().map(r -> r.json().getString("id")).toList());
            }

            var managerToken = manager.token();
            for (var pair : ids) {
                var go = new CountDownLatch(1);
                var approvals = pair.stream().map(id -> pool.submit(() -> {
                    go.await();
                    return decide(managerToken, id, "APPROVE", null);
                })).toList();
                go.countDown();
                var statuses = new ArrayList<Integer>();
                for (var f : approvals) {
                    var r = f.get(60, TimeUnit.SECONDS);
                    assertNoInternals(r);
                    statuses.add(r.status());
                }
                assertThat(statuses).as("D5: never two protections of one customer").containsExactlyInAnyOrder(200, 409);
                var approved = pair.stream().filter(id -> "APPROVED".equals(DealFixture.get(id, erp())
                        .getString("status"))).count();
                assertThat(approved).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------------------------ decisions

    @Test
    @DisplayName("D6: above the USD threshold a first approval waits for a second manager; the same manager again -> 403")
    void twoManagersApproveAboveTheThreshold() {
        var id = register(alpha.token(), deal(customer(), domain(), country).add("lines", Json.createArrayBuilder()
                .add(line("NETWORKING", "Core", "200000")).add(line("STORAGE", "Arrays", "100000.50"))))
                .getString("id");

        var first = decide(manager.token(), id, "APPROVE", "first");
        assertThat(first.status()).as(describe(first)).isEqualTo(200);
        assertThat(first.json().getString("status")).isEqualTo("AWAITING_SECOND_APPROVAL");
        assertThat(first.json().containsKey("protectedUntil")).isFalse();

        assertProblem(decide(manager.token(), id, "APPROVE", "again"), 403);
        assertThat(DealFixture.get(id, erp()).getString("status")).isEqualTo("AWAITING_SECOND_APPROVAL");

        var second = decide(director.token(), id, "APPROVE", "second");
        assertThat(second.status()).as(describe(second)).isEqualTo(200);
        assertThat(second.json().getString("status")).isEqualTo("APPROVED");
    }

    @Test
    @DisplayName("D2: a question -> INFO_REQUESTED; the partner edits and resubmits; the history keeps the question")
    void requestInformationEditAndResubmit() {
        var domain = domain();
        var registered = register(alpha.token(), deal(customer(), domain, country));
        var id = registered.getString("id");
        var reference = registered.getString("reference") + " ";
        var question = "Which products exactly " + word() + "?";
        var asked = decide(manager.token(), id, "REQUEST_INFO", question);
        assertThat(asked.status()).as(describe(asked)).isEqualTo(200);
        assertThat(asked.json().getString("status")).isEqualTo("INFO_REQUESTED");
        Mailbox.await(alpha.partner().adminEmail(), "More information needed: " + reference, Duration.ofSeconds(60));

        var company = customer();
        var edited = DealFixture.put(DEALS + "/" + id, deal(company, domain, country).add("stage", "PROPOSAL")
                .add("notes", "Answer: 48 core switches").build().toString(), alpha.token());
        assertThat(edited.status()).as(describe(edited)).isEqualTo(200);
        assertThat(edited.json().getString("company")).isEqualTo(company);
        assertThat(edited.json().getString("stage")).isEqualTo("PROPOSAL");

        var again = post(DEALS + "/" + id + "/submission", alpha.token());
        assertThat(again.status()).as(describe(again)).isEqualTo(200);
        assertThat(again.json().getString("status")).isEqualTo("SUBMITTED");

        var history = Http.get(DEALS + "/" + id + "/history", alpha.token());
        assertThat(history.body()).contains(question);
        var actions = history.jsonValue().asJsonArray().stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertThat(actions).containsSubsequence("submitted", "informationRequested", "edited", "resubmitted");

        var noReason = decide(manager.token(), id, "REJECT", null);
        assertProblem(noReason, 400);
        assertThat(noReason.body()).contains("reason");
        assertThat(DealFixture.get(id, alpha.token()).getString("status")).isEqualTo("SUBMITTED");
        var rejected = decide(manager.token(), id, "REJECT", "Customer is served directly");
        assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
        Mailbox.await(alpha.partner().adminEmail(), "Deal registration rejected: " + reference, Duration.ofSeconds(60));
        assertProblem(DealFixture.put(DEALS + "/" + id, deal(company, domain, country).build().toString(),
                alpha.token()), 409);
    }

    @Test
    @DisplayName("D6: only channel managers decide: partner systems and the ERP get 403")
    void partnersAndTheErpCannotDecide() {
        var id = register(alpha.token(), deal(customer(), domain(), country)).getString("id");

        assertProblem(decide(alpha.token(), id, "APPROVE", null), 403);
        assertProblem(decide(erp(), id, "APPROVE", null), 403);
        assertProblem(post(DEALS + "/" + id + "/extension/decision", "{\"approve\":true}", alpha.token()), 403);
        assertProblem(post(PRICING + "/" + UUID.randomUUID() + "/decision", "{\"decision\":\"APPROVE\"}",
                alpha.token()), 403);
        assertProblem(post(DEALS, deal(customer(), domain(), country).build().toString(), erp()), 403);
        assertThat(DealFixture.get(id, alpha.token()).getString("status")).isEqualTo("SUBMITTED");
    }

    // ------------------------------------------------------------------------------------------------ tenancy

    @Test
    @DisplayName("D4: another partner's registration, files and history are 'not found' on every path, with no data")
    void aPartnerCannotReachAnotherPartnersRegistration() {
        var since = Instant.now().minusSeconds(1);
        var a = register(alpha.token(), deal(customer(), domain(), country).add("draft", true));
        var id = a.getString("id");
        var upload = DealFixture.upload(DEALS + "/" + id + "/attachments?name=offer.pdf", pdf(), "application/pdf",
                alpha.token());
        assertThat(upload.status()).as(describe(upload)).isEqualTo(201);
        var attachment = upload.json().getString("id");
        var own = register(beta.token(), deal(customer(), domain(), country)).getString("id");
        var b = beta.token();
        var body = deal(customer(), domain(), country).build().toString();

        var replies = List.of(
                Http.get(DEALS + "/" + id, b),
                DealFixture.put(DEALS + "/" + id, body, b),
                post(DEALS + "/" + id + "/submission", b),
                DealFixture.delete(DEALS + "/" + id, b),
                DealFixture.upload(DEALS + "/" + id + "/attachments?name=x.pdf", pdf(), "application/pdf", b),
                Http.get(DEALS + "/" + id + "/attachments", b),
                Http.get(DEALS + "/" + id + "/attachments/" + attachment, b),
                Http.get(DEALS + "/" + own + "/attachments/" + attachment, b),
                Http.get(DEALS + "/" + id + "/history", b),
                Http.get(DEALS + "/" + id + "/pricing-requests", b),
                post(DEALS + "/" + id + "/extension", "{\"reason\":\"more time\"}", b),
                post(DEALS + "/" + id + "/closure", "{\"outcome\":\"LOST\",\"reason\":\"x\"}", b));
        var soft = new SoftAssertions();
        for (var reply : replies) {
            soft.assertThat(reply.status()).as(describe(reply)).isEqualTo(404);
            soft.assertThat(reply.body()).doesNotContain(a.getString("company"), a.getString("reference"), "%PDF");
        }
        var list = Http.get(DEALS + "?updatedSince=" + since + "&size=200", b);
        soft.assertThat(ids(list.json())).contains(own).doesNotContain(id);
        soft.assertThat(list.body()).doesNotContain(a.getString("company"));
        soft.assertAll();
        assertThat(DealFixture.get(id, alpha.token()).getString("status")).as("nothing changed").isEqualTo("DRAFT");
        assertThat(count("select count(*) from deal_attachment where deal_id = ?", UUID.fromString(id))).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------------ lifecycle

    @Test
    @DisplayName("D7/D8: one extension (+30 days once approved), a second request -> 409; closed WON with the amount")
    void extensionOnceThenWon() {
        var a = approved(alpha.token(), manager.token(), deal(customer(), domain(), country));
        var id = a.getString("id");
        var until = java.time.LocalDate.parse(a.getString("protectedUntil"));

        var asked = post(DEALS + "/" + id + "/extension", "{\"reason\":\"Customer board meets later\"}", alpha.token());
        assertThat(asked.status()).as(describe(asked)).isEqualTo(200);
        assertProblem(post(DEALS + "/" + id + "/extension", "{\"reason\":\"again\"}", alpha.token()), 409);

        var decided = post(DEALS + "/" + id + "/extension/decision", "{\"approve\":true,\"note\":\"ok\"}",
                manager.token());
        assertThat(decided.status()).as(describe(decided)).isEqualTo(200);
        assertThat(decided.json().getString("protectedUntil")).isEqualTo(until.plusDays(30).toString());
        Mailbox.await(alpha.partner().adminEmail(), "Extension approved: " + a.getString("reference") + " ",
                Duration.ofSeconds(60));

        var won = post(DEALS + "/" + id + "/closure", "{\"outcome\":\"WON\",\"amount\":48000.50}", alpha.token());
        assertThat(won.status()).as(describe(won)).isEqualTo(200);
        assertThat(won.json().getString("status")).isEqualTo("WON");
        assertThat(won.json().getJsonNumber("closedAmount").bigDecimalValue()).isEqualByComparingTo("48000.50");
    }

    @Test
    @DisplayName("D8: LOST needs a reason (400 without); a lost registration no longer blocks another partner")
    void lostNeedsAReasonAndNoLongerBlocks() {
        var domain = domain();
        var id = approved(alpha.token(), manager.token(), deal(customer(), domain, country)).getString("id");

        var noReason = post(DEALS + "/" + id + "/closure", "{\"outcome\":\"LOST\"}", alpha.token());
        assertProblem(noReason, 400);
        assertThat(noReason.body()).contains("reason");
        assertThat(DealFixture.get(id, alpha.token()).getString("status")).isEqualTo("APPROVED");

        var lost = post(DEALS + "/" + id + "/closure", "{\"outcome\":\"LOST\",\"reason\":\"Budget cut\"}", alpha.token());
        assertThat(lost.json().getString("status")).isEqualTo("LOST");
        assertThat(register(beta.token(), deal(customer(), domain, country)).getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    @DisplayName("D7: the day after the last protected day the sweep expires the registration, mails it, and it no longer blocks")
    void expiryBySweep() {
        var domain = domain();
        var a = approved(alpha.token(), manager.token(), deal(customer(), domain, country));
        var id = a.getString("id");
        assertThat(LeadFixture.update("update deal_registration set protected_until = ? where id = ?",
                today().minusDays(1), UUID.fromString(id))).isEqualTo(1);

        var sweep = post(SWEEPS, erp());
        assertThat(sweep.status()).as(describe(sweep)).isEqualTo(200);
        assertThat(sweep.json().getInt("expired")).isGreaterThanOrEqualTo(1);
        assertThat(sweep.json().containsKey("reminded")).isTrue();
        assertThat(DealFixture.get(id, alpha.token()).getString("status")).isEqualTo("EXPIRED");
        var mail = Mailbox.await(alpha.partner().adminEmail(), "Protection expired: " + a.getString("reference") + " ",
                Duration.ofSeconds(60));
        assertThat(Mailbox.subject(mail)).contains(a.getString("reference"));
        assertProblem(post(SWEEPS, alpha.token()), 403);

        assertThat(register(beta.token(), deal(customer(), domain, country)).getString("status"))
                .as("D8: an expired registration no longer blocks").isEqualTo("SUBMITTED");
    }

    // ------------------------------------------------------------------------------------------------ pricing

    @Test
    @DisplayName("D9: 12 % approved by the manager; 30 % beyond its authority -> 403, escalated, approved by the director")
    void specialPricingWithinAuthority() {
        var deal = approved(alpha.token(), manager.token(), deal(customer(), domain(), country)
                .add("lines", Json.createArrayBuilder().add(line("NETWORKING", "Core", "100000"))));
        var id = deal.getString("id");
        var path = DEALS + "/" + id + "/pricing-requests";

        var twelve = post(path, pricing("NETWORKING", "PERCENT", "12"), alpha.token());
        assertThat(twelve.status()).as(describe(twelve)).isEqualTo(201);
        assertThat(twelve.json().getString("status")).isEqualTo("REQUESTED");
        var approved = post(PRICING + "/" + twelve.json().getString("id") + "/decision", "{\"decision\":\"APPROVE\"}",
                manager.token());
        assertThat(approved.status()).as(describe(approved)).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
        Mailbox.await(alpha.partner().adminEmail(), "Special pricing approved: " + deal.getString("reference") + " ",
                Duration.ofSeconds(60));

        var thirty = post(path, pricing("NETWORKING", "PERCENT", "30"), alpha.token()).json().getString("id");
        assertProblem(post(PRICING + "/" + thirty + "/decision", "{\"decision\":\"APPROVE\"}", manager.token()), 403);
        var escalated = post(PRICING + "/" + thirty + "/decision", "{\"decision\":\"ESCALATE\",\"note\":\"big one\"}",
                manager.token());
        assertThat(escalated.json().getString("status")).as(describe(escalated)).isEqualTo("ESCALATED");
        var byDirector = post(PRICING + "/" + thirty + "/decision", "{\"decision\":\"APPROVE\"}", director.token());
        assertThat(byDirector.status()).as(describe(byDirector)).isEqualTo(200);

        assertProblem(post(path, pricing("NETWORKING", "TARGET_PRICE", "100000"), alpha.token()), 400);
        assertProblem(post(path, pricing("NETWORKING", "TARGET_PRICE", "120000"), alpha.token()), 400);
        var target = post(path, pricing("NETWORKING", "TARGET_PRICE", "90000"), alpha.token());
        assertThat(target.status()).as(describe(target)).isEqualTo(201);
        assertThat(target.json().getJsonNumber("discountPercent").bigDecimalValue()).isEqualByComparingTo("10");

        var list = Http.get(path, alpha.token()).jsonValue().asJsonArray();
        assertThat(list.stream().map(v -> v.asJsonObject().getString("status")).toList())
                .containsExactlyInAnyOrder("APPROVED", "APPROVED", "REQUESTED");
    }

    private static String pricing(String line, String kind, String value) {
        return "{\"productLine\":\"" + line + "\",\"kind\":\"" + kind + "\",\"value\":" + value
                + ",\"justification\":\"Competitive bid\"}";
    }

    // ------------------------------------------------------------------------------------------------ bad input

    @Test
    @DisplayName("D1: every bad input -> 400 problem+json naming the fields, and nothing saved")
    void badInputIsRefusedAndNothingSaved() {
        var before = DealFixture.dealsOf(alpha.id());
        var company = customer();
        var t = alpha.token();
        record Case(String what, String body, List<String> fields) {}
        var cases = List.of(
                new Case("close date in the past", deal(company, domain(), country)
                        .add("expectedCloseDate", today().minusDays(1).toString()).build().toString(),
                        List.of("expectedCloseDate")),
                new Case("not a date", deal(company, domain(), country).add("expectedCloseDate", "2026-13-45")
                        .build().toString(), List.of("expectedCloseDate")),
                new Case("negative amount", deal(company, domain(), country).add("lines", Json.createArrayBuilder()
                        .add(line("NETWORKING", "x", "-5"))).build().toString(), List.of("lines[0].amount")),
                new Case("unknown product line", deal(company, domain(), country).add("lines", Json.createArrayBuilder()
                        .add(line("TOASTERS", "x", "5"))).build().toString(), List.of("lines[0].productLine")),
                new Case("unknown currency", deal(company, domain(), country).add("currency", "XYZ").build().toString(),
                        List.of("currency")),
                new Case("wrong types", deal(company, domain(), country).add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("productLine", "NETWORKING").add("amount", "lots")))
                        .add("country", 42).build().toString(), List.of("lines[0].amount", "country")),
                new Case("control characters", deal(company + "\u0007", domain(), country).add("notes", "a\u0000b")
                        .build().toString(), List.of("company", "notes")),
                new Case("several at once", "{\"company\":\"" + company + "\",\"currency\":\"XYZ\"}",
                        List.of("country", "lines", "currency", "expectedCloseDate", "stage")),
                new Case("malformed JSON", "{\"company\": \"" + company + "\", ", List.of()),
                new Case("not an object", "[1,2]", List.of()),
                new Case("empty body", "", List.of()));
        var soft = new SoftAssertions();
        for (var c : cases) {
            var reply = post(DEALS, c.body(), t);
            soft.assertThat(reply.status()).as(c.what() + ": " + describe(reply)).isEqualTo(400);
            soft.assertThat(reply.header("Content-Type")).as(c.what()).startsWith("application/problem+json");
            soft.assertThat(reply.body()).as(c.what()).doesNotContainIgnoringCase("exception").doesNotContain("at org.");
            if (!c.fields().isEmpty() && reply.status() == 400) {
                var fields = reply.json().getJsonArray("errors").stream()
                        .map(v -> v.asJsonObject().getString("field")).toList();
                soft.assertThat(fields).as(c.what() + ": " + reply.body()).containsAll(c.fields());
            }
        }
        soft.assertAll();
        assertThat(DealFixture.dealsOf(alpha.id())).as("nothing saved").isEqualTo(before);
        assertThat(count("select count(*) from deal_registration where customer_company like ?", company + "%")).isZero();
        assertProblem(Http.get(DEALS + "?status=NOPE", t), 400);
        assertProblem(Http.get(DEALS + "?updatedSince=yesterday", t), 400);
    }

    @Test
    @DisplayName("D1/P10: an amount of 1e999999999 or of 1,101 digits, and 50,000 brackets, are 400 problems, never 500")
    void hostileNumbersAndNestingAreRefusedLikeAnyBadInput() {
        var before = DealFixture.dealsOf(alpha.id());
        var t = alpha.token();
        var draft = register(t, deal(customer(), domain(), country).add("draft", true)).getString("id");
        var soft = new SoftAssertions();
        for (var amount : List.of("1e999999999", "9".repeat(1_101))) {
            var body = deal(customer(), domain(), country).add("lines", Json.createArrayBuilder()
                    .add(line("NETWORKING", "x", amount))).build().toString();
            for (var reply : List.of(post(DEALS, body, t), DealFixture.put(DEALS + "/" + draft, body, t))) {
                soft.assertThat(reply.status()).as(amount.substring(0, 11) + ": " + describe(reply)).isEqualTo(400);
                soft.assertThat(reply.header("Content-Type")).as(amount.substring(0, 11)).startsWith("application/problem+json");
                if (reply.status() == 400) {
                    soft.assertThat(reply.json().getJsonArray("errors").stream()
                            .map(v -> v.asJsonObject().getString("field")).toList())
                            .as(reply.body()).contains("lines[0].amount");
                }
            }
        }
        for (var body : List.of("[".repeat(50_000), "{\"lines\":" + "[".repeat(50_000), "{\"zzz\":[",
                "{\"company\":\"X\",\"lines\":[{\"amount\":" + "[".repeat(40) + "]".repeat(40) + "}]}")) {
            for (var reply : List.of(post(DEALS, body, t), DealFixture.put(DEALS + "/" + draft, body, t))) {
                soft.assertThat(reply.status()).as(body.substring(0, Math.min(12, body.length())) + ": " + describe(reply)).isEqualTo(400);
                soft.assertThat(reply.header("Content-Type")).as(body.substring(0, Math.min(12, body.length()))).startsWith("application/problem+json");
            }
        }
        soft.assertAll();
        assertThat(DealFixture.dealsOf(alpha.id())).as("only the draft was saved").isEqualTo(before + 1);
    }

    @Test
    @DisplayName("D10: PDF/PNG/JPEG whose bytes match the name; a disguised file -> 400; over the limit -> 413; download safely")
    void attachments() {
        var id = register(alpha.token(), deal(customer(), domain(), country)).getString("id");
        var path = DEALS + "/" + id + "/attachments";
        var t = alpha.token();

        var pdf = DealFixture.upload(path + "?name=offer.pdf", pdf(), "application/pdf", t);
        assertThat(pdf.status()).as(describe(pdf)).isEqualTo(201);
        var byHeader = Http.send(Http.request(path).header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"site plan.png\"")
                .header("Authorization", "Bearer " + t).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png())));
        assertThat(byHeader.status()).as(describe(byHeader)).isEqualTo(201);
        assertThat(byHeader.json().getString("fileName")).isEqualTo("site plan.png");

        assertProblem(DealFixture.upload(path + "?name=fake.pdf", png(), "application/pdf", t), 400);
        var exe = new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertProblem(DealFixture.upload(path + "?name=setup.pdf", exe, "application/pdf", t), 400);
        assertProblem(DealFixture.upload(path + "?name=setup.exe", exe, "application/octet-stream", t), 400);
        var big = new byte[6 * 1024 * 1024];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        assertProblem(DealFixture.upload(path + "?name=big.pdf", big, "application/pdf", t), 413);
        assertThat(count("select count(*) from deal_attachment where deal_id = ?", UUID.fromString(id))).isEqualTo(2);

        var list = Http.get(path, t).jsonValue().asJsonArray();
        assertThat(list.stream().map(v -> v.asJsonObject().getString("fileName")).toList())
                .containsExactly("offer.pdf", "site plan.png");
        var download = Http.get(path + "/" + pdf.json().getString("id"), t);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("offer.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.body()).startsWith("%PDF-1.4");
        assertThat(Http.get(path + "/" + pdf.json().getString("id"), erp()).status()).as("the ERP reads all").isEqualTo(200);
        assertProblem(Http.get(path + "/" + UUID.randomUUID(), t), 404);
    }

    @Test
    @DisplayName("Unknown or malformed ids -> 404 problem+json on every path")
    void unknownIdsAreNotFound() {
        var unknown = UUID.randomUUID().toString();
        for (var reply : List.of(Http.get(DEALS + "/" + unknown, alpha.token()), Http.get(DEALS + "/nope", erp()),
                decide(manager.token(), unknown, "APPROVE", null),
                post(DEALS + "/" + unknown + "/submission", alpha.token()),
                Http.get(DEALS + "/" + unknown + "/conflicts", manager.token()),
                post(PRICING + "/" + unknown + "/decision", "{\"decision\":\"APPROVE\"}", manager.token()),
                post(PRICING + "/x/decision", "{\"decision\":\"APPROVE\"}", manager.token()))) {
            assertProblem(reply, 404);
        }
    }

    @Test
    @DisplayName("D11/D4: the ERP lists every partner's registrations with the partner's name; filters combine")
    void theErpListsAllWithFilters() {
        var a = register(alpha.token(), deal(customer(), domain(), country)).getString("id");
        var b = register(beta.token(), deal(customer(), domain(), country).add("stage", "COMMIT")).getString("id");

        var all = Http.get(DEALS + "?country=" + country.toLowerCase() + "&size=200", erp());
        assertThat(all.status()).as(describe(all)).isEqualTo(200);
        assertThat(ids(all.json())).contains(a, b);
        assertThat(all.body()).contains(alpha.partner().name(), beta.partner().name());
        var commit = Http.get(DEALS + "?country=" + country + "&stage=COMMIT&productLine=networking&size=200", erp());
        assertThat(ids(commit.json())).contains(b).doesNotContain(a);
        var own = Http.get(DEALS + "?size=200", alpha.token());
        assertThat(ids(own.json())).contains(a).doesNotContain(b);
        assertThat(own.body()).doesNotContain(beta.partner().name());
    }

    @Test
    @DisplayName("I3: a partner system that names another partner in its input still acts for its own (the token's)")
    void anotherPartnersIdInTheInputIsIgnored() {
        var b = register(beta.token(), deal(customer(), domain(), country)).getString("id");
        var other = beta.id().toString();

        var created = register(alpha.token(), deal(customer(), domain(), country)
                .add("partnerId", other).add("partner_id", other).add("partnerName", beta.partner().name()));
        var headers = Map.of("X-Partner-Id", other);
        var lead = LeadFixture.post("/api/v1/leads", LeadFixture.json("company", "I3 " + word() + " Ltd", "country",
                country, "productLine", "NETWORKING", "partnerId", other), alpha.token(), headers);
        var listed = Http.send(Http.request(DEALS + "?size=200&partnerId=" + other + "&partner_id=" + other)
                .header("Authorization", "Bearer " + alpha.token()).header("X-Partner-Id", other).GET());

        assertThat(LeadFixture.count("select count(*) from deal_registration where id = ? and partner_id = ?",
                UUID.fromString(created.getString("id")), alpha.id())).as("the registration is the token's partner's")
                .isEqualTo(1);
        assertThat(lead.status()).as(describe(lead)).isEqualTo(201);
        assertThat(LeadFixture.holder(UUID.fromString(lead.json().getString("id")))).as("the lead is the token's partner's")
                .isEqualTo(alpha.id());
        assertThat(listed.status()).as(describe(listed)).isEqualTo(200);
        assertThat(ids(listed.json())).as("the list is the token's partner's").contains(created.getString("id"))
                .doesNotContain(b);
        assertThat(listed.body()).doesNotContain(beta.partner().name());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
                0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    }
}
