package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.it.DealFixture.today;
import static org.channelport.it.DealFixture.word;
import static org.channelport.it.LeadFixture.count;
import static org.channelport.it.LeadFixture.erp;
import static org.channelport.it.SoapXml.assertFault;
import static org.channelport.it.SoapXml.assertSuccess;
import static org.channelport.it.SoapXml.texts;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Deal registrations over SOAP 1.1 at /soap/DealRegistration (namespace urn:channelport:deals:v1), black box: the same
 * rules as the REST API (D1 checks listing every field, D3 conflict check, D4 tenancy), with SOAP faults instead of
 * problem documents (P2), and the ERP reading every partner's registrations (D12).
 *
 * <p>Fixtures (once, in a real browser): two partners with an API credential each. Registrations use a country no other
 * test class uses and customer names and domains of random letters.
 */
class DealSoapIT {
    private static final String PATH = "/soap/DealRegistration";
    private static final String NS = "urn:channelport:deals:v1";
    private static final String[] COUNTRIES = {"CL", "PE", "UY", "PY", "BO", "EC", "CO", "CR", "PA", "GT"};
    private static String country;
    private static PartnerFixture.Partner first;
    private static PartnerFixture.Credential firstCredential;
    private static PartnerFixture.Partner second;
    private static PartnerFixture.Credential secondCredential;

    @BeforeAll
    static void twoPartners() {
        Mailbox.server();
        country = DealFixture.freshCountry(COUNTRIES);
        first = PartnerFixture.onboard("RETAILER");
        second = PartnerFixture.onboard("DISTRIBUTOR");
        firstCredential = PartnerFixture.createApiCredential(first);
        secondCredential = PartnerFixture.createApiCredential(second);
    }

    private static String firstToken() {
        return LeadFixture.token(firstCredential);
    }

    private static String secondToken() {
        return LeadFixture.token(secondCredential);
    }

    @Test
    @DisplayName("The WSDL is public and publishes the five operations")
    void theWsdlPublishesTheOperations() {
        SoapXml.assertPublishes(PATH, NS, "submitDeal", "saveDraft", "submitDraft", "getDeal", "listDeals");
    }

    @Test
    @DisplayName("D1/D3/D12: submitDeal -> SUBMITTED; getDeal and listDeals show the partner's own registration")
    void submitGetAndList() {
        var company = DealFixture.capitalized(word()) + " Soap Works";
        var reply = call("submitDeal", deal(company, word() + ".example", "NETWORKING", "42000.50",
                today().plusDays(30).toString()), firstToken());

        var doc = assertSuccess(reply, NS, "submitDealResponse");
        var id = text(doc, "submission", "id");
        assertThat(text(doc, "submission", "status")).isEqualTo("SUBMITTED");
        assertThat(text(doc, "submission", "reference")).matches("DR-[0-9]+");
        assertThat(text(doc, "submission", "possibleConflict")).isEqualTo("false");

        var got = assertSuccess(call("getDeal", "<id>" + id + "</id>", firstToken()), NS, "getDealResponse");
        assertThat(text(got, "deal", "company")).isEqualTo(company);
        assertThat(text(got, "deal", "expectedCloseDate")).isEqualTo(today().plusDays(30).toString());
        assertThat(texts(got, "line", "amount")).containsExactly("42000.50");
        assertThat(texts(got, "deal", "partnerName")).as("a partner is not told names").isEmpty();

        var since = java.time.Instant.now().minusSeconds(120);
        var list = assertSuccess(call("listDeals", "<updatedSince>" + since + "</updatedSince><size>200</size>",
                firstToken()), NS, "listDealsResponse");
        assertThat(texts(list, "deal", "id")).contains(id);
    }

    @Test
    @DisplayName("D1: saveDraft keeps a DRAFT; submitDraft submits it; the same customer by another partner is HELD without names")
    void draftThenSubmitAndAHeldConflict() {
        var domain = word() + ".example";
        var company = DealFixture.capitalized(word()) + " Draft Corp";
        var draft = assertSuccess(call("saveDraft", deal(company, domain, "STORAGE", "1000",
                today().plusDays(10).toString()), firstToken()), NS, "saveDraftResponse");
        var id = text(draft, "submission", "id");
        assertThat(text(draft, "submission", "status")).isEqualTo("DRAFT");

        var submitted = assertSuccess(call("submitDraft", "<id>" + id + "</id>", firstToken()), NS,
                "submitDraftResponse");
        assertThat(text(submitted, "submission", "status")).isEqualTo("SUBMITTED");

        var other = call("submitDeal", deal(DealFixture.capitalized(word()) + " Other", domain, "STORAGE", "2000",
                today().plusDays(10).toString()), secondToken());
        var held = assertSuccess(other, NS, "submitDealResponse");
        assertThat(text(held, "submission", "status")).isEqualTo("HELD");
        assertThat(text(held, "submission", "possibleConflict")).isEqualTo("true");
        assertThat(other.body()).doesNotContain(id, company, first.name());
        var got = call("getDeal", "<id>" + text(held, "submission", "id") + "</id>", secondToken());
        assertSuccess(got, NS, "getDealResponse");
        assertThat(got.body()).doesNotContain(id, company, first.name());
    }

    @Test
    @DisplayName("D4: another partner's id is a fault without data; listDeals never shows it")
    void aForeignIdIsAFaultWithoutData() {
        var company = DealFixture.capitalized(word()) + " Private Ltd";
        var doc = assertSuccess(call("submitDeal", deal(company, word() + ".example", "CLOUD", "5000",
                today().plusDays(30).toString()), firstToken()), NS, "submitDealResponse");
        var id = text(doc, "submission", "id");

        var reply = call("getDeal", "<id>" + id + "</id>", secondToken());
        assertFault(reply, "Client");
        assertThat(reply.body()).contains("not found").doesNotContain(company, first.name());
        // A draft could be submitted by its owner: the other partner's attempt must fail on tenancy, not on status.
        var draftCompany = DealFixture.capitalized(word()) + " Draft Ltd";
        var draft = text(assertSuccess(call("saveDraft", deal(draftCompany, word() + ".example", "CLOUD", "5000",
                today().plusDays(30).toString()), firstToken()), NS, "saveDraftResponse"), "submission", "id");
        var foreign = call("submitDraft", "<id>" + draft + "</id>", secondToken());
        assertFault(foreign, "Client");
        assertThat(foreign.body()).contains("not found").doesNotContain(draftCompany, first.name());
        var still = assertSuccess(call("getDeal", "<id>" + draft + "</id>", firstToken()), NS, "getDealResponse");
        assertThat(text(still, "deal", "status")).as("the owner's draft, untouched").isEqualTo("DRAFT");
        var list = call("listDeals", "<size>200</size>", secondToken());
        assertSuccess(list, NS, "listDealsResponse");
        assertThat(list.body()).doesNotContain(id, company);
        assertFault(call("getDeal", "<id>" + UUID.randomUUID() + "</id>", firstToken()), "Client");
        assertFault(call("getDeal", "<id>not-an-id</id>", firstToken()), "Client");
    }

    @Test
    @DisplayName("D1: bad input -> a client fault listing every field, nothing saved")
    void badInputIsAClientFaultListingFields() {
        var company = DealFixture.capitalized(word()) + " Broken";
        var reply = call("submitDeal", deal(company, "not a domain", "TOASTERS", "-3", "2020-01-01")
                .replace("<currency>USD</currency>", "<currency>XYZ</currency>"), firstToken());

        var fault = assertFault(reply, "Client");
        assertThat(fault).contains("webDomain", "lines[0].productLine", "lines[0].amount", "currency",
                "expectedCloseDate");
        var badDate = call("submitDeal", deal(company, null, "NETWORKING", "10", "31.12.2030"), firstToken());
        assertThat(assertFault(badDate, "Client")).contains("expectedCloseDate");
        assertThat(count("select count(*) from deal_registration where customer_company = ?", company)).isZero();
        assertFault(call("listDeals", "<status>NOPE</status>", firstToken()), "Client");
    }

    @Test
    @DisplayName("D12: the ERP lists every partner's registrations (with names); it cannot register")
    void theErpReadsAll() {
        var a = text(assertSuccess(call("submitDeal", deal(DealFixture.capitalized(word()) + " Erp A", null,
                "SECURITY", "100", today().plusDays(5).toString()), firstToken()), NS, "submitDealResponse"),
                "submission", "id");
        var b = text(assertSuccess(call("submitDeal", deal(DealFixture.capitalized(word()) + " Erp B", null,
                "SECURITY", "100", today().plusDays(5).toString()), secondToken()), NS, "submitDealResponse"),
                "submission", "id");

        var since = java.time.Instant.now().minusSeconds(60);
        var list = assertSuccess(call("listDeals", "<updatedSince>" + since + "</updatedSince><size>200</size>",
                erp()), NS, "listDealsResponse");
        assertThat(texts(list, "deal", "id")).contains(a, b);
        assertThat(texts(list, "deal", "partnerName")).contains(first.name(), second.name());
        var got = assertSuccess(call("getDeal", "<id>" + a + "</id>", erp()), NS, "getDealResponse");
        assertThat(text(got, "deal", "partnerName")).isEqualTo(first.name());

        assertFault(call("submitDeal", deal("Erp Own " + word(), null, "CLOUD", "1", today().toString()), erp()),
                "Client");
        assertThat(SoapXml.call(PATH, SoapXml.envelope(NS, "listDeals", ""), null).status()).as("no token").isIn(401, 403);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String deal(String company, String domain, String line, String amount, String closeDate) {
        return "<deal><company>" + company + "</company>" + (domain == null ? "" : "<webDomain>" + domain + "</webDomain>")
                + "<country>" + country + "</country><contactName>Sam Soap</contactName>"
                + "<line><productLine>" + line + "</productLine><products>Kit</products><amount>" + amount
                + "</amount></line><currency>USD</currency><expectedCloseDate>" + closeDate + "</expectedCloseDate>"
                + "<stage>QUALIFIED</stage></deal>";
    }

    private static Http.Reply call(String operation, String content, String token) {
        return SoapXml.call(PATH, SoapXml.envelope(NS, operation, content), token);
    }

    private static String text(Document doc, String parent, String field) {
        var values = texts(doc, parent, field);
        assertThat(values).as(parent + "/" + field).hasSize(1);
        return values.get(0);
    }
}
