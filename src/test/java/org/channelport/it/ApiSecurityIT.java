package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The partner directory REST API GET /api/v1/partners[/{id}[/users|/history]], black box: identity rule I2 (bearer
 * tokens only, 401 problem+json and never a login redirect), roles (403), filters and paging, and tenancy rule PA5 (a
 * partner-scoped caller sees only its own organization; a foreign id is 404, indistinguishable from an unknown one).
 *
 * <p>Fixtures (made once, in a real browser, because partners come into being only through approval): an AGENT and a
 * DISTRIBUTOR of their own, an API credential of the agent, and a person's token of the agent's administrator.
 */
class ApiSecurityIT {
    private static final String PARTNERS = "/api/v1/partners";

    private static Instant before;
    private static PartnerFixture.Partner agent;
    private static PartnerFixture.Partner distributor;
    private static PartnerFixture.Credential agentCredential;
    private static String agentAdminToken;

    @BeforeAll
    static void onboardTwoPartners() {
        Mailbox.server();
        before = Instant.now().minusSeconds(2);
        agent = PartnerFixture.onboard("AGENT");
        distributor = PartnerFixture.onboard("DISTRIBUTOR");
        agentCredential = PartnerFixture.createApiCredential(agent);
        agentAdminToken = PartnerFixture.personToken(agent.adminEmail(), agent.password());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // I2: who may call at all

    @Test
    void withoutATokenTheApiAnswers401ProblemWithABearerChallengeAndNeverRedirectsToTheLogin() {
        for (var path : List.of(PARTNERS, PARTNERS + "/" + agent.id(), PARTNERS + "/" + agent.id() + "/users",
                PARTNERS + "/" + agent.id() + "/history")) {
            var reply = Http.get(path, null);

            assertUnauthorized(reply, path);
        }
    }

    /**
     * I2 for every spelling of an /api/ path that the container routes to the API (path parameter, doubled slash, dot
     * segment, percent-encoded letter): 401 problem, never the browser login's 302 to Keycloak.
     */
    @Test
    void nonCanonicalSpellingsOfAnApiPathAlsoAnswer401NotALoginRedirect() {
        for (var path : List.of("/api;x=1/v1/partners", "//api/v1/partners", "/./api/v1/partners",
                "/%61pi/v1/partners", "/api;x=1/v1/partners/" + agent.id())) {
            var reply = Http.get(path, null);

            assertUnauthorized(reply, path);
        }
    }

    /**
     * I2: the API accepts bearer tokens only. A channel manager's browser session (OpenID Connect cookie) must not read
     * the API, whichever spelling of the path the browser requests.
     */
    @Test
    void aBrowserSessionIsNoCredentialForTheApi() {
        try (var browser = Browser.lease()) {
            SignedInBrowsers.signIn(browser, "manager", "demo");
            for (var path : List.of(PARTNERS + "?size=1", "/api;x=1/v1/partners?size=1")) {
                browser.open(path);
                var page = browser.source();

                assertThat(page).as(path + " with a manager's session cookie: " + page).doesNotContain("\"items\"")
                        .doesNotContain("\"total\"");
            }
            browser.logout();
        }
    }

    @Test
    void aGarbageTokenIs401() {
        for (var token : List.of("garbage", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.e30.AAAA")) {
            var reply = Http.get(PARTNERS, token);

            assertUnauthorized(reply, "token " + token);
        }
    }

    /** A real ERP token with one character of its RS256 signature changed: not signed by Keycloak any more. */
    @Test
    void aTokenWithATamperedSignatureIs401() {
        var parts = Http.erpToken().split("\\.");
        var signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        var tampered = parts[0] + "." + parts[1] + "." + new String(signature);

        assertUnauthorized(Http.get(PARTNERS, tampered), "tampered signature");
    }

    /** The genuine claims of an ERP token, but unsigned ("alg":"none"): refused (only RS256 by Keycloak's keys). */
    @Test
    void anUnsignedTokenIs401() {
        var parts = Http.erpToken().split("\\.");
        var header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        var unsigned = header + "." + parts[1] + ".";

        assertUnauthorized(Http.get(PARTNERS, unsigned), "alg none");
    }

    /**
     * The provisioner's service account has no Channelport role. Observed: its token carries aud "realm-management" only,
     * not channelport-api (Keycloak leaves out the channelport client scope, whose role scope mappings it does not
     * match), so I2 refuses it as a token not issued for this API: 401. Were the audience present, the missing role
     * would give 403. Either way a problem and no data.
     */
    @Test
    void aServiceAccountWithoutAChannelportRoleIsRefused() {
        var token = Http.clientToken("channelport-provisioner", "provisioner-dev-secret");

        var reply = Http.get(PARTNERS, token);

        assertNoInternals(reply);
        assertThat(reply.status()).as(describe(reply)).isIn(401, 403);
        assertProblem(reply, reply.status());
        assertThat(reply.body()).as(describe(reply)).doesNotContain(agent.name()).doesNotContain("\"items\"");
    }

    /** A valid token for this API but without erp-integration, partner-api or channel-manager: 403 problem. */
    @Test
    void aPartnerAdministratorsPersonalTokenHasTheWrongRoleFor403() {
        for (var path : List.of(PARTNERS, PARTNERS + "/" + agent.id())) {
            var reply = Http.get(path, agentAdminToken);

            assertProblem(reply, 403);
            assertThat(reply.body()).as(describe(reply)).doesNotContain(agent.name())
                    .as("403 for the role, not a PA3 refusal: " + describe(reply)).doesNotContainIgnoringCase("suspended");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The ERP: all partners, filters and paging

    @Test
    void theErpListsPartnersAsAPage() {
        var reply = Http.get(PARTNERS, Http.erpToken());

        var page = assertOk(reply);
        assertThat(page.keySet()).as(describe(reply)).contains("items", "page", "size", "total");
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(50);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2)
                .isGreaterThanOrEqualTo(page.getJsonArray("items").size());
    }

    @Test
    void pagingWithSize1GivesOneItemAPageAndDifferentItemsOnDifferentPages() {
        var erp = Http.erpToken();
        var first = assertOk(Http.get(PARTNERS + "?size=1&page=0", erp));
        var second = assertOk(Http.get(PARTNERS + "?size=1&page=1", erp));

        assertThat(first.getJsonArray("items")).as(first.toString()).hasSize(1);
        assertThat(first.getInt("size")).isEqualTo(1);
        assertThat(first.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(second.getJsonArray("items")).as(second.toString()).hasSize(1);
        assertThat(second.getInt("page")).isEqualTo(1);
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void updatedSinceJustBeforeTheFixturesFindsBothAndAFutureInstantFindsNeither() {
        var since = allIds("updatedSince=" + before, item -> assertThat(Instant.parse(item.getString("updatedAt")))
                .as(item.toString()).isAfterOrEqualTo(before));
        assertThat(since).contains(agent.id().toString(), distributor.id().toString());

        var future = allIds("updatedSince=" + Instant.now().plus(Duration.ofHours(1)), item -> { });
        assertThat(future).doesNotContain(agent.id().toString(), distributor.id().toString());
    }

    @Test
    void countryFilterIsCaseInsensitiveAndExcludesOtherCountries() {
        for (var country : List.of("DE", "de")) {
            var ids = allIds("updatedSince=" + before + "&country=" + country,
                    item -> assertThat(item.getString("country")).as(item.toString()).isEqualTo("DE"));
            assertThat(ids).as("country=" + country).contains(agent.id().toString(), distributor.id().toString());
        }
        var french = allIds("updatedSince=" + before + "&country=FR",
                item -> assertThat(item.getString("country")).isEqualTo("FR"));
        assertThat(french).doesNotContain(agent.id().toString(), distributor.id().toString());
    }

    @Test
    void typeFilterSeparatesTheAgentFromTheDistributor() {
        var agents = allIds("updatedSince=" + before + "&type=AGENT",
                item -> assertThat(item.getString("type")).as(item.toString()).isEqualTo("AGENT"));
        assertThat(agents).contains(agent.id().toString()).doesNotContain(distributor.id().toString());

        var distributors = allIds("updatedSince=" + before + "&type=distributor",
                item -> assertThat(item.getString("type")).as(item.toString()).isEqualTo("DISTRIBUTOR"));
        assertThat(distributors).contains(distributor.id().toString()).doesNotContain(agent.id().toString());
    }

    @Test
    void tierAndStatusFiltersMatchTheApprovedSilverPartners() {
        var silver = allIds("updatedSince=" + before + "&tier=SILVER&status=ACTIVE", item -> {
            assertThat(item.getString("tier")).as(item.toString()).isEqualTo("SILVER");
            assertThat(item.getString("status")).as(item.toString()).isEqualTo("ACTIVE");
        });
        assertThat(silver).contains(agent.id().toString(), distributor.id().toString());

        var gold = allIds("updatedSince=" + before + "&tier=GOLD",
                item -> assertThat(item.getString("tier")).isEqualTo("GOLD"));
        assertThat(gold).doesNotContain(agent.id().toString(), distributor.id().toString());

        var suspended = allIds("updatedSince=" + before + "&status=SUSPENDED",
                item -> assertThat(item.getString("status")).isEqualTo("SUSPENDED"));
        assertThat(suspended).doesNotContain(agent.id().toString(), distributor.id().toString());
    }

    @Test
    void invalidFilterValuesAre400ProblemsNamingTheParameter() {
        var erp = Http.erpToken();
        var cases = Map.of(
                "type=nope", "type",
                "tier=nope", "tier",
                "status=nope", "status",
                "updatedSince=yesterday", "updatedSince",
                "size=0", "size",
                "size=1000", "size");
        cases.forEach((query, field) -> {
            var reply = Http.get(PARTNERS + "?" + query, erp);

            var problem = assertProblem(reply, 400);
            assertThat(problem.getJsonArray("errors")).as(query + ": " + describe(reply)).isNotNull();
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .as(query + ": " + describe(reply))
                    .extracting(e -> e.getString("field")).containsExactly(field);
        });
    }

    /** A non-numeric paging value is as invalid as size=0: 400 naming the parameter, not "404 Not found". */
    @Test
    void aNonNumericPagingValueIsA400ProblemNamingTheParameter() {
        var erp = Http.erpToken();
        for (var parameter : List.of("size", "page")) {
            var reply = Http.get(PARTNERS + "?" + parameter + "=abc", erp);

            var problem = assertProblem(reply, 400);
            assertThat(problem.getJsonArray("errors")).as(describe(reply)).isNotNull();
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).as(describe(reply))
                    .extracting(e -> e.getString("field")).containsExactly(parameter);
        }
    }

    /**
     * A page far beyond the last one is simply empty (like page=5000000), or refused as invalid; never a server error.
     * page * size must not overflow (10737419 * 200 > Integer.MAX_VALUE).
     */
    @Test
    void aPageFarBeyondTheLastIsEmptyNotAServerError() {
        for (var query : List.of("page=5000000&size=200", "page=10737419&size=200", "page=2147483647&size=200")) {
            var reply = Http.get(PARTNERS + "?" + query, Http.erpToken());

            assertNoInternals(reply);
            assertThat(reply.status()).as(query + ": " + describe(reply)).isIn(200, 400);
            if (reply.status() == 200) {
                assertThat(reply.json().getJsonArray("items")).as(query + ": " + describe(reply)).isEmpty();
            } else {
                assertProblem(reply, 400);
            }
        }
    }

    @Test
    void theErpReadsOnePartnerItsUsersAndItsHistory() {
        var erp = Http.erpToken();
        var partner = assertOk(Http.get(PARTNERS + "/" + agent.id(), erp));
        assertThat(partner.getString("id")).isEqualTo(agent.id().toString());
        assertThat(partner.getString("name")).isEqualTo(agent.name());
        assertThat(partner.getString("type")).isEqualTo("AGENT");
        assertThat(partner.getString("tier")).isEqualTo("SILVER");
        assertThat(partner.getString("taxId")).isEqualTo(agent.taxId());

        var users = assertOkArray(Http.get(PARTNERS + "/" + agent.id() + "/users", erp));
        assertThat(users).as(users.toString()).hasSize(1);
        assertThat(users.get(0).getString("email")).isEqualTo(agent.adminEmail());
        assertThat(users.get(0).getString("role")).isEqualTo("ADMIN");
        assertThat(users.get(0).getString("status")).isEqualTo("ACTIVE");
    }

    /** PA4: approval records the decision, the new partner and the invited administrator in the partner's history. */
    @Test
    void aPartnersHistoryShowsTheApprovalTheCreationAndTheInvitation() {
        var history = assertOkArray(Http.get(PARTNERS + "/" + agent.id() + "/history", Http.erpToken()));

        assertThat(history).as(history.toString()).extracting(e -> e.getString("action"))
                .contains("approved", "created", "invited");
        assertThat(history).as("newest first: " + history)
                .extracting(e -> Instant.parse(e.getString("occurredAt")))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    /**
     * The history begins with the application (the partner has the application's id; the pages have the label
     * history.action.submitted = "Application submitted"): without it nobody can see when and by whom the partner
     * applied.
     */
    @Test
    void aPartnersHistoryIncludesItsApplicationSubmission() {
        var history = assertOkArray(Http.get(PARTNERS + "/" + agent.id() + "/history", Http.erpToken()));

        assertThat(history).as("'submitted' entries in the history of " + agent.id() + ": " + history)
                .filteredOn(e -> "submitted".equals(e.getString("action")))
                .extracting(e -> e.getString("subjectType") + " " + e.getString("subjectId"))
                .containsExactly("PartnerApplication " + agent.id());
    }

    @Test
    void anUnknownOrMalformedPartnerIdIs404() {
        var erp = Http.erpToken();
        for (var path : List.of(PARTNERS + "/" + UUID.randomUUID(), PARTNERS + "/not-a-uuid",
                PARTNERS + "/" + UUID.randomUUID() + "/users", PARTNERS + "/" + UUID.randomUUID() + "/history",
                PARTNERS + "/not-a-uuid/users")) {
            assertProblem(Http.get(path, erp), 404);
        }
    }

    /** P2: a problem's detail tells the client what went wrong; a missing resource is no field error. */
    @Test
    void aNotFoundProblemSaysNotFoundAndNamesNoField() {
        var id = UUID.randomUUID();
        var reply = Http.get(PARTNERS + "/" + id, Http.erpToken());

        var problem = assertProblem(reply, 404);
        assertThat(problem.getString("detail", "")).as(describe(reply)).containsIgnoringCase("not found");
        assertThat(problem.containsKey("errors")).as("a 404 has no field errors: " + describe(reply)).isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PA5: a partner system sees only its own organization

    @Test
    void aPartnerCredentialListsExactlyItsOwnPartner() {
        var token = agentCredential.token();

        var page = assertOk(Http.get(PARTNERS, token));
        assertThat(ids(page)).as(page.toString()).containsExactly(agent.id().toString());
        assertThat(page.getJsonNumber("total").longValue()).as(page.toString()).isEqualTo(1);

        var filtered = assertOk(Http.get(PARTNERS + "?type=DISTRIBUTOR", token));
        assertThat(ids(filtered)).as(filtered.toString()).isEmpty();
        assertThat(filtered.toString()).doesNotContain(distributor.name());
    }

    @Test
    void aPartnerCredentialReadsItsOwnPartnerUsersAndHistory() {
        var token = agentCredential.token();
        var own = PARTNERS + "/" + agent.id();

        assertThat(assertOk(Http.get(own, token)).getString("name")).isEqualTo(agent.name());
        assertThat(assertOkArray(Http.get(own + "/users", token)))
                .extracting(u -> u.getString("email")).containsExactly(agent.adminEmail());
        assertThat(assertOkArray(Http.get(own + "/history", token))).isNotEmpty();
    }

    @Test
    void anotherPartnerIsNotFoundForAPartnerCredentialAndReadsLikeAnUnknownId() {
        var token = agentCredential.token();
        var foreign = distributor.id().toString();
        var unknown = UUID.randomUUID().toString();

        for (var suffix : List.of("", "/users", "/history")) {
            var reply = Http.get(PARTNERS + "/" + foreign + suffix, token);

            assertProblem(reply, 404);
            assertThat(reply.body()).as(describe(reply)).doesNotContain(distributor.name())
                    .doesNotContain(distributor.adminEmail()).doesNotContain(distributor.taxId());
            var unknownReply = Http.get(PARTNERS + "/" + unknown + suffix, token);
            assertThat(reply.body().replace(foreign, "ID")).as("a foreign id must read exactly like an unknown one")
                    .isEqualTo(unknownReply.body().replace(unknown, "ID"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The API description

    @Test
    void theOpenApiDocumentIsPublicAndDescribesBothResources() {
        var reply = Http.get("/openapi", null);

        assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
        assertThat(reply.body()).contains("/api/v1/partners").contains("/api/v1/partner-applications");
        assertNoInternals(reply);
    }

    /**
     * What an ERP team's client generator needs of every operation, until Redocly's lint runs in the build (issue 9,
     * section 3): a unique operationId (11 were duplicated), a summary, security stated (a token, or none for the
     * public application), and its error answers as problem+json (ApiDocumentFilter); the server is the public base
     * URL (P11), not the listener's address.
     */
    @Test
    void everyOperationHasAUniqueIdASummaryAndItsSecurity() {
        var reply = Http.get("/openapi?format=json", null);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
        var document = reply.json();
        assertThat(document.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo(TestEnvironment.BASE_URL);
        assertThat(document.keySet()).as("OpenAPI 3.0's members only (Payara adds 'endpoints')")
                .isSubsetOf("openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs");
        boolean securedByDefault = document.containsKey("security") && !document.getJsonArray("security").isEmpty();
        var ids = new ArrayList<String>();
        var problems = new ArrayList<String>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            var operation = value.asJsonObject();
            var where = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
            if (!operation.containsKey("operationId")) {
                problems.add(where + ": no operationId");
            } else {
                ids.add(operation.getString("operationId"));
            }
            if (operation.getString("summary", "").isBlank()) {
                problems.add(where + ": no summary");
            }
            if (!securedByDefault && !operation.containsKey("security")) {
                problems.add(where + ": no security");
            }
            var responses = operation.getJsonObject("responses");
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                problems.add(where + ": no 4xx answer");
            }
            responses.forEach((code, answer) -> {
                if (code.matches("[45]\\d\\d") && !answer.toString().contains("application/problem+json")) {
                    problems.add(where + ": " + code + " without problem+json");
                }
            });
            if (path.contains("{") && !responses.containsKey("404")) {
                problems.add(where + ": no 404");
            }
        }));
        assertThat(problems).isEmpty();
        assertThat(ids).as("operationIds").hasSizeGreaterThan(40).doesNotHaveDuplicates();
        var application = document.getJsonObject("paths").getJsonObject("/api/v1/partner-applications").getJsonObject("post");
        assertThat(application.getJsonArray("security").toString()).as("the public application needs no token")
                .isEqualTo("[{}]");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    /** Every id on every page of GET /api/v1/partners?query for the ERP; each item is checked on the way. */
    private static List<String> allIds(String query, java.util.function.Consumer<JsonObject> eachItem) {
        var erp = Http.erpToken();
        var ids = new ArrayList<String>();
        for (int page = 0; page < 50; page++) {
            var reply = Http.get(PARTNERS + "?" + query + "&size=200&page=" + page, erp);
            var json = assertOk(reply);
            var items = json.getJsonArray("items").getValuesAs(JsonObject.class);
            items.forEach(eachItem);
            items.forEach(item -> ids.add(item.getString("id")));
            if (items.size() < 200) {
                return ids;
            }
        }
        throw new AssertionError("more than 50 pages for " + query);
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("id")).toList();
    }

    private static JsonObject assertOk(Http.Reply reply) {
        assertNoInternals(reply);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
        assertThat(reply.header("Content-Type")).as(describe(reply)).startsWith("application/json");
        return reply.json();
    }

    private static List<JsonObject> assertOkArray(Http.Reply reply) {
        assertNoInternals(reply);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
        return reply.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
    }

    /** I2: 401, problem+json, a Bearer challenge, and no redirect to the browser login. */
    private static void assertUnauthorized(Http.Reply reply, String what) {
        assertThat(reply.status()).as(what + ": " + describe(reply)).isNotEqualTo(302).isEqualTo(401);
        assertThat(reply.header("Location")).as(what + ": no redirect " + reply.headers()).isNull();
        assertThat(reply.header("WWW-Authenticate")).as(what + ": " + reply.headers()).isNotNull().startsWith("Bearer");
        assertProblem(reply, 401);
    }

    private static JsonObject assertProblem(Http.Reply reply, int status) {
        assertNoInternals(reply);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(describe(reply)).startsWith("application/problem+json");
        var problem = reply.json();
        assertThat(problem.getInt("status", -1)).as(describe(reply)).isEqualTo(status);
        return problem;
    }

    /** P2 on every reply. */
    private static void assertNoInternals(Http.Reply reply) {
        var body = reply.body() == null ? "" : reply.body().toLowerCase(Locale.ROOT);
        for (var word : List.of("exception", "at org.", "at java.", "eclipse", "payara")) {
            assertThat(body).as("P2: the body must not contain '%s': %s", word, describe(reply)).doesNotContain(word);
        }
    }

    private static String describe(Http.Reply reply) {
        return "HTTP " + reply.status() + " " + reply.header("Content-Type") + " body: " + reply.body();
    }

}
