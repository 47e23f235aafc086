package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Test data builder: a brand-new partner onboarded the way a real one is (public application, approval by the demo
 * channel manager in the console, password set through Keycloak's invitation link). Each test makes its own.
 */
public final class PartnerFixture {
    public static final String PASSWORD = "It-Passw0rd!";

    public record Partner(UUID id, String name, String taxId, String adminEmail, String password) {}

    public record Credential(String clientId, String secret) {
        public String token() {
            return Http.clientToken(clientId, secret);
        }
    }

    private PartnerFixture() {}

    public static String applicationJson(String name, String type, String taxId, String email) {
        return applicationJson(name, type, taxId, email, "DE");
    }

    /** The same application located in another country (lead routing tests each use a country of their own). */
    public static String applicationJson(String name, String type, String taxId, String email, String country) {
        return """
                {"companyName":"%s","type":"%s","country":"%s","region":"%s","productLines":["NETWORKING","CLOUD"],
                 "taxId":"%s","website":"https://%s.example","contactName":"Ada Tester","contactEmail":"%s",
                 "contactPhone":"+49 30 1234567"}""".formatted(name, type, country,
                "DE".equals(country) ? "Berlin" : "Capital", taxId, name.toLowerCase().replaceAll("[^a-z0-9]", ""), email);
    }

    /** Submits an application through the public API; returns its id (which becomes the partner's id). */
    public static UUID apply(String name, String type, String taxId, String email) {
        return apply(name, type, taxId, email, "DE");
    }

    public static UUID apply(String name, String type, String taxId, String email, String country) {
        Mailbox.server();
        var reply = Http.postJson("/api/v1/partner-applications", applicationJson(name, type, taxId, email, country), null,
                Map.of("X-Forwarded-For", "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return UUID.fromString(reply.json().getString("id"));
    }

    public static Partner onboard(String type) {
        return onboard(type, "DE");
    }

    /**
     * A new partner located in this country (ISO code), selling NETWORKING and CLOUD, made without a browser: the
     * public application, the demo channel manager's approval over the API, and the administrator's password set in
     * Keycloak as the invitation link would. A test class that routes leads uses a country no other test uses, so
     * that only its own partners are candidates for its leads.
     */
    public static Partner onboard(String type, String country) {
        return onboard(type, country, "SILVER");
    }

    public static Partner onboard(String type, String country, String tier) {
        var suffix = Long.toString(System.nanoTime(), 36) + Integer.toString((int) (Math.random() * 1296), 36);
        var name = "IT " + type.charAt(0) + type.substring(1).toLowerCase(java.util.Locale.ROOT) + " " + suffix;
        var email = "admin-" + suffix + "@it.example";
        var taxId = "IT-" + suffix.toUpperCase();
        var id = apply(name, type, taxId, email, country);
        approve(id, tier);
        KeycloakAdmin.activate(email, PASSWORD);
        return new Partner(id, name, taxId, email, PASSWORD);
    }

    /** The demo channel manager approves the application over the API (the console's queue does the same). */
    public static void approve(UUID applicationId, String tier) {
        var reply = Http.postJson("/api/v1/partner-applications/" + applicationId + "/approval",
                "{\"tier\":\"" + tier + "\"}", managerToken(), Map.of());
        assertThat(reply.status()).as("approval: " + reply.body()).isEqualTo(200);
    }

    private static volatile String managerToken;
    private static volatile long managerTokenAt;

    /** The demo channel manager's access token (reused for a minute: Keycloak's tokens live five). */
    public static synchronized String managerToken() {
        if (managerToken == null || System.currentTimeMillis() - managerTokenAt > 60_000) {
            managerToken = KeycloakAdmin.personToken("manager", "demo");
            managerTokenAt = System.currentTimeMillis();
        }
        return managerToken;
    }

    /** The demo channel manager approves the application in the console (for tests of the console's queue). */
    public static void approve(Browser browser, String companyName, String tierLabel) {
        browser.login("manager", "demo").open("/manage/partners/applications.xhtml");
        var row = "//tr[.//strong[text()='" + companyName + "']]";
        browser.type("[id='queueForm:search']", companyName);
        // the search sends its ajax request 300 ms after the last key: wait for the table holding this row only,
        // since clicking a row of the unfiltered one would address the wrong row
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30), Browser.POLL).until(d -> {
            var rows = d.findElements(org.openqa.selenium.By.cssSelector("[id='queueForm:applications_data'] > tr"));
            return rows.size() == 1 && !d.findElements(org.openqa.selenium.By.xpath(row)).isEmpty();
        });
        browser.clickWhenSettled(org.openqa.selenium.By.xpath(row + "//button[contains(@class,'cp-approve')]"));
        browser.waitForText("#approveDialog", companyName);
        browser.pick("approveForm:tier", tierLabel);
        browser.click("[id='approveForm:confirmApprove']");
        browser.waitForText("[id='queueForm:messages']", "is now a partner");
        browser.logout();
    }

    /** Follows Keycloak's set-password link from the invitation mail and sets the password. */
    /** The subject of the one invitation mail: Keycloak's set-password mail in Channelport's words (email theme). */
    public static final String INVITATION = "Your invitation to the Channelport partner portal";

    public static void acceptInvitation(Browser browser, String email, String password) {
        var mail = Mailbox.await(email, INVITATION, Duration.ofSeconds(60));
        browser.open(Mailbox.link(mail, "action-token"));
        if (browser.source().contains("Click here to proceed")) {
            browser.click("a[href*='action-token'], #kc-info-message a");
        }
        browser.type("#password-new", password);
        browser.type("#password-confirm", password);
        browser.click("input[type=submit], button[type=submit]");
        browser.waitForText("body", "Your account has been updated");
    }

    /** The admin (signed in, on the users page) opens the invite dialog and sends an invitation. */
    public static void invite(Browser admin, String email, String firstName, String lastName, String roleLabel) {
        if (!BrowserSteps.visible(admin, "[id='inviteForm:email']")) {
            admin.click("[id='usersForm:openInvite']");
        }
        admin.type("[id='inviteForm:email']", email);
        admin.type("[id='inviteForm:firstName']", firstName);
        admin.type("[id='inviteForm:lastName']", lastName);
        admin.pick("inviteForm:role", roleLabel);
        admin.click("[id='inviteForm:sendInvite']");
    }

    /** The partner admin issues an API credential (POST /api/v1/api-credentials, as the portal's page does). */
    public static Credential createApiCredential(Partner partner) {
        var reply = Http.postJson("/api/v1/api-credentials", "{\"name\":\"IT system\"}",
                personToken(partner.adminEmail(), partner.password()), Map.of());
        assertThat(reply.status()).as("credential: " + reply.body()).isEqualTo(201);
        return new Credential(reply.json().getString("clientId"), reply.json().getString("clientSecret"));
    }

    /** A person's access token (the realm roles, partner_id and audience the portal's login gives). */
    public static String personToken(String username, String password) {
        return KeycloakAdmin.personToken(username, password);
    }
}
