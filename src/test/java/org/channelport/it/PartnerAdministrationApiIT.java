package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The administration endpoints that make partners without a browser (rules PA4, PA8) and the role boundaries around
 * them: only channel managers decide applications, only a partner's administrator issues and revokes its credentials,
 * never another partner's; bad input is a 4xx problem and changes nothing.
 */
class PartnerAdministrationApiIT {
    private static PartnerFixture.Partner partner;
    private static PartnerFixture.Partner other;
    private static String adminToken;
    private static String apiToken;

    @BeforeAll
    static void twoPartners() {
        Mailbox.server();
        partner = PartnerFixture.onboard("AGENT");
        other = PartnerFixture.onboard("RETAILER");
        adminToken = PartnerFixture.personToken(partner.adminEmail(), partner.password());
        apiToken = PartnerFixture.createApiCredential(partner).token();
    }

    private static UUID freshApplication() {
        var suffix = Long.toString(System.nanoTime(), 36);
        return PartnerFixture.apply("IT Decide " + suffix, "AGENT", "IT-D" + suffix.toUpperCase(),
                "decide-" + suffix + "@it.example");
    }

    private static Http.Reply decide(UUID id, String decision, String json, String token) {
        return Http.postJson("/api/v1/partner-applications/" + id + "/" + decision, json, token, Map.of());
    }

    @Test
    void onlyChannelManagersDecideApplications() {
        var id = freshApplication();
        for (var token : new String[] {adminToken, apiToken, Http.erpToken()}) {
            var refused = decide(id, "approval", "{\"tier\":\"GOLD\"}", token);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        var anonymous = decide(id, "approval", "{\"tier\":\"GOLD\"}", null);
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(401);

        var approved = decide(id, "approval", "{\"tier\":\"GOLD\"}", PartnerFixture.managerToken());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().getString("partnerId")).isEqualTo(id.toString());
        var created = Http.get("/api/v1/partners/" + id, Http.erpToken());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().getString("tier")).isEqualTo("GOLD");

        var again = decide(id, "rejection", "{\"reason\":\"changed my mind\"}", PartnerFixture.managerToken());
        assertThat(again.status()).as("a decided application: " + again.body()).isEqualTo(409);
    }

    @Test
    void aDecisionNeedsItsFieldsAndAnExistingApplication() {
        var id = freshApplication();
        var manager = PartnerFixture.managerToken();
        for (var body : new String[] {"{}", "{\"tier\":\"DIAMOND\"}", "{\"tier\":7}"}) {
            var reply = decide(id, "approval", body, manager);
            assertThat(reply.status()).as(body + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.body()).contains("tier");
        }
        var noReason = decide(id, "rejection", "{\"reason\":\"  \"}", manager);
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(decide(UUID.randomUUID(), "approval", "{\"tier\":\"GOLD\"}", manager).status()).isEqualTo(404);
        assertThat(decide(id, "approval", "not json", manager).status()).isIn(400, 415);

        var rejected = decide(id, "rejection", "{\"reason\":\"Outside our territory\"}", manager);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(Http.get("/api/v1/partners/" + id, Http.erpToken()).status()).as("no partner made").isEqualTo(404);
    }

    @Test
    void aPartnerAdministratorIssuesListsAndRevokesOnlyItsOwnCredentials() {
        var issued = Http.postJson("/api/v1/api-credentials", "{\"name\":\"Order sync\"}", adminToken, Map.of());
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        var id = issued.json().getString("id");
        assertThat(issued.json().getString("clientSecret")).isNotBlank();

        assertThat(issued.header("Location")).isEqualTo(TestEnvironment.BASE_URL + "/api/v1/api-credentials/" + id);
        var one = Http.get("/api/v1/api-credentials/" + id, adminToken);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(one.body()).doesNotContain(issued.json().getString("clientSecret"));

        var list = Http.get("/api/v1/api-credentials", adminToken);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(id, "Order sync").doesNotContain(issued.json().getString("clientSecret"));

        var otherAdmin = PartnerFixture.personToken(other.adminEmail(), other.password());
        assertThat(Http.get("/api/v1/api-credentials", otherAdmin).body()).doesNotContain(id);
        assertThat(Http.get("/api/v1/api-credentials/" + id, otherAdmin).status()).as("another partner's credential")
                .isEqualTo(404);
        var foreign = Http.send(Http.request("/api/v1/api-credentials/" + id)
                .header("Authorization", "Bearer " + otherAdmin).DELETE());
        assertThat(foreign.status()).as("another partner's credential: " + foreign.body()).isEqualTo(404);

        var bySystem = Http.postJson("/api/v1/api-credentials", "{\"name\":\"more\"}", apiToken, Map.of());
        assertThat(bySystem.status()).as("a system cannot issue credentials: " + bySystem.body()).isEqualTo(403);
        var byManager = Http.postJson("/api/v1/api-credentials", "{\"name\":\"more\"}", PartnerFixture.managerToken(),
                Map.of());
        assertThat(byManager.status()).as("a manager has no partner: " + byManager.body()).isEqualTo(403);
        var unnamed = Http.postJson("/api/v1/api-credentials", "{\"name\":\"\"}", adminToken, Map.of());
        assertThat(unnamed.status()).as(unnamed.body()).isEqualTo(400);

        var revoked = Http.send(Http.request("/api/v1/api-credentials/" + id)
                .header("Authorization", "Bearer " + adminToken).DELETE());
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);
        assertThat(Http.get("/api/v1/api-credentials", adminToken).body()).contains("REVOKED");
    }
}
