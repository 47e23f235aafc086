package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;

/**
 * Rules PA8 and PA3 for API credentials: a partner admin creates one in the portal (secret shown once), its system
 * reads only its own partner, and after revocation even a token issued before is refused at once.
 */
class ApiCredentialIT {

    @Test
    void aRevokedCredentialIsRefusedAtOnceEvenWithATokenIssuedBefore() {
        try (var browser = Browser.lease()) {
            var partner = PartnerFixture.onboard("RETAILER");
            var credential = PartnerFixture.createApiCredential(partner);
            var token = credential.token();

            var before = Http.get("/api/v1/partners", token);
            assertThat(before.status()).as(before.body()).isEqualTo(200);
            assertThat(before.json().getJsonArray("items")).hasSize(1);
            assertThat(before.json().getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo(partner.name());

            SignedInBrowsers.signIn(browser, partner.adminEmail(), partner.password());
            browser.open("/portal/partners/api-credentials.xhtml");
            assertThat(browser.source()).as("the secret is shown only once").doesNotContain(credential.secret());
            var row = "//form[@id='credentialsForm']//tr[.//code[normalize-space()='" + credential.clientId() + "']]";
            // the table is re-rendered by ajax: a row found a moment ago may be stale, so look again until it holds
            var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30), Browser.POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.ElementNotInteractableException.class);
            wait.until(d -> {
                d.findElement(By.xpath(row + "//button")).click();
                return true;
            });
            // revoking asks first (issue 10: destructive actions confirm)
            browser.click("[id='credentialsForm:confirmRevoke']");
            wait.until(d -> d.findElement(By.xpath(row)).getText().contains("Revoked"));

            var after = Http.get("/api/v1/partners", token);
            assertThat(after.status()).as("a token issued before the revocation: " + after.body()).isEqualTo(403);
            assertThat(after.header("Content-Type")).startsWith("application/problem+json");
            assertThat(after.body()).contains("revoked");

            var newToken = Http.postForm(TestEnvironment.TOKEN_URL, Map.of("grant_type", "client_credentials",
                    "client_id", credential.clientId(), "client_secret", credential.secret()));
            assertThat(newToken.status()).as("Keycloak no longer knows the client: " + newToken.body()).isIn(400, 401);

            var history = Http.get("/api/v1/partners/" + partner.id() + "/history", Http.erpToken());
            assertThat(history.body()).contains("\"action\":\"created\"", "\"action\":\"revoked\"", credential.clientId());
        }
    }
}
