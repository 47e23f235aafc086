package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * EDI over SFTP (issue 12, rule E12) with a real SFTP client (Apache MINA SSHD's) against the server built into the app:
 * a partner's system signs in with its API credential, drops an 850 in inbound/ and finds the 997 in outbound/ as
 * soon as the upload closed, the order booked once; the 855 of the supplier's answer arrives in outbound/; its home is
 * its own (chrooted: no path leads to another partner's home) and a wrong secret does not sign in.
 */
class SftpIT {
    private static final int PORT = URI.create(System.getProperty("it.base-url", "http://localhost:18080")).getPort()
            + 22;
    private static SshClient ssh;
    private static PartnerFixture.Partner buyer;
    private static PartnerFixture.Credential credential;
    private static PartnerFixture.Credential otherCredential;
    private static String t;
    private static String code;

    @BeforeAll
    static void aPartnerWithAProfileACatalogAndAnSftpClient() {
        ssh = SshClient.setUpDefaultClient();
        ssh.start();
        buyer = PartnerFixture.onboard("RETAILER");
        credential = PartnerFixture.createApiCredential(buyer);
        otherCredential = PartnerFixture.createApiCredential(PartnerFixture.onboard("RETAILER"));
        t = BrowserSteps.token().toUpperCase(java.util.Locale.ROOT);
        code = ("S" + t).substring(0, Math.min(15, t.length() + 1));
        var erp = Http.erpToken();
        assertThat(Http.postJson("/api/v1/products", """
                [{"sku":"SFTP-%1$s","names":{"en":"SFTP switch %1$s"},"productLine":"NETWORKING","unit":"EA"}]"""
                .formatted(t), erp, Map.of()).status()).isEqualTo(200);
        assertThat(Http.postJson("/api/v1/price-lists", """
                {"code":"SFTP-USD-%1$s","name":"SFTP USD","currency":"USD","tier":"REGISTERED","validFrom":"2026-01-01",
                 "prices":[{"sku":"SFTP-%1$s","unitPrice":40}]}""".formatted(t), erp, Map.of()).status()).isEqualTo(200);
        var request = Http.request("/api/v1/edi/profiles/" + buyer.id()).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"partnerQualifier":"ZZ","partnerCode":"%s","ourQualifier":"ZZ","ourCode":"CHANNELPORT",
                         "mode":"PRODUCTION","functionalAck":"X997","defaultCurrency":"USD","outbound":["855"]}"""
                        .formatted(code)));
        request.header("Authorization", "Bearer " + PartnerFixture.managerToken());
        var profile = Http.send(request);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() throws IOException {
        if (ssh != null) ssh.stop();
    }

    private static ClientSession session(PartnerFixture.Credential as, String secret) throws IOException {
        var session = ssh.connect(as.clientId(), "127.0.0.1", PORT).verify(Duration.ofSeconds(20)).getSession();
        session.addPasswordIdentity(secret);
        session.auth().verify(Duration.ofSeconds(30));
        return session;
    }

    private static List<String> names(SftpClient sftp, String dir) throws IOException {
        var names = new ArrayList<String>();
        for (var entry : sftp.readDir(dir)) {
            if (!entry.getFilename().startsWith(".")) names.add(entry.getFilename());
        }
        return names;
    }

    private static String read(SftpClient sftp, String path) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = sftp.read(path)) {
            in.transferTo(out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("E12: an 850 dropped in inbound/ is booked once and answered in outbound/ (997, then the 855 of the "
            + "supplier's answer); the home is the partner's own; a wrong secret does not sign in")
    void aFileDroppedInInboundIsBookedAndAnsweredInOutbound() throws Exception {
        assertThatThrownBy(() -> session(credential, "wrong-" + credential.secret()).close())
                .as("a wrong secret").isInstanceOf(IOException.class);

        var po = "SFTP-PO-" + t;
        try (var session = session(credential, credential.secret());
             var sftp = SftpClientFactory.instance().createSftpClient(session)) {
            assertThat(names(sftp, "/")).contains("inbound", "outbound");
            try (var out = sftp.write("/inbound/po-1.edi")) {
                out.write(EdiApiIT.interchange(code, "000000701", false,
                        EdiApiIT.order(po, "PO1*7*3*EA*40**VP*SFTP-" + t)).getBytes(StandardCharsets.US_ASCII));
            }
            Awaitility.await("the 997 in outbound/").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200)).until(() -> names(sftp, "/outbound").contains("po-1.edi.1.ack"));
            assertThat(read(sftp, "/outbound/po-1.edi.1.ack")).contains("AK1*PO*1~", "AK9*A*1*1*1~");
            assertThat(read(sftp, "/outbound/po-1.edi.result.json")).contains("\"status\":\"BOOKED\"");
            assertThat(names(sftp, "/inbound")).as("the file was taken").doesNotContain("po-1.edi");
            assertThat(LeadFixture.count("select count(*) from purchase_order where po_number = ? and channel = 'EDI'",
                    po)).isEqualTo(1);

            // chrooted: the parent of the home is the home, so no other partner's home can be named
            assertThat(names(sftp, "/..")).containsExactlyInAnyOrderElementsOf(names(sftp, "/"));
            var other = otherCredential;
            try (var otherSession = session(other, other.secret());
                 var otherSftp = SftpClientFactory.instance().createSftpClient(otherSession)) {
                assertThat(names(otherSftp, "/outbound")).as("another partner's home").isEmpty();
                assertThatThrownBy(() -> read(otherSftp, "/../" + buyer.id() + "/outbound/po-1.edi.1.ack"))
                        .isInstanceOfAny(IOException.class, java.io.UncheckedIOException.class);
                assertThatThrownBy(() -> read(otherSftp, "/outbound/../../" + buyer.id() + "/outbound/po-1.edi.1.ack"))
                        .isInstanceOfAny(IOException.class, java.io.UncheckedIOException.class);
            }

            var orderId = Http.get("/api/v1/orders?poNumber=" + po, credential.token()).json()
                    .getJsonArray("items").getJsonObject(0).getString("id");
            var answer = Http.postJson("/api/v1/orders/" + orderId + "/acknowledgment",
                    "{\"lines\":[{\"line\":1,\"action\":\"ACCEPT\"}]}", Http.erpToken(),
                    Map.of("Idempotency-Key", "sftp-ack-" + t));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            Awaitility.await("the 855 in outbound/").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> names(sftp, "/outbound").stream().anyMatch(n -> n.startsWith("855-")));
            var file = names(sftp, "/outbound").stream().filter(n -> n.startsWith("855-")).findFirst().orElseThrow();
            assertThat(read(sftp, "/outbound/" + file)).contains("BAK*00*AD*" + po + "*", "PO1*7*3*EA*40**VP*SFTP-" + t,
                    "ACK*IA*3*EA");
            assertThat(Http.get("/api/v1/edi/outbound", credential.token()).json().getJsonArray("documents"))
                    .as("written to the home: confirmed, no longer waiting").isEmpty();
        }
    }
}
