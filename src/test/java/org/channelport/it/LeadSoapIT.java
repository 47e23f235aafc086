package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.channelport.it.SoapXml.assertNoInternals;
import static org.channelport.it.SoapXml.parse;
import static org.channelport.it.SoapXml.texts;
import static org.channelport.it.LeadFixture.count;
import static org.channelport.it.LeadFixture.describe;
import static org.channelport.it.LeadFixture.erp;
import static org.channelport.it.LeadFixture.holder;
import static org.channelport.it.LeadFixture.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Leads over SOAP 1.1 at /soap/LeadExchange (namespace urn:channelport:leads:v1), black box: the same rules as the REST
 * API (L1 checks, L2 de-duplication, L9 tenancy and masking, L7 decline with a reason, L10 acceptance), with SOAP
 * faults instead of problem documents (P2).
 *
 * <p>Fixtures (once, in a real browser): two partners located in a country no other test uses (Monaco, MC, on a fresh
 * database; the next unused one of the class's list on a later run against the same database) with an API
 * credential each, and a round-robin routing rule for that country. Tests ask the database which partner holds a lead.
 */
class LeadSoapIT {
    private static final String PATH = "/soap/LeadExchange";
    private static final String NS = "urn:channelport:leads:v1";
    private static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
    /** This class's countries (no other test class uses them); each run takes the first one nobody uses yet. */
    private static final String[] COUNTRIES = {"MC", "MT", "CY", "AW", "CW", "BM", "KY", "VG", "AI", "MS"};
    private static String country;

    private record Side(PartnerFixture.Partner partner, PartnerFixture.Credential credential) {
        String token() {
            return LeadFixture.token(credential);
        }
    }

    private record Offer(UUID lead, String company, String email, Side holder, Side other) {}

    private static Side first;
    private static Side second;

    @BeforeAll
    static void twoPartnersInAnUnusedCountryAndARule() {
        Mailbox.server();
        country = LeadFixture.freshCountry(COUNTRIES);
        String managerToken;
        var a = PartnerFixture.onboard("RETAILER", country);
        var b = PartnerFixture.onboard("DISTRIBUTOR", country);
        first = new Side(a, PartnerFixture.createApiCredential(a));
        second = new Side(b, PartnerFixture.createApiCredential(b));
        managerToken = PartnerFixture.personToken("manager", "demo");
        LeadFixture.createRule(managerToken, "IT SOAP " + country + " " + LeadFixture.token(), List.of(country),
                List.of(), List.of(), "ROUND_ROBIN");
    }

    @Test
    @DisplayName("The WSDL is public and publishes the five operations")
    void theWsdlPublishesTheOperations() {
        SoapXml.assertPublishes(PATH, NS, "submitLeads", "getLead", "listLeads", "acceptLead", "declineLead");
    }

    @Test
    @DisplayName("L1/L2/L4: submitLeads answers a result per lead; valid ones are created and routed")
    void submitLeadsCreatesAndReportsEachLead() {
        var t = LeadFixture.token();
        var source = "IT soap " + t;
        var reply = call(envelope("<l:submitLeads>"
                + newLead("Soap One " + t + " AG", "one-" + t + "@it.example", country, "NETWORKING", source)
                + newLead("", "nocompany-" + t + "@it.example", "ZZ", "CLOUD", source)
                + newLead("Soap Three " + t + " AG", "three-" + t + "@it.example", country, "CLOUD", source)
                + "</l:submitLeads>"), erp());

        var document = assertSuccess(reply, "submitLeadsResponse");
        assertThat(texts(document, "result", "status")).as(reply.body())
                .containsExactly("CREATED", "INVALID", "CREATED");
        assertThat(texts(document, "result", "index")).containsExactly("0", "1", "2");
        var errors = texts(document, "result", "error");
        assertThat(errors).as(reply.body()).anyMatch(e -> e.contains("company")).anyMatch(e -> e.contains("'ZZ'"));
        var ids = texts(document, "result", "id");
        assertThat(ids).as("ids of the created leads: " + reply.body()).hasSize(2);
        for (var id : ids) {
            assertThat(status(UUID.fromString(id))).isEqualTo("OFFERED");
            assertThat(holder(UUID.fromString(id))).isIn(first.partner().id(), second.partner().id());
        }
        assertThat(count("select count(*) from sales_lead where source = ?", source)).isEqualTo(2);

        var again = call(envelope("<l:submitLeads>"
                + newLead("Soap One Again " + t + " AG", "ONE-" + t + "@IT.example", country, "NETWORKING", source)
                + "</l:submitLeads>"), erp());
        var duplicate = assertSuccess(again, "submitLeadsResponse");
        assertThat(texts(duplicate, "result", "status")).as(again.body()).containsExactly("DUPLICATE");
        assertThat(texts(duplicate, "result", "id")).as("names the existing lead").containsExactly(ids.get(0));
        assertThat(count("select count(*) from sales_lead where source = ?", source)).isEqualTo(2);
    }

    @Test
    @DisplayName("L9: getLead for the holding partner hides the contact until it accepts; the ERP sees everything")
    void getLeadMasksTheContactForThePartner() {
        var offer = offer("Masked");

        var partnerView = assertSuccess(call(getLead(offer.lead().toString()), offer.holder().token()),
                "getLeadResponse");
        var lead = (Element) partnerView.getElementsByTagNameNS("*", "lead").item(0);
        assertThat(child(lead, "company")).isEqualTo(offer.company());
        assertThat(child(lead, "status")).isEqualTo("OFFERED");
        assertThat(child(lead, "contactHidden")).isEqualTo("true");
        for (var hidden : List.of("contactName", "contactEmail", "contactPhone", "contactTitle", "postalCode",
                "estimatedValue")) {
            assertThat(child(lead, hidden)).as("L9: %s before acceptance", hidden).isNull();
        }

        var erpView = assertSuccess(call(getLead(offer.lead().toString()), erp()), "getLeadResponse");
        var full = (Element) erpView.getElementsByTagNameNS("*", "lead").item(0);
        assertThat(child(full, "contactEmail")).isEqualTo(offer.email());
        assertThat(child(full, "contactHidden")).isEqualTo("false");

        var list = assertSuccess(call(envelope("<l:listLeads><status>OFFERED</status><size>200</size></l:listLeads>"),
                offer.holder().token()), "listLeadsResponse");
        assertThat(texts(list, "lead", "id")).contains(offer.lead().toString());
        assertThat(texts(list, "lead", "partnerId")).as("only the holder's own leads")
                .containsOnly(offer.holder().partner().id().toString());
        assertThat(texts(list, "lead", "contactEmail")).as("masked in the list too").isEmpty();
    }

    @Test
    @DisplayName("L9: another partner's or an unknown lead id is a client fault without the lead's data")
    void aForeignIdIsAFaultWithoutForeignData() {
        var offer = offer("Foreign");
        var stranger = offer.other().token();
        var id = offer.lead().toString();

        for (var request : List.of(getLead(id), envelope("<l:acceptLead><id>" + id + "</id></l:acceptLead>"),
                envelope("<l:declineLead><id>" + id + "</id><reason>not ours</reason></l:declineLead>"),
                getLead(UUID.randomUUID().toString()), getLead("not-a-uuid"))) {
            var reply = call(request, stranger);

            assertFault(reply, 500);
            assertThat(faultCode(reply)).as(describe(reply)).endsWith("Client");
            assertThat(faultString(reply)).as(describe(reply)).containsIgnoringCase("not found");
            assertThat(reply.body()).doesNotContain(offer.company()).doesNotContain(offer.email())
                    .doesNotContain(offer.holder().partner().name()).doesNotContain("<lead>");
        }
        assertThat(status(offer.lead())).as("nothing changed").isEqualTo("OFFERED");
        assertThat(holder(offer.lead())).isEqualTo(offer.holder().partner().id());
    }

    @Test
    @DisplayName("L10: acceptLead by the holder accepts the lead and shows its contact")
    void acceptLeadAcceptsAndUnmasks() {
        var offer = offer("Accepted");

        var reply = call(envelope("<l:acceptLead><id>" + offer.lead() + "</id></l:acceptLead>"),
                offer.holder().token());

        var document = assertSuccess(reply, "acceptLeadResponse");
        var lead = (Element) document.getElementsByTagNameNS("*", "lead").item(0);
        assertThat(child(lead, "status")).isEqualTo("ACCEPTED");
        assertThat(child(lead, "contactEmail")).isEqualTo(offer.email());
        assertThat(child(lead, "contactHidden")).isEqualTo("false");
        assertThat(status(offer.lead())).isEqualTo("ACCEPTED");

        var twice = call(envelope("<l:acceptLead><id>" + offer.lead() + "</id></l:acceptLead>"),
                offer.holder().token());
        assertFault(twice, 500);
        assertThat(faultCode(twice)).endsWith("Client");
    }

    @Test
    @DisplayName("L7: declineLead without a reason is a fault; with one the lead goes to the other partner")
    void declineLeadNeedsAReason() {
        var offer = offer("Declined");
        var id = offer.lead().toString();

        for (var withoutReason : List.of("<l:declineLead><id>" + id + "</id></l:declineLead>",
                "<l:declineLead><id>" + id + "</id><reason>   </reason></l:declineLead>")) {
            var reply = call(envelope(withoutReason), offer.holder().token());

            assertFault(reply, 500);
            assertThat(faultCode(reply)).endsWith("Client");
            assertThat(faultString(reply)).as(describe(reply)).containsIgnoringCase("reason");
            assertThat(holder(offer.lead())).as("still offered to the holder").isEqualTo(offer.holder().partner().id());
            assertThat(status(offer.lead())).isEqualTo("OFFERED");
        }

        var declined = call(envelope("<l:declineLead><id>" + id + "</id><reason>outside our region</reason>"
                + "</l:declineLead>"), offer.holder().token());

        assertSuccess(declined, "declineLeadResponse");
        assertThat(holder(offer.lead())).as("L7: the other partner now").isEqualTo(offer.other().partner().id());
        assertThat(LeadFixture.string("select end_note from lead_assignment where lead_id = ? "
                + "and end_reason = 'DECLINED'", offer.lead())).isEqualTo("outside our region");
        var gone = call(getLead(id), offer.holder().token());
        assertFault(gone, 500);
    }

    @Test
    @DisplayName("I2: a call without a token is a 401 fault")
    void aCallWithoutATokenIs401() {
        var reply = call(getLead(UUID.randomUUID().toString()), null);

        assertFault(reply, 401);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Offer offer(String label) {
        var t = LeadFixture.token();
        var company = label + " Soap " + t + " AG";
        var email = label.toLowerCase(Locale.ROOT) + "-soap-" + t + "@it.example";
        var reply = call(envelope("<l:submitLeads>" + newLead(company, email, country, "NETWORKING", "IT soap " + t)
                + "</l:submitLeads>"), erp());
        var ids = texts(assertSuccess(reply, "submitLeadsResponse"), "result", "id");
        assertThat(ids).as(reply.body()).hasSize(1);
        var id = UUID.fromString(ids.get(0));
        var holder = holder(id);
        assertThat(holder).as("the " + country + " rule offered %s to one of this class's partners", company)
                .isIn(first.partner().id(), second.partner().id());
        return holder.equals(first.partner().id()) ? new Offer(id, company, email, first, second)
                : new Offer(id, company, email, second, first);
    }

    private static String newLead(String company, String email, String country, String productLine, String source) {
        return "<lead><company>" + company + "</company><contactName>Sam Soap</contactName><contactEmail>" + email
                + "</contactEmail><contactPhone>+377 93 15 00 00</contactPhone><contactTitle>CIO</contactTitle>"
                + "<country>" + country + "</country><postalCode>98000</postalCode><productLine>" + productLine
                + "</productLine><estimatedValue>9900.00</estimatedValue><currency>EUR</currency><source>" + source
                + "</source></lead>";
    }

    private static String envelope(String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"" + SOAP_ENV + "\" xmlns:l=\"" + NS + "\"><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }

    private static String getLead(String id) {
        return envelope("<l:getLead><id>" + id + "</id></l:getLead>");
    }

    private static Http.Reply call(String xml, String token) {
        return SoapXml.call(PATH, xml, token);
    }

    private static Document assertSuccess(Http.Reply reply, String responseElement) {
        return SoapXml.assertSuccess(reply, NS, responseElement);
    }

    private static void assertFault(Http.Reply reply, int status) {
        assertNoInternals(reply);
        assertThat(reply.status()).as(describe(reply)).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(describe(reply)).startsWith("text/xml");
        var document = parse(reply);
        assertThat(document.getElementsByTagNameNS(SOAP_ENV, "Fault").getLength()).as(describe(reply)).isEqualTo(1);
        assertThat(faultString(reply)).as(describe(reply)).isNotBlank();
    }

    private static String faultString(Http.Reply reply) {
        return firstText(parse(reply).getDocumentElement(), "faultstring");
    }

    private static String faultCode(Http.Reply reply) {
        return firstText(parse(reply).getDocumentElement(), "faultcode");
    }

    private static String firstText(Element root, String localName) {
        var nodes = root.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /** The text of the direct child element with this local name, or null when there is none. */
    private static String child(Element parent, String localName) {
        var children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }



}
