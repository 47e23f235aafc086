package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
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

    public static Partner onboard(Browser browser, String type) {
        return onboard(browser, type, "DE");
    }

    /**
     * A new partner located in this country (ISO code), selling NETWORKING and CLOUD: a test class that routes leads
     * uses a country no other test uses, so that only its own partners are candidates for its leads.
     */
    public static Partner onboard(Browser browser, String type, String country) {
        var suffix = Long.toString(System.nanoTime(), 36);
        var name = "IT " + type + " " + suffix;
        var email = "admin-" + suffix + "@it.example";
        var taxId = "IT-" + suffix.toUpperCase();
        var id = apply(name, type, taxId, email, country);
        approve(browser, name, "Silver");
        acceptInvitation(browser, email, PASSWORD);
        return new Partner(id, name, taxId, email, PASSWORD);
    }

    /** The demo channel manager approves the application in the console. */
    public static void approve(Browser browser, String companyName, String tierLabel) {
        browser.login("manager", "demo").open("/manage/partners/applications.xhtml");
        var row = "//tr[.//strong[text()='" + companyName + "']]";
        browser.type("[id='queueForm:search']", companyName);
        pause(600); // the search field sends its ajax request 300 ms after the last key
        browser.waitForAjax();
        // wait for the filtered table: clicking a row of the unfiltered one would address the wrong row
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                d.findElements(org.openqa.selenium.By.cssSelector("[id='queueForm:applications_data'] > tr")).size() == 1);
        browser.clickWhenSettled(org.openqa.selenium.By.xpath(row + "//button[contains(@class,'cp-approve')]"));
        browser.waitForText("#approveDialog", companyName);
        browser.pick("approveForm:tier", tierLabel);
        browser.click("[id='approveForm:confirmApprove']");
        browser.waitForText("[id='queueForm:messages']", "is now a partner");
        browser.logout();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Follows Keycloak's set-password link from the invitation mail and sets the password. */
    public static void acceptInvitation(Browser browser, String email, String password) {
        var mail = Mailbox.await(email, "Update Your Account", Duration.ofSeconds(60));
        browser.open(Mailbox.link(mail, "action-token"));
        if (browser.source().contains("Click here to proceed")) {
            browser.click("a[href*='action-token'], #kc-info-message a");
        }
        browser.type("#password-new", password);
        browser.type("#password-confirm", password);
        browser.click("input[type=submit], button[type=submit]");
        browser.waitForText("body", "Your account has been updated");
    }

    /** The partner admin creates an API credential in the portal and reads it from the page (shown once). */
    public static Credential createApiCredential(Browser browser, Partner partner) {
        browser.login(partner.adminEmail(), partner.password()).open("/portal/partners/api-credentials.xhtml");
        browser.type("[id='createForm:name']", "IT system");
        browser.click("[id='createForm:create']");
        var clientId = browser.text("#issuedClientId");
        var secret = browser.text("#issuedSecret");
        browser.logout();
        return new Credential(clientId, secret);
    }

    static final String PORTAL_CLIENT = "channelport-portal";
    static final String PORTAL_SECRET = System.getProperty("it.portal-secret", "portal-dev-secret");

    /**
     * An access token of a person, as the portal itself gets one: authorization code flow of channelport-portal through
     * the real Keycloak login page (no client of the realm accepts passwords at the token endpoint).
     */
    public static String personToken(Browser browser, String username, String password) {
        var redirect = TestEnvironment.BASE_URL + "/it-code-callback";
        var state = UUID.randomUUID().toString();
        browser.open(TestEnvironment.REALM_URL + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=" + PORTAL_CLIENT + "&state=" + state
                + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8));
        if (!browser.url().startsWith(redirect)) {
            browser.type("#username", username).type("#password", password).click("#kc-login");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(redirect));
        }
        var query = Arrays.stream(URI.create(browser.url()).getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(java.util.stream.Collectors.toMap(p -> p[0],
                        p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
        assertThat(query.get("state")).as(browser.url()).isEqualTo(state);
        var reply = Http.postForm(TestEnvironment.TOKEN_URL, Map.of("grant_type", "authorization_code",
                "code", query.get("code"), "redirect_uri", redirect, "client_id", PORTAL_CLIENT,
                "client_secret", PORTAL_SECRET));
        assertThat(reply.status()).as("token for " + username + ": " + reply.body()).isEqualTo(200);
        return reply.json().getString("access_token");
    }
}
