package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What only Keycloak does, done through its admin REST API with the test Keycloak's bootstrap admin, so that test data
 * needs no browser: a test-only client that gives a person's token for a password (never in the product's realm
 * file), and activating an invited user (password set, required actions done) as the invitation link would.
 * The real invitation journey is tried once, in the browser, by {@link OnboardingJourneyIT}.
 */
public final class KeycloakAdmin {
    static final String TEST_CLIENT = "channelport-it";
    static final String TEST_SECRET = "it-password-grant";
    private static final String ADMIN_USER = System.getProperty("it.keycloak-admin", "admin");
    private static final String ADMIN_PASSWORD = System.getProperty("it.keycloak-admin-password", "admin");
    private static final String ADMIN_URL = TestEnvironment.KEYCLOAK_URL + "/admin/realms/channelport";
    private static volatile boolean clientReady;

    private KeycloakAdmin() {}

    /**
     * A person's access token, as the portal's own login would give (same realm roles, partner_id and audience): the
     * password grant of the test-only client.
     */
    public static String personToken(String username, String password) {
        ensureTestClient();
        var reply = Http.postForm(TestEnvironment.TOKEN_URL, Map.of("grant_type", "password", "client_id", TEST_CLIENT,
                "client_secret", TEST_SECRET, "username", username, "password", password, "scope", "openid"));
        assertThat(reply.status()).as("token for " + username + ": " + reply.body()).isEqualTo(200);
        return reply.json().getString("access_token");
    }

    /** The invited user sets this password and completes the required actions, as from the invitation mail. */
    public static void activate(String username, String password) {
        var token = adminToken();
        var found = Http.send(Http.request(ADMIN_URL + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).header("Authorization", "Bearer " + token).GET());
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        var users = found.jsonValue().asJsonArray();
        assertThat(users).as("Keycloak user " + username).hasSize(1);
        var id = users.getJsonObject(0).getString("id");
        put(token, "/users/" + id + "/reset-password", Json.createObjectBuilder().add("type", "password")
                .add("value", password).add("temporary", false).build().toString());
        put(token, "/users/" + id, Json.createObjectBuilder().add("requiredActions", Json.createArrayBuilder())
                .add("emailVerified", true).build().toString());
    }

    private static synchronized void ensureTestClient() {
        if (clientReady) {
            return;
        }
        var token = adminToken();
        var existing = Http.send(Http.request(ADMIN_URL + "/clients?clientId=" + TEST_CLIENT)
                .header("Authorization", "Bearer " + token).GET());
        if (!existing.jsonValue().asJsonArray().isEmpty()) {
            clientReady = true;
            return;
        }
        var client = Json.createObjectBuilder()
                .add("clientId", TEST_CLIENT).add("name", "Integration tests (password grant)")
                .add("enabled", true).add("publicClient", false).add("secret", TEST_SECRET)
                .add("standardFlowEnabled", false).add("directAccessGrantsEnabled", true)
                .add("fullScopeAllowed", true)
                .add("defaultClientScopes", Json.createArrayBuilder().add("basic").add("profile").add("email")
                        .add("roles").add("channelport"))
                .build();
        var created = Http.send(Http.request(ADMIN_URL + "/clients").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(client.toString())));
        assertThat(created.status()).as("test client: " + created.body()).isEqualTo(201);
        clientReady = true;
    }

    private static void put(String token, String path, String json) {
        var reply = Http.send(Http.request(ADMIN_URL + path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(204);
    }

    private static String adminToken() {
        var reply = Http.postForm(TestEnvironment.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN_USER,
                        "password", ADMIN_PASSWORD));
        assertThat(reply.status()).as("Keycloak admin token: " + reply.body()).isEqualTo(200);
        return reply.json().getString("access_token");
    }
}
