package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.channelport.it.SoapXml.assertNoInternals;
import static org.channelport.it.SoapXml.parse;
import static org.channelport.it.SoapXml.texts;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The partner directory over SOAP 1.1 at /soap/PartnerDirectory (namespace urn:channelport:partners:v1; operations
 * listPartners, getPartner, listPartnerUsers as published in the WSDL), black box: identity rule I2 (bearer token for
 * every call, WSDL public), roles, tenancy rule PA5 (a partner system sees only its own organization; a foreign id is a
 * fault like an unknown one), P2 (faults, never stack traces or HTML) and hostile XML (external entities, entity
 * expansion, external DTDs).
 *
 * <p>Fixtures (once, in a real browser): two partners of its own, an API credential of the first, and a person's token
 * of the first partner's administrator (a valid token without a SOAP role).
 */
class SoapDirectoryIT {
    private static final String PATH = "/soap/PartnerDirectory";
    private static final String NS = "urn:channelport:partners:v1";
    private static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";

    private static PartnerFixture.Partner own;
    private static PartnerFixture.Partner other;
    private static PartnerFixture.Credential ownCredential;
    private static String ownAdminToken;

    @BeforeAll
    static void onboardTwoPartners() {
        Mailbox.server();
        own = PartnerFixture.onboard("AGENT");
        other = PartnerFixture.onboard("RETAILER");
        ownCredential = PartnerFixture.createApiCredential(own);
        ownAdminToken = PartnerFixture.personToken(own.adminEmail(), own.password());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The contract and who may call

    @Test
    void theWsdlIsPublicAndPublishesTheThreeOperations() {
        var reply = Http.get(PATH + "?wsdl", null);

        assertNoInternals(reply);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
        assertThat(reply.header("Content-Type")).as(describe(reply)).contains("xml");
        var wsdl = parse(reply);
        assertThat(wsdl.getDocumentElement().getAttribute("targetNamespace")).isEqualTo(NS);
        assertThat(SoapXml.operations(wsdl)).as(reply.body()).contains("listPartners", "getPartner", "listPartnerUsers");
    }

    @Test
    void aCallWithoutATokenIs401WithASoapFault() {
        var reply = call(listPartners(""), null);

        assertFault(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).as(reply.headers().toString()).startsWith("Bearer");
        assertThat(reply.body()).doesNotContain("<partner>");
    }

    @Test
    void aCallWithAnInvalidTokenIs401WithASoapFault() {
        var parts = Http.erpToken().split("\\.");
        var signature = parts[2].toCharArray();
        signature[signature.length / 2] = signature[signature.length / 2] == 'A' ? 'B' : 'A';

        for (var token : List.of("garbage", parts[0] + "." + parts[1] + "." + new String(signature))) {
            var reply = call(listPartners(""), token);

            assertFault(reply, 401);
            assertThat(reply.body()).doesNotContain("<partner>");
        }
    }

    /**
     * The provisioner has no Channelport role. Observed: its token lacks the channelport-api audience (aud is
     * "realm-management" only), so I2 refuses it (401); with the audience the missing role would be a 403 from the SOAP
     * servlet. Either way a fault, never data.
     */
    @Test
    void aServiceAccountWithoutAChannelportRoleIsRefusedWithAFault() {
        var reply = call(listPartners(""), Http.clientToken("channelport-provisioner", "provisioner-dev-secret"));

        assertThat(reply.status()).as(describe(reply)).isIn(401, 403);
        assertFault(reply, reply.status());
        assertThat(reply.body()).doesNotContain("<partner>").doesNotContain(own.name());
    }

    /** A valid token for this API whose roles (partner-admin, partner-user) are not SOAP roles: 403 fault. */
    @Test
    void aPersonsTokenWithoutASoapRoleIs403WithAFault() {
        var reply = call(getPartner(own.id().toString()), ownAdminToken);

        assertFault(reply, 403);
        assertThat(reply.body()).doesNotContain(own.name());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The ERP

    @Test
    void theErpListsPartnersIncludingBothFixtures() {
        var ids = new ArrayList<String>();
        for (int page = 0; page < 50; page++) {
            var reply = call(listPartners("<page>" + page + "</page><size>200</size>"), Http.erpToken());
            var partners = assertSuccess(reply, "listPartnersResponse");
            var found = texts(partners, "partner", "id");
            ids.addAll(found);
            if (found.size() < 200) {
                assertThat(text(partners.getDocumentElement(), "total")).as(describe(reply)).isNotNull();
                break;
            }
        }
        assertThat(ids).contains(own.id().toString(), other.id().toString());
    }

    @Test
    void listPartnersFiltersByType() {
        var reply = call(listPartners("<type>RETAILER</type><country>DE</country><size>200</size>"), Http.erpToken());

        var document = assertSuccess(reply, "listPartnersResponse");
        assertThat(texts(document, "partner", "type")).as(describe(reply)).isNotEmpty().containsOnly("RETAILER");
        assertThat(texts(document, "partner", "id")).doesNotContain(own.id().toString());
    }

    @Test
    void theErpGetsOnePartnerAndItsUsers() {
        var erp = Http.erpToken();
        var partner = assertSuccess(call(getPartner(own.id().toString()), erp), "getPartnerResponse");
        assertThat(texts(partner, "partner", "name")).containsExactly(own.name());
        assertThat(texts(partner, "partner", "taxId")).containsExactly(own.taxId());

        var users = assertSuccess(call(listPartnerUsers(own.id().toString()), erp), "listPartnerUsersResponse");
        assertThat(texts(users, "user", "email")).containsExactly(own.adminEmail());
        assertThat(texts(users, "user", "role")).containsExactly("ADMIN");
    }

    @Test
    void getPartnerOfAnUnknownOrMalformedIdIsAClientFaultNeverData() {
        for (var id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "")) {
            var reply = call(getPartner(id), Http.erpToken());

            assertFault(reply, 500);
            assertThat(faultCode(reply)).as(describe(reply)).endsWith("Client");
            assertThat(reply.body()).doesNotContain("<partner>");
        }
    }

    /** P2: the fault string tells the client what went wrong (the REST API's 404 counterpart). */
    @Test
    void theFaultForAnUnknownPartnerSaysNotFound() {
        var reply = call(getPartner(UUID.randomUUID().toString()), Http.erpToken());

        assertFault(reply, 500);
        assertThat(faultString(reply)).as(describe(reply)).containsIgnoringCase("not found");
    }

    @Test
    void anInvalidFilterIsAClientFaultNamingTheAllowedValues() {
        var reply = call(listPartners("<type>nope</type>"), Http.erpToken());

        assertFault(reply, 500);
        assertThat(faultCode(reply)).endsWith("Client");
        assertThat(faultString(reply)).contains("type").contains("AGENT");
    }

    /** A page far beyond the last is empty, or a client fault; never a server fault (page * size overflows int). */
    @Test
    void aPageFarBeyondTheLastIsEmptyNotAServerFault() {
        for (var page : List.of("5000000", "10737419")) {
            var reply = call(listPartners("<page>" + page + "</page><size>200</size>"), Http.erpToken());

            assertNoInternals(reply);
            if (reply.status() == 200) {
                assertThat(texts(assertSuccess(reply, "listPartnersResponse"), "partner", "id")).isEmpty();
            } else {
                assertFault(reply, 500);
                assertThat(faultCode(reply)).as("page " + page + ": " + describe(reply)).endsWith("Client");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PA5 for partner systems

    @Test
    void aPartnerCredentialListsOnlyItsOwnPartner() {
        var token = ownCredential.token();

        var reply = call(listPartners("<size>200</size>"), token);

        var document = assertSuccess(reply, "listPartnersResponse");
        assertThat(texts(document, "partner", "id")).as(describe(reply)).containsExactly(own.id().toString());
        assertThat(text(document.getDocumentElement(), "total")).isEqualTo("1");
        assertThat(reply.body()).doesNotContain(other.name());
    }

    @Test
    void aPartnerCredentialReadsItsOwnPartnerAndUsers() {
        var token = ownCredential.token();

        var partner = assertSuccess(call(getPartner(own.id().toString()), token), "getPartnerResponse");
        assertThat(texts(partner, "partner", "name")).containsExactly(own.name());
        var users = assertSuccess(call(listPartnerUsers(own.id().toString()), token), "listPartnerUsersResponse");
        assertThat(texts(users, "user", "email")).containsExactly(own.adminEmail());
    }

    @Test
    void anotherPartnerIsAFaultForAPartnerCredentialLikeAnUnknownId() {
        var token = ownCredential.token();
        var foreign = other.id().toString();
        var unknown = UUID.randomUUID().toString();

        for (var operation : List.<java.util.function.Function<String, String>>of(SoapDirectoryIT::getPartner,
                SoapDirectoryIT::listPartnerUsers)) {
            var reply = call(operation.apply(foreign), token);

            assertFault(reply, 500);
            assertThat(reply.body()).as(describe(reply)).doesNotContain(other.name())
                    .doesNotContain(other.adminEmail()).doesNotContain(other.taxId()).doesNotContain("<user>");
            var unknownReply = call(operation.apply(unknown), token);
            assertThat(faultString(reply).replace(foreign, "ID")).as("a foreign id must read like an unknown one")
                    .isEqualTo(faultString(unknownReply).replace(unknown, "ID"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Hostile and broken XML

    @Test
    void malformedXmlIsASoapFaultNotAStackTraceOrHtml() {
        var erp = Http.erpToken();
        for (var body : List.of("this is not xml",
                "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_ENV + "\"><soapenv:Body><p:getPartner xmlns:p=\"" + NS
                        + "\"><id>x</id>",
                envelope("<p:noSuchOperation/>"))) {
            var reply = call(body, erp);

            assertFault(reply, 500);
            assertThat(reply.body().toLowerCase(Locale.ROOT)).as(describe(reply)).doesNotContain("<html");
        }
    }

    @Test
    void anExternalEntityIsNeverResolved() {
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + envelope("<p:getPartner><id>&xxe;</id></p:getPartner>");

        var reply = call(xxe, Http.erpToken());

        assertFault(reply, 500);
        assertThat(reply.body()).as(describe(reply)).doesNotContain("root:");
    }

    @Test
    void anExternalDtdIsNeverFetched() throws Exception {
        var hits = new AtomicInteger();
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            var dtd = "<!ENTITY leak \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            var url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            var payload = "<?xml version=\"1.0\"?><!DOCTYPE soapenv:Envelope SYSTEM \"" + url + "\">"
                    + envelope("<p:getPartner><id>&leak;</id></p:getPartner>");

            var reply = call(payload, Http.erpToken());

            assertFault(reply, 500);
            await("no request from the server to " + url).during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> hits.get() == 0);
            assertThat(hits.get()).as("requests the server made to " + url).isZero();
            assertThat(reply.body()).doesNotContain("fetched");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void entityExpansionIsRefusedQuickly() {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            var previous = i == 1 ? "lol" : "lol" + (i - 1);
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        var payload = dtd + envelope("<p:getPartner><id>&lol9;</id></p:getPartner>");

        long started = System.nanoTime();
        var reply = call(payload, Http.erpToken());
        var elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertFault(reply, 500);
        assertThat(elapsed).as("time to refuse the billion laughs").isLessThan(Duration.ofSeconds(10));
        assertThat(reply.body()).as(describe(reply)).doesNotContain("lollol");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private static String envelope(String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_ENV + "\" xmlns:p=\"" + NS + "\"><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }

    private static String listPartners(String parameters) {
        return envelope("<p:listPartners>" + parameters + "</p:listPartners>");
    }

    private static String getPartner(String id) {
        return envelope("<p:getPartner><id>" + id + "</id></p:getPartner>");
    }

    private static String listPartnerUsers(String partnerId) {
        return envelope("<p:listPartnerUsers><partnerId>" + partnerId + "</partnerId></p:listPartnerUsers>");
    }

    private static Http.Reply call(String xml, String token) {
        return SoapXml.call(PATH, xml, token);
    }

    private static Document assertSuccess(Http.Reply reply, String responseElement) {
        return SoapXml.assertSuccess(reply, NS, responseElement);
    }

    /** A SOAP 1.1 fault envelope (P2: XML, a fault code and string, no internals) with this HTTP status. */
    private static void assertFault(Http.Reply reply, int status) {
        assertNoInternals(reply);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(describe(reply)).startsWith("text/xml");
        var document = parse(reply);
        assertThat(document.getDocumentElement().getLocalName()).as(describe(reply)).isEqualTo("Envelope");
        assertThat(document.getElementsByTagNameNS(SOAP_ENV, "Fault").getLength()).as(describe(reply)).isEqualTo(1);
        assertThat(faultCode(reply)).as(describe(reply)).isNotBlank();
        assertThat(faultString(reply)).as(describe(reply)).isNotBlank();
    }

    private static String faultString(Http.Reply reply) {
        return text(parse(reply).getDocumentElement(), "faultstring");
    }

    private static String faultCode(Http.Reply reply) {
        return text(parse(reply).getDocumentElement(), "faultcode");
    }

    /** The text of the first descendant element with this local name, or null. */
    private static String text(Element root, String localName) {
        var nodes = root.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }




    private static String describe(Http.Reply reply) {
        return "HTTP " + reply.status() + " " + reply.header("Content-Type") + " body: " + reply.body();
    }

}
