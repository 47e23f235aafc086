package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * EDI over REST (issue 12, rules E2-E9) against the real server, Keycloak and PostgreSQL: a partner's system posts X12
 * 850s and gets its 997; the orders are booked once, as every channel's; what must be refused whole gets a TA1 and
 * books nothing; a partner cannot send as another; only channel managers keep profiles.
 */
class EdiApiIT {
    private static final String INTERCHANGES = "/api/v1/edi/interchanges";
    private static PartnerFixture.Partner buyer;
    private static String buyerSystem;
    private static String otherSystem;
    private static String t;
    private static String code;
    private static String gtin;

    /** A GTIN-13 no other test uses: twelve random digits and their GS1 check digit. */
    private static String gtin13() {
        var body = new StringBuilder("2");
        var random = new java.util.Random();
        while (body.length() < 12) body.append(random.nextInt(10));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(11 - i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return body.append((10 - sum % 10) % 10).toString();
    }

    @BeforeAll
    static void aPartnerWithAProfileAndACatalog() {
        buyer = PartnerFixture.onboard("RETAILER");
        buyerSystem = PartnerFixture.createApiCredential(buyer).token();
        otherSystem = PartnerFixture.createApiCredential(PartnerFixture.onboard("RETAILER")).token();
        t = BrowserSteps.token().toUpperCase(java.util.Locale.ROOT);
        code = ("B" + t).substring(0, Math.min(15, t.length() + 1));
        var erp = Http.erpToken();
        gtin = gtin13();
        var products = Http.postJson("/api/v1/products", """
                [{"sku":"EDI-%1$s","gtin":"%2$s","names":{"en":"EDI switch %1$s"},"productLine":"NETWORKING","unit":"EA"},
                 {"sku":"EDIBOX-%1$s","names":{"en":"EDI box %1$s"},"productLine":"NETWORKING","unit":"EA",
                  "orderMultiple":10,"minimumQuantity":10}]""".formatted(t, gtin), erp, Map.of());
        assertThat(products.status()).as(products.body()).isEqualTo(200);
        assertThat(products.json().getInt("created")).as(products.body()).isEqualTo(2);
        var list = Http.postJson("/api/v1/price-lists", """
                {"code":"EDI-USD-%1$s","name":"EDI USD","currency":"USD","tier":"REGISTERED","validFrom":"2026-01-01",
                 "prices":[{"sku":"EDI-%1$s","unitPrice":40},{"sku":"EDIBOX-%1$s","unitPrice":3}]}""".formatted(t),
                erp, Map.of());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        var profile = profile(buyer.id().toString(), code, "PRODUCTION", PartnerFixture.managerToken());
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
    }

    private static Http.Reply profile(String partner, String partnerCode, String mode, String token) {
        var request = Http.request("/api/v1/edi/profiles/" + partner).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"partnerQualifier":"ZZ","partnerCode":"%s","ourQualifier":"ZZ","ourCode":"CHANNELPORT",
                         "mode":"%s","functionalAck":"X997","defaultCurrency":"USD","outbound":["855"]}"""
                        .formatted(partnerCode, mode)));
        request.header("Authorization", "Bearer " + token);
        return Http.send(request);
    }

    /** An interchange from {@code sender} with one 850 per PO number (each: the two products' lines). */
    static String interchange(String sender, String control, boolean test, String... lines) {
        var isa = "ISA*00*          *00*          *ZZ*" + pad(sender) + "*ZZ*" + pad("CHANNELPORT") + "*261206*0930*U*"
                + "00401*" + control + "*0*" + (test ? "T" : "P") + "*>~\n";
        var body = new StringBuilder("GS*PO*" + sender + "*CHANNELPORT*20261206*0930*1*X*004010~\n");
        for (int i = 0; i < lines.length; i++) {
            var segments = lines[i].split("\n");
            body.append("ST*850*").append(String.format("%04d", i + 1)).append("~\n").append(lines[i])
                    .append("SE*").append(segments.length + 2).append('*').append(String.format("%04d", i + 1))
                    .append("~\n");
        }
        body.append("GE*").append(lines.length).append("*1~\n");
        return isa + body + "IEA*1*" + control + "~\n";
    }

    static String pad(String id) {
        return (id + " ".repeat(15)).substring(0, 15);
    }

    static String order(String po, String... po1) {
        var text = new StringBuilder("BEG*00*SA*" + po + "**20261206~\nCUR*BY*USD~\nDTM*002*20261220~\n");
        for (var line : po1) text.append(line).append("~\n");
        return text.append("CTT*").append(po1.length).append("~\n").toString();
    }

    private static Http.Reply post(String body, String token) {
        return Http.send(Http.request(INTERCHANGES).header("Content-Type", "application/EDI-X12")
                .header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static JsonObject first(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("interchanges").getJsonObject(0);
    }

    @Test
    @DisplayName("E7, E3: the partner's 850s are booked as EDI orders, the one the order checks refuse is reported "
            + "with its reasons (the 997 acknowledges syntax: both sets); sent again, TA1 025 and nothing more is booked")
    void purchaseOrdersAreBookedOnceAndAcknowledged() {
        var good = "EDI-PO-" + t;
        var bad = "EDI-BAD-" + t;
        var file = interchange(code, "000000101", false,
                order(good, "PO1*1*2*EA*40**VP*EDI-" + t, "PO1*2*20*EA*3**VP*EDIBOX-" + t),
                order(bad, "PO1*1*15*EA*3**VP*EDIBOX-" + t, "PO1*2*1*EA*1**VP*NOPE-" + t));

        var result = first(post(file, buyerSystem));
        assertThat(result.getString("status")).isEqualTo("ACCEPTED_WITH_ERRORS");
        assertThat(result.getInt("ordersBooked")).isEqualTo(1);
        var sets = result.getJsonArray("sets");
        assertThat(sets.getJsonObject(0).getString("status")).isEqualTo("BOOKED");
        assertThat(sets.getJsonObject(1).getString("status")).isEqualTo("REFUSED");
        assertThat(sets.getJsonObject(1).getJsonArray("problems").toString())
                .contains("lines[0].quantity", "lines[1].sku");
        var ack = result.getString("acknowledgment");
        assertThat(ack).startsWith("ISA*00*          *00*          *ZZ*CHANNELPORT    *ZZ*" + pad(code))
                .contains("GS*FA*CHANNELPORT*" + code, "AK1*PO*1~", "AK2*850*0001~", "AK5*A~", "AK9*A*2*2*2~");
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ? and channel = 'EDI' "
                + "and status = 'SUBMITTED'", good)).isEqualTo(1);
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", bad))
                .as("the refused order is not saved").isZero();
        assertThat(LeadFixture.count("select count(*) from edi_interchange where partner_id = ? and direction = 'OUT' "
                + "and summary = ? and document_type = '997' and standard = 'X12'", buyer.id(), "997 of 000000101"))
                .as("the 997 is archived").isEqualTo(1);

        var again = first(post(file, buyerSystem));
        assertThat(again.getString("status")).isEqualTo("DUPLICATE");
        assertThat(again.getString("acknowledgment")).contains("TA1*000000101*261206*0930*R*025~");
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", good))
                .as("booked once").isEqualTo(1);

        // the same order in a new interchange (the partner's resend with a new control number) is the same order
        var resent = first(post(interchange(code, "000000102", false,
                order(good, "PO1*1*2*EA*40**VP*EDI-" + t, "PO1*2*20*EA*3**VP*EDIBOX-" + t)), buyerSystem));
        assertThat(resent.getJsonArray("sets").getJsonObject(0).getString("status")).isEqualTo("REPLAYED");
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", good)).isEqualTo(1);
    }

    @Test
    @DisplayName("E2b: a partner cannot send as another, an unknown sender and a test file in production are refused "
            + "with a TA1; a broken set gets a 997 rejecting it; none books anything")
    void whatMustBeRefusedIsRefusedWhole() {
        var po = "EDI-X-" + t;
        var file = interchange(code, "000000201", false, order(po, "PO1*1*2*EA*40**VP*EDI-" + t));
        var asOther = first(post(file, otherSystem));
        assertThat(asOther.getString("status")).isEqualTo("NOT_RECOGNIZED");
        assertThat(asOther.getString("acknowledgment")).contains("*R*006~");
        var unknown = first(post(interchange("NOBODY" + t.substring(0, 4), "000000202", false,
                order(po, "PO1*1*2*EA*40**VP*EDI-" + t)), buyerSystem));
        assertThat(unknown.getString("status")).isEqualTo("NOT_RECOGNIZED");
        var test = first(post(interchange(code, "000000203", true, order(po, "PO1*1*2*EA*40**VP*EDI-" + t)),
                buyerSystem));
        assertThat(test.getString("status")).isEqualTo("REJECTED");
        assertThat(test.getString("acknowledgment")).contains("*R*020~");
        var broken = first(post(interchange(code, "000000204", false,
                "BEG*00*SA*" + po + "**20261399~\nPO1*1*TWO*EA~\n"), buyerSystem));
        assertThat(broken.getString("status")).isEqualTo("REJECTED");
        assertThat(broken.getString("acknowledgment")).contains("AK3*BEG*2**8~", "AK4*5**8*20261399~", "AK5*R*5~",
                "AK9*R*1*1*0~");
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", po)).isZero();

        var noise = new byte[4096];
        new java.util.Random(3).nextBytes(noise);
        var random = Http.send(Http.request(INTERCHANGES).header("Content-Type", "application/octet-stream")
                .header("Authorization", "Bearer " + buyerSystem)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(noise)));
        assertThat(random.status()).as(random.body()).isEqualTo(400);
        assertThat(random.header("Content-Type")).startsWith("application/problem+json");
        var huge = Http.send(Http.request(INTERCHANGES).header("Content-Type", "application/octet-stream")
                .header("Authorization", "Bearer " + buyerSystem)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[11 * 1024 * 1024])));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(post(file, Http.erpToken()).status()).as("the ERP sends no partner's EDI").isEqualTo(403);
    }

    @Test
    @DisplayName("E2b, E3, E7: a group whose trailer is wrong books nothing (AK9 R 5); an interchange refused as cut "
            + "short may come again under its number; a change or cancellation (BEG01 not 00) is not booked as an order")
    void refusedGroupsBookNothingAndRefusedInterchangesMayComeAgain() {
        var po = "EDI-GE-" + t;
        var wrongCount = interchange(code, "000000301", false, order(po, "PO1*1*2*EA*40**VP*EDI-" + t))
                .replace("GE*1*1~", "GE*2*1~");
        var refused = first(post(wrongCount, buyerSystem));
        assertThat(refused.getString("status")).isEqualTo("REJECTED");
        assertThat(refused.getString("acknowledgment")).contains("AK9*R*1*1*1*5~");
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", po)).isZero();

        var whole = interchange(code, "000000302", false, order(po, "PO1*1*2*EA*40**VP*EDI-" + t));
        var cut = first(post(whole.substring(0, whole.length() - 20), buyerSystem));
        assertThat(cut.getString("status")).isEqualTo("REJECTED");
        assertThat(cut.getString("acknowledgment")).contains("*R*023~");
        var again = first(post(whole, buyerSystem));
        assertThat(again.getString("status")).as("the same number after a refusal").isEqualTo("ACCEPTED");
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", po)).isEqualTo(1);

        var byGtin = "EDI-GTIN-" + t;
        var gtinOrder = first(post(interchange(code, "000000304", false, order(byGtin, "PO1*1*3*EA*40**EN*" + gtin),
                order(byGtin + "X", "PO1*1*3*EA*40**EN*4006381333931")), buyerSystem));
        assertThat(gtinOrder.getJsonArray("sets").getJsonObject(0).getString("status")).as(gtinOrder.toString())
                .isEqualTo("BOOKED");
        assertThat(LeadFixture.count("select count(*) from purchase_order o join order_line l on "
                + "l.order_id = o.id where o.po_number = ? and l.sku = ?", byGtin, "EDI-" + t)).isEqualTo(1);
        assertThat(gtinOrder.getJsonArray("sets").getJsonObject(1).getJsonArray("problems").getString(0))
                .as("a GTIN that is no product of ours").contains("4006381333931");

        var cancel = first(post(interchange(code, "000000303", false,
                order(po, "PO1*1*2*EA*40**VP*EDI-" + t).replace("BEG*00*", "BEG*01*")), buyerSystem));
        assertThat(cancel.getJsonArray("sets").getJsonObject(0).getString("status")).isEqualTo("REFUSED");
        assertThat(cancel.getJsonArray("sets").getJsonObject(0).getJsonArray("problems").getString(0))
                .contains("BEG01");
    }

    @Test
    @DisplayName("E5: only channel managers keep profiles, checked field by field; an envelope pair is one partner's")
    void profilesAreCheckedAndOnlyManagersKeepThem() {
        var other = PartnerFixture.onboard("RETAILER");
        assertThat(profile(other.id().toString(), "X" + t.substring(0, 6), "TEST", buyerSystem).status())
                .isEqualTo(403);
        var bad = profile(other.id().toString(), "ÜBER*LONG-CODE-THAT-IS-TOO-LONG", "LIVE",
                PartnerFixture.managerToken());
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("partnerCode", "mode");
        var taken = profile(other.id().toString(), code, "TEST", PartnerFixture.managerToken());
        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        var unknownPartner = profile(java.util.UUID.randomUUID().toString(), "Y" + t.substring(0, 6), "TEST",
                PartnerFixture.managerToken());
        assertThat(unknownPartner.status()).isEqualTo(404);
    }

    private static java.util.List<JsonObject> outbound(String token) {
        var reply = Http.get("/api/v1/edi/outbound?size=100", token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("documents").stream().map(v -> v.asJsonObject()).toList();
    }

    private static Http.Reply confirm(String id, String token) {
        return Http.postJson("/api/v1/edi/outbound/" + id + "/confirm", "", token, Map.of());
    }

    @Test
    @DisplayName("E10, E11, O28: the supplier's answer to an EDI order comes back as the partner's 855 (its line "
            + "numbers and part echoed, each line's answer in X12's terms) in an outbound queue only it reads, until "
            + "it confirms; the order shows the interchange it came in")
    void theAnswerComesBackAsAn855InTheOutboundQueue() {
        var po = "EDI-855-" + t;
        var booked = first(post(interchange(code, "000000401", false, order(po,
                "PO1*10*2*EA*40**VP*EDI-" + t + "*BP*MINE-1", "PO1*20*20*EA*3**VP*EDIBOX-" + t)), buyerSystem));
        var orderId = booked.getJsonArray("sets").getJsonObject(0).getString("orderId");
        assertThat(LeadFixture.count("select count(*) from purchase_order where id = ? and source_reference = ?",
                java.util.UUID.fromString(orderId), "X12 ISA 000000401 / GS 1 / ST 0001")).isEqualTo(1);
        assertThat(outbound(buyerSystem)).as("997s and TA1s came with the answers to the calls: none is queued")
                .allMatch(d -> "855".equals(d.getString("documentType")));

        var answer = Http.postJson("/api/v1/orders/" + orderId + "/acknowledgment", """
                {"lines":[{"line":1,"action":"ACCEPT"},
                 {"line":2,"action":"CHANGE","quantity":10}]}""", Http.erpToken(),
                Map.of("Idempotency-Key", "edi-ack-" + t));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);

        var mine = outbound(buyerSystem).stream().filter(d -> po.equals(d.getString("poNumber", null))).toList();
        assertThat(mine).singleElement().satisfies(d -> {
            assertThat(d.getString("documentType")).isEqualTo("855");
            assertThat(d.getString("orderId")).isEqualTo(orderId);
            assertThat(d.getString("content")).startsWith("ISA*00*          *00*          *ZZ*CHANNELPORT    *ZZ*"
                            + pad(code)).contains("GS*PR*CHANNELPORT*" + code + "*", "ST*855*0001~",
                    "BAK*00*AC*" + po + "*20261206*", "PO1*10*2*EA*40**VP*EDI-" + t + "*BP*MINE-1~", "ACK*IA*2*EA*067*20261220~",
                    "PO1*20*20*EA*3**VP*EDIBOX-" + t + "~", "ACK*IQ*10*EA*067*20261220~", "CTT*2~");
        });
        var id = mine.get(0).getString("id");
        assertThat(outbound(otherSystem)).as("another partner never sees it").noneMatch(d -> d.getString("id").equals(id));
        assertThat(confirm(id, otherSystem).status()).as("nor confirms it").isEqualTo(404);
        assertThat(Http.get("/api/v1/edi/outbound", Http.erpToken()).status()).isEqualTo(403);

        var confirmed = confirm(id, buyerSystem);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        var when = confirmed.json().getString("deliveredAt");
        assertThat(outbound(buyerSystem)).as("confirmed: it left the queue").noneMatch(d -> d.getString("id").equals(id));
        assertThat(confirm(id, buyerSystem).json().getString("deliveredAt")).as("confirming again changes nothing")
                .isEqualTo(when);
        assertThat(confirm("not-an-id", buyerSystem).status()).as("no such document").isEqualTo(404);
    }

    /** An EDIFACT interchange (D96A, no UNG) from {@code sender} (qualifier 14) with these ORDERS messages. */
    private static String edifact(String sender, String reference, String... messages) {
        var text = new StringBuilder("UNA:+.? '\nUNB+UNOC:3+" + sender + ":14+CHANNELPORT:ZZZ+261206:0930+" + reference
                + "'\n");
        for (int i = 0; i < messages.length; i++) {
            var segments = messages[i].split("\n").length;
            text.append("UNH+").append(i + 1).append("+ORDERS:D:96A:UN:EAN008'\n").append(messages[i])
                    .append("UNT+").append(segments + 2).append('+').append(i + 1).append("'\n");
        }
        return text.append("UNZ+").append(messages.length).append('+').append(reference).append("'\n").toString();
    }

    private static Http.Reply postEdifact(String body, String token) {
        return Http.send(Http.request(INTERCHANGES).header("Content-Type", "application/EDIFACT")
                .header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("E1-E7 for EDIFACT: an ORDERS is booked as every channel's order (lines by GTIN and by our SKU in "
            + "PIA) and acknowledged by a CONTRL; a broken message is rejected with its code; sent again, the "
            + "interchange is refused (UCI 4, 26) and nothing more is booked; another partner cannot send as it (23)")
    void edifactOrdersAreBookedOnceAndAcknowledgedByContrl() {
        var partner = PartnerFixture.onboard("DISTRIBUTOR");
        var system = PartnerFixture.createApiCredential(partner).token();
        var gln = "5" + gtin13().substring(1, 13);
        var request = Http.request("/api/v1/edi/profiles/" + partner.id()).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"standard":"EDIFACT","partnerQualifier":"14","partnerCode":"%s","ourQualifier":"ZZZ",
                         "ourCode":"CHANNELPORT","mode":"PRODUCTION","functionalAck":"CONTRL","defaultCurrency":"USD"}"""
                        .formatted(gln)));
        request.header("Authorization", "Bearer " + PartnerFixture.managerToken());
        var profile = Http.send(request);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(profile.json().getString("standard")).isEqualTo("EDIFACT");

        var po = "EDIF-" + t;
        var message = "BGM+220+" + po + "+9'\nDTM+137:20261206:102'\nDTM+2:20261220:102'\nCUX+2:USD:9'\n"
                + "LIN+1++" + gtin + ":EN'\nQTY+21:2:EA'\nPRI+AAA:40'\n"
                + "LIN+2'\nPIA+5+EDIBOX-" + t + ":SA'\nQTY+21:20'\nUNS+S'\n";
        var file = edifact(gln, "EF" + t.substring(0, 6), message);
        var booked = first(postEdifact(file, system));
        assertThat(booked.getString("status")).as(booked.toString()).isEqualTo("ACCEPTED");
        assertThat(booked.getJsonArray("sets").getJsonObject(0).getString("status")).isEqualTo("BOOKED");
        assertThat(booked.getString("acknowledgment")).contains("UNB+UNOC:3+CHANNELPORT:ZZZ+" + gln + ":14+",
                "UNH+1+CONTRL:2:2:UN'", "UCI+EF" + t.substring(0, 6) + "+" + gln + ":14+CHANNELPORT:ZZZ+7'",
                "UCM+1+ORDERS:D:96A:UN+7'");
        assertThat(LeadFixture.count("select count(*) from purchase_order o join order_line l on l.order_id = o.id "
                + "where o.po_number = ? and o.channel = 'EDI' and o.source_reference = ?", po,
                "EDIFACT UNB EF" + t.substring(0, 6) + " / UNH 1")).as("two lines, the source named").isEqualTo(2);

        assertThat(LeadFixture.count("select count(*) from edi_interchange where partner_id = ? and standard = "
                + "'EDIFACT' and (direction = 'IN' and control_number = ? or direction = 'OUT' and document_type = "
                + "'CONTRL')", partner.id(), "EF" + t.substring(0, 6))).as("archived as EDIFACT, in and out").isEqualTo(2);
        var again = first(postEdifact(file, system));
        assertThat(again.getString("status")).isEqualTo("DUPLICATE");
        assertThat(again.getString("acknowledgment")).contains("+4+26'").doesNotContain("UCM");
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", po)).isEqualTo(1);
        var asOther = first(postEdifact(edifact(gln, "EG" + t.substring(0, 6), message), buyerSystem));
        assertThat(asOther.getString("status")).isEqualTo("NOT_RECOGNIZED");
        assertThat(asOther.getString("acknowledgment")).contains("+4+23'");

        var brokenPo = "EDIF-B-" + t;
        var broken = edifact(gln, "EH" + t.substring(0, 6), message.replace(po, brokenPo))
                .replace("UNT+13+1'", "UNT+12+1'");
        var rejected = first(postEdifact(broken, system));
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("acknowledgment")).contains("UCM+1+ORDERS:D:96A:UN+4+29'");
        assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ?", brokenPo)).isZero();
    }
}
