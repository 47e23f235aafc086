package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The whole onboarding journey in a real browser against the real Keycloak (rules PA1, PA4, I1): a company applies,
 * the channel manager approves in the console, the applicant follows Keycloak's set-password mail, signs in and lands
 * in the portal. The only test that onboards through the browser: every other fixture uses the API
 * ({@link PartnerFixture#onboard(String)}).
 */
class OnboardingJourneyIT {

    @Test
    void anApprovedApplicantSetsAPasswordFromTheInvitationAndSignsInToThePortal() {
        try (var browser = Browser.lease()) {
            var suffix = Long.toString(System.nanoTime(), 36);
            var partner = new PartnerFixture.Partner(null, "IT Journey " + suffix, "IT-J" + suffix.toUpperCase(),
                    "journey-" + suffix + "@it.example", PartnerFixture.PASSWORD);
            PartnerFixture.apply(partner.name(), "DISTRIBUTOR", partner.taxId(), partner.adminEmail());
            PartnerFixture.approve(browser, partner.name(), "Silver");
            PartnerFixture.acceptInvitation(browser, partner.adminEmail(), partner.password());

            var approval = BrowserSteps.awaitMail(partner.adminEmail(), "partner application", "has been approved",
                    Duration.ofSeconds(30));
            assertThat(Mailbox.text(approval)).contains(partner.name()).contains("/portal/");

            browser.login(partner.adminEmail(), partner.password());
            assertThat(browser.url()).as("the first sign-in lands on the first steps").contains("/portal/welcome.xhtml");
            assertThat(browser.text("#welcomeIntro")).contains(partner.name());
            browser.open("/portal/");
            assertThat(browser.text("#partnerName")).isEqualTo(partner.name());
            assertThat(browser.text("#partnerTier")).isEqualTo("Silver");

            // I1: signing out ends the Keycloak session too: the portal asks for the password again
            browser.click("#logout");
            browser.waitForUrl(TestEnvironment.BASE_URL + "/");
            browser.open("/portal/");
            browser.waitForUrl(TestEnvironment.KEYCLOAK_URL);
            assertThat(browser.find("#password").isDisplayed()).isTrue();
        }
    }
}
