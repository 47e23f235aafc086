package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public application endpoint POST /api/v1/partner-applications, black box: rules PA1 (what an application needs),
 * PA2 (no duplicates of a pending application), P2 (every error is problem+json and shows no internals), P3 (body size
 * limit) and the per-address rate limit. Every test uses its own company names, tax ids, e-mail addresses and
 * X-Forwarded-For address, so tests never share data or a rate-limit bucket.
 */
class PartnerApplicationApiIT {
    private static final String PATH = "/api/v1/partner-applications";
    private static final String MAIL_SUBJECT = "Your Channelport partner application";
    private static final List<String> INTERNALS = List.of("exception", "at org.", "at java.", "eclipse", "payara");
    private static final int MAX_APPLICATIONS_PER_MINUTE = 20;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final int RUN = ThreadLocalRandom.current().nextInt(100, 200);
    private static final int RUN2 = ThreadLocalRandom.current().nextInt(0, 250);

    @BeforeAll
    static void startMailbox() {
        Mailbox.server();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Accepted

    @Test
    void aValidApplicationIsAcceptedStoredAuditedAndAcknowledgedByMail() throws SQLException {
        var data = new Applicant("Valid");

        var reply = post(data.json(), data.address);

        assertNoInternals(reply);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(202);
        assertThat(reply.header("Content-Type")).as(describe(reply)).startsWith("application/json");
        var json = reply.json();
        assertThat(json.getString("status", null)).as(describe(reply)).isEqualTo("SUBMITTED");
        var id = UUID.fromString(json.getString("id"));

        assertThat(count("select count(*) from partner_application where id = ? and status = 'SUBMITTED'"
                + " and company_name = ? and tax_id = ?", id, data.name, data.taxId))
                .as("partner_application row for %s", id).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where subject_id = ? and action = 'submitted'"
                + " and subject_type = 'PartnerApplication'", id.toString()))
                .as("audit_entry 'submitted' for %s", id).isEqualTo(1);

        var mail = Mailbox.await(data.email, MAIL_SUBJECT, Duration.ofSeconds(30));
        assertThat(Mailbox.body(mail).replace("=\r\n", "").replace("=\n", "")).contains(data.name);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PA1: field errors, nothing saved

    @Test
    void anInvalidApplicationGetsA400ProblemNamingEveryBadFieldAndNothingIsSaved() throws SQLException {
        var data = new Applicant("Invalid");
        var body = """
                {"companyName":"   ","type":"AGENT","country":"ZZ","region":"Berlin","productLines":[],
                 "taxId":"%s","website":"ftp://x","contactName":"Ada Tester","contactEmail":"not-an-email",
                 "contactPhone":"abc"}""".formatted(data.taxId);

        var reply = post(body, data.address);

        var problem = assertProblem(reply, 400);
        assertThat(fields(problem)).as(describe(reply)).containsExactlyInAnyOrder(
                "companyName", "country", "contactEmail", "productLines", "website", "contactPhone");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .as("every field error has a message: " + reply.body())
                .allSatisfy(error -> assertThat(error.getString("message", "")).isNotBlank());
        assertNothingSaved(data.taxId);
    }

    @Test
    void anUnknownPartnerTypeIsAFieldErrorOnType() throws SQLException {
        var data = new Applicant("BadType");

        var reply = post(data.json().replace("\"type\":\"AGENT\"", "\"type\":\"WHOLESALER\""), data.address);

        var problem = assertProblem(reply, 400);
        assertThat(fields(problem)).as(describe(reply)).containsExactly("type");
        assertNothingSaved(data.taxId);
    }

    /** PA1: at least one product line; a null or blank entry is a field error like any unknown one, not a 500. */
    @Test
    void aNullOrBlankProductLineIsAFieldErrorNotAServerError() throws SQLException {
        for (var line : List.of("null", "\" \"")) {
            var data = new Applicant("NullLine");
            var body = data.json().replace("\"productLines\":[\"NETWORKING\",\"CLOUD\"]", "\"productLines\":[" + line + "]");
            assertThat(body).contains("\"productLines\":[" + line + "]");

            var reply = post(body, data.address);

            var problem = assertProblem(reply, 400);
            assertThat(fields(problem)).as(describe(reply)).containsExactly("productLines");
            assertNothingSaved(data.taxId);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PA2: duplicates of a pending application

    @Test
    void theSameNormalizedCompanyNameAsAPendingApplicationIsA409OnCompanyName() throws SQLException {
        var stem = "Dupe" + suffix();
        var first = new Applicant("First").named(stem + " GmbH");
        assertThat(post(first.json(), first.address).status()).isEqualTo(202);

        // Other case, punctuation and legal suffix: the same company for PA2.
        var second = new Applicant("Second").named(stem.toUpperCase(Locale.ROOT) + ", Inc.");
        var reply = post(second.json(), second.address);

        var problem = assertProblem(reply, 409);
        assertThat(fields(problem)).as(describe(reply)).containsExactly("companyName");
        assertNothingSaved(second.taxId);
    }

    @Test
    void theSameTaxIdWithOtherPunctuationAndCaseAsAPendingApplicationIsA409OnTaxId() throws SQLException {
        var core = suffix().toUpperCase(Locale.ROOT);
        var first = new Applicant("TaxFirst").withTaxId("DE-" + core + "-77");
        assertThat(post(first.json(), first.address).status()).isEqualTo(202);

        var second = new Applicant("TaxSecond").withTaxId("de." + core.toLowerCase(Locale.ROOT) + " 77");
        var reply = post(second.json(), second.address);

        var problem = assertProblem(reply, 409);
        assertThat(fields(problem)).as(describe(reply)).containsExactly("taxId");
        assertNothingSaved(second.taxId);
        assertThat(count("select count(*) from partner_application where company_name = ?", second.name))
                .as("the refused application is not saved under its name").isZero();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Unreadable bodies (P2) and the size limit (P3)

    @Test
    void malformedJsonIsA400Problem() throws SQLException {
        var data = new Applicant("Malformed");
        var truncated = data.json().substring(0, data.json().length() - 20);

        var reply = post(truncated, data.address);

        assertProblem(reply, 400);
        assertNothingSaved(data.taxId);
    }

    @Test
    void aBodyThatIsNotJsonIsA415Problem() throws SQLException {
        var data = new Applicant("TextPlain");

        var reply = Http.send(Http.request(PATH).header("Content-Type", "text/plain")
                .header("X-Forwarded-For", data.address)
                .POST(HttpRequest.BodyPublishers.ofString(data.json())));

        assertProblem(reply, 415);
        assertNothingSaved(data.taxId);
    }

    /** P3: a valid application padded inside the document beyond 64 KiB, announced with Content-Length. */
    @Test
    void aBodyOver64KiBWithContentLengthIsA413() throws SQLException {
        var data = new Applicant("BigLength");
        var body = data.paddedInside();

        var reply = post(body, data.address);

        assertProblem(reply, 413);
        assertNothingSaved(data.taxId);
    }

    /** P3: the same body streamed (chunked, no Content-Length). */
    @Test
    void aBodyOver64KiBStreamedWithoutLengthIsA413() throws SQLException {
        var data = new Applicant("BigChunked");

        var reply = postStreamed(data.paddedInside(), data.address);

        assertProblem(reply, 413);
        assertNothingSaved(data.taxId);
    }

    /** P3 with Content-Length: a complete application followed by whitespace up to more than 64 KiB. */
    @Test
    void aBodyOver64KiBOfTrailingWhitespaceWithContentLengthIsA413() throws SQLException {
        var data = new Applicant("TrailLength");

        var reply = post(data.paddedAfter(), data.address);

        assertProblem(reply, 413);
        assertNothingSaved(data.taxId);
    }

    /**
     * P3 "whether they announce their length or stream it": the same whitespace-padded body streamed. The limit must
     * not depend on how far the JSON parser happens to read.
     */
    @Test
    void aBodyOver64KiBOfTrailingWhitespaceStreamedWithoutLengthIsA413() throws SQLException {
        var data = new Applicant("TrailChunked");

        var reply = postStreamed(data.paddedAfter(), data.address);

        assertProblem(reply, 413);
        assertNothingSaved(data.taxId);
    }

    /**
     * P3: the limit is the one of the resource method the request reaches, however the path is spelled: a matrix
     * parameter naming another resource (once matched by a suffix test on the path) does not borrow its 32 MiB limit.
     * A spelling with more segments ("…/x/attachments") reaches no resource at all since applications have decision
     * sub-resources: a 404, also before a byte of the body is read; never read or parsed either way.
     */
    @Test
    void aOneMegabyteBodyIsA413WithAMatrixParameterNamingAResourceWithALargerLimit() throws SQLException {
        for (var spelling : List.of(";x=lead-imports", ";x=leads", ";a=1;x=deal-registrations/x/attachments")) {
            var data = new Applicant("Matrix");
            var body = data.paddedInside(1024 * 1024);

            var announced = post(PATH + spelling, body, data.address);
            var streamed = postStreamed(PATH + spelling, body, data.address);

            int expected = spelling.contains("/") ? 404 : 413;
            assertProblem(announced, expected);
            assertProblem(streamed, expected);
            assertNothingSaved(data.taxId);
        }
    }

    /**
     * P10: an unknown member cut off inside an array ({@code {"zzz":[}, eight bytes, no sign-in needed) once kept a
     * request thread spinning at full CPU for good inside JSON-B; it is a 400 at once, and so is deep nesting.
     */
    @Test
    void anUnfinishedOrDeeplyNestedBodyIsA400AtOnce() throws SQLException {
        var data = new Applicant("Unfinished");
        var complete = data.json();
        var bodies = List.of("{\"zzz\":[", "{\"zzz\":{\"a\":", complete.substring(0, complete.length() - 1) + ",\"zzz\":[1,2",
                "[".repeat(50_000), "{\"productLines\":" + "[".repeat(50_000), "[".repeat(40) + "]".repeat(40));
        for (var body : bodies) {
            var reply = post(body, data.address);

            assertProblem(reply, 400);
        }
        assertNothingSaved(data.taxId);
    }

    /** P2: a Content-Type the container cannot parse is a 400 problem, not Payara's HTML error page. */
    @Test
    void anUnparsableContentTypeIsA400Problem() throws SQLException {
        var data = new Applicant("ContentType");
        for (var type : List.of(";;;", "application/", "/json")) {
            var reply = Http.send(Http.request(PATH).header("Content-Type", type)
                    .header("X-Forwarded-For", data.address).POST(HttpRequest.BodyPublishers.ofString(data.json())));

            assertThat(reply.status()).as(type + ": " + describe(reply)).isIn(400, 415);
            assertProblem(reply, reply.status());
        }
        assertNothingSaved(data.taxId);
    }

    /**
     * PA9: a contact name Keycloak's user profile would refuse at approval ("Jo Probe (Ops)") is a field error now;
     * names of any script with apostrophes are accepted.
     */
    @Test
    void aContactNameKeycloakWouldRefuseIsAFieldErrorOnContactName() throws SQLException {
        for (var name : List.of("Jo Probe (Ops)", "Ada <Admin>", "Bob & Co")) {
            var data = new Applicant("PersonName");

            var reply = post(data.json().replace("\"contactName\":\"Ada Tester\"", "\"contactName\":\"" + name + "\""),
                    data.address);

            var problem = assertProblem(reply, 400);
            assertThat(fields(problem)).as(describe(reply)).containsExactly("contactName");
            assertThat(problem.toString()).as(describe(reply)).contains("cannot contain");
            assertNothingSaved(data.taxId);
        }
        for (var name : List.of("陳大文", "O’Brien", "Anne-Marie O'Neil")) {
            var data = new Applicant("GoodName");

            var reply = post(data.json().replace("\"contactName\":\"Ada Tester\"", "\"contactName\":\"" + name + "\""),
                    data.address);

            assertThat(reply.status()).as(name + ": " + describe(reply)).isEqualTo(202);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rate limit: at most 20 applications per minute per client address

    /**
     * Rule P9 over HTTP (the limiter's windows are tried with a moved clock in RateLimiterTest). it-env.sh configures
     * 20 per minute (the built-in default is 10): one address's applications are accepted until it used up its window,
     * then refused with 429 and Retry-After, and nothing of a refused one is saved. Without waiting for a minute to
     * begin: of 41 applications in a row, some minute holds more than 20, whenever the burst starts.
     */
    @Test
    void applicationsOverTheMinutesLimitFromOneAddressAreA429WithRetryAfter() throws SQLException {
        var address = nextAddress();
        Http.Reply refusedReply = null;
        Applicant refused = null;
        long refusedSent = 0;
        int accepted = 0;
        for (int i = 1; i <= 2 * MAX_APPLICATIONS_PER_MINUTE + 1 && refusedReply == null; i++) {
            var data = new Applicant("Rate" + i);
            refusedSent = System.currentTimeMillis();
            var reply = post(data.json(), address);
            assertNoInternals(reply);
            if (reply.status() == 429) {
                refusedReply = reply;
                refused = data;
            } else {
                assertThat(reply.status()).as("application %d from %s: %s", i, address, describe(reply)).isEqualTo(202);
                accepted++;
            }
        }

        assertThat(refusedReply).as("one of %d applications from %s must be refused", 2 * MAX_APPLICATIONS_PER_MINUTE + 1,
                address).isNotNull();
        assertThat(accepted).as("applications accepted before the limit").isBetween(1, 2 * MAX_APPLICATIONS_PER_MINUTE);
        assertProblem(refusedReply, 429);
        var retryAfter = refusedReply.header("Retry-After");
        assertThat(retryAfter).as("Retry-After header: " + refusedReply.headers()).isNotNull().matches("\\d+");
        assertThat(Integer.parseInt(retryAfter)).as("Retry-After seconds").isBetween(1, 60);
        assertNothingSaved(refused.taxId);

        var again = new Applicant("RateAgain");
        var stillRefused = post(again.json(), address);
        // the server runs on this machine's clock: both were counted in the refusal's minute when it had not ended
        if (refusedSent / 60_000 == System.currentTimeMillis() / 60_000) {
            assertProblem(stillRefused, 429);
            assertNothingSaved(again.taxId);
        }

        var other = new Applicant("RateOther");
        var reply = post(other.json(), other.address);
        assertNoInternals(reply);
        assertThat(reply.status()).as("another address has its own bucket: " + describe(reply)).isEqualTo(202);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    /** One applicant's unique data and its own client address. */
    private static final class Applicant {
        final String address = nextAddress();
        String name;
        String taxId;
        final String email;

        Applicant(String label) {
            var suffix = suffix();
            this.name = "ITApp " + label + " " + suffix;
            this.taxId = "APP-" + suffix.toUpperCase(Locale.ROOT);
            this.email = "applicant-" + suffix + "@it.example";
        }

        Applicant named(String companyName) {
            this.name = companyName;
            return this;
        }

        Applicant withTaxId(String value) {
            this.taxId = value;
            return this;
        }

        String json() {
            return PartnerFixture.applicationJson(name, "AGENT", taxId, email);
        }

        /** The application with a 70 000-character unknown property inside the document (ignored by the binding). */
        String paddedInside() {
            return paddedInside(70_000);
        }

        String paddedInside(int padding) {
            var body = json();
            return body.substring(0, body.lastIndexOf('}')) + ",\"padding\":\"" + "x".repeat(padding) + "\"}";
        }

        /** The complete application, then 70 000 spaces. */
        String paddedAfter() {
            return json() + " ".repeat(70_000);
        }
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36) + Integer.toString(ThreadLocalRandom.current().nextInt(1296), 36);
    }

    /** A client address of its own for each applicant (10.1xx.x.x; PartnerFixture uses 10.9.x.x). */
    private static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + RUN + "." + ((RUN2 + n / 250) % 250) + "." + (n % 250 + 1);
    }

    private static Http.Reply post(String json, String address) {
        return post(PATH, json, address);
    }

    /** A JSON body with its length announced, from this client address. */
    private static Http.Reply post(String path, String json, String address) {
        return Http.postJson(path, json, null, Map.of("X-Forwarded-For", address));
    }

    /** Sent with a body of unknown length: HTTP/1.1 chunked transfer encoding, no Content-Length. */
    private static Http.Reply postStreamed(String body, String address) {
        return postStreamed(PATH, body, address);
    }

    private static Http.Reply postStreamed(String path, String body, String address) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(64 * 1024);
        return Http.send(Http.request(path).version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    /** P2 on every reply: no stack trace, exception name or server product in the body. */
    private static void assertNoInternals(Http.Reply reply) {
        var body = reply.body() == null ? "" : reply.body().toLowerCase(Locale.ROOT);
        for (var word : INTERNALS) {
            assertThat(body).as("P2: the response body must not contain '%s': %s", word, describe(reply))
                    .doesNotContain(word);
        }
    }

    /** An RFC 9457 problem with this status (P2); returns the parsed document. */
    private static JsonObject assertProblem(Http.Reply reply, int status) {
        assertNoInternals(reply);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as("problem media type: " + describe(reply))
                .startsWith("application/problem+json");
        var problem = reply.json();
        assertThat(problem.getInt("status", -1)).as(describe(reply)).isEqualTo(status);
        assertThat(problem.getString("title", "")).as(describe(reply)).isNotBlank();
        return problem;
    }

    private static List<String> fields(JsonObject problem) {
        if (!problem.containsKey("errors") || problem.isNull("errors")) {
            return List.of();
        }
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.get("field") instanceof JsonString s ? s.getString() : String.valueOf(e.get("field")))
                .toList();
    }

    private static String describe(Http.Reply reply) {
        return "HTTP " + reply.status() + " " + reply.header("Content-Type") + " X-Correlation-Id="
                + reply.header("X-Correlation-Id") + " body: " + reply.body();
    }

    private static void assertNothingSaved(String taxId) throws SQLException {
        assertThat(count("select count(*) from partner_application where tax_id = ?", taxId))
                .as("no partner_application may be saved with tax id %s", taxId).isZero();
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (var connection = DriverManager.getConnection(TestEnvironment.DB_URL, "postgres", "");
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
