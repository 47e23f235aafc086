package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identity rules I1 (a link survives sign-in) and I4 at the HTTP boundary of the pages: the portal is for partners' people, its API-credentials page
 * for their administrators, the console for channel managers, decided from the session's verified ID token
 * (PageAccess) however the path is spelled. The pages' content for each role is tried in the browser classes.
 */
class PageAccessIT {
    /** The console's navigation, on every console page (the manager's test shows it is there). */
    private static final String CONSOLE_NAV = "/manage/partners/applications.xhtml";
    private static PartnerFixture.Partner partner;

    @BeforeAll
    static void aPartner() {
        Mailbox.server();
        partner = PartnerFixture.onboard("AGENT");
    }

    /** Rule I1: a link from a mail or a bookmark survives sign-in, query and all. */
    @Test
    void signingInFromALinkLandsOnThatPage() {
        var link = "/portal/deals/index.xhtml?status=HELD";

        var landing = WebSession.signInFrom(link, partner.adminEmail(), partner.password());

        assertThat(landing.page().status()).isEqualTo(200);
        assertThat(landing.page().uri().toString()).isEqualTo(TestEnvironment.BASE_URL + link);
    }

    /** A link into the other side's pages (a manager following a partner's link) lands on the person's home. */
    @Test
    void signingInFromALinkOutsideOnesAreaLandsHome() {
        var landing = WebSession.signInFrom("/portal/leads/index.xhtml", "director", "demo");

        assertThat(landing.page().status()).isEqualTo(200);
        assertThat(landing.page().uri().toString()).isEqualTo(TestEnvironment.BASE_URL + "/manage/");
    }

    @Test
    void aPartnerAdministratorIsRefusedTheConsoleHoweverThePathIsSpelled() {
        var session = WebSession.signIn(partner.adminEmail(), partner.password());
        assertThat(session.get("/portal/").status()).as("own portal").isEqualTo(200);
        assertThat(session.get("/portal/partners/api-credentials.xhtml").status()).as("an admin's page").isEqualTo(200);
        for (var path : new String[] {"/manage/", "/manage/partners/index.xhtml", "/manage;x=1/partners/index.xhtml",
                "/%6Danage/deals/index.xhtml", "/portal/../manage/leads/index.xhtml", "//manage/"}) {
            var page = session.get(path);
            assertThat(page.status()).as("%s for a partner admin (ended at %s)", path, page.uri()).isIn(403, 404);
            assertThat(page.body()).as("%s shows no console", path).doesNotContain(CONSOLE_NAV);
        }
    }

    @Test
    void aChannelManagerHasNoPortal() {
        var session = WebSession.signIn("director", "demo");
        var console = session.get("/manage/");
        assertThat(console.status()).as("the console").isEqualTo(200);
        assertThat(console.body()).as("the console's navigation").contains(CONSOLE_NAV);
        for (var path : new String[] {"/portal/", "/portal/deals/index.xhtml", "/portal/partners/api-credentials.xhtml"}) {
            assertThat(session.get(path).status()).as("%s for a channel manager", path).isEqualTo(403);
        }
    }
}
