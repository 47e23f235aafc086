package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the app answers to requests no form would send, over HTTP and SOAP, without any partner: redirects never built
 * from a forged Host header (platform rule P11), SOAP bodies limited like REST bodies (P3) and faults that repeat only a
 * short excerpt of the input (P2), JSON sent without a Content-Type (P10), a GET of a SOAP service without ?wsdl,
 * /logout without a session.
 */
class HostileRequestsIT {
    private static final String DIRECTORY = "/soap/PartnerDirectory";
    private static final String NS = "urn:channelport:partners:v1";
    private static final String EVIL = "evil.example";

    // ---------------------------------------------------------------------------------------------------------------
    // P11: redirects and Location headers come from app.base-url

    @Test
    void signInAndSignOutRedirectToTheBaseUrlWhateverTheHostHeaderSays() throws IOException {
        assertThat(raw("GET", "/login", EVIL, Map.of(), null).header("Location"))
                .isEqualTo(TestEnvironment.BASE_URL + "/home");
        assertThat(raw("GET", "/logout", EVIL, Map.of(), null).header("Location"))
                .isEqualTo(TestEnvironment.BASE_URL + "/");
    }

    @Test
    void theContainersOwnRedirectsAndTheKeycloakCallbackDoNotNameTheForgedHost() throws IOException {
        for (var path : List.of("/manage", "/portal", "/errors")) {
            var reply = raw("GET", path, EVIL, Map.of(), null);

            assertThat(reply.status()).as(path).isBetween(300, 399);
            assertThat(reply.header("Location")).as(path).doesNotContain(EVIL)
                    .satisfiesAnyOf(l -> assertThat(l).startsWith(TestEnvironment.BASE_URL + "/"),
                            l -> assertThat(l).startsWith(path + "/"));
        }
        var login = raw("GET", "/home", EVIL, Map.of(), null);
        assertThat(login.header("Location")).as("the sign-in redirect to Keycloak")
                .startsWith(TestEnvironment.REALM_URL)
                .contains("redirect_uri=" + URLEncoder.encode(TestEnvironment.BASE_URL + "/callback", StandardCharsets.UTF_8))
                .doesNotContain(EVIL);
    }

    @Test
    void theLocationOfACreatedResourceIsUnderTheBaseUrl() throws IOException {
        var lead = LeadFixture.lead(TestEnvironment.unique("Host Probe"), "LI", "host-" + System.nanoTime() + "@it.example");

        var reply = raw("POST", "/api/v1/leads", EVIL,
                Map.of("Authorization", "Bearer " + LeadFixture.erp(), "Content-Type", "application/json"), lead);

        assertThat(reply.status()).as(reply.body).isEqualTo(201);
        assertThat(reply.header("Location")).startsWith(TestEnvironment.BASE_URL + "/api/v1/leads/").doesNotContain(EVIL);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Requests the browser journey never makes

    @Test
    void logoutWithoutASessionGoesHome() {
        var reply = Http.get("/logout", null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(302);
        assertThat(reply.header("Location")).isEqualTo(TestEnvironment.BASE_URL + "/");
    }

    /** P2: the API description's own refusals (Payara serves no YAML by that name) are problems, not its HTML page. */
    @Test
    void theOpenApiDocumentRefusesAnAcceptItCannotServeWithAProblem() {
        var reply = Http.send(Http.request("/openapi").header("Accept", "application/yaml").GET());

        assertThat(reply.status()).as(reply.body()).isEqualTo(406);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContainIgnoringCase("payara").doesNotContain("<html");
        assertThat(Http.get("/openapi", null).status()).as("without Accept").isEqualTo(200);
    }

    @Test
    void aGetOfASoapServiceWithoutWsdlIsA405FaultAndTheWsdlStaysPublic() {
        var reply = Http.get(DIRECTORY, null);

        assertFault(reply, 405);
        assertThat(reply.header("Allow")).contains("POST");
        assertThat(Http.get(DIRECTORY + "?wsdl", null).status()).isEqualTo(200);
    }

    @Test
    void anUnknownSoapServiceIsAFaultNotHtml() {
        assertFault(SoapXml.call("/soap/NoSuchService", envelope("<p:getPartner><id>x</id></p:getPartner>"),
                LeadFixture.erp()), 404);
    }

    /**
     * One JSON input style: a member of the wrong type is a field error named as sent, listed with every other
     * problem of the body (rule D1's here), never an anonymous "not valid JSON" nor a 500.
     */
    @Test
    void aMemberOfTheWrongTypeIsAFieldErrorListedWithTheOtherProblems() {
        var partner = PartnerFixture.onboard("AGENT");
        var token = LeadFixture.token(PartnerFixture.createApiCredential(partner));
        var body = "{\"country\":\"SE\",\"currency\":\"EUR\",\"draft\":\"yes\","
                + "\"lines\":[{\"productLine\":\"STORAGE\",\"products\":\"Arrays\",\"amount\":\"ten\"},7]}";

        var reply = DealFixture.post("/api/v1/deal-registrations", body, token);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains("draft", "lines[0].amount", "lines[1]", "company", "expectedCloseDate");
    }

    /**
     * P10 without a Content-Type: JAX-RS once handed such a body to methods that took bytes as if it were JSON
     * ({@code {"zzz":[}} kept a request thread spinning for good). Every JSON body is now a record read by
     * JsonBodies for application/json only, so a body that does not say what it is is refused unread.
     */
    @Test
    void aJsonBodySentWithoutContentTypeIsRefusedUnread() {
        var cases = Map.of("/api/v1/leads", LeadFixture.erp(),
                DealFixture.PRICING + "/" + java.util.UUID.randomUUID() + "/decision", PartnerFixture.managerToken());
        for (var call : cases.entrySet()) {
            for (var body : List.of("{\"zzz\":[", "[".repeat(100))) {
                var reply = Http.send(Http.request(call.getKey()).header("Authorization", "Bearer " + call.getValue())
                        .POST(HttpRequest.BodyPublishers.ofString(body)));

                assertThat(reply.status()).as(call.getKey() + " " + body + ": " + reply.body()).isEqualTo(415);
                assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // P3 and P2 on SOAP

    /** The tester's 10 MB id came back in a 10 MB fault: now the body is refused before CXF reads it. */
    @Test
    void aSoapBodyOverTheLimitIsA413FaultAnnouncedOrStreamed() {
        var body = getPartner("9".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        var token = LeadFixture.erp();
        for (var publisher : List.of(HttpRequest.BodyPublishers.ofByteArray(body),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))) {
            var reply = Http.send(Http.request(DIRECTORY).version(HttpClient.Version.HTTP_1_1)
                    .header("Content-Type", "text/xml; charset=utf-8").header("Authorization", "Bearer " + token)
                    .POST(publisher));

            assertFault(reply, 413);
            assertThat(reply.body().length()).isLessThan(1000);
        }
    }

    @Test
    void soapFaultsRepeatAtMostAShortExcerptOfTheInput() {
        var token = LeadFixture.erp();
        var longId = "7".repeat(2_000);
        var longName = "nosuch" + "8".repeat(2_000);
        for (var xml : List.of(getPartner(longId), envelope("<p:" + longName + "/>"),
                envelope("<p:getPartner><id>1</id><" + "9".repeat(2_000) + "/></p:getPartner>"), "garbage" + longId)) {
            var reply = SoapXml.call(DIRECTORY, xml, token);

            assertFault(reply, 500);
            assertThat(reply.body()).as(reply.body()).doesNotContain("7".repeat(41)).doesNotContain("8".repeat(41))
                    .doesNotContain("9".repeat(41)).doesNotContainIgnoringCase("XMLStreamReader")
                    .doesNotContainIgnoringCase("Unmarshalling");
            assertThat(reply.body().length()).as(reply.body()).isLessThan(600);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private static String envelope(String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SoapXml.SOAP_ENV + "\" xmlns:p=\"" + NS + "\"><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }

    private static String getPartner(String id) {
        return envelope("<p:getPartner><id>" + id + "</id></p:getPartner>");
    }

    private static void assertFault(Http.Reply reply, int status) {
        SoapXml.assertNoInternals(reply);
        assertThat(reply.status()).as(SoapXml.describe(reply)).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(SoapXml.describe(reply)).startsWith("text/xml");
        var document = SoapXml.parse(reply);
        assertThat(document.getElementsByTagNameNS(SoapXml.SOAP_ENV, "Fault").getLength()).as(SoapXml.describe(reply))
                .isEqualTo(1);
    }

    /** A reply read off the socket, headers by lower-case name. */
    private record RawReply(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * One HTTP/1.1 request with a Host header of our choosing (java.net.http refuses to send one), the answer read
     * until the server closes the connection.
     */
    private static RawReply raw(String method, String path, String host, Map<String, String> headers, String body)
            throws IOException {
        var base = URI.create(TestEnvironment.BASE_URL);
        var bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                request.append("Content-Length: ").append(bytes.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var head = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
            var lines = head.split("\r\n");
            var parsed = new LinkedHashMap<String, String>();
            for (int i = 1; i < lines.length; i++) {
                var colon = lines[i].indexOf(':');
                if (colon > 0) {
                    parsed.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            return new RawReply(Integer.parseInt(lines[0].split(" ")[1]), parsed,
                    text.substring(Math.min(text.length(), head.length() + 4)));
        }
    }
}
